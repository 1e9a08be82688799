"""The one error type the library raises for bad input; the CLI turns it into a one-line message."""

from pathlib import Path


class InputError(Exception):
    """Unreadable or invalid input: the message names the file and the problem."""


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, or an InputError that names the file and the problem."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def package_text(name: str) -> str:
    """A data file shipped beside the modules (``defaults.json``, ``data/word_zipf.tsv``).

    Read by path, not through importlib.resources: importing that costs about 10 ms of a
    seeds comparison, for a package that is always installed as plain files.
    """
    return (Path(__file__).parent / name).read_text(encoding="utf-8")
