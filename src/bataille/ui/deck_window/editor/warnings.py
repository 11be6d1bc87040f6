"""Warnings the editor lists under its problems, each leading to its field: a text the printed card
cannot hold (of every card: ``print_fit``, a card at a time, the card shown at once), and a text the
projected stage would cut (for the scenario shown, laid out on the stage a picture at a time, a while
after the typing stops).

The deck runs with them; the room would not read the end of the text. Not the whole stage on every key:
the browse page's panel checks the whole deck once saved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from bataille.ui.deck_window.editor.form import tr, translate
from bataille.ui.deck_window.editor.sliced import SlicedWatch

STAGE_DELAY_MS = 600  # after the last change: the typing goes on undisturbed
STAGE_SLICE_S = 0.04  # the stage laid out in pieces this long at most: the window answers in between


@dataclass(frozen=True)
class FieldWarning:
    """A text that would be cut: what to say, the item it is about and its field in it, its place."""

    text: str
    where: tuple  # (file, key path) of the item (a card) or of the field itself
    field: tuple | None  # the field in the item, when ``where`` is the item's
    line: int
    col: int


def line_of(text: str | None, *paths: tuple) -> tuple[int, int]:
    """(line, column) where the first of ``paths`` written in ``text`` starts; (1, 1) when none is."""
    from bataille.deck.editing.nodes import node_at, tree

    try:
        root = tree(text or "")
    except Exception:  # noqa: BLE001 - a file that does not read has no line for the field
        return 1, 1
    for path in paths:
        node = node_at(root, tuple(path))
        if node is not None:
            return node.start_mark.line + 1, node.start_mark.column + 1
    return 1, 1


def card_warnings(draft, where, said: list[tuple[str, str, object]]) -> list[FieldWarning]:
    """The printed card's warnings of the card at ``where`` (file, ("cards", i)): ``said`` is (field,
    language, FitProblem), as the cards page found them; each said in the interface's language now (it
    may have changed since the card was laid out)."""
    from bataille.ui.deck_window.editor.card_page import fit_message
    from bataille.ui.deck_window.editor.marks import _labels_for
    from bataille.ui.i18n import interface_language

    file, path = where
    labels = _labels_for(file)
    found, ui_lang = [], interface_language()
    for name, lang, problem in said:
        message = fit_message(problem, ui_lang)
        line, col = line_of(draft.texts.get(file), (*path, name, lang), (*path, name))
        label = tr(labels[name]) if name in labels else name
        text = translate("DeckEditor", "Will not fit on the printed card, “%1” (%2): %3") \
            .replace("%1", label).replace("%2", lang).replace("%3", message)
        found.append(FieldWarning(f"{file}:{line}:{col}: {text}", (file, tuple(path)), (name, lang), line, col))
    return found


def card_wheres(cards) -> dict[str, tuple]:
    """Card id -> (file, ("cards", i)) of each card the editor's list of cards shows."""
    from bataille.ui.deck_window.editor.card_rows import IdRole, WhereRole

    rows = (cards.list.item(r) for r in range(cards.list.count()))
    return {item.data(IdRole): item.data(WhereRole) for item in rows if item.data(WhereRole) is not None}


def editor_warnings(editor) -> list[FieldWarning]:
    """What the printed card cannot hold, of each card that has such a text (in the order of the list of
    cards); what the stage would cut of the scenario shown."""
    found = []
    if editor.cards is not None:
        wheres = card_wheres(editor.cards.cards)
        for card_id, where in wheres.items():
            if editor.card_fits.get(card_id):
                found += card_warnings(editor.draft, where, editor.card_fits[card_id])
    return found + editor.stage.warnings()


class StageWatch(SlicedWatch):
    """What the projected stage would cut of the scenario the editor shows: laid out ``STAGE_DELAY_MS``
    after the last change, a picture at a time between the window's events; ``found`` when said."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(STAGE_DELAY_MS, STAGE_SLICE_S, parent)
        self.cuts: list = []  # stage_fit.StageCut of the scenario last laid out
        self.scenario: tuple[str, str] | None = None  # (file, id) of the scenario they are about
        self._wanted: tuple | None = None

    def watch(self, draft, file: str | None, scenario_id: object) -> None:
        """The scenario ``scenario_id`` of ``file`` is shown (None: no scenario): laid out again soon."""
        self._check = None
        self._slice.stop()
        if not file or not isinstance(scenario_id, str):
            self._delay.stop()
            self._wanted = None
            self._said([], None)
            return
        if self.scenario is not None and self.scenario != (file, scenario_id):
            self._said([], None)  # another scenario: the last one's warnings are not about it
        self._wanted = (draft, file, scenario_id)
        self._delay.start()

    def stop(self) -> None:
        self._delay.stop()
        self._slice.stop()
        self._check = None
        self._wanted = None

    def _start(self) -> None:
        from bataille.ui.deck_window.stage_fit import stage_check

        if self._wanted is None:
            return
        draft, file, scenario_id = self._wanted
        deck = draft.deck  # None while the deck has problems: those come first, and the stage cannot be laid out
        if deck is None or not any(s.id == scenario_id for s in deck.scenarios):
            self._said([], (file, scenario_id))
            return
        self._check = stage_check(deck, QGuiApplication.font(), only=scenario_id, texts=dict(draft.texts))
        self._file = file
        self._go_on()

    def _done(self, cuts: list) -> None:
        self._said(cuts, (self._file, self._wanted[2]) if self._wanted else None)

    def _said(self, cuts: list, scenario) -> None:
        changed = cuts != self.cuts or scenario != self.scenario
        self.cuts, self.scenario = list(cuts), scenario
        if changed:
            self.found.emit()

    def warnings(self) -> list[FieldWarning]:
        from bataille.ui.deck_window.problems import cut_said

        return [FieldWarning(f"{c.file}:{c.line}:{c.col}: {cut_said(c)}", (c.file, tuple(c.keys)), None, c.line, c.col)
                for c in self.cuts]

    def marks(self) -> dict[tuple, list[str]]:
        """(file, key path) of each field cut -> what is said of it: the field's amber mark and tooltip."""
        from bataille.ui.deck_window.problems import cut_said

        marks: dict[tuple, list[str]] = {}
        for c in self.cuts:
            marks.setdefault((c.file, tuple(c.keys)), []).append(cut_said(c))
        return marks


def heading(problems: int, warnings: int, dirty: bool, no_field: bool) -> str:
    """Above the list: how many problems and warnings, what choosing one does; else whether edits wait."""
    if problems == 0 and warnings == 0:
        return translate("DeckEditor", "No problem; your edits are not saved yet (Ctrl+S saves them).") if dirty \
            else translate("DeckEditor", "No problem: every edit is saved, and the deck can be run.")
    if problems == 0:
        return translate("DeckEditor", "The deck can be run, but 1 text would be cut: choose it to go to its field") \
            if warnings == 1 else translate("DeckEditor", "The deck can be run, but %1 texts would be cut: choose one to "
                                            "go to its field").replace("%1", str(warnings))
    if no_field:  # a YAML error has a line, not a field
        said = translate("DeckEditor", "1 problem: choose it to go to its field or its line") if problems == 1 else \
            translate("DeckEditor", "%1 problems: choose one to go to its field or its line").replace("%1", str(problems))
    else:
        said = translate("DeckEditor", "1 problem: choose it to go to its field") if problems == 1 else \
            translate("DeckEditor", "%1 problems: choose one to go to its field").replace("%1", str(problems))
    if warnings:
        said += translate("DeckEditor", " (and 1 text that would be cut)") if warnings == 1 else \
            translate("DeckEditor", " (and %1 texts that would be cut)").replace("%1", str(warnings))
    return said
