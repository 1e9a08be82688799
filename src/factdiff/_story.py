"""The story prior: how likely two sources tell one story, not two events of one kind.

Articles about the same kind of event at another time or with other people (two actresses'
rehab check-ins, Microsoft's emergency browser patches of 2008 and 2013, two players of one team
arrested a month apart) share much vocabulary, but few of their claims state one fact. Every
claim score between two sources is lowered by how unlikely it is that they tell one story.

The likelihood is a logistic model over six features (``features``), fitted on ECB+ article
pairs about one event against pairs about two events of one kind, by
``benchmarks/bench_story.py --fit``:

- the rarity-weighted cosine of the two sources' rare words (each counted once per claim);
- the cosine of the names they use (by last word, counted per mention);
- the rarity-weighted cosine of their leads' words (the first three claims of each);
- whether they date their stories to different times (``other_time``);
- the share of years they name that both name (0 when either names none);
- the score of the best pair of claims between them (``align`` scores the pairs; 0 when none
  was scored): two reports of one event tend to tell at least one fact in nearly the same
  words, two events of one kind rarely do (other names, other dates lower those scores).

Sums are ``math.fsum`` (exactly rounded, so independent of the order of terms): the value does
not depend on source order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from factdiff._graph import connected_components
from factdiff._lexicon import surname
from factdiff._numbers import MONTHS, YEARS
from factdiff.models import Claim
from factdiff.similarity import Prepared, content_keys, token_weight

_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")

# Claims at the start of a source that make its lead (headline and first sentences).
LEAD_CLAIMS = 3


class Periods(NamedTuple):
    """The years and the month names a source's claims date things to."""

    years: frozenset[str]
    months: frozenset[str]


def periods(claims: Sequence[Claim]) -> Periods:
    """The years and months a source's claims date things to."""
    dates = [d for c in claims for d in c.dates]
    return Periods(
        frozenset(y for d in dates for y in YEARS.findall(d)),
        frozenset(m for d in dates for m in _MONTH.findall(d)),
    )


def other_time(a: Periods, b: Periods) -> bool:
    """Whether two sources date their stories to different times: both name years and share
    none; or, when they do not both name years, both name months and share none. A year is never
    compared with a month ("2006" and "September" can be one time)."""
    if a.years and b.years:
        return not a.years & b.years
    return bool(a.months and b.months and not a.months & b.months)


def name_key(name: str) -> str:
    """A name by its surname (``_lexicon.surname``: its last word that is no suffix, folded),
    marked apart from words ("Vincent Jackson" → "@jackson"; "Arcade Joseph Comeaux Jr." →
    "@comeaux")."""
    return "@" + surname(name)


class Profile(NamedTuple):
    """What the story prior compares of one source, computed once per source."""

    words: dict[str, float]  # rare word -> claims using it x its rarity weight
    words_norm: float
    names: dict[str, float]  # name key -> mentions
    names_norm: float
    lead: dict[str, float]  # word of the lead -> its weight
    lead_norm: float
    when: Periods


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(math.fsum(v * v for v in vector.values()))


def profile(claims: Sequence[Claim], prepared: Sequence[Prepared]) -> Profile:
    """One source's profile from its claims (in order) and their prepared core texts."""
    words: dict[str, float] = {}
    for p in prepared:
        for t in content_keys(p):
            words[t] = words.get(t, 0.0) + 1.0
    words = {t: n * token_weight(t) for t, n in words.items()}
    names: dict[str, float] = {}
    for c in claims:
        for n in c.names:
            k = name_key(n)
            names[k] = names.get(k, 0.0) + 1.0
    lead: dict[str, float] = {}
    for p in prepared[:LEAD_CLAIMS]:
        for t, w in p.weights.items():
            lead[t] = max(lead.get(t, 0.0), w)
    return Profile(words, _norm(words), names, _norm(names), lead, _norm(lead), periods(claims))


def _cosine(a: dict[str, float], a_norm: float, b: dict[str, float], b_norm: float) -> float:
    if not a_norm or not b_norm:
        return 0.0
    if len(b) < len(a):
        a, b = b, a
    return math.fsum(w * b[k] for k, w in a.items() if k in b) / (a_norm * b_norm)


def features(
    a: Profile, b: Profile, best: float = 0.0
) -> tuple[float, float, float, float, float, float]:
    """The model's features of two sources (see the module docstring), symmetric; ``best`` is
    the score of the best pair of their claims."""
    ya, yb = a.when.years, b.when.years
    return (
        _cosine(a.words, a.words_norm, b.words, b.words_norm),
        _cosine(a.names, a.names_norm, b.names, b.names_norm),
        _cosine(a.lead, a.lead_norm, b.lead, b.lead_norm),
        float(other_time(a.when, b.when)),
        len(ya & yb) / len(ya | yb) if ya and yb else 0.0,
        best,
    )


# Logistic model of "one story" over ``features``: L2-regularised, fitted on the 5,882 ECB+
# article pairs of the development half (one event against two events of one kind, in one topic)
# by ``benchmarks/bench_story.py --fit ../shared/data``. Refit when the features change.
_INTERCEPT = -4.179
_COEFFICIENTS: tuple[float, ...] = (0.223, 4.105, 7.116, -1.348, 2.691, 3.247)


def likelihood(x: Sequence[float]) -> float:
    """The model's likelihood of one story for ``features`` ``x``: 0..1."""
    z = _INTERCEPT + math.fsum(c * f for c, f in zip(_COEFFICIENTS, x, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def same_story(a: Profile, b: Profile, best: float = 0.0) -> float:
    """How likely two sources tell one story: 0..1, symmetric; ``best`` is the score of the
    best pair of their claims (0 when none was scored)."""
    return likelihood(features(a, b, best))


def story_lookup(
    profiles: Mapping[str, Profile],
    known: Mapping[tuple[str, str], float],
    best: Callable[[str, str], float] = lambda a, b: 0.0,
) -> Callable[[str, str], float]:
    """How likely two sources tell one story, by their ids: the prior ``known`` for a pair (as
    ``align`` computed it), else computed from the two profiles and ``best``, the best score
    between their claims (by default none: ``align`` scored no pair of them), once."""
    seen = {frozenset(pair): likely for pair, likely in known.items()}

    def story(a: str, b: str) -> float:
        key = frozenset((a, b))
        if key not in seen:
            seen[key] = same_story(profiles[a], profiles[b], best(a, b))
        return seen[key]

    return story


def story_factor(likely: float, full: float, power: float) -> float:
    """What every score between two sources is multiplied by: 1 at a likelihood of one story of
    ``full`` (``match.story_full``) or more, ``(likely / full) ** power`` below it."""
    factor: float = min(1.0, likely / full) ** power
    return factor


# Sources beyond which a group of stories is not parted by average likelihood (the parting
# takes time cubic in the group's size: 1.3 s for 400 sources that all tell one story); such
# a group is left as it chains.
_AVERAGE_UP_TO = 400


def story_groups(
    ids: Sequence[str], likely: Mapping[tuple[str, str], float], threshold: float
) -> list[list[str]]:
    """``ids`` (sources, in order) parted by story: joined where two likely tell one story
    (``likely`` of a pair, keyed in source order, at least ``threshold``; a pair not in it was
    never compared), then parted where two parts are on average unlikely to (``by_average``).
    Every source is in one group; each group in source order, the groups by their first
    source."""
    index = {sid: n for n, sid in enumerate(ids)}
    between = {(index[a], index[b]): p for (a, b), p in likely.items()}
    edges = [pair for pair, p in between.items() if p >= threshold]
    parts = sorted(
        (
            part
            for chained in connected_components(range(len(ids)), edges)
            for part in by_average(chained, between, threshold)
        ),
        key=lambda part: part[0],
    )
    return [[ids[k] for k in part] for part in parts]


def by_average(
    group: list[int], between: Mapping[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """``group`` (sources chained by pairs that likely tell one story) parted where two parts
    are, on average over all their pairs, unlikely to tell one (a mean under ``threshold``; a
    pair never compared counts 0): two events of one kind whose reports share a story here and
    there. Parts join best first (average linkage); each part sorted."""
    if len(group) < 3 or len(group) > _AVERAGE_UP_TO:
        return [group]

    def key(x: int, y: int) -> tuple[int, int]:
        return (x, y) if x < y else (y, x)

    parts: dict[int, list[int]] = {k: [k] for k in group}
    total = {
        key(a, b): between.get((a, b), between.get((b, a), 0.0))
        for a in group
        for b in group
        if a < b
    }
    while len(parts) > 1:
        best, pair = threshold, None
        for (a, b), t in total.items():
            mean = t / (len(parts[a]) * len(parts[b]))
            if mean >= best and (pair is None or mean > best or (a, b) < pair):
                best, pair = mean, (a, b)
        if pair is None:
            break
        a, b = pair  # b joins a; the sums of a with every other part gain b's
        parts[a].extend(parts.pop(b))
        del total[(a, b)]
        for c in parts:
            if c != a:
                total[key(a, c)] = total.get(key(a, c), 0.0) + total.pop(key(b, c), 0.0)
    return [sorted(p) for p in parts.values()]
