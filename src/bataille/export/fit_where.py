"""Where a card's field is written in its deck file, for a text that does not fit on the card: the
deck keeps only each card's own line, and a teacher with a 40-line card wants the field's.

Read only when a problem is found (never while a deck that fits is printed)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


def _lines(path: str) -> tuple[str, ...]:
    """The file's lines, read once for as long as it is not changed (many problems in one file)."""
    try:
        changed = Path(path).stat()
    except OSError:
        return ()
    return _read(path, changed.st_mtime_ns, changed.st_size)


@lru_cache(maxsize=16)
def _read(path: str, _mtime: int, _size: int) -> tuple[str, ...]:
    try:
        return tuple(Path(path).read_text(encoding="utf-8-sig").split("\n"))
    except (OSError, UnicodeDecodeError):
        return ()


def forget_files() -> None:
    """Forget the files read (a test writes one twice within the file system's clock tick)."""
    _read.cache_clear()


def field_where(path: str, card_line: int, card_col: int, field: str, lang: str) -> tuple[int, int]:
    """(line, column) of ``field``'s text in ``lang`` for the card written at (card_line, card_col)
    of ``path``: the language's key (``fr:`` on its own line, or inside ``{fr: …, en: …}``), else
    the field's key, else the card's own place."""
    lines = _lines(path)
    if not 0 < card_line <= len(lines):
        return card_line, card_col
    key = re.compile(rf"^( *)(- +)?{re.escape(field)} *:")
    language = re.compile(rf"(?<![\w-]){re.escape(lang)} *:")
    for i in range(card_line - 1, len(lines)):
        row = lines[i]
        content = row.lstrip(" ")
        if i >= card_line and content and not content.startswith("#") and len(row) - len(content) < card_col - 1:
            break  # the next card, or the next part of the file
        found = key.match(row)
        if found is None:
            continue
        inline = language.search(row, found.end())
        if inline is not None:  # title: {fr: "…", en: "…"}
            return i + 1, inline.start() + 1
        below = _language_below(lines, i, len(row) - len(content), language)
        return below or (i + 1, len(found[1]) + len(found[2] or "") + 1)
    return card_line, card_col


def _language_below(lines: tuple[str, ...], at: int, indent: int, language: re.Pattern) -> tuple[int, int] | None:
    """The language's key among the lines just under the field's (its own keys, not deeper ones)."""
    child = None
    for j in range(at + 1, len(lines)):
        row = lines[j]
        content = row.lstrip(" ")
        if not content or content.startswith("#"):
            continue
        depth = len(row) - len(content)
        if depth <= indent:
            return None
        child = depth if child is None else child
        if depth == child and language.match(content):
            return j + 1, depth + 1
    return None
