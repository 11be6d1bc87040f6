"""The controls of the current phase: one page per kind of phase, switched as the agenda moves; the
welcome's page is what to have ready while the room arrives (welcome_page.py).

A page is built the first time its phase comes (or something asks for it): a session opens on
its set-up, and the four pages built in advance cost 2.2 MiB before anyone needed them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.controller import SessionController
from bataille.workshop.events import Part
from bataille.workshop.flow import is_quick_debate, phase_title

if TYPE_CHECKING:
    from bataille.ui.console.debate_panel import DebatePanel
    from bataille.ui.console.debrief_panel import DebriefPanel
    from bataille.ui.console.scenario_panel import ScenarioPanel
    from bataille.ui.console.timeline_panel import TimelinePanel
    from bataille.ui.console.welcome_page import WelcomePage
    from bataille.ui.phones import Phones

PAGES = ("intro", "timeline", "debate", "scenario", "debrief")  # the kinds of phase that have a page


def _new_page(kind: str, controller: SessionController) -> QWidget:
    """The page of controls of a kind of phase (its module imported now, not with the console)."""
    if kind == "intro":
        from bataille.ui.console.welcome_page import WelcomePage

        return WelcomePage(controller)
    if kind == "timeline":
        from bataille.ui.console.timeline_panel import TimelinePanel

        return TimelinePanel(controller)
    if kind == "debate":
        from bataille.ui.console.debate_panel import DebatePanel

        return DebatePanel(controller)
    if kind == "scenario":
        from bataille.ui.console.scenario_panel import ScenarioPanel

        return ScenarioPanel(controller)
    from bataille.ui.console.debrief_panel import DebriefPanel

    return DebriefPanel(controller)


class PhasePanel(QGroupBox):
    """Shows the page for the phase under way (a short explanation between phases)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.idle = QLabel()
        self.idle.setWordWrap(True)
        self.idle.setObjectName("idlePage")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}  # the pages built so far, by kind of phase
        self.phones: Phones | None = None
        self.console: QWidget | None = None  # whose commands the welcome page's buttons trigger
        self.countdown: Callable[[], int] | None = None
        self.page_built: Callable[[QWidget], None] | None = None  # the console's Ctrl+Z covers a new page
        self.stack.addWidget(self.idle)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Narrower than its page (a screen narrower than 1024 px): scrolled, never cut.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        QVBoxLayout(self).addWidget(scroll)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def page(self, kind: str) -> QWidget:
        """The page of ``kind`` (one of PAGES), built on first use."""
        page = self.pages.get(kind)
        if page is None:
            page = _new_page(kind, self.controller)
            self.pages[kind] = page
            page.setParent(self.stack)  # in the stack's layout only while it is shown (refresh)
            page.hide()
            if self.page_built is not None:
                self.page_built(page)
            if self.phones is not None:
                self._attach_phones(kind, page)
            if kind == "intro" and self.console is not None:
                page.attach(self.console)
        return page

    @property
    def welcome(self) -> WelcomePage:
        return self.page("intro")

    @property
    def timeline(self) -> TimelinePanel:
        return self.page("timeline")

    @property
    def debate(self) -> DebatePanel:
        return self.page("debate")

    @property
    def scenario(self) -> ScenarioPanel:
        return self.page("scenario")

    @property
    def debrief(self) -> DebriefPanel:
        return self.page("debrief")

    def attach_phones(self, phones: Phones, countdown: Callable[[], int] | None = None) -> None:
        """The phones' server for the pages that ask the phones (debate, debrief), now and when built."""
        self.phones, self.countdown = phones, countdown
        for kind, page in self.pages.items():
            self._attach_phones(kind, page)

    def attach_console(self, console: QWidget) -> None:
        """The console, for the welcome page: its buttons trigger the console's own commands."""
        self.console = console
        if "intro" in self.pages:
            self.pages["intro"].attach(console)

    def _attach_phones(self, kind: str, page: QWidget) -> None:
        if kind == "debate":
            page.attach_phones(self.phones, self.countdown)
        elif kind == "debrief":
            page.attach_phones(self.phones)

    def needed_width(self) -> int:
        """The width that shows the current page whole, with this panel's frame and a vertical
        scroll bar (a long page has one)."""
        bar = self.scroll.verticalScrollBar()
        frame = self.width() - self.scroll.viewport().width() + (0 if bar.isVisible() else bar.sizeHint().width())
        return self.stack.minimumSizeHint().width() + frame

    @property
    def kind(self) -> str | None:
        phase = self.controller.state.agenda.current
        return phase.kind if phase else None

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.AGENDA, Part.SETTINGS}:
            self.refresh()

    def refresh(self) -> None:
        c = self.controller
        page = self.page(self.kind) if self.kind in PAGES else self.idle
        # The stack holds the page shown only: as wide and as tall as it, not as its widest or its
        # tallest (a stack asks every page its height for a width, hidden ones too: after a tall
        # scenario page, the debrief scrolled its own last button out of a 1366x768 window).
        for i in reversed(range(self.stack.count())):
            if self.stack.widget(i) is not page:
                self.stack.removeWidget(self.stack.widget(i))  # hidden, kept (self.pages)
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        phase = c.state.agenda.current
        if phase is None and c.next_step().over and is_quick_debate(c.state):
            self.setTitle(self.tr("Debate over"))
            self.idle.setText(self.tr("The debate is over, and every action is in its session file. Save "
                                      "the summary for the room: “Export the summary…”, on the right."))
        elif phase is None and c.next_step().over:
            self.setTitle(self.tr("Workshop over"))
            self.idle.setText(self.tr("The workshop is over, and every action is in its session file. Save "
                                      "the summary for the room: “Export the summary…”, on the right."))
        elif phase is None:
            self.setTitle(self.tr("Between phases"))
            step = c.next_step()
            said = step.label if step.label.endswith((".", "…", "?", "!")) else f"{step.label}."  # a sentence
            self.idle.setText(self.tr("Nothing is under way. %1").replace("%1", said))
        else:
            self.setTitle(phase_title(c.deck, phase.id, c.lang, c.state))
            if page is self.idle:
                self.idle.setText(self.tr("Talk with the room; press PageDown or “Next phase” when ready."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh()
