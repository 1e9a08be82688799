"""Names spelled several ways on ECB+: the variant groups factdiff reports, counted for reading.

ECB+ has no gold for spelling variants (``bench_names`` measures ``same_name`` on labelled name
pairs); these counts are read by hand. ``factdiff.compare`` runs on every ``--every``-th pair of
articles from one folder (default every 4th: 732 pairs), as an editor would compare two
reports, and the table gives how many groups the reports hold and how many distinct ones; then
all 496 articles run as one comparison. ``--show`` prints every distinct group of the pairs,
with how many reports hold it. A change to grouping is kept when the groups it removes are,
read one by one, mostly not one name spelled two ways (grammar, two people, two things) and the
groups it adds are.

    python benchmarks/bench_variants.py [DATA_DIR] [--every N] [--show]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from bench_align import load_corpus, parse_args

from factdiff.config import Settings, load_settings
from factdiff.models import VariantGroup
from factdiff.pipeline import compare


def _shown(group: VariantGroup) -> str:
    return " · ".join(f.text for f in group.forms)


def run(
    data_dir: Path, every: int = 4, settings: Settings | None = None, show: bool = False
) -> str:
    settings = settings or load_settings()
    corpus = load_corpus(data_dir)
    started = time.perf_counter()
    pairs = corpus.doc_pairs["same"][::every]
    in_pairs: Counter[str] = Counter()
    for d1, d2 in pairs:
        report = compare([str(corpus.paths[d1]), str(corpus.paths[d2])], settings=settings)
        in_pairs.update(_shown(g) for g in report.variants)
    paired = time.perf_counter() - started
    everything = compare([str(p) for p in sorted(corpus.paths.values())], settings=settings)
    out = [
        "## Names spelled several ways on ECB+ (`benchmarks/bench_variants.py`)",
        "",
        f"No gold: the groups are read by hand. {len(pairs)} article pairs about one event "
        f"(every {every}th of the same-event pairs), {paired:.0f} s; then all "
        f"{len(corpus.paths)} articles in one run, {time.perf_counter() - started - paired:.0f} s.",
        "",
        "| run | groups | distinct groups |",
        "|---|---|---|",
        f"| {len(pairs)} article pairs | {sum(in_pairs.values())} | {len(in_pairs)} |",
        f"| all {len(corpus.paths)} articles in one run | {len(everything.variants)} | — |",
    ]
    if show:
        out += ["", "Groups of the pairs (reports holding each):", ""]
        out += [f"- {n} × {group}" for group, n in sorted(in_pairs.items())]
    return "\n".join(out)


def main(argv: list[str]) -> None:
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    data_dir, every, settings = parse_args(argv)
    print(run(data_dir, every if "--every" in argv else 4, settings, show))


if __name__ == "__main__":
    main(sys.argv[1:])
