"""Speed and scale of the ``factdiff`` command, each figure timed as a whole process.

    .venv/bin/python benchmarks/speed.py [DATA_DIR] [--runs N] [--quick]
        [--collatex-python PYTHON] [--timeout SECONDS] [--slow SECONDS]

DATA_DIR (default ``../shared/data``; a relative path is taken from the repository root) holds
``ecbplus/articles``. Prints a Markdown section on standard output (progress on standard error):
the seeds pair beside CollateX's Python port, two long documents (0.5 MB and 1 MB per side, made by
``_corpus.py``), start-up, sentence splitting throughput, growth with size, and N-way runs over the
ECB+ articles. Each timed command runs from the repository root in a fresh process; the figure is
the median wall time over the runs, with min and max, and the peak resident memory is the child's
own ``ru_maxrss`` as reported by ``wait4``.

CollateX is not a dependency: install it into a separate virtual environment and name its Python
with ``--collatex-python`` or ``COLLATEX_PYTHON``::

    python3 -m venv /tmp/collatex-venv
    /tmp/collatex-venv/bin/pip install collatex levenshtein prettytable
    COLLATEX_PYTHON=/tmp/collatex-venv/bin/python .venv/bin/python benchmarks/speed.py
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import math
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from _corpus import (
    Pair,
    corpus_text,
    cpu_model,
    read_articles,
    utf8_size,
    write_pair,
    write_run_on,
)

import factdiff as factdiff_package
from factdiff import __version__, split_sentences

REPO = Path(__file__).resolve().parent.parent
SEEDS = ("seeds/000_ea78c73d3a084b34.txt", "seeds/002_93921ac20ec748b6.txt")
RUNS = 5
QUICK_RUNS = 3
# The seeds pair and CollateX take a second or two a round: more rounds steady their medians on a
# shared machine, whose speed drifts by half between minutes.
SEED_RUNS = 15
TIMEOUT = 300.0  # seconds for one run of one command
SLOW = 60.0  # a run longer than this is not repeated
MIB = 1024 * 1024

# Per-side sizes for the growth figure, as multiples of a half of the corpus (~0.5 MB).
SIZES = (("0.25 MB", 0.5), ("0.5 MB", 1.0), ("1 MB", 2.0), ("2 MB", 4.0))

COLLATEX_SCRIPT = """\
import sys
from pathlib import Path

from collatex import Collation, collate

collation = Collation()
for sigil, path in zip("AB", sys.argv[1:3]):
    collation.add_plain_witness(sigil, Path(path).read_text(encoding="utf-8"))
sys.stdout.write(collate(collation, segmentation=False, output="json"))
"""


# --- Running commands ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One run of one command: wall seconds, the child's peak RSS, and how it ended."""

    seconds: float
    peak_bytes: int
    exit_code: int | None  # None: killed at the timeout
    error: str = ""  # last line of standard error when the exit code is not 0


@dataclass(frozen=True)
class Command:
    name: str
    argv: tuple[str, ...]
    shown: str = ""  # how to show the command, if not the argv itself (e.g. with a glob)

    @property
    def text(self) -> str:
        return self.shown or shlex.join(self.argv)


@dataclass
class Case:
    command: Command
    runs: list[Run] = field(default_factory=list)
    stopped: str = ""  # why fewer runs than asked for were made

    @property
    def good(self) -> list[Run]:
        return [r for r in self.runs if r.exit_code == 0]

    @property
    def ok(self) -> bool:
        return bool(self.runs) and len(self.good) == len(self.runs)

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.good)

    @property
    def peak_mib(self) -> float:
        """Median of the runs' peaks, in MiB."""
        return statistics.median(r.peak_bytes for r in self.good) / MIB

    def failure(self) -> str:
        """Why the case has no figure, in a few words ('' if it has one)."""
        if self.ok:
            return ""
        if not self.runs:
            return "not run"
        bad = next(r for r in self.runs if r.exit_code != 0)
        peak = f"; peak RSS ≥ {bad.peak_bytes / MIB:.0f} MiB by then"
        if bad.exit_code is None:
            return f"timed out after {bad.seconds:.0f} s{peak}"
        return f"failed (exit {bad.exit_code} after {bad.seconds:.1f} s): {bad.error}"


def _peak_bytes(maxrss: int) -> int:
    return maxrss if sys.platform == "darwin" else maxrss * 1024


def run_once(argv: Sequence[str], timeout: float) -> Run:
    """Run ``argv`` from the repository root, output discarded, killed after ``timeout`` s."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
        )
        lock = threading.Lock()
        exited = False
        killed = False

        def kill() -> None:
            nonlocal killed
            with lock:
                if not exited:  # the child is not reaped yet, so its pid is still its own
                    os.kill(proc.pid, signal.SIGKILL)
                    killed = True

        timer = threading.Timer(timeout, kill)
        timer.start()
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # wait, but leave it to reap
        seconds = time.perf_counter() - start
        with lock:
            exited = True
        timer.cancel()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        error = ""
        if proc.returncode != 0:
            err.seek(0)
            lines = err.read().decode("utf-8", "replace").strip().splitlines()
            error = lines[-1] if lines else ""
        code = None if killed else proc.returncode
        return Run(seconds, _peak_bytes(usage.ru_maxrss), code, error)


def measure(commands: Sequence[Command], runs: int, timeout: float, slow: float) -> list[Case]:
    """Run the commands in turn, ``runs`` rounds; a command whose run fails, times out or takes
    longer than ``slow`` seconds is not run again."""
    cases = [Case(c) for c in commands]
    for round_ in range(runs):
        for case in cases:
            if case.stopped:
                continue
            progress(f"  {case.command.name}: run {round_ + 1}/{runs} …")
            run = run_once(case.command.argv, timeout)
            case.runs.append(run)
            progress(
                f"    {run.seconds:.2f} s, {run.peak_bytes / MIB:.0f} MiB, exit {run.exit_code}"
            )
            if run.exit_code != 0:
                case.stopped = "failed" if run.exit_code is not None else "timed out"
            elif run.seconds > slow and round_ + 1 < runs:
                case.stopped = f"a run took over {slow:.0f} s"
    return cases


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- Formatting ---------------------------------------------------------------------------------


def seconds_cells(case: Case) -> str:
    """``runs | median | min | max`` cells, or the failure across them."""
    if not case.ok:
        return f"{len(case.runs)} | {case.failure()} | | "
    times = [r.seconds for r in case.good]
    note = f" ({case.stopped}: not repeated)" if case.stopped else ""
    return f"{len(times)}{note} | **{case.median:.2f}** | {min(times):.2f} | {max(times):.2f}"


def memory_cells(case: Case) -> str:
    """``median | min | max`` peak RSS cells in MiB."""
    if not case.ok:
        return " | | "
    peaks = [r.peak_bytes / MIB for r in case.good]
    return f"{case.peak_mib:.0f} | {min(peaks):.0f} | {max(peaks):.0f}"


@dataclass(frozen=True)
class Verdict:
    target: str
    measured: str
    met: bool | None  # None: not measured


def time_verdict(target: str, case: Case | None, limit: float) -> Verdict:
    if case is None:
        return Verdict(target, "not measured", None)
    if not case.ok:
        return Verdict(target, case.failure(), False)
    return Verdict(target, f"{case.median:.2f} s", case.median <= limit)


def memory_verdict(target: str, case: Case | None, limit_mib: float) -> Verdict:
    if case is None or not case.runs:
        return Verdict(target, "not measured", None)
    if not case.ok:
        return Verdict(target, case.failure(), False)
    return Verdict(target, f"{case.peak_mib:.0f} MiB", case.peak_mib <= limit_mib)


def met_word(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[met]


def machine() -> list[str]:
    model = cpu_model()
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        f"- Machine: {os.cpu_count()} CPUs (`os.cpu_count()`), {model}; "
        f"Python {sys.version.split()[0]} ({sys.implementation.name}).",
        f"- Date: {now}; factdiff {__version__}, {git_state()}.",
        f"- Load average at the start: {load()} (other work on the machine slows the figures).",
    ]


def load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def git_state() -> str:
    """The commit being measured, and whether src/ differs from it (read-only git calls)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "commit unknown"
    if not head:
        return "commit unknown"
    return f"commit {head}" + (" with uncommitted changes in src/" if dirty else "")


# --- The figures --------------------------------------------------------------------------------


def shown_path(path: Path) -> str:
    """``path`` relative to the repository root if it lies beside it (as the commands get it)."""
    if path.is_absolute() and path.is_relative_to(REPO.parent):
        return os.path.relpath(path, REPO)
    return str(path)


def collatex_python(option: str | None) -> tuple[str | None, str]:
    """The Python to run CollateX with, or None and why not."""
    chosen = option or os.environ.get("COLLATEX_PYTHON")
    if not chosen:
        return None, "no `--collatex-python` or `COLLATEX_PYTHON` given"
    found = shutil.which(chosen)
    if found is None:
        return None, f"`{chosen}` is not an executable"
    probe = subprocess.run(
        [found, "-c", "import collatex, sys; print(sys.version.split()[0])"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if probe.returncode != 0:
        return None, f"`{chosen}` cannot import collatex"
    return chosen, probe.stdout.strip()


def splitting(text: str, runs: int) -> tuple[list[float], int]:
    """MB/s of ``split_sentences`` on ``text`` per run (in-process), and the sentence count."""
    size_mb = utf8_size(text) / 1e6
    rates: list[float] = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        count = len(split_sentences(text))
        rates.append(size_mb / (time.perf_counter() - start))
    return rates, count


def growth_lines(sizes: Sequence[tuple[str, Pair, Case | None]]) -> tuple[list[str], str]:
    """The growth table and a one-line verdict on how time grows with size."""
    lines = [
        "| per side | mean bytes per side | median s | × size | × time | exponent | peak MiB |",
        "|---|---|---|---|---|---|---|",
    ]
    exponents: list[float] = []
    bounds: list[float] = []  # lower bounds, from a size that timed out
    previous: tuple[float, float] | None = None  # (bytes, seconds) of the size before
    for label, pair, case in sizes:
        mean_bytes = pair.mean_mb * 1e6
        if case is None:
            lines.append(
                f"| {label} | {mean_bytes:,.0f} | skipped (a smaller size did not finish) | | | | |"
            )
            previous = None
            continue
        if not case.ok:
            cells = " | | "
            if previous is not None and case.runs and case.runs[-1].exit_code is None:
                size_ratio = mean_bytes / previous[0]
                time_ratio = case.runs[-1].seconds / previous[1]  # at least: it was cut short
                exponent = math.log(time_ratio) / math.log(size_ratio)
                bounds.append(exponent)
                cells = f"{size_ratio:.2f} | ≥ {time_ratio:.2f} | ≥ {exponent:.2f}"
            lines.append(f"| {label} | {mean_bytes:,.0f} | {case.failure()} | {cells} | |")
            previous = None
            continue
        if previous is not None:
            size_ratio = mean_bytes / previous[0]
            time_ratio = case.median / previous[1]
            exponent = math.log(time_ratio) / math.log(size_ratio)
            exponents.append(exponent)
            cells = f"{size_ratio:.2f} | {time_ratio:.2f} | {exponent:.2f}"
        else:
            cells = " | | "
        lines.append(
            f"| {label} | {mean_bytes:,.0f} | {case.median:.2f} | {cells} | {case.peak_mib:.0f} |"
        )
        previous = (mean_bytes, case.median)
    shown = ", ".join([f"{e:.2f}" for e in exponents] + [f"≥ {b:.2f}" for b in bounds])
    worst = max(exponents + bounds, default=0.0)
    if not exponents and not bounds:
        verdict = "Too few sizes finished to judge growth."
    elif worst > 1.25:
        verdict = (
            f"Growth is **not** linear: exponents {shown} (1 = linear, 2 = quadratic; "
            "≥ = a lower bound, from a size that timed out)."
        )
    elif bounds:
        verdict = f"Growth looks close to linear so far, but a size timed out (exponents {shown})."
    else:
        verdict = f"Growth is close to linear (exponents {shown})."
    return lines, verdict


def report(args: argparse.Namespace, data_dir: Path, work: Path) -> list[str]:
    runs: int = args.runs or (QUICK_RUNS if args.quick else RUNS)
    timeout: float = args.timeout
    slow: float = args.slow
    factdiff = args.factdiff or shown_path(Path(sys.executable).with_name("factdiff"))
    articles = read_articles(data_dir)
    data = shown_path(data_dir)
    verdicts: list[Verdict] = []
    start_state = git_state()

    # A regular install (`pip install .`) compiles the package to bytecode; an editable checkout
    # under PYTHONDONTWRITEBYTECODE=1 would compile every module again on every run (20-28 ms).
    package = Path(factdiff_package.__file__ or "").parent
    compileall.compile_dir(str(package), quiet=1)

    seed_runs = runs if args.quick else max(runs, SEED_RUNS)
    out = ["## Speed and scale (`benchmarks/speed.py`)", ""]
    out += machine()
    out += [
        f"- Method: each command runs {runs} times ({seed_runs} for the seeds pair and CollateX, "
        "in alternating rounds; median, with min and max) in a fresh process from the repository "
        "root, output to `/dev/null`; wall time from `time.perf_counter()` around spawn and exit; "
        "peak memory is `ru_maxrss` from `wait4`: the largest single process among the child and "
        "its descendants (a max, not a sum: with forked worker processes the tree's total can be "
        "higher). "
        f"A run is killed after {timeout:.0f} s; a command whose run fails, times out or takes "
        f"over {slow:.0f} s is not run again.",
        f"- Generated documents in `{work}` (deleted afterwards): the {len(articles)} articles of "
        f"`{data}/ecbplus/articles/*/*.txt`, sorted by path, dealt alternately into halves A and "
        "B, each joined with a blank line between articles; smaller sizes are prefixes of whole "
        "articles, larger ones repeat the half.",
        f"- The package (`{shown_path(package)}`) is compiled to bytecode first, as `pip install` "
        "does; an editable checkout run with `PYTHONDONTWRITEBYTECODE=1` (set on this machine) "
        "would otherwise compile every module on every run.",
        "",
    ]
    commands: list[str] = []

    # 1. Seeds pair, beside CollateX.
    progress("Seeds pair")
    seeds_cmd = Command("factdiff", (factdiff, "compare", *SEEDS, "-o", "/dev/null"))
    seed_commands = [seeds_cmd]
    cx_python, cx_note = collatex_python(args.collatex_python)
    if cx_python is not None:
        script = work / "collatex_pair.py"
        script.write_text(COLLATEX_SCRIPT, encoding="utf-8")
        seed_commands.append(Command("CollateX", (cx_python, str(script), *SEEDS)))
    seed_cases = measure(seed_commands, seed_runs, timeout, slow)
    commands += [c.command.text for c in seed_cases]
    seeds = seed_cases[0]
    out += ["### 1. Seeds pair", ""]
    out += ["| tool | runs | median s | min s | max s |", "|---|---|---|---|---|"]
    out += [f"| {c.command.name} | {seconds_cells(c)} |" for c in seed_cases]
    out.append("")
    verdicts.append(time_verdict("seeds pair ≤ 0.3 s", seeds, 0.3))
    if cx_python is None:
        out.append(f"CollateX row skipped: {cx_note}.")
        verdicts.append(Verdict("seeds ≥ 10× faster than CollateX", "not measured", None))
    else:
        collatex = seed_cases[1]
        out.append(
            f"CollateX: its Python port (`collatex` on Python {cx_note}, separate venv) collating "
            "the same two files as plain witnesses, `collate(collation, segmentation=False, "
            f'output="json")`, as a whole process running `{script.name}`:'
        )
        out += ["", "```python", COLLATEX_SCRIPT.rstrip(), "```", ""]
        if seeds.ok and collatex.ok:
            ratio = collatex.median / seeds.median
            out.append(f"**CollateX / factdiff = {ratio:.1f}×** (ratio of medians).")
            verdicts.append(
                Verdict("seeds ≥ 10× faster than CollateX", f"{ratio:.1f}×", ratio >= 10)
            )
        else:
            verdicts.append(Verdict("seeds ≥ 10× faster than CollateX", "no ratio", False))
    out.append("")

    # 3. Start-up (measured early, on a quiet machine).
    progress("Start-up")
    (startup,) = measure([Command("--version", (factdiff, "--version"))], runs, timeout, slow)
    commands.append(startup.command.text)
    verdicts.append(time_verdict("start-up ≤ 0.15 s", startup, 0.15))

    # 4. Sentence splitting, in-process.
    progress("Sentence splitting")
    corpus = corpus_text(articles)
    rates, sentences = splitting(corpus, runs)
    split_rate = statistics.median(rates)
    verdicts.append(
        Verdict("sentence splitting ≥ 1 MB/s", f"{split_rate:.2f} MB/s", split_rate >= 1.0)
    )

    # 2 and 5. Long documents and growth with size.
    sizes = SIZES[:-1] if args.quick else SIZES
    grown: list[tuple[str, Pair, Case | None]] = []
    finished = True
    for label, factor in sizes:
        pair = write_pair(articles, factor, label.replace(" ", ""), work)
        case: Case | None = None
        if finished:
            progress(f"Two documents of {label}")
            argv = (factdiff, "compare", str(pair.a), str(pair.b), "-o", "/dev/null")
            (case,) = measure([Command(label, argv)], runs, timeout, slow)
            commands.append(case.command.text)
            finished = case.ok
        grown.append((label, pair, case))
    by_label = {label: (pair, case) for label, pair, case in grown}
    # the 0.5 MB pair as one sentence a side: the claims stage reads the words before every
    # speech verb of a sentence, so a run-on text is where a rescan of the sentence would show
    run_on = write_run_on(by_label["0.5 MB"][0], work)
    run_on_case: Case | None = None
    if by_label["0.5 MB"][1] is not None:
        progress("Two run-on documents of 0.5 MB")
        argv = (factdiff, "compare", str(run_on.a), str(run_on.b), "-o", "/dev/null")
        (run_on_case,) = measure([Command(run_on.label, argv)], runs, timeout, slow)
        commands.append(run_on_case.command.text)

    out += ["### 2. Long documents (two documents, one per side)", ""]
    out += [
        "| per side | bytes A / B | runs | median s | min s | max s "
        "| peak MiB | min MiB | max MiB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label in ("0.5 MB", "1 MB"):
        pair, long_case = by_label[label]
        sizes_cell = f"{pair.a_bytes:,} / {pair.b_bytes:,}"
        if long_case is None:
            out.append(
                f"| {label} | {sizes_cell} | skipped: a smaller size did not finish" + " |" * 7
            )
        else:
            out.append(f"| {label} | {sizes_cell} | {seconds_cells(long_case)} "
                       f"| {memory_cells(long_case)} |")  # fmt: skip
    if run_on_case is not None:
        out.append(
            f"| 0.5 MB run on (one sentence a side) | {run_on.a_bytes:,} / {run_on.b_bytes:,} "
            f"| {seconds_cells(run_on_case)} | {memory_cells(run_on_case)} |"
        )
    out += [
        "",
        "The run-on pair is the 0.5 MB pair with every full stop, question and exclamation "
        "mark turned to a comma and its line breaks to spaces (no target; a shape of input "
        "that once took minutes).",
        "",
    ]
    half_case, one_case = by_label["0.5 MB"][1], by_label["1 MB"][1]
    verdicts += [
        time_verdict("two 0.5 MB documents ≤ 10 s", half_case, 10),
        memory_verdict("two 0.5 MB documents ≤ 1 GB", half_case, 1024),
        time_verdict("two 1 MB documents ≤ 20 s", one_case, 20),
        memory_verdict("two 1 MB documents ≤ 1.5 GB", one_case, 1536),
    ]

    out += ["### 3. Start-up", ""]
    out += ["| command | runs | median s | min s | max s |", "|---|---|---|---|---|"]
    out += [f"| `factdiff --version` | {seconds_cells(startup)} |", ""]

    out += ["### 4. Sentence splitting throughput", ""]
    out.append(
        f"`factdiff.split_sentences` in-process on all {len(articles)} articles joined "
        f"({utf8_size(corpus) / 1e6:.2f} MB, {sentences:,} sentences), {runs} runs: "
        f"**{split_rate:.2f} MB/s** median (min {min(rates):.2f}, max {max(rates):.2f})."
    )
    out.append("")

    out += ["### 5. Growth with size (two documents, one per side)", ""]
    table, growth_verdict = growth_lines(grown)
    out += table
    out += [
        "",
        "× size and × time are ratios to the size above; exponent = log(× time) / log(× size) "
        f"(1 = linear). The 1 and 2 MB sizes repeat the 0.5 MB text, so caches of repeated "
        f"words and names can flatter them. {growth_verdict}",
        "",
    ]
    if args.quick:
        out += ["(`--quick`: the 2 MB size skipped.)", ""]

    # 6. N-way.
    progress("N-way")
    topic = sorted((data_dir / "ecbplus" / "articles" / "topic01-ecbplus").glob("*.txt"))
    everything = sorted((data_dir / "ecbplus" / "articles").glob("*/*.txt"))
    nway = [
        Command(
            f"{len(topic)} articles (topic01-ecbplus)",
            (factdiff, "compare", *(shown_path(p) for p in topic), "-o", "/dev/null"),
            f"{factdiff} compare {data}/ecbplus/articles/topic01-ecbplus/*.txt -o /dev/null",
        ),
        Command(
            f"all {len(everything)} articles",
            (factdiff, "compare", *(shown_path(p) for p in everything), "-o", "/dev/null"),
            f"{factdiff} compare {data}/ecbplus/articles/*/*.txt -o /dev/null",
        ),
    ]
    nway_cases = [measure([c], runs, timeout, slow)[0] for c in nway]
    commands += [c.command.text for c in nway_cases]
    out += ["### 6. N-way (one run, many sources)", ""]
    out += [
        "| sources | runs | median s | min s | max s | peak MiB | min MiB | max MiB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    out += [f"| {c.command.name} | {seconds_cells(c)} | {memory_cells(c)} |" for c in nway_cases]
    out += ["", "(Globs as a shell expands them: the script passes the paths sorted.)", ""]
    verdicts += [
        time_verdict(f"{len(topic)} articles in a few seconds (≤ 5 s)", nway_cases[0], 5),
        time_verdict(
            f"all {len(everything)} articles well under a minute (≤ 30 s)", nway_cases[1], 30
        ),
    ]

    out += [f"Load average at the end: {load()}.", ""]
    if git_state() != start_state:
        out += [f"**The code changed during the run**: now {git_state()}.", ""]
    out += ["### Targets", ""]
    out += ["| target | measured | |", "|---|---|---|"]
    out += [f"| {v.target} | {v.measured} | {met_word(v.met)} |" for v in verdicts]
    out += ["", f"Growth with size: {growth_verdict}", ""]

    out += ["### Commands", "", "From the repository root (`$W` = the generated documents):", ""]
    out += ["```sh", *(c.replace(str(work), "$W") for c in commands), "```", ""]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("data_dir", nargs="?", default="../shared/data", metavar="DATA_DIR")
    parser.add_argument("--runs", type=int, help=f"runs per figure (default {RUNS}, quick 3)")
    parser.add_argument("--quick", action="store_true", help="3 runs, skip the 2 MB size")
    parser.add_argument("--collatex-python", help="Python with collatex (or $COLLATEX_PYTHON)")
    parser.add_argument("--factdiff", help="factdiff command (default: beside this Python)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per run")
    parser.add_argument("--slow", type=float, default=SLOW, help="don't repeat runs over this")
    args = parser.parse_args(argv)
    if args.runs is not None and args.runs < 1:
        parser.error("--runs must be at least 1")
    data_dir = Path(args.data_dir)
    data_dir = (data_dir if data_dir.is_absolute() else REPO / data_dir).resolve()
    if not (data_dir / "ecbplus" / "articles").is_dir():
        parser.error(f"{data_dir} has no ecbplus/articles")
    with tempfile.TemporaryDirectory(prefix="factdiff-speed-") as work:
        print("\n".join(report(args, data_dir, Path(work))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
