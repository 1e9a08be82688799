"""Accuracy of every finding type on data labelled outside this project.

    python benchmarks/accuracy.py [DATA_DIR]      (default ../shared/data)

Prints Markdown: claim similarity on STS-B news pairs, same_name on name pairs (people, places),
sentence splitting on pySBD's golden rules, alignment on ECB+ article pairs and on whole ECB+
folders in one run (N-way), the story prior on
ECB+ article pairs (with alignment on topics it was not fitted on), and the limits of lexical
alignment on ECB+.
"""

from __future__ import annotations

import datetime
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_align
import bench_ecb_limits
import bench_names
import bench_nway
import bench_similarity
import bench_split
import bench_story


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    data = Path(argv[0]) if argv else root.parent / "shared" / "data"
    if not (data / "stsb").is_dir():
        print(f"accuracy.py: {data}: not the shared data folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    print("## Accuracy\n")
    print(
        f"`python benchmarks/accuracy.py {data}` on {datetime.date.today()}, Python "
        f"{platform.python_version()}.\n"
    )
    for section in (
        bench_similarity.run,
        bench_names.run,
        bench_split.run,
        bench_align.run,
        bench_nway.run,
        bench_story.run,
        bench_ecb_limits.run,
    ):
        print(section(data))
        print()
    print(f"_{time.perf_counter() - started:.0f} s in all._")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
