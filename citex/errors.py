"""The one exception the library raises for bad input.

The CLI turns it into a single line on stderr (``file:line: message``) and exit code 2;
the library itself never prints or exits.
"""
from __future__ import annotations


class CitexError(Exception):
    """Bad input: carries the file (or ``-`` for stdin) and, where known, the line."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"
