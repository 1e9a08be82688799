"""Tests for factdiff.similarity: golden cases and properties of the claim score."""

from __future__ import annotations

import time
from importlib import resources
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factdiff.config import default_settings
from factdiff.similarity import (
    claim_similarity,
    content_keys,
    normalise,
    prepare,
    same_claim,
    score,
    token_weight,
)

THRESHOLD = default_settings().match.same_claim

# Two wordings of one fact: same_claim must say yes.
PARAPHRASES = [
    (
        "The first refugee from the region arrived in France on Tuesday.",
        "The first refugee from the region has arrived in France on Tuesday.",
    ),
    (
        "The mayor denied that the city had run out of money.",
        "The city has not run out of money, the mayor's office said in a denial.",
    ),
    (
        "Three firefighters were injured in the warehouse blaze.",
        "3 firefighters injured in warehouse blaze",
    ),
    (
        "Floods killed 12 people in northern Italy, according to officials.",
        "Officials said floods have killed twelve people in northern Italy.",
    ),
    (
        "Lisbon's council approves the new tram line.",
        "The new tram line was approved by Lisbon council.",
    ),
    (
        "The minister resigned after the corruption scandal.",
        "Minister resigns after corruption scandal",
    ),
]

# Claims about different facts that share some words: same_claim must say no.
DIFFERENT = [
    (
        "The first refugee from the region arrived in France on Tuesday.",
        "The president will meet his Russian counterpart in Versailles.",
    ),
    (
        "Police arrested two men after the bank robbery.",
        "The bank reported record profits for the second quarter.",
    ),
    (
        "Floods killed 12 people in northern Italy.",
        "Wildfires forced thousands to flee in southern Spain.",
    ),
    (
        "The senator said the bill would pass next week.",
        "The governor vetoed a budget bill on Friday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_paraphrases_are_the_same_claim(a: str, b: str) -> None:
    assert claim_similarity(a, b) >= THRESHOLD
    assert same_claim(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_facts_are_not_the_same_claim(a: str, b: str) -> None:
    assert claim_similarity(a, b) < THRESHOLD
    assert not same_claim(a, b)


@pytest.mark.parametrize(
    ("base", "same_number", "other_number"),
    [
        (
            "Officials said 40 people died in the fire.",
            "Forty people died in the fire, officials said.",
            "Officials said 14 people died in the fire.",
        ),
        (
            "The company cut 3,000 jobs in 2019.",
            "The company cut 3000 jobs in 2019.",
            "The company cut 3,000 jobs in 2021.",
        ),
    ],
)
def test_a_number_mismatch_lowers_the_score(base: str, same_number: str, other_number: str) -> None:
    assert claim_similarity(base, same_number) > claim_similarity(base, other_number)


@pytest.mark.parametrize(
    ("with_attribution", "without"),
    [
        (
            "“The first refugee arrived on French land,” he said.",
            "The first refugee arrived on French land.",
        ),
        (
            "The first refugee arrived on French land, according to Anna Kowalczyk.",
            "The first refugee arrived on French land.",
        ),
        (
            "Kowalczyk told reporters that the first refugee arrived on French land.",
            "The first refugee arrived on French land.",
        ),
    ],
)
def test_attribution_boilerplate_is_ignored(with_attribution: str, without: str) -> None:
    assert claim_similarity(with_attribution, without) >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("three", "3"),
        ("twelve", "12"),
        ("3,000", "3000"),
        ("first", "1st"),
        ("France's president", "France president"),
        ("France’s president", "France president"),
        ("officials' statement", "officials statement"),
        ("Élysée Palace", "Elysee palace"),
        ("Joël Deumier", "JOEL DEUMIER"),
        ("don’t", "do not"),
        ("won't", "will not"),
        ("U.S. troops", "US troops"),
        ("denied", "denial"),
        ("denies", "deny"),
        ("arrived", "arrival"),
        ("investigation", "investigate"),
        ("Syrian refugees", "Syria refugee"),
        ("5%", "5 percent"),
        ("“quoted”", '"quoted"'),
    ],
)
def test_normalisation_makes_these_agree(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("news", "new"), ("million", "billion"), ("3", "30"), ("gay", "guy")],
)
def test_normalisation_keeps_these_apart(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)


def test_rare_words_and_numbers_weigh_more_than_common_words() -> None:
    assert token_weight("the") < token_weight(normalise("president")) < token_weight("chechen")
    assert token_weight("2017") > token_weight(normalise("said"))


def test_content_keys_are_rare_words_and_numbers() -> None:
    keys = content_keys(prepare("The Chechen refugee arrived in France in 2017, he said."))
    assert {"chechen", "2017"} <= keys
    assert not keys & {"the", "in", "he", "said"}


def test_the_frequency_table_credits_wordfreq_and_loads_fast() -> None:
    table = resources.files("factdiff").joinpath("data/word_zipf.tsv")
    header = table.read_text(encoding="utf-8")[:1000]
    assert "wordfreq" in header
    assert "CC BY-SA 4.0" in header
    start = time.perf_counter()
    token_weight("zzzunlisted")  # loads the table (unless an earlier test did)
    assert time.perf_counter() - start < 0.5


def test_the_frequency_table_is_sorted_for_lookup_by_bisection() -> None:
    from factdiff.similarity import _UNKNOWN_ZIPF, _zipf_table
    from factdiff.similarity import zipf as _zipf

    rows = [line.split("\t") for line in _zipf_table()]
    assert len(rows) > 20_000 and all(len(row) == 2 for row in rows)
    stems = [stem for stem, _ in rows]
    assert all(a < b for a, b in pairwise(stems)), "sorted, no repeats"
    assert all(min(stem) > "\t" for stem in stems), "a tab sorts before every stem's letters"
    assert _zipf("the") > _zipf(normalise("refugees")) > _zipf("zzzunlisted")
    for stem, value in rows[:50] + rows[-50:] + rows[::997]:
        assert _zipf(stem) == float(value)
    # a word that only begins a listed stem is not listed ("refuge" of "refugee")
    listed = set(stems)
    unlisted = [s[:-1] for s in stems[::97] if len(s) > 2 and s[:-1] not in listed]
    assert unlisted and all(_zipf(w) == _UNKNOWN_ZIPF for w in unlisted)


@given(st.text(max_size=60))
def test_folding_matches_its_plain_definition(text: str) -> None:
    """The fast paths of accent folding (ASCII text skipped, only non-ASCII characters visited)
    give what the plain definition gives: NFKD, combining marks dropped, casefold, quote map."""
    import unicodedata

    from factdiff.similarity import _CHAR_MAP, _fold_once

    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    assert _fold_once(text) == plain.casefold().translate(_CHAR_MAP)


def test_empty_or_wordless_texts_score_zero() -> None:
    assert claim_similarity("", "") == 0.0
    assert claim_similarity("...", "The refugee arrived.") == 0.0


# --- properties ---------------------------------------------------------------------------------

# Mostly words from a small vocabulary so that generated pairs overlap, plus arbitrary text.
WORDS = st.sampled_from(
    [
        "the",
        "a",
        "refugee",
        "refugees",
        "arrived",
        "arrival",
        "France",
        "France's",
        "French",
        "3",
        "three",
        "2017",
        "said",
        "he",
        "according",
        "to",
        "police",
        "Putin",
        "Macron",
        "denied",
        "denial",
        "no",
        "not",
        "gay",
        "men",
        "in",
        "Chechnya",
        "“quoted”",
        "Élysée",
        "3,000",
        "U.S.",
        "officials'",
        "—",
        ",",
        ".",
        "!",
        "?",
    ]
)
TEXTS = st.one_of(
    st.lists(WORDS, max_size=20).map(" ".join),
    st.text(max_size=60),
)


@given(TEXTS, TEXTS)
def test_score_is_between_0_and_1(a: str, b: str) -> None:
    assert 0.0 <= claim_similarity(a, b) <= 1.0


@given(TEXTS, TEXTS)
def test_score_is_symmetric(a: str, b: str) -> None:
    assert claim_similarity(a, b) == claim_similarity(b, a)


@given(TEXTS)
def test_a_text_is_the_same_claim_as_itself(a: str) -> None:
    assume(normalise(a))
    assert claim_similarity(a, a) == 1.0


@given(TEXTS)
def test_normalisation_is_idempotent(a: str) -> None:
    assert normalise(normalise(a)) == normalise(a)


@given(TEXTS, TEXTS)
def test_prepared_score_equals_claim_similarity(a: str, b: str) -> None:
    assert score(prepare(a), prepare(b)) == claim_similarity(a, b)


@given(TEXTS, TEXTS)
def test_same_claim_is_the_score_against_the_setting(a: str, b: str) -> None:
    assert same_claim(a, b) == (claim_similarity(a, b) >= THRESHOLD)
