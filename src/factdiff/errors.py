"""The one error type the library raises for bad input; the CLI turns it into a one-line message."""


class InputError(Exception):
    """Unreadable or invalid input: the message names the file and the problem."""
