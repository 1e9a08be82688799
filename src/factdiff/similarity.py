"""Claim similarity: the score used to align claims of different sources.

A claim is normalised once (``prepare``): case, accents, curly quotes, possessives, number words
and light stemming, with each token weighted by its rarity in English (a table made from wordfreq,
shipped in ``data/word_zipf.tsv``) and attribution boilerplate ("…, he said", "according to X")
down-weighted. ``score`` then combines a rarity-weighted overlap of the two token sets, rapidfuzz
ratios of the normalised texts and number agreement in a fixed logistic formula, and scales it so
that unrelated texts score 0 and identical texts 1.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from functools import cache, lru_cache
from typing import NamedTuple

from factdiff._numbers import CARDINALS
from factdiff.errors import package_table

__all__ = [
    "Prepared",
    "claim_similarity",
    "content_keys",
    "normalise",
    "prepare",
    "same_claim",
    "score",
    "token_weight",
]


# --- character level -------------------------------------------------------------------------

_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u02bc": "'",  # ʼ
        "`": "'",
        "\u00b4": "'",  # ´
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u2013": "-",  # –
        "\u2014": "-",  # —
        "\u2010": "-",
        "\u2011": "-",
    }
)


# Characters outside ASCII: the only ones that can be combining marks.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _drop_marks(m: re.Match[str]) -> str:
    return "".join(ch for ch in m.group() if not unicodedata.combining(ch))


def _fold_once(text: str) -> str:
    if not text.isascii():
        text = _NON_ASCII.sub(_drop_marks, unicodedata.normalize("NFKD", text))
    return text.casefold().translate(_CHAR_MAP)


def _fold(text: str) -> str:
    """Lower case without accents, straight quotes and hyphens; stable under repetition."""
    for _ in range(4):
        folded = _fold_once(text)
        if folded == text:
            break
        text = folded
    return text


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    replacement: str


# Text rewrites applied after folding, in order; each makes two spellings of one word agree.
_REWRITES: tuple[_Rule, ...] = (
    # Contractions: the negation is a word of its own ("don't" -> "do not").
    _Rule(re.compile(r"\bcan't\b"), "can not"),
    _Rule(re.compile(r"\bwon't\b"), "will not"),
    _Rule(re.compile(r"n't\b"), " not"),
    # Possessives: "France's" = "France", "officials'" = "officials".
    _Rule(re.compile(r"(?<=\w)'s\b"), ""),
    _Rule(re.compile(r"(?<=s)'(?!\w)"), ""),
    # Dotted abbreviations: "U.S." = "US", "U.N." = "UN".
    _Rule(re.compile(r"\b([a-z])\.([a-z])\.(?:([a-z])\.)?"), r"\1\2\3"),
    # Thousands separators: "3,000" = "3000".
    _Rule(re.compile(r"(?<=\d),(?=\d{3}\b)"), ""),
    _Rule(re.compile(r"%|\bper cent\b"), " percent "),
)

_TOKEN = re.compile(r"\d+(?:\.\d+)*(?:st|nd|rd|th)?|[^\W\d_]+")

# Number words become digits so that "three" and "3" agree.
_NUMBER_WORDS: dict[str, str] = CARDINALS | {
    "hundred": "100",
    "first": "1st",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}

# --- stemming ---------------------------------------------------------------------------------

# Suffixes removed (longest listed first), repeatedly, while at least three letters with a vowel
# remain. Crude on purpose: denied/denial/denies/deny -> "den", arrive/arrived/arrival -> "arriv",
# Syria/Syrian -> "syr"; a collision between unrelated words rarely matters inside one pair.
_SUFFIXES: tuple[str, ...] = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "ities",
    "ity",
    "ically",
    "ical",
    "ally",
    "ions",
    "ion",
    "ies",
    "ied",
    "ial",
    "ism",
    "ive",
    "ize",
    "ise",
    "ate",
    "ous",
    "ly",
    "ed",
    "es",
    "al",
    "an",
    "s",
    "y",
    "e",
    "i",
    "a",
)
_KEEP = frozenset(
    [
        "news",
        "us",
        "has",
        "was",
        "is",
        "this",
        "his",
        "its",
        "as",
        "yes",
        "always",
        "perhaps",
        "thus",
        "less",
        "unless",
        "across",
        "plus",
        "million",
        "billion",
        "trillion",
        "series",
        "species",
    ]
)
_NO_PLURAL = ("ss", "us", "is")
_VOWEL = re.compile(r"[aeiouy]")


def _stem_once(word: str) -> str:
    for suffix in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        if suffix == "s" and word.endswith(_NO_PLURAL):
            continue
        stem = word[: -len(suffix)]
        if len(stem) >= 3 and _VOWEL.search(stem):
            return stem
    return word


@cache
def _stem(word: str) -> str:
    """A stem of ``word``, unchanged by stemming again."""
    if word in _KEEP or not word.isascii():
        return word
    while True:
        stem = _stem_once(word)
        if stem == word:
            return _NUMBER_WORDS.get(word, word)
        word = stem


def _token(raw: str) -> str:
    if raw in _NUMBER_WORDS:
        return _NUMBER_WORDS[raw]
    if raw[0].isdigit():
        return raw
    return _stem(raw)


def _rewrite(folded: str) -> str:
    for rule in _REWRITES:
        folded = rule.pattern.sub(rule.replacement, folded)
    return folded


def normalise(text: str) -> str:
    """The normalised tokens of ``text``, space separated (normalising again changes nothing)."""
    return " ".join(_token(m.group()) for m in _TOKEN.finditer(_rewrite(_fold(text))))


# --- attribution ------------------------------------------------------------------------------

# Verbs of saying that are rarely anything else ("reports", "claims", "states" are often nouns).
_SAY = (
    r"(?:said|says|told|tells|added|stated|explained|announced|insisted|confirmed|declared|"
    r"warned|argued|according to)"
)

# Spans that say who said something rather than what was said. Their tokens keep only a small
# weight, so "X arrived, he said" and "X has arrived" compare on "X arrived".
_ATTRIBUTION: tuple[re.Pattern[str], ...] = (
    # "…, according to Joël Deumier" / "according to police, …"
    re.compile(r"\baccording to\b[^,.;:!?\"]{0,80}"),
    # Trailing clause: "…,” he said." / "…, Lavrov said on Monday." / "…, told NBC."
    re.compile(
        r"(?:^|[,;:\"'(])\s*[^,;:\"'()]{0,60}?\b" + _SAY + r"\b[^,;:\"'()]{0,50}?[.!?\"')\s]*$"
    ),
    # Leading clause: "Macron added that …" / "Officials said: …" / "Breivik: …"
    re.compile(r"^\s*[^,;:\"'()]{0,60}?\b" + _SAY + r"\b(?:\s+\w+){0,3}?\s*(?:\bthat\b|:)"),
    re.compile(r"^\s*[\w .'-]{1,30}:\s"),
    # Mid-sentence: "…, he told reporters, …" / "…, officials said, …"
    re.compile(r",\s*[^,;:\"'()]{0,40}?\b" + _SAY + r"\b[^,;:\"'()]{0,30}?,"),
)
_ATTRIBUTION_WEIGHT = 0.2


def _attribution_mask(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in _ATTRIBUTION:
        for m in pattern.finditer(folded):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
    return spans


# --- rarity -----------------------------------------------------------------------------------

# Zipf frequency (log10 of occurrences per billion words) given to words missing from the table,
# which holds stems down to about zipf 2.4: names and rare words.
_UNKNOWN_ZIPF = 2.0
# Weight = _TOP_ZIPF - zipf, floored: "the" is near 0, a name near 6 (powers of it from 0.5 to 2
# did no better on train).
_TOP_ZIPF = 8.0
_MIN_WEIGHT = 0.05
_NUMBER_WEIGHT = 5.0
# "one" is as often a pronoun as a count ("one of the men"): half weight, and never a key.
_WEAK_NUMBERS = frozenset({"1", "1st"})
# A stem at or below this zipf is a content key for blocking.
_KEY_ZIPF = 4.5


@cache
def _zipf_table() -> list[str]:
    """The lines ``stem<TAB>zipf`` of the table shipped in the package, sorted by stem.

    Looked up by bisection: building a dict of its 29,000 stems would cost a small comparison
    about 4 ms of start-up, and splitting each line into its two fields 4 ms more, for the
    few hundred stems it looks up. A tab sorts before every character a stem holds, so the
    lines sort as their stems do."""
    return package_table("data/word_zipf.tsv").splitlines()


@lru_cache(maxsize=65536)
def zipf(token: str) -> float:
    """How common a normalised token (a stem) is in English: its zipf frequency, or
    ``_UNKNOWN_ZIPF`` when it is not among the 50,000 commonest words."""
    lines = _zipf_table()
    key = token + "\t"
    i = bisect_left(lines, key)
    if i < len(lines) and lines[i].startswith(key):
        return float(lines[i][len(key) :])
    return _UNKNOWN_ZIPF


@cache
def token_weight(token: str) -> float:
    """How much a normalised token counts as evidence: high for rare words, names and numbers."""
    if token[:1].isdigit():
        return _NUMBER_WEIGHT / 2 if token in _WEAK_NUMBERS else _NUMBER_WEIGHT
    return max(_MIN_WEIGHT, _TOP_ZIPF - zipf(token))


# --- prepared claims --------------------------------------------------------------------------


class Prepared(NamedTuple):
    """One claim text, normalised once: its tokens and their weights.

    ``tokens`` are the normalised tokens in text order; ``weights`` maps each distinct token to its
    weight (rarity, reduced inside attribution), in token order (a dict, built once: scoring looks
    weights up for every candidate pair); ``numbers`` are the distinct
    number tokens; ``core`` is the tokens outside attribution, space separated (all tokens when
    everything is attribution); ``total`` is the sum of the weights.
    """

    text: str
    tokens: tuple[str, ...]
    weights: dict[str, float]
    numbers: frozenset[str]
    core: str
    total: float


def prepare(text: str) -> Prepared:
    """Normalise ``text`` once for scoring against many others."""
    folded = _rewrite(_fold(text))
    spans = _attribution_mask(folded)
    tokens: list[str] = []
    weights: dict[str, float] = {}
    core: list[str] = []
    for m in _TOKEN.finditer(folded):
        tok = _token(m.group())
        tokens.append(tok)
        w = token_weight(tok)
        attributed = any(s <= m.start() < e for s, e in spans)
        if attributed:
            w *= _ATTRIBUTION_WEIGHT
        else:
            core.append(tok)
        weights[tok] = max(weights.get(tok, 0.0), w)
    if not core:
        core = tokens
    numbers = frozenset(t for t in weights if t[:1].isdigit())
    ordered = dict(sorted(weights.items()))
    return Prepared(
        text=text,
        tokens=tuple(tokens),
        weights=ordered,
        numbers=numbers,
        core=" ".join(core),
        total=sum(ordered.values()),
    )


def content_keys(p: Prepared) -> frozenset[str]:
    """The rare content stems and numbers of a claim: keys for an inverted index (blocking)."""
    return frozenset(
        t
        for t in p.weights
        if (t[:1].isdigit() and t not in _WEAK_NUMBERS) or (zipf(t) <= _KEY_ZIPF and len(t) > 2)
    )


# --- scoring ----------------------------------------------------------------------------------

# Credit for a pair of different tokens that look like one word (Afghan/Afghanistan,
# Deumier/Duemier), as a share of an exact match.
_SOFT_CREDIT = 0.8
_SOFT_MIN_RATIO = 0.8
_SOFT_MIN_PREFIX = 4


# Two words that share a long beginning are forms of one word (electric/electrocution).
_SOFT_MIN_WEIGHT = 2.0
_SOFT_STEM = 6
_SOFT_STEM_SHARE = 0.7


def _common_prefix(x: str, y: str) -> int:
    n = 0
    for a, b in zip(x, y, strict=False):
        if a != b:
            break
        n += 1
    return n


@lru_cache(maxsize=262144)
def _soft_similarity(x: str, y: str) -> float:
    """How alike two different words are, when they look like forms of one word; else -1."""
    from rapidfuzz.distance import Indel

    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    sim = Indel.normalized_similarity(x, y)
    if sim >= _SOFT_MIN_RATIO or long_.startswith(short):
        return sim
    stem = _common_prefix(x, y)
    if stem >= _SOFT_STEM and stem >= _SOFT_STEM_SHARE * len(short):
        return sim
    return -1.0


def _soft_pairs(a_only: list[str], b_only: list[str]) -> list[tuple[str, str]]:
    """Greedy one-to-one pairs of unmatched words that look like forms of one word.

    Only words with the same first letter are compared (Deumier/Duemier, Afghan/Afghanistan,
    electric/electrocution): it keeps the comparison cheap and loses almost no true pair.
    """
    by_initial: dict[str, list[str]] = {}
    for y in b_only:
        if len(y) >= _SOFT_MIN_PREFIX and y.isalpha():
            by_initial.setdefault(y[0], []).append(y)
    candidates: list[tuple[float, str, str]] = []
    for x in a_only:
        if len(x) < _SOFT_MIN_PREFIX or not x.isalpha():
            continue
        for y in by_initial.get(x[0], ()):
            sim = _soft_similarity(x, y) if x < y else _soft_similarity(y, x)
            if sim >= 0:
                candidates.append((-sim, x, y))
    candidates.sort()
    used_a: set[str] = set()
    used_b: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for _, x, y in candidates:
        if x not in used_a and y not in used_b:
            used_a.add(x)
            used_b.add(y)
            pairs.append((x, y))
    return pairs


def shared_weight(a: Prepared, b: Prepared) -> tuple[float, float]:
    """The weight of each side's words that the other side has too (near-identical words count
    ``_SOFT_CREDIT``): (matched weight of a, matched weight of b)."""
    wa, wb = a.weights, b.weights
    matched_a = 0.0
    matched_b = 0.0
    for t, w in wa.items():
        if t in wb:
            matched_a += w
            matched_b += wb[t]
    # near-identical words only among content words: function words never need it
    a_only = [t for t, w in wa.items() if t not in wb and w >= _SOFT_MIN_WEIGHT]
    b_only = [t for t, w in wb.items() if t not in wa and w >= _SOFT_MIN_WEIGHT]
    for x, y in _soft_pairs(a_only, b_only):
        matched_a += _SOFT_CREDIT * wa[x]
        matched_b += _SOFT_CREDIT * wb[y]
    return matched_a, matched_b


def containment(
    a: Prepared, b: Prepared, half: float, matched: tuple[float, float] | None = None
) -> float:
    """How far one claim's weighted words stand in the other (the larger of the two shares),
    discounted when the shared weight is small: 0..1, reaching half its value at ``half``.
    Evidence that the shorter claim states a fact the longer one carries with more detail.
    ``matched`` is ``shared_weight(a, b)`` when the caller has it already."""
    if not a.total or not b.total:
        return 0.0
    matched_a, matched_b = matched if matched is not None else shared_weight(a, b)
    shared = min(matched_a, matched_b)
    return max(matched_a / a.total, matched_b / b.total) * shared / (shared + half)


def _features(a: Prepared, b: Prepared, matched: tuple[float, float]) -> tuple[float, ...]:
    """Evidence that ``a`` and ``b`` state one fact; every feature is 1 for identical texts."""
    from rapidfuzz import fuzz

    matched_a, matched_b = matched
    cover_a = matched_a / a.total if a.total else 0.0
    cover_b = matched_b / b.total if b.total else 0.0
    token_sort = fuzz.token_sort_ratio(a.core, b.core, processor=None) / 100
    numbers = 1.0
    if a.numbers and b.numbers:
        numbers = len(a.numbers & b.numbers) / len(a.numbers | b.numbers)
    elif a.numbers or b.numbers:
        numbers = 0.5
    return (min(cover_a, cover_b), max(cover_a, cover_b), token_sort, numbers)


# Logistic combination of _features (lesser and greater weighted coverage, token_sort_ratio of the
# cores, number agreement): L2-regularised logistic regression of "same claim" (human score >= 4)
# against "different" (<= 2) on the train split of STS-B news pairs, by
# `benchmarks/bench_similarity.py --fit ../shared/data`. Refit when the features change.
_INTERCEPT = -10.290
_COEFFICIENTS: tuple[float, ...] = (7.282, 6.278, 0.839, 2.067)
# The fitted logit is divided by this before the sigmoid: a monotone change (same ranking, same
# decisions at the matching threshold) that keeps partial evidence visible in the score instead of
# squeezing everything below the threshold towards 0.
_TEMPERATURE = 2.0


def _logit(features: tuple[float, ...]) -> float:
    return _INTERCEPT + sum(c * f for c, f in zip(_COEFFICIENTS, features, strict=True))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z / _TEMPERATURE))


# The logistic value of no evidence (all features 0) and of identical texts (all features 1);
# scores are scaled between the two so that they span [0, 1].
_FLOOR = _sigmoid(_logit((0.0, 0.0, 0.0, 0.0)))
_CEILING = _sigmoid(_logit((1.0, 1.0, 1.0, 1.0)))


def score(a: Prepared, b: Prepared) -> float:
    """``claim_similarity`` of two prepared texts: 0..1, symmetric, deterministic."""
    return evidence(a, b)[0]


def evidence(a: Prepared, b: Prepared) -> tuple[float, tuple[float, float]]:
    """``score(a, b)`` and ``shared_weight(a, b)``, computed once."""
    if not a.tokens or not b.tokens:
        return 0.0, (0.0, 0.0)
    if a.tokens == b.tokens:
        return 1.0, (a.total, b.total)
    swapped = (b.tokens, b.text) < (a.tokens, a.text)
    if swapped:
        a, b = b, a  # one order for both argument orders, so floating-point sums agree exactly
    matched = shared_weight(a, b)
    raw = (_sigmoid(_logit(_features(a, b, matched))) - _FLOOR) / (_CEILING - _FLOOR)
    if swapped:
        matched = (matched[1], matched[0])
    return min(1.0, max(0.0, raw)), matched


def claim_similarity(a: str, b: str) -> float:
    """How likely two claim texts state the same fact: 0 (unrelated) .. 1 (same words)."""
    return score(prepare(a), prepare(b))


@cache
def _threshold() -> float:
    from factdiff.config import default_settings

    return default_settings().match.same_claim


def same_claim(a: str, b: str) -> bool:
    """Whether two claim texts state the same fact: ``claim_similarity`` at or above the setting
    ``match.same_claim``."""
    return claim_similarity(a, b) >= _threshold()
