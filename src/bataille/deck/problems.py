"""Problems found in a deck, each pointing at a file, a line and a column."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing a deck author must fix, printed as ``path:line:col: message``."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class DeckError(Exception):
    """The deck cannot be used as it is; ``problems`` lists every fault found at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid deck"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))

    def lines(self) -> list[str]:
        """Every problem as one line, in file and line order."""
        return [str(p) for p in self.problems]


def display_path(path: Path) -> str:
    """The path as a teacher would type it: relative to the current folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """A hint like "; did you mean 'title'?" when a close match exists, else ""."""
    if not isinstance(word, (str, int, float)) or len(str(word)) > 100:
        return ""  # no typo of a short key is that long; difflib would take seconds on it
    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else ""
