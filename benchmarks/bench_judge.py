"""What the judge reports on ECB+ article pairs about one event: differences by type.

ECB+ labels which sentences tell one event, not how they differ, so there is no gold for the
judge; these counts are read by hand. ``factdiff.compare`` runs on every ``--every``-th pair of
articles from one folder (default every 4th: 732 pairs); for each difference type the table gives
how many matches report it, and ``--show N`` prints N of each (chosen with a fixed seed), with the
texts of their claims, for reading. A change to the judge is kept when the rows it removes are,
read one by one, mostly not what an editor would call a divergence (two different facts, a
speaker read wrong) and the rows it adds are.

``--folders`` compares each ECB+ folder (one event, 42 of them) in one run instead, where three
sources or more meet in a match; ``--list`` prints every row, one line each, sorted, for
comparing two versions of the judge line by line.

    python benchmarks/bench_judge.py [DATA_DIR] [--every N] [--show N] [--folders] [--list]
        [--set match.KEY=VALUE ...]
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from _corpus import article_paths
from bench_align import load_corpus, parse_args

from factdiff.config import Settings, load_settings
from factdiff.models import DifferenceType
from factdiff.pipeline import compare

TYPES: tuple[DifferenceType, ...] = (
    "number",
    "date",
    "name",
    "quote",
    "attribution",
    "negation",
    "modality",
)

Row = tuple[str, str, str, tuple[tuple[str, str], ...], tuple[str, ...]]  # pair, type, sides, texts


def _tally(
    runs: Sequence[tuple[list[str], str, str | None]], settings: Settings
) -> tuple[int, int, list[Row]]:
    """Matches made, matches that diverge, and every typed difference (not details) of each
    run: the sources compared and what names a row, two article ids, or a folder and then the
    first claim of the match (``None`` for the second)."""
    rows: list[Row] = []
    matches = diverging = 0
    for paths, first, second in runs:
        report = compare(paths, settings=settings)
        texts = {c.id: c.text for c in report.claims}
        matches += len(report.matches)
        diverging += sum(1 for m in report.matches if m.kind == "divergence")
        for m in report.matches:
            said = tuple(texts[c] for c in m.claims)
            label = second if second is not None else m.claims[0]
            rows += [
                (first, label, d.type, d.sides, said) for d in m.differences if d.type in TYPES
            ]
    return matches, diverging, rows


def differences(data_dir: Path, every: int, settings: Settings) -> tuple[int, int, int, list[Row]]:
    """Article pairs compared, matches made, matches that diverge, and every typed difference
    (not details)."""
    corpus = load_corpus(data_dir)
    pairs = corpus.doc_pairs["same"][::every]
    runs = [([str(corpus.paths[a]), str(corpus.paths[b])], a, b) for a, b in pairs]
    return (len(pairs), *_tally(runs, settings))


def folder_differences(data_dir: Path, settings: Settings) -> tuple[int, int, int, list[Row]]:
    """As ``differences``, each ECB+ folder (one event) compared in one run: folders compared,
    matches made, matches that diverge, and every typed difference (labelled by folder and the
    first claim of the match)."""
    folders = sorted({p.parent for p in article_paths(data_dir)})
    runs = [([str(p) for p in sorted(f.glob("*.txt"))], f.name, None) for f in folders]
    return (len(folders), *_tally(runs, settings))


def run(
    data_dir: Path,
    every: int = 4,
    settings: Settings | None = None,
    show: int = 0,
    folders: bool = False,
    listed: bool = False,
) -> str:
    settings = settings or load_settings()
    started = time.perf_counter()
    if folders:
        n_runs, n_matches, n_diverging, rows = folder_differences(data_dir, settings)
        compared = f"{n_runs} ECB+ folders, each (one event) compared in one run"
    else:
        n_runs, n_matches, n_diverging, rows = differences(data_dir, every, settings)
        compared = (
            f"{n_runs} article pairs about one event (every {every}th of the same-event pairs)"
        )
    counts = Counter(r[2] for r in rows)
    out = [
        "## Differences the judge reports on ECB+ (`benchmarks/bench_judge.py`)",
        "",
        f"{compared}, {n_matches} matches, {n_diverging} of them divergences; "
        f"{time.perf_counter() - started:.0f} s. No gold: the rows are read by hand.",
        "",
        "| type | matches reporting it |",
        "|---|---|",
        *(f"| {t} | {counts[t]} |" for t in TYPES),
        f"| all | {len(rows)} |",
    ]
    if show:
        pick = random.Random(0)
        for t in TYPES:
            of_type = [r for r in rows if r[2] == t]
            out += ["", f"### {t}", ""]
            for d1, d2, _, sides, texts in pick.sample(of_type, min(show, len(of_type))):
                shown = " / ".join(f"{s}: {w}" for s, w in sides)
                out.append(f"- `{d1}` `{d2}` — {shown}")
                out += [f"  - {text[:160]}" for text in texts]
    if listed:
        out += ["", "### every row", ""]
        out += sorted(
            f"- `{a}` `{b}` {t} — {' / '.join(f'{s}: {w}' for s, w in sides)}"
            for a, b, t, sides, _ in rows
        )
    return "\n".join(out)


def main(argv: list[str]) -> None:
    show = 0
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    flags = {flag: flag in argv for flag in ("--folders", "--list")}
    argv = [a for a in argv if a not in flags]
    data_dir, every, settings = parse_args(argv)
    every = every if "--every" in argv else 4
    print(run(data_dir, every, settings, show, flags["--folders"], flags["--list"]))


if __name__ == "__main__":
    main(sys.argv[1:])
