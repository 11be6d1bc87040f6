"""The controls of the current phase: one page per kind of phase, switched as the agenda moves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from bataille.ui.console.debate_panel import DebatePanel
from bataille.ui.console.debrief_panel import DebriefPanel
from bataille.ui.console.scenario_panel import ScenarioPanel
from bataille.ui.console.timeline_panel import TimelinePanel
from bataille.ui.controller import SessionController
from bataille.workshop.events import Part
from bataille.workshop.flow import phase_title


class PhasePanel(QGroupBox):
    """Shows the page for the phase under way (a short explanation between phases)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.idle = QLabel()
        self.idle.setWordWrap(True)
        self.idle.setObjectName("idlePage")
        self.timeline = TimelinePanel(controller)
        self.debate = DebatePanel(controller)
        self.scenario = ScenarioPanel(controller)
        self.debrief = DebriefPanel(controller)
        self.stack = QStackedWidget()
        self.pages = {"timeline": self.timeline, "debate": self.debate, "scenario": self.scenario,
                      "debrief": self.debrief}
        self.stack.addWidget(self.idle)
        for page in self.pages.values():
            self.stack.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self).addWidget(scroll)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    @property
    def kind(self) -> str | None:
        phase = self.controller.state.agenda.current
        return phase.kind if phase else None

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.AGENDA, Part.SETTINGS}:
            self.refresh()

    def refresh(self) -> None:
        c = self.controller
        page = self.pages.get(self.kind or "", self.idle)
        self.stack.setCurrentWidget(page)
        phase = c.state.agenda.current
        if phase is None:
            self.setTitle(self.tr("Between phases"))
            step = c.next_step()
            self.idle.setText(self.tr("Nothing is under way. Next: %1").replace("%1", step.label))
        else:
            self.setTitle(phase_title(c.deck, phase.id, c.lang))
            if page is self.idle:
                self.idle.setText(self.tr("Talk with the room; press PgDown or “Next phase” when ready."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh()
