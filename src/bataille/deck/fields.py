"""Field readers for one deck file: each turns located YAML into model values or problems."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .blank import blank_string, blank_text, missing_text
from .glyphs import UNPRINTABLE
from .located import LocatedList, LocatedMap, Position
from .messages import Code, Listed, Message, Quoted, language_name, type_name
from .models import EMPTY_TEXT, Name, Text
from .problems import Problem, did_you_mean
from .source_fields import SourceFields, text_of
from .tally import LanguageTally

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_ID_CHAR = re.compile(r"[A-Za-z0-9_-]")
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_TEXT_CHARS = 2000
# Past this many problems in one file, the rest is noise for the author and a way for a
# hostile file (aliases repeating a broken card) to cost seconds and hundreds of MiB.
MAX_PROBLEMS_PER_FILE = 100

# The words passed around while reading (made once: a valid deck builds no message at all).
ID_HINT = Message("hint.id")
WHOLE_NUMBER = Message("what.whole_number")


_DECIMAL = re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$")
_LEADING_ZERO = re.compile(r"^\+?0[0-9]+$")


# A key that is a language, then a space or a quote: the colon after the language is missing, and
# YAML took the text up to its own « : » as the key (« fr "Visages » from « fr "Visages : des… »).
_COLONLESS = re.compile(r"([a-z]{2,3})[\s\"'«]")
_KEY_BRACE = re.compile(r"([\w-]+) [{\[]")  # "title {fr": a known key, then its value's brace

class FieldReader(SourceFields):
    """Reads the fields of one file, collecting problems instead of stopping at the first."""

    def __init__(self, file: str, languages: tuple[str, ...], problems: list[Problem], source: bytes = b"",
                 tally: LanguageTally | None = None) -> None:
        self.file = file
        self.source = source
        self.tally = tally
        self.languages = languages
        self.problems = problems
        self._order = {lang: i for i, lang in enumerate(languages)}
        self.count = 0
        self.part = ""  # what is being read ("fact", "decision"…): an empty field's example is one of it (blank.py)

    @property
    def full(self) -> bool:
        """True once this file has reported MAX_PROBLEMS_PER_FILE problems (stop checking it)."""
        return self.count >= MAX_PROBLEMS_PER_FILE

    def error(self, pos: Position, message: Message) -> None:
        """Record one problem at ``pos`` (the message is put into words only now)."""
        self.count += 1
        if self.count < MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem.of(self.file, pos.line, pos.col, message))
        elif self.count == MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem.of(self.file, pos.line, pos.col,
                                            Message("file.too_many_problems", count=MAX_PROBLEMS_PER_FILE - 1)))

    def mapping(self, value: object, pos: Position, what: Message | Quoted | str) -> LocatedMap | None:
        """``value`` when it is a mapping; otherwise a problem at ``pos`` and None."""
        if isinstance(value, LocatedMap):
            return value
        self.error(pos, Message("field.not_mapping", what=what, got=type_name(value)))
        return None

    def keys(self, m: LocatedMap, allowed: Iterable[str], required: Iterable[str],
             what: Message | str) -> None:
        """Report unknown keys (with a hint) and missing required ones."""
        allowed = tuple(allowed)
        colonless = set()  # « title {fr: Des centres} »: valid YAML, a key "title {fr" whose ':' is left out
        for key in [k for k in m if k not in allowed]:
            if self.full:
                return
            head = _KEY_BRACE.match(str(key))
            said = head is not None and head[1] in allowed and head[1] not in m and self._colon_left_out(m, key)
            if said:
                colonless.add(head[1])  # its text is there: "needs 'title'" would be one more problem
            else:
                hint = did_you_mean(key, allowed) or Message("hint.expected_one_of", choices=", ".join(allowed))
                self.error(m.key_pos[key], Message("field.unknown_key", key=Quoted(key), what=what, hint=hint))
        for key in required:
            if key not in m and key not in colonless:
                self.error(m.pos, Message("field.missing_key", what=what, key=Quoted(key)))

    def _colon_left_out(self, m: LocatedMap, key: object) -> bool:
        """Say what to write when the line of ``key`` is ``title {fr: …}`` with the ':' left out."""
        from .yamlhints import colon_example  # only for a key such as "title {fr"

        pos = m.key_pos[key]
        lines = self.source.split(b"\n", pos.line)
        found = colon_example(lines[pos.line - 1].decode("utf-8", "replace"), self.languages) \
            if len(lines) >= pos.line else None
        if found is None or found[2] != pos.col:
            return False
        self.error(pos, Message("yaml.key_colon", key=Quoted(found[0]), example=Code(found[1])))
        return True

    def text(self, m: LocatedMap, key: str, required: bool = True, owner: object = None) -> Text:
        """The bilingual text under ``key`` (empty when absent or broken, with problems said).

        ``owner`` names the card (or theme…) in a problem when ``m`` has no id of its own.
        """
        if key not in m:
            return EMPTY_TEXT  # absence is reported by keys()
        value = m[key]
        if type(value) is LocatedMap and len(value) == len(self.languages):
            # The usual case, checked without building positions: one clean text per language.
            pairs = []
            for lang in self.languages:
                text = value.get(lang)
                if type(text) is not str or len(text) > MAX_TEXT_CHARS:
                    break
                text = text.strip()
                if not text or UNPRINTABLE.search(text) or text[-1] == '"':
                    break
                pairs.append((lang, text))
            else:
                if self.tally is not None:
                    self.tally.complete += 1
                return Text(tuple(pairs))
        pos = m.where(key)
        if value is None and not required:
            return EMPTY_TEXT
        if isinstance(value, str):
            self.error(pos, Message("text.single", key=Quoted(key)))
            return EMPTY_TEXT
        tm = self.mapping(value, pos, Quoted(key))
        if tm is None:
            return EMPTY_TEXT
        pairs: list[tuple[str, str]] = []
        colonless: set[str] = set()  # « fr "Visages : …" »: a language whose colon is missing
        for lang in tm:
            if self.full:
                break
            text = self._language_text(tm, key, lang, colonless, owner or m.get("id"))
            if text is not None:
                pairs.append((lang, text))
        present = {lang for lang, _ in pairs}
        for lang in self.languages:
            if lang not in present and lang not in tm and lang not in colonless:
                missing = missing_text(key, lang, pairs, self.languages)
                if self.tally is None:
                    self.error(pos, missing)
                else:  # said once per language for the whole deck when many texts lack it (tally.problems)
                    self.tally.missing.setdefault(lang, []).append(Problem.of(self.file, pos.line, pos.col, missing))
            elif self.tally is not None:
                self.tally.present[lang] = self.tally.present.get(lang, 0) + 1
        if len(pairs) > 1:
            pairs.sort(key=lambda p: self._order.get(p[0], 99))
        return Text(tuple(pairs))

    def _language_text(self, tm: LocatedMap, key: str, lang: object, colonless: set[str],
                       owner: object) -> str | None:
        """The text of one language of a text written with problems, or None with its problem said."""
        if lang not in self.languages:
            head = _COLONLESS.match(str(lang))
            if head is not None and head[1] in self.languages:
                colonless.add(head[1])  # its text is there: "no French text" would be one more problem
                self.error(tm.key_pos[lang], Message("text.colonless_language", key=Quoted(key), lang=head[1]))
                return None
            hint = did_you_mean(lang, self.languages)
            self.error(tm.key_pos[lang], Message("text.unknown_language", key=Quoted(key), lang=Quoted(lang),
                                                 languages=", ".join(self.languages), hint=hint))
            return None
        text = text_of(tm, lang)
        if text is None or isinstance(text, str) and not text.strip():  # left empty: what to write there
            self.error(tm.where(lang), blank_text(self.file, key, lang, self.part))
            return None
        if not isinstance(text, str):
            self.error(tm.where(lang), Message("text.empty", key=Quoted(key), language=language_name(lang),
                                               got=type_name(text)))
            return None
        if len(text) > MAX_TEXT_CHARS:
            self.error(tm.where(lang), Message("text.too_long", key=Quoted(key), lang=lang,
                                               length=len(text), limit=MAX_TEXT_CHARS))
            return None
        if UNPRINTABLE.search(text):
            self._unprintable(tm.where(lang), key, text, f" ({lang})", owner)
            return None
        if text.rstrip().endswith('"') and self._quote_not_opened(tm.where(lang), lang, text):
            return None
        return text.strip()

    def text_list(self, m: LocatedMap, key: str) -> tuple[Text, ...]:
        """A list of bilingual texts, such as the prompts of a debate card."""
        if key not in m:
            return ()
        value, pos = m[key], m.where(key)
        if not isinstance(value, LocatedList) or not value:
            self.error(pos, Message("text_list.not_list", key=Quoted(key)))
            return ()
        out = []
        for i, item in enumerate(value):
            if self.full:
                break
            holder = LocatedMap(value.item_pos[i])
            holder[key] = item
            holder.value_pos[key] = value.item_pos[i]
            out.append(self.text(holder, key, owner=m.get("id")))
        return tuple(out)

    def name(self, m: LocatedMap, key: str) -> Text:
        """A name written once for every language ("Reuters"), or a text in each language like a title
        (``{fr: "The Verge (d’après…)", en: "The Verge (on…)"}``); empty when absent or broken."""
        if isinstance(m.get(key), LocatedMap):
            return self.text(m, key)
        written = self.string(m, key)
        return Name.same(written, self.languages) if written else EMPTY_TEXT

    def string(self, m: LocatedMap, key: str, pattern: re.Pattern[str] | None = None,
               hint: Message | None = None, required: bool = True) -> str:
        """A one-line text, checked against ``pattern`` when given (empty when broken)."""
        if key not in m:
            return ""
        value = m[key]
        if type(value) is str and (pattern is None or pattern.match(value)) and value.strip() \
                and not UNPRINTABLE.search(value):
            return value.strip()
        pos = m.where(key)
        if value is None and not required:
            return ""
        value = text_of(m, key)
        if value is None or isinstance(value, str) and not value.strip():  # left empty: what to write there
            self.error(pos, blank_string(self.file, key, hint, self.part))
            return ""
        if not isinstance(value, str):
            self.error(pos, Message("string.not_text", key=Quoted(key), got=type_name(value), hint=hint))
            return ""
        if pattern is not None and not pattern.match(value):
            bad = next((i for i, ch in enumerate(value) if not _ID_CHAR.match(ch)), None)
            if pattern is ID_RE and bad is not None:  # a Cyrillic "е" looks like "e" once quoted: name it
                ch = value[bad]
                self.error(pos, Message("id.bad_char", key=Quoted(key), value=Quoted(value), char=Quoted(ch),
                                        code=f"{ord(ch):04X}", name=unicodedata.name(ch, "") or Message("glyph.control"),
                                        col=self.column(pos, bad), hint=hint))
                return ""
            self.error(pos, Message("string.bad_format", key=Quoted(key), value=Quoted(value), hint=hint))
            return ""
        if UNPRINTABLE.search(value):
            self._unprintable(pos, key, value, "", m.get("id") if key != "id" else None)
            return ""
        return value.strip()

    def column(self, pos: Position, index: int) -> int:
        """The column of character ``index`` of the one-line value written at ``pos`` (after a quote)."""
        lines = self.source.split(b"\n", pos.line)
        if len(lines) < pos.line:
            return pos.col + index
        line = lines[pos.line - 1].decode("utf-8", "replace")
        quoted = pos.col - 1 < len(line) and line[pos.col - 1] in "\"'"
        return pos.col + index + (1 if quoted else 0)

    def _quote_not_opened(self, pos: Position, key: object, text: str) -> bool:
        """Say so when ``text``, written without quotes at ``pos``, ends with a '"' nothing opens."""
        from .yamlhints import quoted_example, unopened_quote  # only for a text ending with '"'

        lines = self.source.split(b"\n", pos.line)
        if len(lines) < pos.line or not unopened_quote(text):
            return False
        line = lines[pos.line - 1].decode("utf-8", "replace")
        if line[pos.col - 1:pos.col] in ("\"", "'"):
            return False  # written in quotes: the '"' is the author's own
        example = quoted_example(key, text.rstrip()[:-1].strip(), keep_start=True)
        self.error(pos, Message("text.quote_unopened", example=Code(example)))
        return True

    def _unprintable(self, pos: Position, key: str, text: str, lang: str, owner: object) -> None:
        """One problem naming the field, its card (or theme…) and up to three characters the font lacks."""
        chars = list(dict.fromkeys(match.group() for match in UNPRINTABLE.finditer(text)))
        named = tuple(Message("glyph.char", char=Quoted(ch), code=f"{ord(ch):04X}",
                              name=unicodedata.name(ch, "") or Message("glyph.control"))
                      for ch in chars[:3])
        of = Message("glyph.of", id=Quoted(owner)) if isinstance(owner, str) and owner else None
        self.error(pos, Message("glyph.missing", key=Quoted(key), lang=lang, of=of, chars=Listed(named)))

    def identifier(self, m: LocatedMap, key: str = "id") -> str:
        """An id made of letters, digits, '-' and '_' (empty when broken)."""
        return self.string(m, key, ID_RE, hint=ID_HINT)

    def integer(self, m: LocatedMap, key: str, low: int, high: int, what: Message = WHOLE_NUMBER,
                required: bool = True) -> int | None:
        """A whole number between ``low`` and ``high`` (None when absent or broken)."""
        if key not in m:
            return None
        value = m[key]
        written = m.as_written.get(key)
        if type(value) is int and low <= value <= high and (written is None or _DECIMAL.match(written)):
            return value
        pos = m.where(key)
        if type(value) is int and written is not None and not _DECIMAL.match(written):
            # 010 is 8 and 1:30 is 90 in YAML 1.1: never a number other than the one written
            self.error(pos, Message("integer.not_decimal", key=Quoted(key), written=Quoted(written), value=value))
            return None
        if value is None and not required:
            return None
        if isinstance(value, str) and _LEADING_ZERO.match(value):  # 08 and 09 are not octal: YAML keeps a text
            self.error(pos, Message("integer.leading_zero", key=Quoted(key), written=Quoted(value),
                                    plain=value.lstrip("+-0") or "0"))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(pos, Message("integer.not_integer", key=Quoted(key), what=what, got=type_name(value)))
            return None
        if not low <= value <= high:
            self.error(pos, Message("integer.range", key=Quoted(key), low=low, high=high, value=value))
            return None
        return value

    def boolean(self, m: LocatedMap, key: str) -> bool:
        """A true/false field (False when absent)."""
        if key not in m:
            return False
        value = m[key]
        if not isinstance(value, bool):
            self.error(m.where(key), Message("boolean.not_boolean", key=Quoted(key), got=type_name(value)))
            return False
        return value
