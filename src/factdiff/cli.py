"""Command line: ``factdiff compare | extract | variants``. Each command is a thin wrapper over the
library; library errors become one-line messages and exit status 2."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from typing import Any

from factdiff import __version__
from factdiff.errors import InputError

EXIT_OK, EXIT_CONDITION, EXIT_USAGE = 0, 1, 2


def _help_width() -> int:
    """The width help text wraps to, as ``shutil.get_terminal_size`` finds it (``COLUMNS``, then
    the terminal, then 80), less argparse's margin of 2."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the width: left to itself it imports shutil (with bz2 and
    lzma) every run, about 4 ms, for help text most runs never print."""

    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs.setdefault("width", _help_width())
        super().__init__(prog, **kwargs)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"factdiff: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="factdiff", description="Diff for facts: compare articles claim by claim.")
    p.add_argument("--version", action="version", version=f"factdiff {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("compare", help="compare two or more sources and write a report")
    c.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help=".txt/.md/.html, claims .yaml, a folder of them, or -",
    )
    c.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    c.add_argument("--format", choices=("md", "json", "yaml"), help="default: from -o, else md")
    c.add_argument("--config", metavar="FILE", help="settings YAML (default: ./factdiff.yaml)")
    c.add_argument(
        "--fail-on",
        choices=("divergence", "variant"),
        help="exit 1 when the report has a divergence / a name spelled several ways",
    )

    e = sub.add_parser("extract", help="write one source's claims as YAML an editor can correct")
    e.add_argument("source", metavar="SOURCE")
    e.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    e.add_argument("--config", metavar="FILE", help="settings YAML")

    v = sub.add_parser("variants", help="list names spelled several ways")
    v.add_argument("sources", nargs="+", metavar="SOURCE")
    v.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    v.add_argument("--config", metavar="FILE", help="settings YAML")
    return p


def write_atomic(path: str | None, text: str) -> None:
    """Write ``text`` to ``path`` (stdout for None or -) all at once: a temporary file, renamed."""
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    if os.path.normpath(path) == os.devnull:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return
    parent = os.path.dirname(path) or "."
    if not os.path.isdir(parent):
        problem = "is a file, not a folder" if os.path.exists(parent) else "does not exist"
        raise InputError(f"{path}: folder {parent} {problem}")
    # a new file beside the target, with the permissions ``open`` would give it (the umask's,
    # not a private temporary file's 0600)
    base = os.path.join(parent, f".{os.path.basename(path)}.{os.getpid()}")
    for n in range(1000):
        tmp = f"{base}.{n}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    else:
        raise InputError(f"{path}: cannot find a free name for a temporary file beside it")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class _Progress:
    """A one-line progress display on a terminal (stderr); silent in pipes."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total < 2000 and not self.shown:
            return
        self.shown = True
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r{stage:>9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _format(fmt: str | None, output: str | None) -> str:
    if fmt:
        return fmt
    suffix = os.path.splitext(output)[1].lower() if output else ""
    return {".json": "json", ".yaml": "yaml", ".yml": "yaml"}.get(suffix, "md")


def _not_a_source(output: str | None, sources: Sequence[str]) -> None:
    """Refuse an output file that is one of the ``sources`` (folders already listed): the
    report would overwrite it."""
    if output is None or output == "-" or not os.path.isfile(output):
        return
    for source in sources:
        if source != "-" and os.path.isfile(source) and os.path.samefile(source, output):
            raise InputError(f"{output}: is one of the sources; write the report elsewhere")


def _run(args: argparse.Namespace) -> int:
    from factdiff.config import load_settings
    from factdiff.load import expand_sources

    # a folder is listed once, here: the check of the output and the comparison read the list
    sources = [args.source] if args.command == "extract" else expand_sources(args.sources)
    _not_a_source(args.output, sources)
    settings = load_settings(args.config)
    if args.command == "compare":
        from factdiff.pipeline import compare

        progress = _Progress() if sys.stderr.isatty() else None
        report = compare(sources, settings=settings, progress=progress)
        fmt = _format(args.format, args.output)
        if fmt == "json":
            text = report.to_json()
        elif fmt == "yaml":
            import yaml

            text = yaml.safe_dump(report.to_dict(), sort_keys=True, allow_unicode=True, width=100)
        else:
            text = report.to_markdown()
        write_atomic(args.output, text)
        for s in report.sources:
            for w in s.warnings:
                print(f"factdiff: warning: {w}", file=sys.stderr)
        if args.fail_on == "divergence" and any(m.kind == "divergence" for m in report.matches):
            return EXIT_CONDITION
        if args.fail_on == "variant" and report.variants:
            return EXIT_CONDITION
        return EXIT_OK
    if args.command == "extract":
        from factdiff.pipeline import extract
        from factdiff.render import claims_to_yaml

        x = extract(args.source, "A", settings)
        write_atomic(args.output, claims_to_yaml(x.info, x.claims))
        for w in x.info.warnings:
            print(f"factdiff: warning: {w}", file=sys.stderr)
        return EXIT_OK
    from factdiff.pipeline import variants
    from factdiff.render import variants_to_markdown

    groups = variants(sources, settings)
    write_atomic(args.output, variants_to_markdown(groups))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    return _dispatch(_parser().parse_args(argv))


def _dispatch(args: argparse.Namespace) -> int:
    """Run the command parsed; library errors become one-line messages."""
    try:
        return _run(args)
    except InputError as exc:
        print(f"factdiff: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("factdiff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run() -> int:
    """The ``factdiff`` command in a process of its own (the console script, ``python -m
    factdiff``): ``main``, with the pipeline imported (once the arguments are read: ``--version``
    and ``--help`` need none of it) while the cyclic garbage collector waits, and what the
    imports made (compiled patterns, classes, tables: objects that live as long as the process)
    then moved out of its reach (``gc.freeze``), so its collections during the run do not walk
    them again. A seeds comparison takes about 12 ms less (docs/benchmarks.md). Freezing pins
    whatever exists at the time, so a host that calls ``main`` again and again (tests, other
    programs) calls ``main``, not this."""
    args = _parser().parse_args()
    gc.disable()
    try:
        import factdiff.pipeline
        import factdiff.render  # noqa: F401
    finally:
        gc.enable()
    gc.freeze()
    return _dispatch(args)
