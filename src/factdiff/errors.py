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
