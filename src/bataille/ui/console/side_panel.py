"""What comes next, the facilitator's notes for the current card or phase, and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import DebateCard, EventCard, FactCard
from bataille.ui.console.presses import StepPace
from bataille.ui.controller import VIEW, SessionController
from bataille.ui.marks import button_mark
from bataille.ui.rich_text import escape
from bataille.words import for_the_font, typeset_french
from bataille.workshop.events import Part
from bataille.workshop.flow import followed_path

HISTORY = 40
HISTORY_ROWS = 4  # the actions the history shows whole at 1366x768


class NextPanel(QGroupBox):
    """The one way forward: a primary button that says what it will do, or what the phase waits for;
    once the workshop is over, the summary's export (the same action as Session › Export the Summary…)."""

    def __init__(self, controller: SessionController, advance=None, export: QAction | None = None,
                 pace: StepPace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.export = export
        self.pace = pace  # the step just run by the first click of a double-click: no export by its second
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("nextStep")
        self.button = QPushButton()
        self.button.setObjectName("primaryAction")
        font = self.button.font()
        font.setBold(True)
        self.button.setFont(font)
        # Two lines of words fit ("Next phase:" over the phase's name, where one line is too short);
        # the same height with one, so the column never jumps.
        self.button.setMinimumHeight(max(44, 2 * self.button.fontMetrics().lineSpacing() + 14))
        # Its words never widen the column (the phase's controls need the room): a long one is read
        # in full in the tooltip and by a screen reader.
        self.button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.button.installEventFilter(self)  # on each resize its words are laid out again
        self._words, self._waiting, self._hint, self._over = "", False, "", False
        self.saved: str = ""  # the name of the summary last exported, said under the button once over
        layout = QVBoxLayout(self)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        self._advance = advance or controller.advance
        self.button.clicked.connect(self.press)
        controller.changed.connect(lambda _parts: self.refresh())
        controller.stepChanged.connect(self.refresh)
        self.retranslate()

    def press(self) -> None:
        """What the button says: the next step, or once the workshop is over the summary's export
        (PageDown too: it did nothing under a button that promised it)."""
        if self._over:
            if self.pace is None or not self.pace.holds():
                self.export.trigger()
        else:
            self._advance()

    def refresh(self) -> None:
        step = self.controller.next_step()
        self._over = step.over and self.export is not None
        if self._over:  # nothing to start or go on with: what a facilitator does next is keep the summary
            # The menu's command (Session › Export the Summary…) in a button's sentence case; its
            # mnemonic is the menu's, not the button's.
            words = self.tr("E&xport the summary…").replace("&", "")
        else:
            words = step.label
        waiting = step.run is None and not self._over
        hint = step.hint
        if not step.over:  # taken back (Ctrl+Z): a summary saved before no longer holds it all
            self.saved = ""
        elif self.saved:  # kept: say so, rather than ask for it again
            hint = self.tr("Summary saved: %1. Another format? The same button.").replace("%1", self.saved)
        self._words, self._waiting, self._hint = words, waiting, hint
        # A drawn "go" mark rather than a typed arrow, which the app's font does not have.
        self.button.setIcon(QIcon() if waiting or self._over else button_mark(self.button, "running"))
        self.button.setEnabled(not waiting)
        self.button.setAccessibleDescription(words)
        self.button.setToolTip(words)
        self._fit_words()

    def summary_saved(self, name: str) -> None:
        """The summary was exported as ``name``: once the session is over, the words under the
        button say it is kept."""
        self.saved = name
        self.refresh()

    def _fit_words(self) -> None:
        """The step's words on the button, on two lines when one is too short (the phase's name on a
        line of its own after "Next phase:"), three when two would cut a word, cut with "…" only when
        three are too short; a step cut so is said in full under it (a greyed button shows no tooltip
        to a touch; a larger font, or a laptop at 125 %, cut "Next step: Welcome…" on a button that runs)."""
        room = self.button.width() - 2 * self.button.fontMetrics().horizontalAdvance("M")
        if not self.button.icon().isNull():
            room -= self.button.iconSize().width() + 4
        shown = fit_lines(self._words, self.button.fontMetrics(), max(1, room))
        self.button.setText(shown)
        cut = shown.replace("\n", " ") != self._words
        # Two lines at most under it (the column keeps its height): the words themselves come first.
        self.label.setText(self._words if cut else self._hint)
        # As tall as its lines at this width (three in a narrow column): the splitter gives the
        # panel that height rather than cutting the last line.
        self.label.setMinimumHeight(self.label.heightForWidth(max(1, self.label.width())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.button and event.type() == QEvent.Type.Resize:
            self._fit_words()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("What comes next"))
        self.button.setAccessibleName(self.tr("Take the next step"))
        self.refresh()


def fit_lines(words: str, metrics: QFontMetrics, room: int) -> str:
    """``words`` within ``room`` pixels: one line when it fits; else two whole lines, broken before a
    bracket that comes ahead of any colon ("Close the vote and show it" / "(answers: 28 · closes in
    0:30)": not between "answers:" and its number), or after its colon (a label and its name, "Next
    phase: Welcome"), or at the last space that leaves both whole; else three lines, the last ending
    with "…" only when still too long (« Distribuer les cartes de la fri… » hid « 4 par équipe »)."""
    def fits(text: str) -> bool:
        return metrics.horizontalAdvance(text) <= room

    if fits(words):
        return words
    colon, bracket = words.find(": "), words.find(" (")
    if 0 < bracket and (colon < 0 or bracket < colon) and fits(words[:bracket]) and fits(words[bracket + 1:]):
        return words[:bracket] + "\n" + words[bracket + 1:]
    if 0 < colon and fits(words[:colon + 1]) and fits(words[colon + 2:]):
        return words[:colon + 1] + "\n" + words[colon + 2:]
    spaces = [i for i, ch in enumerate(words) if ch == " " and fits(words[:i])]
    for i in reversed(spaces):
        if fits(words[i + 1:]):
            return words[:i] + "\n" + words[i + 1:]
    lines, rest = [], words
    while len(lines) < 2 and not fits(rest):
        cut = [i for i, ch in enumerate(rest) if ch == " " and fits(rest[:i])]
        if not cut:
            break
        lines.append(rest[:cut[-1]])
        rest = rest[cut[-1] + 1:]
    return "\n".join([*lines, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)])


def notes_html(controller: SessionController) -> str:
    """Notes for the facilitator: the current card's notes and prompts, else the phase's description."""
    c = controller
    lang = c.lang
    state = c.state
    parts: list[str] = []
    card = None
    rnd = state.open_round
    phase = state.agenda.current
    if rnd is not None and phase is not None and phase.kind == "debate":  # a file may hold one left open
        card = _card(c, rnd.card_id)
    elif c.placing is not None and state.agenda.current is not None and state.agenda.current.kind == "timeline":
        card = _card(c, c.placing[1])
    if card is not None:
        parts.append(f"<h3>{deck_text(card.title.get(lang), lang)}</h3>")
        if isinstance(card, EventCard):
            parts.append(f"<p><b>{card.year}</b> — {deck_text(card.text.get(lang), lang)}</p>")
        if isinstance(card, DebateCard):
            parts.append(f"<p><i>{deck_text(card.claim.get(lang), lang)}</i></p>")
            parts.append(f"<p>{deck_text(card.context.get(lang), lang)}</p>")
            for title, prompts in ((QCoreApplication.translate("NotesPanel", "For"), card.prompts_for), (QCoreApplication.translate("NotesPanel", "Against"), card.prompts_against)):
                if prompts:
                    items = "".join(f"<li>{deck_text(p.get(lang), lang)}</li>" for p in prompts)
                    parts.append(f"<p><b>{escape(title)}</b></p><ul>{items}</ul>")
        if isinstance(card, FactCard):
            parts.append(f"<p>{deck_text(card.text.get(lang), lang)}</p>")
        if card.notes:
            parts.append(f"<p>{deck_text(card.notes.get(lang), lang)}</p>")
    if phase is not None and phase.kind == "scenario":
        parts += _scenario_notes(c)
    if phase is not None and c.deck.agenda and not c.quick_debate:  # a quick debate is not its phase's five rounds
        for deck_phase in c.deck.agenda.phases:
            if deck_phase.id == phase.id and deck_phase.description:
                parts.append(f"<h4>{deck_text(deck_phase.title.get(lang), lang)}</h4>"
                             f"<p>{deck_text(deck_phase.description.get(lang), lang)}</p>")
    return "".join(parts)


def _scenario_notes(c: SessionController) -> list[str]:
    """The scenario the stage shows, to read aloud: its introduction before the first decision
    (the situation the choices play out in), its epilogue once the last one is taken; the room
    split between futures, every epilogue once all are taken (the stage shows them side by side)."""
    endings = c.state.endings
    if len(endings) > 1:
        return [note for scenario_id, _teams in endings for note in _ending_notes(c, scenario_id)]
    path = followed_path(c.state, c.consequence_of, c.scenario_team)  # the stage's
    if path is None:
        return []
    try:
        scenario = c.deck.scenario(path.scenario_id)
    except KeyError:
        return []
    lang = c.lang
    team = next((t.name for t in c.state.teams if t.id == path.team_id), "")
    title = f"{team} — {scenario.title.get(lang)}" if team else scenario.title.get(lang)  # as on the stage
    notes = [f"<h3>{deck_text(title, lang)}</h3>"]
    if scenario.intro.get(lang):
        notes.append(f"<p>{deck_text(scenario.intro.get(lang), lang)}</p>")
    if path.finished and scenario.epilogue.get(lang):
        notes.append(f"<p><i>{deck_text(scenario.epilogue.get(lang), lang)}</i></p>")
    return notes


def _ending_notes(c: SessionController, scenario_id: str) -> list[str]:
    try:
        scenario = c.deck.scenario(scenario_id)
    except KeyError:
        return []
    notes = [f"<h3>{deck_text(scenario.title.get(c.lang), c.lang)}</h3>"]
    if scenario.epilogue.get(c.lang):
        notes.append(f"<p><i>{deck_text(scenario.epilogue.get(c.lang), c.lang)}</i></p>")
    return notes


def deck_text(text: str, lang: str) -> str:
    """A deck's words for the notes, as HTML: French typography applied (a plain space before ; : ! ?
    typed in a deck becomes the no-break one, so no line starts with the mark), in the app's font."""
    return escape(for_the_font(typeset_french(text) if lang == "fr" else text))


def _card(controller: SessionController, card_id: str):
    try:
        return controller.deck.card(card_id)
    except KeyError:
        return None


class NotesPanel(QGroupBox):
    """Facilitator notes (never on the stage)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view = QTextBrowser()
        self.view.setObjectName("notes")
        self.view.setOpenLinks(False)
        QVBoxLayout(self).addWidget(self.view)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.DEBATE, Part.TIMELINE, Part.AGENDA, Part.SCENARIO, VIEW, Part.SETTINGS}:
            self.refresh()

    def refresh(self) -> None:
        text = notes_html(self.controller)
        empty = self.tr("No notes for this moment.")  # outside the f-string, where lupdate finds it
        self.view.setHtml(text or f"<p>{escape(empty)}</p>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Facilitator notes"))
        self.view.setAccessibleName(self.tr("Facilitator notes"))
        self.refresh()


class HistoryPanel(QGroupBox):
    """The last actions, newest first, as the engine describes them; and, at the place of an abrupt
    stop, the recovery banner's note (``note_recovery``), which Enter or a double-click shows again."""

    recoveryAsked = Signal()  # the recovery's line activated: its banner, on screen again

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.recovered: tuple[int, str] | None = None  # (actions before the stop, what its banner says)
        self.list = QListWidget()
        self.list.setObjectName("history")
        # One line an action, cut at its end (its tooltip holds it whole): at 1366x768, wrapped
        # lines made two actions four or five lines tall, and the box showed one and a half.
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self).addWidget(self.list)
        self._fit_rows()
        self.list.itemActivated.connect(self._activated)
        controller.changed.connect(lambda _parts: self.refresh())
        self.retranslate()

    def note_recovery(self, after_actions: int, said: str) -> None:
        """The session came back after an abrupt stop, after its first ``after_actions`` actions: a line
        there, ``said`` whole in its tooltip (kept after the banner has gone)."""
        self.recovered = (after_actions, said)
        self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) == "recovery":
            self.recoveryAsked.emit()

    def _fit_rows(self) -> None:
        """Room for four actions whole, at least (the notes above give it up first)."""
        row = max(QFontMetrics(self.list.font()).height(), self.list.iconSize().height()) + 2
        self.list.setMinimumHeight(HISTORY_ROWS * row + 2 * self.list.frameWidth())

    def refresh(self) -> None:
        c = self.controller
        self.list.clear()
        events = c.session.events
        first = max(0, len(events) - HISTORY)
        at = min(self.recovered[0], len(events)) if self.recovered is not None else -1  # (undone since: on top)
        for number in range(len(events) - 1, first - 1, -1):
            if number + 1 == at:  # the stop came after this action
                self._add_recovery()
            said = for_the_font(c.said(events[number], number))  # a redo said as one
            self.list.addItem(said)
            self.list.item(self.list.count() - 1).setToolTip(said)
        if 0 <= at <= first:  # older than the actions shown (or before any): last, never lost
            self._add_recovery()

    def _add_recovery(self) -> None:
        item = QListWidgetItem(self.tr("Session recovered after an abrupt stop (double-click: its note again)"))
        item.setData(Qt.ItemDataRole.UserRole, "recovery")
        item.setToolTip(for_the_font(self.recovered[1]))
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        self.list.addItem(item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("History"))
        self.list.setAccessibleName(self.tr("History of the session"))
        self.refresh()
