"""Sentence splitting: accuracy on pySBD's English cases and speed on the ECB+ articles.

    .venv/bin/python benchmarks/bench_split.py [DATA_DIR]     # default ../shared/data

``run(data_dir)`` returns a Markdown section; ``benchmarks/accuracy.py`` and ``speed.py`` call it.
If pySBD is importable its figures are shown beside ours on the same data (it is not a dependency).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _corpus import cpu_model

from factdiff.split import split_sentences

Splitter = Callable[[str], list[str]]
# Splits one case's text; may look at the case (pySBD runs in the mode each case was written for).
CaseSplitter = Callable[[dict[str, Any]], list[str]]

PRIMARY_SUITES = ("golden_en", "regression_issues", "en_wo_clean")
OTHER_SUITES = ("en_with_clean", "en_pdf")
SPEED_RUNS = 5


@dataclass(frozen=True)
class SuiteScore:
    suite: str
    passed: int
    total: int
    # Passed when whitespace runs inside sentences count as one space: our sentences are exact
    # slices of the input, so a hard-wrapped sentence keeps its line break.
    passed_ws: int
    failures: tuple[str, ...]
    failures_ws: tuple[str, ...] = ()  # failing even with whitespace runs as one space


def _ours(text: str) -> list[str]:
    return [s.text.strip() for s in split_sentences(text)]


def _ours_case(case: dict[str, Any]) -> list[str]:
    return _ours(case["text"])


def _pysbd_splitters() -> tuple[Splitter, CaseSplitter] | None:
    """pySBD as a plain splitter (clean=False, for speed) and per case in the case's own mode."""
    try:
        import pysbd  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return None
    plain = pysbd.Segmenter(language="en", clean=False)
    cleaning = pysbd.Segmenter(language="en", clean=True)
    pdf = pysbd.Segmenter(language="en", clean=True, doc_type="pdf")

    def split(text: str) -> list[str]:
        return [str(s).strip() for s in plain.segment(text)]

    def split_case(case: dict[str, Any]) -> list[str]:
        mode: str = case.get("pysbd_mode", "clean=False")
        segmenter = pdf if "pdf" in mode else cleaning if mode.startswith("clean=True") else plain
        return [str(s).strip() for s in segmenter.segment(case["text"])]

    return split, split_case


def _squash(sentences: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", s) for s in sentences]


def _load_cases(folder: Path) -> list[dict[str, Any]]:
    with (folder / "english_cases.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _load_golden(folder: Path) -> list[dict[str, Any]]:
    with (folder / "english_golden_rules.json").open(encoding="utf-8") as f:
        cases: list[dict[str, Any]] = json.load(f)
    return cases


def score(cases: list[dict[str, Any]], split: CaseSplitter, suite: str) -> SuiteScore:
    """Exact matches of ``split`` on one suite's cases (as pySBD's harness: strip, compare)."""
    passed = passed_ws = 0
    failures: list[str] = []
    failures_ws: list[str] = []
    chosen = [c for c in cases if c["suite"] == suite]
    for case in chosen:
        got = split(case)
        expected: list[str] = case["expected"]
        label = case.get("rule") or case.get("issue") or case["text"][:60]
        if got == expected:
            passed += 1
        else:
            failures.append(f"{case['id']} ({label})")
        if _squash(got) == _squash(expected):
            passed_ws += 1
        else:
            failures_ws.append(f"{case['id']} ({label!r})")
    return SuiteScore(suite, passed, len(chosen), passed_ws, tuple(failures), tuple(failures_ws))


def ecb_corpus(data_dir: Path) -> str:
    """All ECB+ articles, sorted by path, joined by newlines."""
    files = sorted((data_dir / "ecbplus" / "articles").glob("*/*.txt"))
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def speed(text: str, split: Splitter, runs: int = SPEED_RUNS) -> tuple[float, int]:
    """Median MB/s (UTF-8 bytes) over ``runs`` runs, and the number of sentences."""
    size = len(text.encode("utf-8")) / 1e6
    times: list[float] = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        count = len(split(text))
        times.append(time.perf_counter() - start)
    return size / statistics.median(times), count


def machine() -> str:
    return f"{os.cpu_count()} CPUs, {cpu_model()}; Python {sys.version.split()[0]}"


def run(data_dir: Path) -> str:
    """The sentence-splitting section of the benchmark report, in Markdown."""
    folder = data_dir / "sentence_boundaries"
    golden = _load_golden(folder)
    cases = _load_cases(folder)
    pysbd = _pysbd_splitters()
    splitters: list[tuple[str, Splitter, CaseSplitter]] = [("factdiff", _ours, _ours_case)]
    if pysbd is not None:
        splitters.append(("pySBD", *pysbd))

    lines = ["## Sentence splitting (`factdiff.split_sentences`)", ""]
    lines.append(f"Machine: {machine()}.")
    lines.append("")

    golden_ours = score(golden, _ours_case, "golden_en")
    lines.append(
        f"**Golden rules: {golden_ours.passed}/{golden_ours.total} exact** "
        "(pySBD's 48 English Golden Rules, `english_golden_rules.json`)."
    )
    if golden_ours.failures:
        lines.append("Failing: " + "; ".join(golden_ours.failures) + ".")
    lines.append("")

    header = "| suite | cases | " + " | ".join(f"{name} exact" for name, *_ in splitters)
    header += " | " + " | ".join(f"{name} ws-normalised" for name, *_ in splitters) + " |"
    lines += [header, "|" + "---|" * (2 + 2 * len(splitters))]
    primary = {name: [0, 0] for name, *_ in splitters}
    failures: list[str] = []
    other_failures: list[str] = []
    for suite in PRIMARY_SUITES + OTHER_SUITES:
        scores = [score(cases, split_case, suite) for _, _, split_case in splitters]
        if suite in OTHER_SUITES:
            other_failures.extend(scores[0].failures_ws)
        exact = " | ".join(str(s.passed) for s in scores)
        squashed = " | ".join(str(s.passed_ws) for s in scores)
        lines.append(f"| {suite} | {scores[0].total} | {exact} | {squashed} |")
        if suite in PRIMARY_SUITES:
            for (name, *_), s in zip(splitters, scores, strict=True):
                primary[name][0] += s.passed
                primary[name][1] += s.total
            failures.extend(scores[0].failures)
    total = " | ".join(f"**{p}/{t}**" for p, t in primary.values())
    lines.append(f"| primary (first three) | {primary['factdiff'][1]} | {total} |")
    lines.append("")
    lines.append(
        "Primary = golden_en + regression_issues + en_wo_clean. en_with_clean and en_pdf assume "
        "pySBD's cleaning (joining hard-wrapped lines, dropping HTML), and pySBD runs on them with "
        "`clean=True` (and `doc_type='pdf'`) as in its own tests; our sentences are exact slices "
        "of the input, so the whitespace-normalised column is the fairer one for us there. "
        "Speed: pySBD with `clean=False`."
    )
    if failures:
        lines.append("")
        lines.append("Primary failures: " + "; ".join(failures) + ".")
    if other_failures:
        lines.append("")
        lines.append(
            f"factdiff's failures in {' and '.join(OTHER_SUITES)}, whitespace-normalised "
            f"({len(other_failures)}; the case's opening words): " + "; ".join(other_failures) + "."
        )
    lines.append("")

    corpus = ecb_corpus(data_dir)
    size = len(corpus.encode("utf-8")) / 1e6
    lines.append(
        f"Speed on the concatenated ECB+ articles ({size:.2f} MB), median of {SPEED_RUNS} runs:"
    )
    lines.append("")
    lines += ["| splitter | MB/s | sentences |", "|---|---|---|"]
    for name, split, _ in splitters:
        mbps, count = speed(corpus, split)
        lines.append(f"| {name} | {mbps:.2f} | {count} |")
    if pysbd is None:
        lines.append("")
        lines.append("(pySBD not installed: no comparison.)")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    print(run(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
