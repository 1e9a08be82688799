"""The one error type the library raises for bad input; the CLI turns it into a one-line message.

File paths go through ``os.path``: ``pathlib`` (with ``urllib.parse``, which it imports) costs a
small comparison about 5 ms of start-up."""

import os


class InputError(Exception):
    """Unreadable or invalid input: the message names the file and the problem."""


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes, or an InputError that names the file and the problem."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def package_text(name: str) -> str:
    """A data file shipped beside the modules (``defaults.yaml``, ``data/word_zipf.tsv``).

    Read by path, not through importlib.resources: importing that costs about 10 ms of a
    seeds comparison, for a package that is always installed as plain files.
    """
    with open(os.path.join(os.path.dirname(__file__), name), encoding="utf-8") as f:
        return f.read()


def package_table(name: str) -> str:
    """A data table shipped beside the modules (``data/word_zipf.tsv``), without the comment
    lines (``#``) that head it."""
    text = package_text(name)
    body = 0
    while text.startswith("#", body):
        body = text.index("\n", body) + 1
    return text[body:]
