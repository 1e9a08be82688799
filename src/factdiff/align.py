"""Align claims of different sources that state the same fact.

Candidate pairs come from an inverted index of rare content words and names (blocking), never from
all pairs; each candidate is scored once with ``similarity.score``. A pair is aligned when the two
pairs are taken best first, each claim getting at most one partner per other source, down to
``match.mutual_best``; a claim left without a partner joins its best partner's pair when it scores
at least ``match.same_claim`` and within ``match.group_margin`` of that pair, so two sentences of
one source can match one sentence of another.
Aligned pairs are grouped into connected components: one component is one match.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factdiff._graph import connected_components
from factdiff.claims import core_text
from factdiff.config import MatchSettings
from factdiff.models import Claim
from factdiff.names import same_name
from factdiff.similarity import Prepared, content_keys, prepare, score

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Alignment:
    """Claim ids (in claim order) that state one fact, and the mean score of their links."""

    claims: tuple[str, ...]
    score: float


def _name_key(name: str) -> str:
    return "@" + name.split()[-1].casefold() if name.split() else "@"


def related_names(x: str, y: str) -> bool:
    """One name, or names of one thing: a shared word, a spelling variant, or a shared stem of
    five letters (Chechnya/Chechen, Russia/Russian)."""
    xs = {t.casefold() for t in x.split()}
    ys = {t.casefold() for t in y.split()}
    if xs & ys or same_name(x, y):
        return True
    return any(len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5] for a in xs for b in ys)


def name_conflict(a: Claim, b: Claim) -> float:
    """How far two claims name different things, 0..1: the smaller of the two shares of names
    that the other claim does not name (0 when either names nothing)."""
    if not a.names or not b.names:
        return 0.0
    a_only = sum(1 for x in a.names if not any(related_names(x, y) for y in b.names))
    b_only = sum(1 for y in b.names if not any(related_names(x, y) for x in a.names))
    return min(a_only / len(a.names), b_only / len(b.names))


def pair_score(a: Claim, pa: Prepared, b: Claim, pb: Prepared, settings: MatchSettings) -> float:
    """The alignment score of two claims: text similarity, lowered as far as their names
    conflict (down to ``name_conflict_factor`` times when no name is shared)."""
    conflict = name_conflict(a, b)
    return score(pa, pb) * (1.0 - conflict * (1.0 - settings.name_conflict_factor))


def _keys(c: Claim, p: Prepared) -> set[str]:
    """Blocking keys: rare words, numbers, surnames, and the claim's three heaviest words (so a
    claim made of common words only still finds its partners)."""
    heaviest = sorted((w, t) for t, w in p.weights if len(t) > 2)[-3:]
    return set(content_keys(p)) | {t for _, t in heaviest} | {_name_key(n) for n in c.names}


def candidate_pairs(claims: Sequence[Claim], prepared: Sequence[Prepared]) -> set[tuple[int, int]]:
    """Index pairs (i < j, different sources) that share a rare key."""
    index: dict[str, list[int]] = {}
    for i, (c, p) in enumerate(zip(claims, prepared, strict=True)):
        for k in _keys(c, p):
            index.setdefault(k, []).append(i)
    # a key that many claims share is no evidence of a shared fact (and would make this quadratic)
    cap = max(64, int(4 * math.sqrt(len(claims))))
    pairs: set[tuple[int, int]] = set()
    for posting in index.values():
        if len(posting) > cap:
            continue
        for x, i in enumerate(posting):
            si = claims[i].source
            for j in posting[x + 1 :]:
                if claims[j].source != si:
                    pairs.add((i, j))
    return pairs


def align(
    claims: Sequence[Claim], settings: MatchSettings, progress: Progress | None = None
) -> list[Alignment]:
    """Group the claims of all sources into matches; claims left alone are in no alignment."""
    prepared = [prepare(core_text(c.text)) for c in claims]
    pairs = sorted(candidate_pairs(claims, prepared))
    scores: dict[tuple[int, int], float] = {}
    # best[i][source] = (score, j): i's best partner in another source
    best: list[dict[str, tuple[float, int]]] = [{} for _ in claims]
    step = max(1, len(pairs) // 100)
    for n, (i, j) in enumerate(pairs):
        if progress is not None and n % step == 0:
            progress("matching", n, len(pairs))
        s = pair_score(claims[i], prepared[i], claims[j], prepared[j], settings)
        if s < settings.mutual_best:
            continue
        scores[(i, j)] = s
        for x, y in ((i, j), (j, i)):
            src = claims[y].source
            # ties go to the earlier claim so the result does not depend on input order
            if src not in best[x] or (s, -y) > (best[x][src][0], -best[x][src][1]):
                best[x][src] = (s, y)
    # best first: each claim gets at most one partner per other source
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    partner: list[dict[str, tuple[int, float]]] = [{} for _ in claims]
    edges: list[tuple[int, int]] = []
    for (i, j), s in ranked:
        si, sj = claims[i].source, claims[j].source
        if sj in partner[i] or si in partner[j]:
            continue
        partner[i][sj] = (j, s)
        partner[j][si] = (i, s)
        edges.append((i, j))
    # a claim left without a partner joins a pair whose fact it states too (two sentences of
    # one source saying what one sentence of another says)
    for (i, j), s in ranked:
        if s < settings.same_claim:
            break
        for x, y in ((i, j), (j, i)):
            sx, sy = claims[x].source, claims[y].source
            if sy in partner[x] or sx not in partner[y]:
                continue
            if best[x][sy][1] == y and s >= partner[y][sx][1] - settings.group_margin:
                partner[x][sy] = (y, s)
                edges.append((x, y))
    if progress is not None:
        progress("matching", len(pairs), len(pairs))
    components = [c for c in connected_components([], edges) if len(c) >= 2]
    comp_of = {k: n for n, comp in enumerate(components) for k in comp}
    totals = [[0.0, 0] for _ in components]
    for i, j in edges:
        total = totals[comp_of[i]]
        total[0] += scores[(min(i, j), max(i, j))]
        total[1] += 1
    return [
        Alignment(
            claims=tuple(claims[k].id for k in comp),
            score=round(total / count, 3),
        )
        for comp, (total, count) in zip(components, totals, strict=True)
    ]
