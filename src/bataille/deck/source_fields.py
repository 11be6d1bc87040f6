"""The readers of a card's sources, mixed into FieldReader (fields.py), and how a value was written."""

from __future__ import annotations

import re
from datetime import date

from .located import LocatedList, LocatedMap, as_written
from .messages import Message, Quoted, type_name
from .models import SOURCE_LANGUAGES, Source

URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
SOURCE_KEYS = ("title", "publisher", "year", "url", "note", "checked", "lang")
CHECKED_RE = re.compile(r"^([0-9]{4})-(0[1-9]|1[0-2])$")
A_SOURCE = Message("noun.source")
URL_HINT = Message("hint.url")
A_YEAR = Message("what.year")


def text_of(m: LocatedMap, key: str) -> object:
    """The value at ``key``, as written when it is a text YAML 1.1 made a number or a yes/no.

    ``1.10`` stays "1.10" (not 1.1), ``0777`` stays "0777" (not 511), ``1:30`` stays "1:30"
    (not 90), ``no`` stays "no" (not False): a field that wants text gets what the author wrote.
    """
    value = as_written(m, key)
    if value.__class__ in (int, float):  # through an alias of a number: its usual spelling
        return str(value)
    return value


class SourceFields:
    """``sources:`` of a card or a decision; the rest of FieldReader (error, keys, string…) does the reading."""

    def sources(self, m: LocatedMap, key: str = "sources") -> tuple[Source, ...]:
        """The sources of a card: title, publisher, year and an http(s) URL each."""
        if key not in m:
            return ()
        value, pos = m[key], m.where(key)
        if not isinstance(value, LocatedList) or not value:
            self.error(pos, Message("sources.not_list", key=Quoted(key)))
            return ()
        out, part, self.part = [], self.part, "source"
        for i, item in enumerate(value):
            if self.full:
                break
            sm = self.mapping(item, value.item_pos[i], A_SOURCE)
            if sm is None:
                continue
            self.keys(sm, SOURCE_KEYS, ("title", "publisher", "year", "url"), A_SOURCE)
            title = self.string(sm, "title")
            publisher = self.name(sm, "publisher")
            year = self.source_year(sm)
            url = self.string(sm, "url", URL_RE, hint=URL_HINT)
            note = self.text(sm, "note", required=False)
            checked = self.checked_month(sm)
            lang = self.source_language(sm)
            if title and publisher and year is not None and url:
                out.append(Source(title, publisher, year, url, note, checked, lang))
        self.part = part
        return tuple(out)

    def source_year(self, m: LocatedMap) -> int | None:
        """The year a source was published: not after this year (a year still to come is a typo)."""
        year = self.integer(m, "year", 1800, 2100, A_YEAR)
        this_year = date.today().year
        if year is not None and year > this_year:
            self.error(m.where("year"), Message("source.year_future", key=Quoted("year"), value=year, now=this_year))
            return None
        return year

    def source_language(self, m: LocatedMap, key: str = "lang") -> str:
        """The language a source's title is in, a code of SOURCE_LANGUAGES ("" when absent or broken).

        ``no`` (Norwegian) stays "no", not False; ``FR`` is read as fr, as the deck's ``languages``."""
        if key not in m:
            return ""
        value = text_of(m, key)
        code = value.strip().lower() if isinstance(value, str) else ""
        if code in SOURCE_LANGUAGES:
            return code
        self.error(m.where(key), Message("source.lang_unknown", key=Quoted(key), got=type_name(value),
                                         codes=", ".join(SOURCE_LANGUAGES)))
        return ""

    def checked_month(self, m: LocatedMap, key: str = "checked") -> str:
        """The month a source was last checked, written YYYY-MM and not after this month ("" when absent or broken)."""
        if key not in m:
            return ""
        value = text_of(m, key)
        pos = m.where(key)
        match = CHECKED_RE.match(value) if isinstance(value, str) else None
        if match is None or int(match.group(1)) < 1900:
            self.error(pos, Message("checked.bad_format", key=Quoted(key), got=type_name(value)))
            return ""
        today = date.today()
        if (int(match.group(1)), int(match.group(2))) > (today.year, today.month):
            self.error(pos, Message("checked.future", key=Quoted(key), value=value,
                                    now=f"{today.year:04d}-{today.month:02d}"))
            return ""
        return value
