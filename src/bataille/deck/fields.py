"""Field readers for one deck file: each turns located YAML into model values or problems."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import EMPTY_TEXT, Source, Text
from .problems import Problem, did_you_mean
from .yamlread import LocatedList, LocatedMap, Position, shorten

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
LANGUAGE_NAMES = {"fr": "French", "en": "English"}
MAX_TEXT_CHARS = 2000
# Past this many problems in one file, the rest is noise for the author and a way for a
# hostile file (aliases repeating a broken card) to cost seconds and hundreds of MiB.
MAX_PROBLEMS_PER_FILE = 100

SOURCE_KEYS = ("title", "publisher", "year", "url", "note")


def _type_name(value: object) -> str:
    if isinstance(value, LocatedMap):
        return "a mapping"
    if isinstance(value, LocatedList):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f'"{value}"' if len(str(value)) < 40 else "a text"


class FieldReader:
    """Reads the fields of one file, collecting problems instead of stopping at the first."""

    def __init__(self, file: str, languages: tuple[str, ...], problems: list[Problem]) -> None:
        self.file = file
        self.languages = languages
        self.problems = problems
        self._order = {lang: i for i, lang in enumerate(languages)}
        self.count = 0

    @property
    def full(self) -> bool:
        """True once this file has reported MAX_PROBLEMS_PER_FILE problems (stop checking it)."""
        return self.count >= MAX_PROBLEMS_PER_FILE

    def error(self, pos: Position, message: str) -> None:
        self.count += 1
        if self.count < MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.file, pos.line, pos.col, message))
        elif self.count == MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.file, pos.line, pos.col,
                                         f"more than {MAX_PROBLEMS_PER_FILE - 1} problems in this file; "
                                         "fix the ones above and check it again"))

    def mapping(self, value: object, pos: Position, what: str) -> LocatedMap | None:
        if isinstance(value, LocatedMap):
            return value
        self.error(pos, f"{what} must be a mapping of 'key: value' lines, got {_type_name(value)}")
        return None

    def keys(self, m: LocatedMap, allowed: Iterable[str], required: Iterable[str], what: str) -> None:
        """Report unknown keys (with a hint) and missing required ones."""
        allowed = tuple(allowed)
        for key in m:
            if self.full:
                return
            if key not in allowed:
                hint = did_you_mean(key, allowed) or f" (expected one of: {', '.join(allowed)})"
                self.error(m.key_pos[key], f"unknown key {shorten(key)} in {what}{hint}")
        for key in required:
            if key not in m:
                self.error(m.pos, f"{what} needs {key!r}")

    def text(self, m: LocatedMap, key: str, required: bool = True) -> Text:
        if key not in m:
            return EMPTY_TEXT  # absence is reported by keys()
        value, pos = m[key], m.where(key)
        if value is None and not required:
            return EMPTY_TEXT
        if isinstance(value, str):
            self.error(pos, f"{key!r} must give one text per language, like "
                            f"'{{fr: \"…\", en: \"…\"}}', got a single text")
            return EMPTY_TEXT
        tm = self.mapping(value, pos, repr(key))
        if tm is None:
            return EMPTY_TEXT
        pairs: list[tuple[str, str]] = []
        for lang in tm:
            if self.full:
                break
            if lang not in self.languages:
                hint = did_you_mean(lang, self.languages)
                self.error(tm.key_pos[lang], f"{key!r} has a text in {shorten(lang)}, which is not one of the "
                                             f"deck's languages ({', '.join(self.languages)}){hint}")
                continue
            text = tm[lang]
            if isinstance(text, (int, float)) and not isinstance(text, bool):
                text = str(text)
            if not isinstance(text, str) or not text.strip():
                self.error(tm.where(lang), f"{key!r} in {LANGUAGE_NAMES.get(lang, lang)} must be a "
                                           f"non-empty text, got {_type_name(text)}")
                continue
            if len(text) > MAX_TEXT_CHARS:
                self.error(tm.where(lang), f"{key!r} in {lang} is {len(text)} characters long; "
                                           f"the limit is {MAX_TEXT_CHARS}")
                continue
            pairs.append((lang, text.strip()))
        present = {lang for lang, _ in pairs}
        for lang in self.languages:
            if lang not in present and lang not in tm:
                name = LANGUAGE_NAMES.get(lang, lang)
                self.error(pos, f"{key!r} has no {name} text ({lang})")
        if len(pairs) > 1:
            pairs.sort(key=lambda p: self._order.get(p[0], 99))
        return Text(tuple(pairs))

    def text_list(self, m: LocatedMap, key: str) -> tuple[Text, ...]:
        if key not in m:
            return ()
        value, pos = m[key], m.where(key)
        if not isinstance(value, LocatedList) or not value:
            self.error(pos, f"{key!r} must be a list of one or more texts ('- {{fr: …, en: …}}')")
            return ()
        out = []
        for i, item in enumerate(value):
            if self.full:
                break
            holder = LocatedMap(value.item_pos[i])
            holder[key] = item
            holder.value_pos[key] = value.item_pos[i]
            out.append(self.text(holder, key))
        return tuple(out)

    def string(self, m: LocatedMap, key: str, pattern: re.Pattern[str] | None = None,
               hint: str = "", required: bool = True) -> str:
        if key not in m:
            return ""
        value, pos = m[key], m.where(key)
        if value is None and not required:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.error(pos, f"{key!r} must be a text, got {_type_name(value)}{hint}")
            return ""
        if pattern is not None and not pattern.match(value):
            self.error(pos, f"{key!r} is {shorten(value)}{hint}")
            return ""
        return value.strip()

    def identifier(self, m: LocatedMap, key: str = "id") -> str:
        return self.string(m, key, ID_RE, hint="; an id uses letters, digits, '-' and '_' only "
                                                "(at most 64), like 'env-water-training'")

    def integer(self, m: LocatedMap, key: str, low: int, high: int, what: str = "a whole number",
                required: bool = True) -> int | None:
        if key not in m:
            return None
        value, pos = m[key], m.where(key)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(pos, f"{key!r} must be {what}, got {_type_name(value)}")
            return None
        if not low <= value <= high:
            self.error(pos, f"{key!r} must be between {low} and {high}, got {value}")
            return None
        return value

    def boolean(self, m: LocatedMap, key: str) -> bool:
        if key not in m:
            return False
        value = m[key]
        if not isinstance(value, bool):
            self.error(m.where(key), f"{key!r} must be true or false, got {_type_name(value)}")
            return False
        return value

    def sources(self, m: LocatedMap, key: str = "sources") -> tuple[Source, ...]:
        if key not in m:
            return ()
        value, pos = m[key], m.where(key)
        if not isinstance(value, LocatedList) or not value:
            self.error(pos, f"{key!r} must be a list of one or more sources "
                            "(each with title, publisher, year and url)")
            return ()
        out = []
        for i, item in enumerate(value):
            if self.full:
                break
            sm = self.mapping(item, value.item_pos[i], "a source")
            if sm is None:
                continue
            self.keys(sm, SOURCE_KEYS, ("title", "publisher", "year", "url"), "a source")
            title = self.string(sm, "title")
            publisher = self.string(sm, "publisher")
            year = self.integer(sm, "year", 1800, 2100, "a year such as 2024")
            url = self.string(sm, "url", URL_RE, hint="; a source url starts with http:// or https://")
            note = self.text(sm, "note", required=False)
            if title and publisher and year is not None and url:
                out.append(Source(title, publisher, year, url, note))
        return tuple(out)
