"""Teams and scores, with points given or taken by hand."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.controller import SessionController
from bataille.workshop.events import Part


def swatch(colour: str, size: int = 16) -> QIcon:
    """A small square of a team's colour (always beside the team's name)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TeamsPanel(QGroupBox):
    """The teams with their colour and score; +1 / −1 for the selected team."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.list = QListWidget()
        self.list.setObjectName("teamsList")
        self.plus = QPushButton()
        self.minus = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.plus)
        buttons.addWidget(self.minus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.plus.clicked.connect(lambda: self._award(1))
        self.minus.clicked.connect(lambda: self._award(-1))
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def selected_team(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _award(self, points: int) -> None:
        team_id = self.selected_team()
        if team_id is None:
            self.controller.status.emit("error", self.tr("Select a team first."))
            return
        self.controller.act(self.controller.session.award_points, team_id, points)

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.TEAMS, Part.SCORES}:
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_team()
        self.list.clear()
        for team in self.controller.state.teams:
            text = (self.tr("%1 — %2 pt") if abs(team.score) == 1 else self.tr("%1 — %2 pts")).replace(
                "%1", team.name).replace("%2", str(team.score))
            item = QListWidgetItem(swatch(team.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            self.list.addItem(item)
            if team.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        # As tall as its teams (eight at most, then it scrolls): the rest of the column goes to the agenda.
        rows = min(max(self.list.count(), 2), 8)
        self.list.setMaximumHeight(rows * max(self.list.sizeHintForRow(0), 1) + 2 * self.list.frameWidth())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Teams and scores"))
        self.list.setAccessibleName(self.tr("Teams and scores"))
        self.plus.setText(self.tr("+1 point"))
        self.plus.setAccessibleName(self.tr("Give the selected team one point"))
        self.minus.setText(self.tr("−1 point"))
        self.minus.setAccessibleName(self.tr("Take one point from the selected team"))
        self.refresh()
