"""What comes next, the facilitator's notes for the current card or phase, and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import DebateCard, EventCard, FactCard
from bataille.ui.controller import VIEW, SessionController
from bataille.ui.marks import button_mark
from bataille.ui.rich_text import escape
from bataille.words import for_the_font
from bataille.workshop import describe
from bataille.workshop.events import Part

HISTORY = 40


class NextPanel(QGroupBox):
    """The one way forward: a primary button that says what it will do, or what the phase waits for."""

    def __init__(self, controller: SessionController, advance=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("nextStep")
        self.button = QPushButton()
        self.button.setObjectName("primaryAction")
        font = self.button.font()
        font.setBold(True)
        self.button.setFont(font)
        self.button.setMinimumHeight(44)
        # Its words never widen the column (the phase's controls need the room): a long one is read
        # in full in the tooltip and by a screen reader.
        self.button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.button.installEventFilter(self)  # on each resize its words are cut to fit, with "…"
        self._words, self._waiting = "", False
        layout = QVBoxLayout(self)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        self.button.clicked.connect(advance or controller.advance)
        controller.changed.connect(lambda _parts: self.refresh())
        self.retranslate()

    def refresh(self) -> None:
        step = self.controller.next_step()
        waiting = step.run is None
        self._words, self._waiting = step.label, waiting
        # A drawn "go" mark rather than a typed arrow, which the app's font does not have.
        self.button.setIcon(QIcon() if waiting else button_mark(self.button, "running"))
        self.button.setEnabled(not waiting)
        self.button.setAccessibleDescription(step.label)
        self.button.setToolTip(step.label)
        self._fit_words()

    def _fit_words(self) -> None:
        """The step's words on the button, cut at its end with "…" when the column is narrower; a
        waiting step cut so is said in full under it (a greyed button shows no tooltip to a touch)."""
        room = self.button.width() - 2 * self.button.fontMetrics().horizontalAdvance("M")
        if not self.button.icon().isNull():
            room -= self.button.iconSize().width() + 4
        room = max(1, room)
        shown = self.button.fontMetrics().elidedText(self._words, Qt.TextElideMode.ElideRight, room)
        self.button.setText(shown)
        if not self._waiting:
            self.label.setText(self.tr("The remote, PageDown or this button do it."))
        else:
            # Two lines at most (the column keeps its height): the words themselves come first.
            self.label.setText(self.tr("Enter it on the console; the button wakes up then.") if shown == self._words
                               else self._words)

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


def notes_html(controller: SessionController) -> str:
    """Notes for the facilitator: the current card's notes and prompts, else the phase's description."""
    c = controller
    lang = c.lang
    state = c.state
    parts: list[str] = []
    card = None
    rnd = state.open_round
    if rnd is not None:
        card = _card(c, rnd.card_id)
    elif c.placing is not None and state.agenda.current is not None and state.agenda.current.kind == "timeline":
        card = _card(c, c.placing[1])
    if card is not None:
        parts.append(f"<h3>{escape(card.title.get(lang))}</h3>")
        if isinstance(card, EventCard):
            parts.append(f"<p><b>{card.year}</b> — {escape(card.text.get(lang))}</p>")
        if isinstance(card, DebateCard):
            parts.append(f"<p><i>{escape(card.claim.get(lang))}</i></p>")
            parts.append(f"<p>{escape(card.context.get(lang))}</p>")
            for title, prompts in ((QCoreApplication.translate("NotesPanel", "For"), card.prompts_for), (QCoreApplication.translate("NotesPanel", "Against"), card.prompts_against)):
                if prompts:
                    items = "".join(f"<li>{escape(p.get(lang))}</li>" for p in prompts)
                    parts.append(f"<p><b>{escape(title)}</b></p><ul>{items}</ul>")
        if isinstance(card, FactCard):
            parts.append(f"<p>{escape(card.text.get(lang))}</p>")
        if card.notes:
            parts.append(f"<p>{escape(card.notes.get(lang))}</p>")
    phase = state.agenda.current
    if phase is not None and c.deck.agenda:
        for deck_phase in c.deck.agenda.phases:
            if deck_phase.id == phase.id and deck_phase.description:
                parts.append(f"<h4>{escape(deck_phase.title.get(lang))}</h4>"
                             f"<p>{escape(deck_phase.description.get(lang))}</p>")
    return "".join(parts)


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
        if parts & {Part.DEBATE, Part.TIMELINE, Part.AGENDA, VIEW, Part.SETTINGS}:
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
    """The last actions, newest first, as the engine describes them."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.list = QListWidget()
        self.list.setObjectName("history")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self).addWidget(self.list)
        controller.changed.connect(lambda _parts: self.refresh())
        self.retranslate()

    def refresh(self) -> None:
        c = self.controller
        self.list.clear()
        for event in reversed(c.session.events[-HISTORY:]):
            self.list.addItem(for_the_font(describe(event, c.lang, c.state, c.deck)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("History"))
        self.list.setAccessibleName(self.tr("History of the session"))
        self.refresh()
