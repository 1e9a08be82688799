"""Story groups on ECB+: does a folder of mixed articles part into its events?

``factdiff.compare`` runs once on every article of the data folder (each ECB+ folder holds the
reports of one event; a topic's two folders are two events of one kind), and the report's
``story_groups`` are scored against the folders and against the topics: the adjusted Rand index
(1 = the same partition, 0 = as by chance) and purity (the share of articles whose group's
commonest folder is their own). Beside them, the groups the story prior's pairs alone would make
(sources chained by every pair likely to tell one story, single linkage), which is what
``story_groups`` parts by average likelihood.

    python benchmarks/bench_story_groups.py [DATA_DIR]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from _corpus import article_paths

from factdiff._graph import connected_components
from factdiff.pipeline import compare
from factdiff.render import OTHER_STORY, story_groups


def adjusted_rand(groups: Sequence[Sequence[int]], labels: Sequence[str]) -> float:
    """The adjusted Rand index of a partition of ``range(len(labels))`` against ``labels``."""
    n = len(labels)
    group_of = {k: g for g, members in enumerate(groups) for k in members}

    def pairs(x: int) -> float:
        return x * (x - 1) / 2

    both = sum(pairs(v) for v in Counter((group_of[k], labels[k]) for k in range(n)).values())
    by_group = sum(pairs(v) for v in Counter(group_of[k] for k in range(n)).values())
    by_label = sum(pairs(v) for v in Counter(labels).values())
    expected = by_group * by_label / pairs(n)
    most = (by_group + by_label) / 2
    return (both - expected) / (most - expected) if most != expected else 1.0


def purity(groups: Sequence[Sequence[int]], labels: Sequence[str]) -> float:
    """The share of items whose group's commonest label is their own."""
    return sum(max(Counter(labels[k] for k in g).values()) for g in groups) / len(labels)


def run(data_dir: Path) -> str:
    paths = [str(p) for p in article_paths(data_dir)]
    started = time.perf_counter()
    report = compare(paths)
    seconds = time.perf_counter() - started
    ids = [s.id for s in report.sources]
    index = {sid: n for n, sid in enumerate(ids)}
    folder = [Path(p).parent.name for p in paths]
    topic = [f.split("-")[0] for f in folder]
    chained = connected_components(
        range(len(ids)),
        [
            (index[a], index[b])
            for n in report.stories
            for a, b in [n.sources]
            if n.likelihood >= OTHER_STORY
        ],
    )
    parted = [[index[s] for s in g] for g in story_groups(report)]
    rows = []
    for name, groups in (("pairs chained (single linkage)", chained), ("story_groups", parted)):
        several = sum(1 for g in groups if len(g) >= 2)
        rows.append(
            f"| {name} | {len(groups)} ({several} of two or more) "
            f"| {adjusted_rand(groups, folder):.3f} | {purity(groups, folder):.3f} "
            f"| {adjusted_rand(groups, topic):.3f} | {purity(groups, topic):.3f} |"
        )
    return "\n".join(
        [
            "## Story groups on ECB+ (`benchmarks/bench_story_groups.py`)",
            "",
            f"All {len(paths)} articles in one run ({len(set(folder))} event folders, "
            f"{len(set(topic))} topics); the comparison took {seconds:.1f} s.",
            "",
            "| grouping | groups | ARI vs folders | purity vs folders | ARI vs topics "
            "| purity vs topics |",
            "|---|---:|---:|---:|---:|---:|",
            *rows,
            "",
        ]
    )


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else Path("../shared/data")
    print(run(data))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
