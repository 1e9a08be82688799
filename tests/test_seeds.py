"""Acceptance: what a careful editor finds when comparing the two seed articles.

A claim is named by a short piece of its text (case-insensitive, curly quotes folded to straight).
A is seeds/000_… (the LGBT Nation piece), B is seeds/002_… (the Global Citizen piece).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import factdiff
from tests.conftest import SEED_A, SEED_B

SEEDS = [str(SEED_A), str(SEED_B)]

# Page furniture that must not end up inside any claim.
FURNITURE = [
    "- Advertisement -",
    "Related Articles",
    "Latest Articles",
    "Take Action: Tell World Leaders",
    "Read More: Gay Men Are Being Abducted",
    "Read More: Disturbing Details",
    "Demand Equity",
    "By Meghan Werft",
]

# The same fact told by both sources: (piece of A's claim, piece of B's claim).
SAME_FACT = [
    ("refugee arrived on French land", "refugee has arrived on French land"),
    ("spoke about the cases of LGBT people", "spoke about the cases of LGBT people"),
    ("agreed to regularly check on this subject", "agreed to regularly check on this subject"),
    ("LGBQT people don", "there are no gay men in Chechnya"),
    ("Russian president Vladimir Putin in Versailles", "Vladimir Putin met in Versaille"),
    ("hundreds of gay and bisexual Chechen men", "hundreds of gay and bisexual men were"),
    ("tortured with beatings", "tortured with electric shocks"),
    ("LGBTQ organization SOS Homophobie", "announced by Joel Deumier"),
    ("took steps to establish the truth", "intends to investigate the activities"),
]

# Told by both, but differently: the report must say how.
DIFFERENT = [
    ("refugee arrived on French land", "refugee has arrived on French land"),  # the quote's words
    ("took steps to establish the truth", "intends to investigate the activities"),  # done/promised
]

SPELLED_TWO_WAYS = [
    ("Deumier", "Duemier"),
    ("Joël", "Joel"),
    ("Versailles", "Versaille"),
    ("LGBTQ", "LGBQT"),
]
NEVER_ONE_NAME = [
    ("Chechen", "Chechnya"),
    ("Russia", "Russian"),
    ("France", "French"),
    ("NBC", "CNN"),
    ("France24", "FranceInfo"),
    ("Macron", "Merkel"),
    ("Trump", "Trudeau"),
    ("Putin", "Lavrov"),
]

ONLY_IN = {
    "A": [
        "honor killings",
        "they would have killed me long ago",
        "There is not a single concrete fact",
        "Trump administration",
        "Syrian refugees",
    ],
    "B": [
        "Novaya Gazeta reported that three men had been executed",
        "outside the Eiffel Tower",
        "two gay men proudly kissed",
        "France24 shared a video",
        "Amnesty International and Human Rights Watch",
    ],
}


def _fold(text: str) -> str:
    for curly, straight in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        text = text.replace(curly, straight)
    return text.casefold()


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return factdiff.compare(SEEDS).to_dict()


def _claims_with(report: dict[str, Any], source: str, piece: str) -> set[str]:
    found = {
        c["id"]
        for c in report["claims"]
        if c["source"] == source and _fold(piece) in _fold(c["text"])
    }
    assert found, f"no claim of {source} contains {piece!r}"
    return found


def _match_of(report: dict[str, Any], a: str, b: str) -> dict[str, Any] | None:
    ids_a, ids_b = _claims_with(report, "A", a), _claims_with(report, "B", b)
    matches: list[dict[str, Any]] = report["matches"]
    return next((m for m in matches if ids_a & set(m["claims"]) and ids_b & set(m["claims"])), None)


def test_the_report_names_both_sources(report: dict[str, Any]) -> None:
    assert [s["id"] for s in report["sources"]] == ["A", "B"]
    assert report["schema"] == 1


@pytest.mark.parametrize("furniture", FURNITURE)
def test_no_claim_holds_page_furniture(report: dict[str, Any], furniture: str) -> None:
    assert not [c["id"] for c in report["claims"] if _fold(furniture) in _fold(c["text"])]


@pytest.mark.parametrize(("a", "b"), SAME_FACT)
def test_the_same_fact_is_matched(report: dict[str, Any], a: str, b: str) -> None:
    assert _match_of(report, a, b) is not None


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_a_divergence_names_its_difference(report: dict[str, Any], a: str, b: str) -> None:
    m = _match_of(report, a, b)
    assert m is not None and m["kind"] == "divergence"
    assert any(d["type"] != "detail" for d in m["differences"])


def _has_word(group: dict[str, Any], word: str) -> bool:
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    texts = [group["canonical"]] + [f["text"] for f in group["forms"]]
    return any(pattern.search(t) for t in texts)


@pytest.mark.parametrize(("x", "y"), SPELLED_TWO_WAYS)
def test_spelling_variants_are_grouped(report: dict[str, Any], x: str, y: str) -> None:
    assert any(_has_word(g, x) and _has_word(g, y) for g in report["variants"])


@pytest.mark.parametrize(("x", "y"), NEVER_ONE_NAME)
def test_different_words_are_not_grouped(report: dict[str, Any], x: str, y: str) -> None:
    assert not any(_has_word(g, x) and _has_word(g, y) for g in report["variants"])


def test_b_spells_deumier_two_ways(report: dict[str, Any]) -> None:
    groups = [g for g in report["variants"] if _has_word(g, "Deumier") and _has_word(g, "Duemier")]
    assert groups and all("B" in g["inconsistent_sources"] for g in groups)


@pytest.mark.parametrize(("source", "piece"), [(s, p) for s, ps in ONLY_IN.items() for p in ps])
def test_facts_only_one_source_has(report: dict[str, Any], source: str, piece: str) -> None:
    ids = _claims_with(report, source, piece)
    assert ids & set(report["unique"][source])
