"""The story prior on ECB+ article pairs: does it tell one event from two events of one kind?

Every article pair in ``ecbplus_sentence_pairs.tsv`` is either two articles about one event (one
folder of a topic) or about two events of the same kind (the topic's two folders). The prior
(``factdiff._story``) should rank the first above the second. Printed: the area under the ROC
curve of the shipped model and of each feature alone; the same model refitted on half of the
topics and scored on the other half (both ways round), which is what a held-out set of other
topics would see; the share of each kind of pair kept at full score; and the ECB+ alignment
figures of ``bench_align`` with the model refitted on half of the topics and run on the other
half (both ways round, summed): the figures to expect on topics the model was not fitted on.

    python benchmarks/bench_story.py [DATA_DIR] [--set match.KEY=VALUE ...]   # measure
    python benchmarks/bench_story.py --fit [DATA_DIR]    # refit the coefficients on all pairs
"""

from __future__ import annotations

import dataclasses
import math
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import bench_align
from _corpus import article_paths
from bench_align import read_sentence_pairs
from bench_similarity import fit_logistic

from factdiff import _story
from factdiff.align import story_evidence
from factdiff.config import Settings, load_settings
from factdiff.models import Claim
from factdiff.pipeline import extract

FEATURES = ("rare words", "names", "leads", "other time", "shared years", "best claim pair")

Pair = tuple[int, bool, tuple[float, ...]]  # topic, one event, features


def _claims(path: Path, settings: Settings) -> tuple[Claim, ...]:
    """One source's claims, as ``compare`` extracts them (lettered A)."""
    return extract(str(path), "A", settings).claims


def _as_source(claims: Sequence[Claim], letter: str) -> list[Claim]:
    """``claims`` of source A given to source ``letter``."""
    return [dataclasses.replace(c, id=letter + c.id[1:], source=letter) for c in claims]


def story_features(a: Sequence[Claim], b: Sequence[Claim], settings: Settings) -> tuple[float, ...]:
    """The story prior's features of two sources' claims (both lettered A), as ``align`` reads
    them: their profiles and the best score between their claims."""
    profiles, best = story_evidence([*_as_source(a, "A"), *_as_source(b, "B")], settings.match)
    return _story.features(profiles["A"], profiles["B"], best("A", "B"))


def load_pairs(data_dir: Path) -> list[Pair]:
    """Every labelled article pair with its features, in a fixed order."""
    paths = {p.stem: p for p in article_paths(data_dir)}
    kinds: dict[tuple[str, str], bool] = {}
    for row in read_sentence_pairs(data_dir):
        if row["doc1"] in paths and row["doc2"] in paths:
            kinds[(row["doc1"], row["doc2"])] = row["same_subtopic"] == "1"
    settings = load_settings()
    claims = {doc: _claims(paths[doc], settings) for doc in sorted({d for p in kinds for d in p})}
    return [
        (int(a.split("_")[0]), one, story_features(claims[a], claims[b], settings))
        for (a, b), one in sorted(kinds.items())
    ]


def auc(scored: Sequence[tuple[float, bool]]) -> float:
    """Area under the ROC curve: the chance a random positive outranks a random negative."""
    ranked = sorted(scored, key=lambda st: st[0])
    positives = sum(t for _, t in scored)
    negatives = len(scored) - positives
    rank_sum = 0.0
    i = 0
    while i < len(ranked):  # tied scores share their mean rank
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2 * sum(t for _, t in ranked[i:j])
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def _logit(w: Sequence[float], x: Sequence[float]) -> float:
    return w[0] + math.fsum(c * f for c, f in zip(w[1:], x, strict=True))


def fit(pairs: Sequence[Pair]) -> list[float]:
    """[intercept, coefficients…] of the logistic model fitted on ``pairs``."""
    return fit_logistic([x for _, _, x in pairs], [float(one) for _, one, _ in pairs], l2=1.0)


def _claims_of(paths: Sequence[Path], work: Path, settings: Settings) -> tuple[Claim, ...]:
    """The claims of one source made of several articles, a blank line between them."""
    work.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in paths), encoding="utf-8")
    return _claims(work, settings)


def longer_sources(
    data_dir: Path, settings: Settings, sizes: Sequence[int] = (1, 3, 6)
) -> list[str]:
    """Rows: the likelihood for sources of k articles each (the first k of a topic's first folder
    against its next k, one event, and against the first k of the other folder, two events), for
    each topic with enough articles. ECB+ articles are short; a user's are longer, and the
    prior should not lower two long reports of one story."""
    folders = sorted((data_dir / "ecbplus" / "articles").glob("topic*-ecb"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "source.txt"
        for k in sizes:
            one: list[float] = []
            two: list[float] = []
            for folder in folders:
                a = sorted(folder.glob("*.txt"))
                b = sorted(folder.with_name(folder.name + "plus").glob("*.txt"))
                if len(a) < 2 * k or len(b) < k:
                    continue
                first = _claims_of(a[:k], work, settings)
                for out, other in ((one, a[k : 2 * k]), (two, b[:k])):
                    x = story_features(first, _claims_of(other, work, settings), settings)
                    out.append(_story.likelihood(x))
            if not one:
                rows.append(f"| {k} | 0 | | | | | |")
                continue
            one.sort()
            two.sort()
            rows.append(
                f"| {k} | {len(one)} | {one[len(one) // 2]:.2f} "
                f"| {sum(x >= settings.match.story_full for x in one) / len(one):.0%} "
                f"| {sum(x < 0.5 for x in one) / len(one):.0%} | {two[len(two) // 2]:.2f} "
                f"| {sum(x >= 0.5 for x in two) / len(two):.0%} |"
            )
    return rows


def _halves(pairs: Sequence[Pair]) -> dict[int, int]:
    """Each topic's half: alternate topics in number order."""
    return {t: k % 2 for k, t in enumerate(sorted({t for t, _, _ in pairs}))}


def held_out_alignment(
    data_dir: Path, pairs: Sequence[Pair], settings: Settings
) -> dict[str, bench_align.Figures]:
    """``bench_align`` figures, each half of the topics aligned with the model fitted on the
    other half, summed over both halves (per mapping)."""
    half = _halves(pairs)
    corpus = bench_align.load_corpus(data_dir)
    # the two halves hold different topics: their per-topic counts join without overlap
    by_topic: dict[str, dict[str, tuple[int, int, int, int, int]]] = {
        m: {} for m in bench_align.MAPPINGS
    }
    same_pairs = different_pairs = 0
    seconds = 0.0
    shipped = (_story._INTERCEPT, _story._COEFFICIENTS)
    try:
        for side in (0, 1):
            w = fit([p for p in pairs if half[p[0]] != side])
            _story._INTERCEPT, _story._COEFFICIENTS = w[0], tuple(w[1:])

            def keep(doc: str, side: int = side) -> bool:
                return half[int(doc.split("_")[0])] == side

            measured = bench_align.measure(corpus, settings, 1, keep)
            for m, f in measured.items():
                by_topic[m].update(f.by_topic)
            some = measured[bench_align.MAPPINGS[0]]  # pairs and time are those of every mapping
            same_pairs += some.same_pairs
            different_pairs += some.different_pairs
            seconds += some.seconds
    finally:
        _story._INTERCEPT, _story._COEFFICIENTS = shipped
    return {
        m: bench_align.figures(dict(sorted(t.items())), same_pairs, different_pairs, seconds)
        for m, t in by_topic.items()
    }


def run(data_dir: Path, settings: Settings | None = None) -> str:
    settings = settings or load_settings()
    pairs = load_pairs(data_dir)
    shipped = [_story._INTERCEPT, *_story._COEFFICIENTS]
    one = sum(o for _, o, _ in pairs)
    in_sample = auc([(_logit(shipped, x), o) for _, o, x in pairs])
    out = [
        "## Story prior on ECB+ article pairs (`benchmarks/bench_story.py`)",
        "",
        f"{len(pairs)} article pairs: {one} about one event, {len(pairs) - one} about two events "
        "of one kind. AUC = the chance that a pair about one event scores above a pair about two.",
        "",
        "| scorer | AUC |",
        "|---|---|",
        f"| shipped model (fitted on all these pairs) | {in_sample:.3f} |",
    ]
    half = _halves(pairs)
    held: list[tuple[float, bool]] = []
    for side in (0, 1):
        w = fit([p for p in pairs if half[p[0]] != side])
        held += [(_logit(w, x), o) for t, o, x in pairs if half[t] == side]
    out.append(f"| refitted on half of the topics, scored on the other half | {auc(held):.3f} |")
    for k, name in enumerate(FEATURES):
        sign = 1.0 if shipped[k + 1] >= 0 else -1.0
        out.append(f"| {name} alone | {auc([(sign * x[k], o) for _, o, x in pairs]):.3f} |")
    match = settings.match
    out += [
        "",
        f"Pairs kept at full score (likelihood ≥ `story_full` {match.story_full}) and at "
        "half or more of it:",
        "",
        "| pairs | full score | half or more |",
        "|---|---|---|",
    ]
    for label, kind in (("one event", True), ("two events", False)):
        factors = [
            _story.story_factor(_story.likelihood(x), match.story_full, match.story_power)
            for _, o, x in pairs
            if o is kind
        ]
        full = sum(f >= 1.0 for f in factors) / len(factors)
        half_or_more = sum(f >= 0.5 for f in factors) / len(factors)
        out.append(f"| {label} | {full:.1%} | {half_or_more:.1%} |")
    out += [
        "",
        "Longer sources: k articles of one folder joined into one source, against the folder's "
        "next k (one event) and against k of the topic's other folder (two events):",
        "",
        "| k | topics | one event: median | ≥ `story_full` | < 0.5 | two events: median | ≥ 0.5 |",
        "|---|---|---|---|---|---|---|",
        *longer_sources(data_dir, settings),
    ]
    figures = held_out_alignment(data_dir, pairs, settings)
    f, g = figures["whole"], figures["most"]
    out += [
        "",
        "ECB+ alignment (as in `bench_align`) with the model fitted on the other half of the "
        "topics:",
        "",
        "| measure | factdiff | target | one sentence per claim |",
        "|---|---|---|---|",
        f"| recall, same event | {f.recall:.3f} | ≥ 0.40 | {g.recall:.3f} |",
        f"| precision, same event | {f.precision:.3f} | ≥ 0.85 | {g.precision:.3f} |",
        f"| false matches, different events | {f.false_rate:.2%} | ≤ 2 % | {g.false_rate:.2%} |",
        "",
        *bench_align.topic_halves(f.by_topic),
    ]
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: Sequence[str]) -> None:
    sets = [argv[i + 1] for i, a in enumerate(argv) if a == "--set"]
    args = [a for i, a in enumerate(argv) if a not in ("--fit", "--set") and argv[i - 1] != "--set"]
    data_dir = Path(args[0]) if args else Path("../shared/data")
    if "--fit" in argv:
        w = fit(load_pairs(data_dir))
        coefficients = ", ".join(f"{c:.3f}" for c in w[1:])
        print(f"_INTERCEPT = {w[0]:.3f}\n_COEFFICIENTS = ({coefficients})")
    else:
        print(run(data_dir, bench_align._settings_from(sets)), end="")


if __name__ == "__main__":
    main(sys.argv[1:])
