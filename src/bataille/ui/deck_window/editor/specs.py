"""What each part of a deck holds, declared once for the forms: cards of each kind, themes, scenarios, agenda.

The keys are the deck format's own (``docs/deck-format.md``); the labels are English sources
translated in the "DeckEditor" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from bataille.ui.deck_window.editor.form import Spec


def _text() -> dict:
    return {"fr": "", "en": ""}


def _source() -> dict:
    return {"title": "", "publisher": "", "year": 2025, "url": "https://"}


SOURCE = (
    Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title"), "string"),
    Spec("lang", QT_TRANSLATE_NOOP("DeckEditor", "Language of the title"), "choice", choices="title_languages",
         tip=QT_TRANSLATE_NOOP("DeckEditor", "Said after the title in a list of sources written in another "
                                             "language, such as the English summary")),
    Spec("publisher", QT_TRANSLATE_NOOP("DeckEditor", "Author or publisher"), "name"),
    Spec("year", QT_TRANSLATE_NOOP("DeckEditor", "Year"), "int", low=1800, high=2100, optional=True),
    Spec("url", QT_TRANSLATE_NOOP("DeckEditor", "Address (URL)"), "string", extra="url"),
    Spec("checked", QT_TRANSLATE_NOOP("DeckEditor", "Checked (month)"), "string", extra="checked",
         tip=QT_TRANSLATE_NOOP("DeckEditor", "The month the address was last opened and read, as 2026-03")),
)

SOURCES = Spec("sources", QT_TRANSLATE_NOOP("DeckEditor", "Sources"), "list", SOURCE, _source,
               item_label=QT_TRANSLATE_NOOP("DeckEditor", "Source %1"),
               add_label=QT_TRANSLATE_NOOP("DeckEditor", "+ Source"))
THEME_CHOICE = Spec("theme", QT_TRANSLATE_NOOP("DeckEditor", "Theme"), "choice", choices="themes")
NOTES = Spec("notes", QT_TRANSLATE_NOOP("DeckEditor", "Facilitator notes"), "long")

CARD_SPECS: dict[str, tuple[Spec, ...]] = {
    "fact": (
        Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
        THEME_CHOICE,
        Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title")),
        Spec("figure", QT_TRANSLATE_NOOP("DeckEditor", "Key figure")),
        Spec("text", QT_TRANSLATE_NOOP("DeckEditor", "Text"), "long"),
        Spec("contested", QT_TRANSLATE_NOOP("DeckEditor", "Contested figure"), "bool"),
        SOURCES,
        NOTES,
    ),
    "debate": (
        Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
        THEME_CHOICE,
        Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title")),
        Spec("claim", QT_TRANSLATE_NOOP("DeckEditor", "Claim"), "long"),
        Spec("context", QT_TRANSLATE_NOOP("DeckEditor", "Context"), "long"),
        Spec("prompts_for", QT_TRANSLATE_NOOP("DeckEditor", "Arguments for"), "texts", new=_text,
             item_label=QT_TRANSLATE_NOOP("DeckEditor", "Argument %1"),
             add_label=QT_TRANSLATE_NOOP("DeckEditor", "+ Argument")),
        Spec("prompts_against", QT_TRANSLATE_NOOP("DeckEditor", "Arguments against"), "texts", new=_text,
             item_label=QT_TRANSLATE_NOOP("DeckEditor", "Argument %1"),
             add_label=QT_TRANSLATE_NOOP("DeckEditor", "+ Argument")),
        NOTES,
    ),
    "event": (
        Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
        THEME_CHOICE,
        Spec("year", QT_TRANSLATE_NOOP("DeckEditor", "Year"), "int", low=1, high=2100, optional=True),
        Spec("month", QT_TRANSLATE_NOOP("DeckEditor", "Month (1–12)"), "int", low=1, high=12, optional=True),
        Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title")),
        Spec("text", QT_TRANSLATE_NOOP("DeckEditor", "Text"), "long"),
        SOURCES,
        NOTES,
    ),
}

THEME = (
    Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
    Spec("name", QT_TRANSLATE_NOOP("DeckEditor", "Name")),
    Spec("colour", QT_TRANSLATE_NOOP("DeckEditor", "Colour"), "string", extra="colour"),
    Spec("icon", QT_TRANSLATE_NOOP("DeckEditor", "Icon"), "string", extra="icon"),
    Spec("description", QT_TRANSLATE_NOOP("DeckEditor", "Description"), "long"),
)

DECK = (
    Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
    Spec("version", QT_TRANSLATE_NOOP("DeckEditor", "Version"), "string"),
    Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title")),
)

OPTION = (
    Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
    Spec("label", QT_TRANSLATE_NOOP("DeckEditor", "Option")),
    Spec("consequence", QT_TRANSLATE_NOOP("DeckEditor", "Consequence"), "long"),
    Spec("effects", QT_TRANSLATE_NOOP("DeckEditor", "Effects on indicators"), "string", extra="effects"),
)


def _option() -> dict:
    return {"id": "", "label": _text(), "consequence": _text(), "effects": {}}


DECISION = (
    Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
    Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title")),
    Spec("situation", QT_TRANSLATE_NOOP("DeckEditor", "Situation"), "long"),
    Spec("options", QT_TRANSLATE_NOOP("DeckEditor", "Options"), "list", OPTION, _option,
         add_label=QT_TRANSLATE_NOOP("DeckEditor", "+ Option")),
)


def _decision() -> dict:
    return {"id": "", "title": _text(), "situation": _text(), "options": [_option(), _option()]}


INDICATOR = (
    Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
    Spec("name", QT_TRANSLATE_NOOP("DeckEditor", "Name")),
    Spec("start", QT_TRANSLATE_NOOP("DeckEditor", "Starting value"), "int", low=-10, high=10),
    Spec("description", QT_TRANSLATE_NOOP("DeckEditor", "Description"), "long"),
)


def _indicator() -> dict:
    return {"id": "", "name": _text(), "start": 0}


SCENARIO = (
    Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
    Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title")),
    Spec("intro", QT_TRANSLATE_NOOP("DeckEditor", "Introduction"), "long"),
    Spec("indicators", QT_TRANSLATE_NOOP("DeckEditor", "Indicators"), "list", INDICATOR, _indicator,
         add_label=QT_TRANSLATE_NOOP("DeckEditor", "+ Indicator")),
    Spec("decisions", QT_TRANSLATE_NOOP("DeckEditor", "Decisions"), "list", DECISION, _decision,
         add_label=QT_TRANSLATE_NOOP("DeckEditor", "+ Decision")),
    Spec("epilogue", QT_TRANSLATE_NOOP("DeckEditor", "Epilogue"), "long"),
)


# The id a new item of these lists is given, the first free one: a new scenario (or a decision, an option,
# an indicator added) has no id to type before it means anything, nor two decisions "with the same id" "".
ITEM_IDS = {"indicators": "indicator-{n}", "decisions": "decision-{n}", "options": "{letter}", "phases": "phase-{n}"}


def with_id(key: str, item: object, siblings: list) -> object:
    """``item`` new in the list ``key`` beside ``siblings``: its empty id made the first one they do not have."""
    if key not in ITEM_IDS or not isinstance(item, dict) or item.get("id") != "":
        return item
    taken = {str(s.get("id")) for s in siblings if isinstance(s, dict)}
    n = 1
    while (fresh := ITEM_IDS[key].format(n=n, letter=_letters(n))) in taken:
        n += 1
    if key == "decisions":
        options: list = []
        for option in item.get("options", []):
            options.append(with_id("options", option, options))
        item = {**item, "options": options}
    return {**item, "id": fresh}


def _letters(n: int) -> str:
    """a, b, … z, aa, ab…: the options' ids, as the bundled scenarios write them."""
    return _letters((n - 1) // 26) + "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] if n > 0 else ""


def new_scenario(scenario_id: str) -> dict:
    decisions: list = []
    for _ in range(2):
        decisions.append(with_id("decisions", _decision(), decisions))
    return {"id": scenario_id, "title": _text(), "intro": _text(), "indicators": [with_id("indicators", _indicator(), [])],
            "decisions": decisions}


PHASE = (
    Spec("id", QT_TRANSLATE_NOOP("DeckEditor", "Id"), "string"),
    Spec("kind", QT_TRANSLATE_NOOP("DeckEditor", "Kind"), "choice", choices="phase_kinds"),
    Spec("minutes", QT_TRANSLATE_NOOP("DeckEditor", "Minutes"), "int", low=1, high=600),
    Spec("title", QT_TRANSLATE_NOOP("DeckEditor", "Title")),
    Spec("description", QT_TRANSLATE_NOOP("DeckEditor", "Description"), "long"),
)


def _phase() -> dict:
    return {"id": "", "kind": "intro", "minutes": 10, "title": _text()}


AGENDA = (Spec("phases", QT_TRANSLATE_NOOP("DeckEditor", "Phases"), "list", PHASE, _phase,
                 add_label=QT_TRANSLATE_NOOP("DeckEditor", "+ Phase")),)

PHASE_KIND_LABELS = {
    "intro": QT_TRANSLATE_NOOP("DeckEditor", "Welcome"),
    "timeline": QT_TRANSLATE_NOOP("DeckEditor", "Timeline"),
    "debate": QT_TRANSLATE_NOOP("DeckEditor", "Debates"),
    "scenario": QT_TRANSLATE_NOOP("DeckEditor", "Scenarios"),
    "debrief": QT_TRANSLATE_NOOP("DeckEditor", "Debrief"),
    "break": QT_TRANSLATE_NOOP("DeckEditor", "Break"),
}
KIND_LABELS = {
    "fact": QT_TRANSLATE_NOOP("DeckEditor", "Fact"),
    "debate": QT_TRANSLATE_NOOP("DeckEditor", "Debate"),
    "event": QT_TRANSLATE_NOOP("DeckEditor", "Event"),
}
