"""Align claims of different sources that state the same fact.

Candidate pairs come from an inverted index of rare content words and names (blocking), never from
all pairs; each candidate is scored once (``pair_score``) and kept when that score, lowered by the
story prior of its two sources (``_story``: how likely they tell one story, not two events of one
kind, from what the sources share as a whole and the best score between their claims), reaches
``match.mutual_best``; the first sentences of two sources that tell one story gain
``match.lead_bonus`` (news puts a story's main fact first). Pairs are then taken best first,
each claim getting at most one partner per other source; a claim whose best partner is already
paired joins that pair within ``match.group_ratio``; every pair scoring at least
``match.link_all`` is linked too, so several sentences of one source can match one or several
of another; and a claim of a source's lead is linked to every claim of another source that
reaches the floor once lowered by the story prior (``match.lead_links``). Links are merged strongest
first into matches, never putting more than ``match.max_per_source`` claims of one source into
one match (one more by a lead's link, where the match holds two sources only), and (among many
sources) never joining two groups when under ``match.min_link_share`` of the pairs between
them scored.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from factdiff._lexicon import surname
from factdiff._numbers import MONTHS, YEAR, YEARS
from factdiff._story import Profile, name_key, profile, same_story, story_factor, story_lookup
from factdiff._workers import map_in_chunks
from factdiff.claims import core_text
from factdiff.config import MatchSettings
from factdiff.models import Claim
from factdiff.names import fold, same_name
from factdiff.similarity import (
    Prepared,
    containment,
    content_keys,
    evidence,
    normalise,
    prepare,
)
from factdiff.values import date_readings

Progress = Callable[[str, int, int], None]


class Alignment(NamedTuple):
    """Claim ids (in claim order) that state one fact, the score of their strongest link, the
    claims among them joined by a lead's link alone (``match.lead_links``): the story told
    again in other words, shown with the match but not compared for differences, and the pairs
    of its claims linked directly by more than a lead's link (in claim order): a difference
    in a match of three claims or more stands only where two linked claims show it."""

    claims: tuple[str, ...]
    score: float
    retold: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()


class Aligned(NamedTuple):
    """The matches of a comparison, the story prior of each pair of sources whose claims were
    compared (``_story.same_story``; keyed and listed in source order), and each source's
    story profile (for the prior of any other pair)."""

    alignments: list[Alignment]
    stories: dict[tuple[str, str], float]
    profiles: dict[str, Profile]


def source_profiles(claims: Sequence[Claim], prepared: Sequence[Prepared]) -> dict[str, Profile]:
    """Each source's story profile, from its claims (in order) and their prepared core texts."""
    of: dict[str, tuple[list[Claim], list[Prepared]]] = {}
    for c, p in zip(claims, prepared, strict=True):
        cs, ps = of.setdefault(c.source, ([], []))
        cs.append(c)
        ps.append(p)
    return {src: profile(cs, ps) for src, (cs, ps) in of.items()}


# Words names share without being one name: "The Thick of It" and "The Fires of Pompeii".
NOT_NAME_WORDS = frozenset(
    "the of and a an de la le el al du des der von van y & for in on at".split()
)


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A name's words as ``related_names`` compares them (case folded, small words left out),
    their stems of five letters, and their first letters once accents are folded."""
    words = frozenset(t.casefold() for t in name.split()) - NOT_NAME_WORDS
    stems = frozenset(w[:5] for w in words if len(w) >= 5)
    return words, stems, frozenset(fold(w)[:1] for w in words)


@lru_cache(maxsize=262144)
def related_names(x: str, y: str) -> bool:
    """One name, or names of one thing: a shared word, a spelling variant, or a shared stem of
    five letters (Chechnya/Chechen, Russia/Russian)."""
    if x.casefold() == y.casefold():
        return True
    (xs, x_stems, x_firsts), (ys, y_stems, y_firsts) = _name_parts(x), _name_parts(y)
    if xs & ys or x_stems & y_stems:
        return True
    # spellings of one name share the first letter of some word (Deumier/Duemier, Joël/Joel);
    # checking that first spares the full comparison for most pairs
    if not x_firsts & y_firsts:
        return False
    return same_name(x, y)


# a name qualifying a common noun; a noun followed by a name is a title ("Russian president
# Vladimir Putin"), not a description
_ATTRIBUTIVE = re.compile(r"\b([A-Z][\w’'-]+)\s+([a-z]{3,})\b(?!\s+[A-Z])")


@lru_cache(maxsize=65536)
def _attributive(text: str) -> dict[str, str]:
    """Nouns qualified by a name just before them ("Syrian refugees" → {"refugees": "Syrian"})."""
    return {m.group(2): m.group(1) for m in _ATTRIBUTIVE.finditer(text)}


def name_conflict(a: Claim, b: Claim) -> float:
    """How far two claims name different things, 0..1: 1 when one noun is qualified by two
    unrelated names ("Syrian refugees" / "Chechen refugees"), else the smaller of the two shares
    of names that the other claim does not name (0 when either names nothing)."""
    qa, qb = _attributive(a.text), _attributive(b.text)
    for noun in qa.keys() & qb.keys():
        if not related_names(qa[noun], qb[noun]):
            return 1.0
    if not a.names or not b.names:
        return 0.0
    a_only = sum(1 for x in a.names if not any(related_names(x, y) for y in b.names))
    b_only = sum(1 for y in b.names if not any(related_names(x, y) for x in a.names))
    return min(a_only / len(a.names), b_only / len(b.names))


_MONTH_OF = {m: n for n, m in enumerate(MONTHS)}
_MONTH_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")\b(?:\s(\d{1,2}))?\s(" + YEAR + ")")
# Days apart beyond which two dates are other times, not one told a day early or late.
_TIME_GAP = 31


def _day(year: str, month: str, day: int) -> int:
    """An approximate day number: 31 days to a month, 12 months to a year."""
    return int(year) * 372 + _MONTH_OF[month] * 31 + day


@lru_cache(maxsize=65536)
def _times(dates: tuple[str, ...]) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
    """The day ranges (approximate day numbers: a month without a day is the whole month) and
    the years a claim's dates name; a numeric date ("5/3/2013") is read both ways round."""
    ranges = set()
    years = set()
    for d in dates:
        for m in _MONTH_YEAR.finditer(d):
            month, day, year = m.groups()
            ranges.add(
                (_day(year, month, int(day)),) * 2
                if day
                else (_day(year, month, 1), _day(year, month, 31))
            )
        years.update(YEARS.findall(d))
        if "/" in d:
            for reading in date_readings(d):
                fields = dict(reading)
                if {"year", "month", "day"} <= fields.keys():
                    ranges.add((_day(fields["year"], fields["month"], int(fields["day"])),) * 2)
                    years.add(fields["year"])
    return tuple(sorted(ranges)), frozenset(years)


def _dated(a: Claim, b: Claim) -> bool:
    """Whether ``time_conflict`` can tell of two claims: both name days or months of a year,
    or both name years."""
    ra, ya = _times(a.dates)
    rb, yb = _times(b.dates)
    return bool((ra and rb) or (ya and yb))


def at_other_times(xs: Sequence[Claim], ys: Sequence[Claim]) -> bool:
    """Whether two groups of claims, one of them of two or more, tell of other times: some
    claim of each is dated, and every such pair is in ``time_conflict`` (the June check-out
    and the May check-in; one claim's background year, "as in 2010", is outvoted by the
    others' dates). Two lone claims may still pair: one fact told with two dates is a
    divergence to report."""
    if len(xs) < 2 and len(ys) < 2:
        return False
    dated = [(x, y) for x in xs for y in ys if _dated(x, y)]
    return bool(dated) and all(time_conflict(x, y) for x, y in dated)


def time_conflict(a: Claim, b: Claim) -> bool:
    """Whether two claims date what they tell to different times: both name a month of a year
    and no date of A is within a month of one of B ("June 13, 2013" / "May 3, 2013"), or both
    name years and share none ("in 2010" / "in 2013")."""
    ra, ya = _times(a.dates)
    rb, yb = _times(b.dates)
    if ra and rb:
        return all(max(x0, y0) - min(x1, y1) > _TIME_GAP for x0, x1 in ra for y0, y1 in rb)
    return bool(ya and yb and not ya & yb)


def anchor_weight(
    pa: Prepared, pb: Prepared, unique_a: frozenset[str], unique_b: frozenset[str]
) -> float:
    """The weight of the words the two claims share that each source uses in this claim only
    (as patience diff anchors on lines unique to both files), each at the lesser of its two
    weights (a word inside one side's attribution counts as little there): the same in both
    argument orders."""
    wa, wb = pa.weights, pb.weights
    if len(wb) < len(wa):
        wa, wb = wb, wa
    # fsum is exactly rounded: the sum does not depend on which dict is walked
    return math.fsum(
        min(w, wb[t]) for t, w in wa.items() if t in wb and t in unique_a and t in unique_b
    )


def unique_words(
    prepared: Sequence[Prepared], min_weight: float, claims: Sequence[Claim] = ()
) -> frozenset[str]:
    """Rare words that stand in exactly one of a source's claims (``prepared``), less the
    words of a name given in full once and by its last word elsewhere (``claims``, the same
    claims): news names a person in full at the first mention only ("Arcade Joseph Comeaux
    Jr." once, "Comeaux" after), so that claim holds the given names because it comes first,
    not because of what it tells."""
    seen: dict[str, int] = {}
    for p in prepared:
        for t, w in p.weights.items():
            if w >= min_weight and t.isalpha():
                seen[t] = seen.get(t, 0) + 1
    unique = {t for t, n in seen.items() if n == 1}
    named = [{n: surname(n) for n in c.names} for c in claims]  # each claim's names: surnames
    claims_naming = Counter(key for keys in named for key in set(keys.values()))
    for keys in named:
        for n, key in keys.items():
            if len(n.split()) >= 2 and claims_naming[key] >= 2:
                unique.difference_update(name_words((n,)))
    return frozenset(unique)


def phrase_weight(
    pa: Prepared, pb: Prepared, min_tokens: int, names: frozenset[str] = frozenset()
) -> float:
    """The weight of the longest run of words the two claims share in the same order (at least
    ``min_tokens`` long): a shared phrase, as collation aligns on common token sequences. The
    words of ``names`` (the claims' names, ``name_words``) are no part of a phrase: a name
    written in full in both ("Arcade Joseph Comeaux Jr.") is one person named, which the
    names already weigh, not one thing told in the same words. Each word counts at the lesser
    of its two weights, and of runs of one length the one found in one fixed order of the
    claims: the same in both argument orders."""
    from difflib import SequenceMatcher

    if (pb.tokens, pb.text) < (pa.tokens, pa.text):
        pa, pb = pb, pa
    if len(set(pa.tokens).intersection(pb.tokens).difference(names)) < min_tokens:
        return 0.0
    # a name's word matches nothing: each stands as a token of its own side and place
    ta = [t if t not in names else f"\0a{i}" for i, t in enumerate(pa.tokens)]
    tb = [t if t not in names else f"\0b{i}" for i, t in enumerate(pb.tokens)]
    m = SequenceMatcher(None, ta, tb, autojunk=False).find_longest_match(0, len(ta), 0, len(tb))
    if m.size < min_tokens:
        return 0.0
    wa, wb = pa.weights, pb.weights
    return math.fsum(min(wa.get(t, 0.0), wb.get(t, 0.0)) for t in ta[m.a : m.a + m.size])


@lru_cache(maxsize=65536)
def name_words(names: tuple[str, ...]) -> frozenset[str]:
    """The normalised words of ``names``."""
    return frozenset().union(*(_words_of_name(n) for n in names))


@lru_cache(maxsize=65536)
def _words_of_name(name: str) -> frozenset[str]:
    return frozenset(normalise(name).split())


def pair_score(
    a: Claim, pa: Prepared, b: Claim, pb: Prepared, settings: MatchSettings, anchors: float = 0.0
) -> float:
    """The alignment score of two claims: text similarity (or, when higher, the evidence that
    one claim is contained in the other), lowered as far as their names conflict (down to
    ``name_conflict_factor`` times at full conflict) and ``time_conflict_factor`` times when they
    date what they tell to different times."""
    conflict = name_conflict(a, b)
    similarity, matched = evidence(pa, pb)
    contained = containment(pa, pb, settings.containment_half, matched)
    text = max(similarity, settings.containment_weight * contained)
    if text < settings.same_claim:
        names = name_words(a.names) | name_words(b.names)
        shared = anchors + phrase_weight(pa, pb, settings.phrase_min_tokens, names)
        text = max(text, settings.anchor_weight * shared / (shared + settings.containment_half))
    if time_conflict(a, b):
        text *= settings.time_conflict_factor
    return text * (1.0 - conflict * (1.0 - settings.name_conflict_factor))


def fact_keys(c: Claim, p: Prepared) -> frozenset[str]:
    """A claim's rare words, numbers and surnames: two claims of one fact share at least one,
    unless their words are nearly the same (shared phrasing alone is no fact)."""
    return content_keys(p) | {name_key(n) for n in c.names}


def _keys(p: Prepared, facts: frozenset[str]) -> set[str]:
    """Blocking keys: the claim's ``fact_keys`` and its three heaviest words (so a claim made of
    common words only still finds its partners)."""
    heaviest = sorted((w, t) for t, w in p.weights.items() if len(t) > 2)[-3:]
    return set(facts) | {t for _, t in heaviest}


def claim_ranks(claims: Sequence[Claim]) -> list[int]:
    """Each claim's rank by its words, then by all the words of its source, then by its place
    there: a tie-break that does not depend on the order the sources are given in (wire copy
    puts one sentence in several sources; only the same document given twice ties)."""
    of: dict[str, list[str]] = {}
    place: list[int] = []
    for c in claims:
        texts = of.setdefault(c.source, [])
        place.append(len(texts))
        texts.append(c.text)
    whole = {src: "\n".join(texts) for src, texts in of.items()}
    ranked = sorted(
        range(len(claims)), key=lambda k: (claims[k].text, whole[claims[k].source], place[k], k)
    )
    ranks = [0] * len(claims)
    for n, k in enumerate(ranked):
        ranks[k] = n
    return ranks


def candidate_pairs(
    claims: Sequence[Claim],
    prepared: Sequence[Prepared],
    per_claim: int = 12,
    facts: Sequence[frozenset[str]] | None = None,
    ranks: Sequence[int] | None = None,
) -> set[tuple[int, int]]:
    """Index pairs (i < j, different sources) that share a rare key: for each claim, its
    ``per_claim`` partners in each other source with the most shared key weight and, among many
    sources, its strongest ``4 * per_claim`` overall (a fact told by twenty sources still
    clusters through a few links per claim); ties go by ``claim_ranks``. ``facts`` and
    ``ranks``: each claim's ``fact_keys`` and rank, when the caller has them already.

    Candidates are gathered one claim at a time and only its best are kept, so memory stays
    proportional to the number of claims, whatever the size of the documents; from 2,000 claims
    on, in two forked processes, a chunk of claims each (``_Blocking.partners``).
    """
    rank = ranks if ranks is not None else claim_ranks(claims)
    index: dict[str, list[int]] = {}
    key_weight: dict[str, float] = {}
    keys_of: list[list[str]] = []
    for i, (c, p) in enumerate(zip(claims, prepared, strict=True)):
        keys = sorted(_keys(p, facts[i] if facts is not None else fact_keys(c, p)))
        keys_of.append(keys)
        for k in keys:
            index.setdefault(k, []).append(i)
            # a word's full weight (inside attribution a claim weighs it less), whichever
            # claim comes last
            key_weight[k] = max(key_weight.get(k, 0.0), p.weights.get(k, _NAME_KEY_WEIGHT))
    # a key that many claims share is no evidence of a shared fact (and would make this quadratic)
    cap = min(_MAX_POSTING, max(64, int(4 * math.sqrt(len(claims)))))
    blocking = _Blocking(
        keys_of, index, key_weight, [c.source for c in claims], rank, cap, per_claim
    )
    every = range(len(claims))
    if len(claims) < _BLOCKING_PARALLEL_FROM:
        return set(blocking.partners(every))
    return set(map_in_chunks(blocking.partners, every, _BLOCKING_CHUNK, True))


class _Blocking(NamedTuple):
    """The blocking index ``candidate_pairs`` builds, and how many partners a claim keeps."""

    keys_of: list[list[str]]
    postings: dict[str, list[int]]
    key_weight: dict[str, float]
    sources: list[str]
    rank: Sequence[int]
    cap: int
    per_claim: int

    def partners(self, claims: Iterable[int]) -> list[tuple[int, int]]:
        """The pairs (i < j) each of ``claims`` keeps: its best partners in each other source
        and, of those, its strongest overall."""
        postings, key_weight = self.postings, self.key_weight
        sources, rank, per_claim = self.sources, self.rank, self.per_claim
        pairs: list[tuple[int, int]] = []
        for i in claims:
            source = sources[i]
            shared: dict[int, float] = {}
            get = shared.get
            for k in self.keys_of[i]:
                posting = postings[k]
                if len(posting) > self.cap:
                    continue
                w = key_weight[k]
                for j in posting:
                    if sources[j] != source:
                        shared[j] = get(j, 0.0) + w
            by_source: dict[str, list[tuple[float, int, int]]] = {}
            for j, w in shared.items():
                by_source.setdefault(sources[j], []).append((-w, rank[j], j))
            kept: list[tuple[float, int, int]] = []
            for options in by_source.values():
                options.sort()  # ties go by the claims' ranks, so source order does not matter
                kept.extend(options[:per_claim])
            kept.sort()
            pairs.extend((min(i, j), max(i, j)) for _, _, j in kept[: 4 * per_claim])
        return pairs


# Claims whose partners are found in two forked workers from this many on, a chunk at a time.
_BLOCKING_PARALLEL_FROM = 2000
_BLOCKING_CHUNK = 2000


# Postings longer than this are skipped however large the input (common words, not evidence).
_MAX_POSTING = 256
_NAME_KEY_WEIGHT = 5.0


def _dense_enough(
    xs: Sequence[int],
    ys: Sequence[int],
    sources: Sequence[str],
    linked: Callable[[int, int], bool],
    share: float,
) -> bool:
    """Whether at least ``share`` of the pairs of claims of different sources between two
    groups are ``linked`` (the pair that brings them together is one of them)."""
    cross = [(x, y) for x in xs for y in ys if sources[x] != sources[y]]
    need = math.ceil(share * len(cross) - 1e-9)
    found = 0
    for done, (x, y) in enumerate(cross, 1):
        found += linked(x, y)
        if found >= need:
            return True
        if found + len(cross) - done < need:  # the pairs left cannot make up the share
            return False
    return found >= need


def cluster(
    edges: Sequence[tuple[int, int]],
    sources: Sequence[str],
    max_per_source: int,
    linked: Callable[[int, int], bool] | None = None,
    min_link_share: float = 0.0,
    apart: Callable[[Sequence[int], Sequence[int]], bool] | None = None,
    stretch: frozenset[tuple[int, int]] = frozenset(),
) -> list[list[int]]:
    """Groups of linked claims, merging along ``edges`` in the order given and refusing a merge
    that would hold more than ``max_per_source`` claims of one source, or (given ``linked``)
    one where under ``min_link_share`` of the pairs of claims of different sources it would
    join are linked: a group grows by what agrees with much of it, not by a chain
    (A~B, B~C, C~D …) of which each link agrees with one claim only. An edge in ``stretch``
    may bring a group of two sources one claim of a source beyond the limit (never a group
    of more sources, where a third claim each would chain). Groups of two or more, each
    sorted, listed by their smallest member."""
    parent = list(range(len(sources)))
    counts: list[dict[str, int]] = [{s: 1} for s in sources]
    members: list[list[int]] = [[k] for k in range(len(sources))]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        merged = dict(counts[ri])
        for src, n in counts[rj].items():
            merged[src] = merged.get(src, 0) + n
        limit = max_per_source + ((i, j) in stretch and len(merged) <= 2)
        if max(merged.values()) > limit:
            continue
        if linked is not None and not _dense_enough(
            members[ri], members[rj], sources, linked, min_link_share
        ):
            continue
        if apart is not None and apart(members[ri], members[rj]):
            continue
        root, child = (ri, rj) if ri < rj else (rj, ri)
        parent[child] = root
        counts[root] = merged
        members[root].extend(members[child])
    groups: dict[int, list[int]] = {}
    for k in range(len(sources)):
        groups.setdefault(find(k), []).append(k)
    return sorted((g for g in groups.values() if len(g) >= 2), key=lambda g: g[0])


@dataclass
class _Context:
    """What scoring a candidate pair needs (forked workers inherit it)."""

    claims: Sequence[Claim]
    prepared: Sequence[Prepared]
    unique: dict[str, frozenset[str]]
    keys: Sequence[frozenset[str]]
    settings: MatchSettings

    def score(self, i: int, j: int) -> float | None:
        """The pair's score, or None when the two claims share no fact key and are not nearly
        the same words (shared phrasing, not a fact)."""
        ci, cj = self.claims[i], self.claims[j]
        si, sj = ci.source, cj.source
        st = self.settings
        pi, pj = self.prepared[i], self.prepared[j]
        s = pair_score(ci, pi, cj, pj, st, anchor_weight(pi, pj, self.unique[si], self.unique[sj]))
        if s < st.same_claim and self.keys[i].isdisjoint(self.keys[j]):
            return None
        return s


# Scoring is spread over two processes (the machines have two cores) from this many pairs on.
_PARALLEL_FROM = 20_000


def _score_all(
    context: _Context, pairs: Sequence[tuple[int, int]], progress: Progress | None
) -> list[float | None]:
    """Scores of ``pairs`` in order: in two forked processes when there are many, else here."""
    parallel = len(pairs) >= _PARALLEL_FROM
    size = 5000 if parallel else max(1, len(pairs) // 100)

    def done(n: int) -> None:
        if progress is not None:
            progress("matching", min(len(pairs), n * size), len(pairs))

    def scores(chunk: Sequence[tuple[int, int]]) -> list[float | None]:
        return [context.score(i, j) for i, j in chunk]

    done(0)
    return map_in_chunks(scores, pairs, size, parallel, done)


class _Candidates(NamedTuple):
    """What scoring the claims of all sources needs: each source's story profile, the
    candidate pairs (index pairs, sorted), the context that scores them and each claim's rank
    (``claim_ranks``)."""

    profiles: dict[str, Profile]
    pairs: list[tuple[int, int]]
    context: _Context
    ranks: list[int]


# Claims are prepared in two forked processes when there are at least this many (preparing
# the 8,524 claims of two 0.5 MB documents takes about a second in one).
_PREPARE_PARALLEL_FROM = 2000
_PREPARE_CHUNK = 500


def _prepare_chunk(texts: Sequence[str]) -> list[Prepared]:
    return [prepare(core_text(t)) for t in texts]


def _prepared(claims: Sequence[Claim]) -> list[Prepared]:
    """Each claim's core text prepared for scoring, in order."""
    texts = [c.text for c in claims]
    if len(texts) < _PREPARE_PARALLEL_FROM:
        return _prepare_chunk(texts)
    return map_in_chunks(_prepare_chunk, texts, _PREPARE_CHUNK, True)


def _candidates(claims: Sequence[Claim], settings: MatchSettings) -> _Candidates:
    """The claims prepared once, each source's profile and rare words, and the candidate pairs
    from the blocking index: what ``align`` and ``story_prior`` both start from."""
    prepared = _prepared(claims)
    prepared_of: dict[str, list[Prepared]] = {}
    claims_of: dict[str, list[Claim]] = {}
    for c, p in zip(claims, prepared, strict=True):
        prepared_of.setdefault(c.source, []).append(p)
        claims_of.setdefault(c.source, []).append(c)
    unique = {
        src: unique_words(of, settings.anchor_min_weight, claims_of[src])
        for src, of in prepared_of.items()
    }
    keys = [fact_keys(c, p) for c, p in zip(claims, prepared, strict=True)]
    ranks = claim_ranks(claims)
    pairs = sorted(candidate_pairs(claims, prepared, settings.candidates_per_claim, keys, ranks))
    context = _Context(claims, prepared, unique, keys, settings)
    return _Candidates(source_profiles(claims, prepared), pairs, context, ranks)


def _best_between(
    claims: Sequence[Claim], pairs: Sequence[tuple[int, int]], scored: Sequence[float | None]
) -> dict[frozenset[str], float]:
    """The best score between each two sources' claims (a pair not scored counts 0)."""
    top: dict[frozenset[str], float] = {}
    for (i, j), s in zip(pairs, scored, strict=True):
        key = frozenset((claims[i].source, claims[j].source))
        top[key] = max(top.get(key, 0.0), s or 0.0)
    return top


def story_evidence(
    claims: Sequence[Claim], settings: MatchSettings
) -> tuple[dict[str, Profile], Callable[[str, str], float]]:
    """What the story prior reads of the sources, as ``align`` computes it: each source's
    profile, and the best score between two sources' claims, by their ids (the same candidate
    pairs, only those of the two sources asked about scored)."""
    found = _candidates(claims, settings)
    between: dict[frozenset[str], list[tuple[int, int]]] = {}
    for i, j in found.pairs:
        between.setdefault(frozenset((claims[i].source, claims[j].source)), []).append((i, j))

    def best(a: str, b: str) -> float:
        key = frozenset((a, b))
        pairs = between.get(key, [])
        scored = [found.context.score(i, j) for i, j in pairs]
        return _best_between(claims, pairs, scored).get(key, 0.0)

    return found.profiles, best


def story_prior(claims: Sequence[Claim], settings: MatchSettings) -> Callable[[str, str], float]:
    """The story prior of any two sources, by their ids, as ``align`` computes it: for a caller
    that wants the prior of a few pairs and no matches. Nothing is prepared until a pair is
    asked about (``factdiff variants`` asks only where two sources spell a name two ways)."""
    lookup: Callable[[str, str], float] | None = None

    def story(a: str, b: str) -> float:
        nonlocal lookup
        if lookup is None:
            profiles, best = story_evidence(claims, settings)
            lookup = story_lookup(profiles, {}, best)
        return lookup(a, b)

    return story


def align(
    claims: Sequence[Claim], settings: MatchSettings, progress: Progress | None = None
) -> Aligned:
    """Group the claims of all sources into matches; claims left alone are in no alignment."""
    # ties are broken by each claim's rank (by its words and its source's), not by source order
    profiles, pairs, context, order = _candidates(claims, settings)
    scored = _score_all(context, pairs, progress)
    # the story prior of each pair of sources compared, with the best score between them
    rank = {src: n for n, src in enumerate(dict.fromkeys(c.source for c in claims))}
    top = _best_between(claims, pairs, scored)
    compared = [sorted(key, key=rank.__getitem__) for key in top]
    stories = {
        (a, b): same_story(profiles[a], profiles[b], top[frozenset((a, b))])
        for a, b in sorted(compared, key=lambda ab: (rank[ab[0]], rank[ab[1]]))
    }
    factors = {
        pair: story_factor(likely, settings.story_full, settings.story_power)
        for pair, likely in stories.items()
    }
    factors.update({(b, a): f for (a, b), f in factors.items()})
    scores: dict[tuple[int, int], float] = {}
    # best[i][source] = (score, j): i's best partner in another source
    best: list[dict[str, tuple[float, int]]] = [{} for _ in claims]
    for (i, j), s in zip(pairs, scored, strict=True):
        if s is None:
            continue
        factor = factors[(claims[i].source, claims[j].source)]
        # two sources telling one story (a factor of exactly 1: likelihood >= story_full) put
        # its main fact first
        if factor == 1.0 and claims[i].sentence == claims[j].sentence == 1:
            s = min(1.0, s + settings.lead_bonus)
        # under the floor once lowered by the story prior: no alignment
        if s * factor < settings.mutual_best:
            continue
        scores[(i, j)] = s
        for x, y in ((i, j), (j, i)):
            src = claims[y].source
            # ties go by the claims' words, so the result does not depend on source order
            if src not in best[x] or (s, -order[y]) > (best[x][src][0], -order[best[x][src][1]]):
                best[x][src] = (s, y)
    # best first: each claim gets at most one partner per other source
    ranked = sorted(
        scores.items(),
        key=lambda kv: (
            -kv[1],
            min(order[kv[0][0]], order[kv[0][1]]),
            max(order[kv[0][0]], order[kv[0][1]]),
        ),
    )
    partner: list[dict[str, tuple[int, float]]] = [{} for _ in claims]
    edges: list[tuple[int, int]] = []
    for (i, j), s in ranked:
        si, sj = claims[i].source, claims[j].source
        if sj in partner[i] or si in partner[j]:
            continue
        partner[i][sj] = (j, s)
        partner[j][si] = (i, s)
        edges.append((i, j))
    # a claim left without a partner in a source joins its best partner's match there when it
    # scores a good share of that match's pair (two sentences telling what one tells)
    for (i, j), s in ranked:
        for x, y in ((i, j), (j, i)):
            sx, sy = claims[x].source, claims[y].source
            if sy in partner[x] or sx not in partner[y] or best[x][sy][1] != y:
                continue
            if s >= settings.group_ratio * partner[y][sx][1]:
                partner[x][sy] = (y, s)
                edges.append((i, j))
    # beyond one partner: every pair that clearly states the same fact (several sentences of
    # one source can tell what one or several sentences of another tell); and every pair with
    # a claim of a lead (above the floor once lowered by the story prior, as every pair here):
    # a lead states the story's main fact, which another source may tell again, in other
    # words, anywhere
    paired = set(edges)
    leads: set[tuple[int, int]] = set()
    for (i, j), s in ranked:
        if (i, j) in paired:
            continue
        if s >= settings.link_all:
            edges.append((i, j))
        elif settings.lead_links and 1 in (claims[i].sentence, claims[j].sentence):
            edges.append((i, j))
            leads.add((i, j))

    # strongest links first; a link that would put too many claims of one source into one fact
    # is refused, so chains (A~B, B~C, C~D …) cannot pull unrelated claims together
    def strength(e: tuple[int, int]) -> tuple[float, int, int]:
        i, j = min(e), max(e)
        return (-scores[(i, j)], min(order[i], order[j]), max(order[i], order[j]))

    components = cluster(
        sorted(edges, key=strength),
        [c.source for c in claims],
        settings.max_per_source,
        lambda x, y: (min(x, y), max(x, y)) in scores,
        settings.min_link_share,
        lambda xs, ys: at_other_times([claims[x] for x in xs], [claims[y] for y in ys]),
        frozenset(leads),
    )
    group_of = {k: n for n, comp in enumerate(components) for k in comp}
    strongest = [0.0] * len(components)
    pairs_in: list[set[tuple[int, int]]] = [set() for _ in components]  # more than a lead's link
    for i, j in edges:
        n = group_of.get(i)
        if n is not None and group_of.get(j) == n:
            strongest[n] = max(strongest[n], scores[(min(i, j), max(i, j))])
            if (i, j) not in leads:
                pairs_in[n].add((min(i, j), max(i, j)))
    alignments = []
    for n, comp in enumerate(components):
        linked = {k for pair in pairs_in[n] for k in pair}
        alignments.append(
            Alignment(
                claims=tuple(claims[k].id for k in comp),
                score=round(strongest[n], 3),
                retold=tuple(claims[k].id for k in comp if linked and k not in linked),
                links=tuple((claims[i].id, claims[j].id) for i, j in sorted(pairs_in[n])),
            )
        )
    return Aligned(alignments, stories, profiles)
