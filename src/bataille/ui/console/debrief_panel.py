"""Controls of the debrief: what the room takes away, and who commits to what."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.console.common import compact, fill_teams, labelled
from bataille.ui.controller import SessionController


class DebriefPanel(QWidget):
    """Type a takeaway or a commitment (of the room or of a team); Enter records it."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.takeaway = QLineEdit()
        self.takeaway.setObjectName("takeawayText")
        self.takeaway_label = QLabel()
        self.takeaway_button = QPushButton()
        self.commitment = QLineEdit()
        self.commitment.setObjectName("commitmentText")
        self.commitment_label = QLabel()
        self.commitment_team = compact(QComboBox())
        self.commitment_button = QPushButton()
        self.recorded = QListWidget()
        self.box = QGroupBox()
        form = QVBoxLayout(self.box)
        form.addLayout(labelled(self.takeaway_label, self.takeaway, self.takeaway_button, stretch_last=False))
        form.addLayout(labelled(self.commitment_label, self.commitment_team, self.commitment,
                                self.commitment_button, stretch_last=False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.recorded, 1)
        for signal in (self.takeaway.returnPressed, self.takeaway_button.clicked):
            signal.connect(self.add_takeaway)
        for signal in (self.commitment.returnPressed, self.commitment_button.clicked):
            signal.connect(self.add_commitment)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def add_takeaway(self) -> None:
        if self.controller.act("add_takeaway", self.takeaway.text()):
            self.takeaway.setText("")

    def add_commitment(self) -> None:
        if self.controller.act("add_commitment", self.commitment.text(), self.commitment_team.currentData()):
            self.commitment.setText("")

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {"debrief", "teams"}:
            self.refresh()

    def refresh(self) -> None:
        state = self.controller.state
        fill_teams(self.commitment_team, state, room=self.tr("The whole room"))
        self.recorded.clear()
        for text in state.debrief.takeaways:
            self.recorded.addItem("• " + text)
        for team_id, text in state.debrief.commitments:
            who = state.team(team_id).name if team_id and state.has_team(team_id) else self.tr("The whole room")
            self.recorded.addItem(f"→ {who}: {text}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Debrief"))
        self.takeaway_label.setText(self.tr("&Takeaway:"))
        self.takeaway.setAccessibleName(self.tr("Takeaway"))
        self.takeaway_button.setText(self.tr("&Add"))
        self.takeaway_button.setAccessibleName(self.tr("Add the takeaway"))
        self.commitment_label.setText(self.tr("&Commitment:"))
        self.commitment_team.setAccessibleName(self.tr("Who commits"))
        self.commitment.setAccessibleName(self.tr("Commitment"))
        self.commitment_button.setText(self.tr("A&dd"))
        self.commitment_button.setAccessibleName(self.tr("Add the commitment"))
        self.recorded.setAccessibleName(self.tr("Takeaways and commitments"))
        self.refresh()
