"""Cards from a spreadsheet: one row per card, one column per field and language.

The header names the columns: ``id, kind, theme, year, month, contested``, a text field and its
language (``title_fr``, ``text_en``, ``prompts_for_fr``: one prompt per line of the cell), and
a source's fields (``source_title``, ``source_year``, ``source_note_fr``…; ``source2_…`` for a
second source). Any ``source_<key>`` passes through, so a new key of sources needs no change here.
The rows become cards in a draft, checked by the deck's own checker; a problem is told at the
row's line, and when there is one, the draft is left as it was.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from ..models import CARD_KINDS
from ..problems import did_you_mean
from .cards import CardError
from .words import Message

TEXT_FIELDS = ("title", "text", "figure", "claim", "context", "notes")
LIST_FIELDS = ("prompts_for", "prompts_against")
PLAIN_FIELDS = ("id", "kind", "theme", "year", "month", "contested")
SOURCE_COLUMN = re.compile(r"^source(\d*)_([a-z][a-z0-9_]*)$")
YES = {"yes", "true", "oui", "vrai", "1", "x"}
NO = {"no", "false", "non", "faux", "0", ""}


@dataclass(frozen=True)
class RowProblem:
    """A row (or the header, line 1) that cannot become a card."""

    line: int
    wording: Message | object  # a Message of ours, or a deck Problem's wording

    def message(self, lang: str) -> str:
        render = getattr(self.wording, "render", None)
        return render(lang) if callable(render) else self.wording.message_in(lang)  # type: ignore[union-attr]


class ImportRefused(Exception):
    """Rows that cannot become cards; nothing was added."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__(f"rows that cannot become cards: {len(self.problems)}")

    def lines(self, name: str, lang: str) -> list[str]:
        """Each problem as ``name:LINE: message`` in ``lang``."""
        return [f"{name}:{p.line}: {p.message(lang)}" for p in self.problems]


def read_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the (line, cells) of each row that is not blank; the delimiter (, ; or tab) is guessed."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    line = 1
    for cells in reader:
        if header is None:
            header = [c.strip() for c in cells]
        elif any(c.strip() for c in cells):
            rows.append((line, cells))
        line = reader.line_num + 1
    return header or [], rows


def check_header(header: list[str], languages: tuple[str, ...]) -> list[RowProblem]:
    """A problem (line 1) for each column that names no field."""
    known = [*PLAIN_FIELDS, *(f"{f}_{lang}" for f in (*TEXT_FIELDS, *LIST_FIELDS) for lang in languages)]
    problems = []
    for name in header:
        if name and name not in known and not SOURCE_COLUMN.match(name):
            problems.append(RowProblem(1, Message("csv.unknown_column", column=name,
                                                  hint=did_you_mean(name, known) or "")))
    if "kind" not in header:
        problems.append(RowProblem(1, Message("csv.no_kind_column", choices=", ".join(CARD_KINDS))))
    return problems


def card_of_row(cells: dict[str, str], languages: tuple[str, ...]) -> dict:
    """The card a row describes, as plain data in the deck's key order (empty cells left out)."""
    card: dict = {}
    for key in ("id", "kind", "theme"):
        if cells.get(key, "").strip():
            card[key] = cells[key].strip()
    for key in ("year", "month"):
        if cells.get(key, "").strip():
            card[key] = _number(cells[key])
    for field in TEXT_FIELDS:
        texts = {lang: cells[f"{field}_{lang}"].strip() for lang in languages if f"{field}_{lang}" in cells}
        if any(texts.values()):
            card[field] = texts
    if cells.get("contested", "").strip():
        value = cells["contested"].strip().lower()
        card["contested"] = True if value in YES else False if value in NO else cells["contested"].strip()
    for field in LIST_FIELDS:
        per_lang = {lang: [p.strip() for p in cells.get(f"{field}_{lang}", "").splitlines() if p.strip()]
                    for lang in languages}
        count = max((len(v) for v in per_lang.values()), default=0)
        if count:
            card[field] = [{lang: (v[i] if i < len(v) else "") for lang, v in per_lang.items()}
                           for i in range(count)]
    sources = _sources(cells, languages)
    if sources:
        card["sources"] = sources
    return card


def _number(cell: str) -> int | str:
    text = cell.strip()
    return int(text) if re.fullmatch(r"-?\d{1,6}", text) else text


def _sources(cells: dict[str, str], languages: tuple[str, ...]) -> list[dict]:
    """``source_publisher`` is a name written once; ``source_publisher_fr``, ``…_en`` a text in each language,
    the name (when given too) filling the languages without a column."""
    found: dict[int, dict] = {}
    texts: dict[tuple[int, str], dict[str, str]] = {}
    for column, value in cells.items():
        m = SOURCE_COLUMN.match(column)
        if not m or not value.strip():
            continue
        number = int(m.group(1) or 1)
        source = found.setdefault(number, {})
        key = m.group(2)
        lang = key.rsplit("_", 1)[-1] if "_" in key else None
        if lang in languages:
            texts.setdefault((number, key.rsplit("_", 1)[0]), {})[lang] = value.strip()
        else:
            source[key] = _number(value) if key == "year" else value.strip()
    for (number, key), by_lang in texts.items():
        once = found[number].get(key)
        found[number][key] = {lang: by_lang.get(lang, once) for lang in languages
                              if lang in by_lang or isinstance(once, str)}
    return [found[n] for n in sorted(found)]


def row_problems(line: int, card: dict, themes: list[str]) -> list[RowProblem]:
    """What keeps a row from being placed in the deck at all (its kind, its theme)."""
    kind = card.get("kind")
    if kind not in CARD_KINDS:
        return [RowProblem(line, Message("csv.bad_kind", kind=kind or "", choices=", ".join(CARD_KINDS)))]
    theme = card.get("theme")
    if theme is None and kind != "event":
        return [RowProblem(line, Message("csv.no_theme"))]
    if theme is not None and theme not in themes:
        return [RowProblem(line, Message("csv.unknown_theme", theme=theme, themes=", ".join(themes),
                                         hint=did_you_mean(theme, themes) or ""))]
    return []


def import_cards(draft, text: str) -> list[str]:  # noqa: ANN001 - a Draft (imported by it)
    """Add the cards of the CSV ``text`` to ``draft`` as one step; return their ids.

    Raises ``ImportRefused`` (the draft unchanged) when the header or any row is wrong, or when
    a card made from a row has a problem the deck's checker finds.
    """
    if draft.problems:
        key = "csv.deck_has_problems.one" if len(draft.problems) == 1 else "csv.deck_has_problems.many"
        raise ImportRefused([RowProblem(1, Message(key, count=len(draft.problems)))])
    languages = draft.languages()
    header, rows = read_rows(text)
    problems = check_header(header, languages)
    if not rows and not problems:
        problems.append(RowProblem(1, Message("csv.no_rows")))
    if problems:
        raise ImportRefused(problems)
    themes = draft.theme_ids()
    cards: list[tuple[int, dict]] = []
    for line, cells in rows:
        card = card_of_row(dict(zip(header, cells, strict=False)), languages)
        problems += row_problems(line, card, themes)
        cards.append((line, card))
    if problems:
        raise ImportRefused(problems)
    return _add_and_check(draft, cards)


def _add_and_check(draft, cards: list[tuple[int, dict]]) -> list[str]:  # noqa: ANN001
    line_of: dict[str, int] = {}
    try:
        with draft.one_step():
            for line, card in cards:
                theme = card.get("theme")
                card = {"id": draft.unique_id(card.get("id") or f"{theme or 'event'}-{card['kind']}"), **card} \
                    if not card.get("id") or card["id"] in draft.card_ids() else card
                rel = draft._file_for(card["kind"], theme)
                index = len(draft._card_nodes(rel)) if rel else 0
                line_of[draft.add_card_data(card, rel, index, theme)] = line
    except CardError as exc:
        raise ImportRefused([RowProblem(1, exc.wording)]) from exc
    at = {draft.where_of_card(card_id): line for card_id, line in line_of.items()}
    problems = []
    for p in draft.problems:
        place = (p.where[0], p.where[1][:2]) if p.where else None
        problems.append(RowProblem(at.get(place, 1), p.problem.wording or p.problem.message))
    if problems:
        draft.undo()
        draft.forget_redo()
        raise ImportRefused(problems)
    return list(line_of)
