"""Problems found in a deck, each pointing at a file, a line and a column."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .messages import Message, Quoted


@dataclass(frozen=True, order=True)
class Problem:
    """One thing a deck author must fix, printed as ``path:line:col: message``.

    ``message`` is the English text; ``wording`` (when the deck reader made the problem) can
    put it into another language: ``text("fr")``.
    """

    path: str
    line: int
    col: int
    message: str
    wording: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, path: str, line: int, col: int, wording: Message | str) -> Problem:
        """A problem from a catalogue message (or, for callers outside the deck, plain text)."""
        if isinstance(wording, str):
            return cls(path, line, col, wording)
        return cls(path, line, col, wording.render("en"), wording)

    def message_in(self, lang: str) -> str:
        """The message alone, in ``lang`` ("fr" or "en"); English when it has no wording."""
        if lang == "en" or self.wording is None:
            return self.message
        return self.wording.render(lang)

    def text(self, lang: str = "en") -> str:
        """``path:line:col: message`` with the message in ``lang``; the prefix is the same in every language."""
        return f"{self.path}:{self.line}:{self.col}: {self.message_in(lang)}"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class DeckError(Exception):
    """The deck cannot be used as it is; ``problems`` lists every fault found at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid deck"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))

    def lines(self, lang: str = "en") -> list[str]:
        """Every problem as one line, in file and line order, its message in ``lang``."""
        return [p.text(lang) for p in self.problems]


def display_path(path: Path) -> str:
    """The path as a teacher would type it: relative to the current folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


def did_you_mean(word: object, choices: Iterable[str], plain: bool = False) -> Message | str | None:
    """A hint like "; did you mean “title”?" when a close match exists, else None (``plain``: the match itself)."""
    if not isinstance(word, (str, int, float)) or len(str(word)) > 100:
        return None  # no typo of a short key is that long; difflib would take seconds on it
    import difflib  # here: a deck without problems never needs it

    # 0.7: "titel" finds "title" (0.8) and "fakt" "fact" (0.75); "reliability" no longer finds "creativity".
    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.7)
    if plain:
        return match[0] if match else None
    if not match:
        return None
    return Message("hint.did_you_mean", word=Quoted(match[0]), odd=odd_character(word, match[0]))


def odd_character(word: object, like: str | None = None) -> Message | None:
    """A note naming the first character of ``word`` that only looks like a letter of an id.

    "sоciety" with a Cyrillic "о" reads like "society" in every message: the note says
    which character it is, its code point and its place in the word.
    """
    if not isinstance(word, str) or word.isascii() or len(word) > 100:
        return None
    for index, ch in enumerate(word):
        if not ch.isascii():
            name = unicodedata.name(ch, "") or f"U+{ord(ch):04X}"
            return Message("hint.odd_char", char=Quoted(ch), code=f"{ord(ch):04X}", name=name, place=index + 1)
    return None
