"""Teams and scores: points given or taken by hand, a team renamed.

No team is chosen until the facilitator clicks one: a hurried « −1 point » never goes to whichever
team happens to be first, and the buttons name the team they act on; given while a debate is open,
the points are that debate's (the summary lists them under it). A team is renamed in place
(double-click, F2 or « Rename »), by the engine's rule (``rename_team``: any time, the same length
and no two teams of one name, refused in the interface's language), one Ctrl+Z undoing it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.controller import SessionController
from bataille.workshop.actions_setup import MAX_NAME
from bataille.workshop.events import Part

TEAM_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the team's name alone: the line shows its score too


def swatch(colour: str, size: int = 16) -> QIcon:
    """A small square of a team's colour (always beside the team's name)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class NameEditor(QStyledItemDelegate):
    """Edits a team's name in its line, then asks the session for it (the list shows the state only)."""

    renamed = Signal(str, str)  # (team id, name typed)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("teamNameEditor")
        editor.setMaxLength(MAX_NAME)  # as on the start screen: the stage shows the name whole
        editor.setAccessibleName(self.tr("Team name"))
        editor.setToolTip(self.tr("Up to %1 characters: Enter renames the team, Esc leaves it").replace(
            "%1", str(MAX_NAME)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(NAME_ROLE) or "")
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        # The model is not written: the session renames the team and the list is drawn from its state.
        if isinstance(editor, QLineEdit) and index.data(TEAM_ROLE):
            self.renamed.emit(index.data(TEAM_ROLE), editor.text())


class TeamsPanel(QGroupBox):
    """The teams with their colour and score; +1 / −1 and Rename for the team clicked."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.list = QListWidget()
        self.list.setObjectName("teamsList")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)  # F2
        self.editor = NameEditor(self)  # outlives the list, whose editor it made
        self.list.setItemDelegate(self.editor)
        # Queued: the list is drawn again from the state once its editor has closed.
        self.editor.renamed.connect(self.rename, Qt.ConnectionType.QueuedConnection)
        self.plus = QPushButton()
        self.minus = QPushButton()
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameTeam")
        buttons = QHBoxLayout()
        buttons.addWidget(self.plus)
        buttons.addWidget(self.minus)
        buttons.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.plus.clicked.connect(lambda: self._award(1))
        self.minus.clicked.connect(lambda: self._award(-1))
        self.rename_button.clicked.connect(self.edit_name)
        self.list.itemSelectionChanged.connect(self._name_buttons)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def selected_team(self) -> str | None:
        """The team the facilitator clicked (None until one is: no team is chosen for them)."""
        items = self.list.selectedItems()
        return items[0].data(TEAM_ROLE) if items else None

    def _award(self, points: int) -> None:
        team_id = self.selected_team()
        if team_id is None:
            self.controller.status.emit("error", self.tr("Select a team first."))
            return
        # Given during an open debate, the points are that debate's (the summary says which);
        # the reason is left empty: the summary words it « points donnés à la main ».
        self.controller.act(self.controller.session.award_points, team_id, points, round_no=self._open_debate())

    def _open_debate(self) -> int | None:
        """The number of the debate open now, unless another kind of phase is under way."""
        state = self.controller.state
        rnd, phase = state.open_round, state.agenda.current
        return rnd.number if rnd is not None and (phase is None or phase.kind == "debate") else None

    def edit_name(self) -> None:
        """The selected team's name, in its line, to type over (Enter renames, Esc leaves it)."""
        items = self.list.selectedItems()
        if not items:
            self.controller.status.emit("error", self.tr("Select a team first."))
            return
        if not self.controller.may_change():  # a finished workshop opened again: asked before the name is typed
            return
        self.list.setFocus()
        self.list.editItem(items[0])

    def rename(self, team_id: str, name: str) -> None:
        """Ask the session to rename ``team_id``: it refuses an empty, too long or taken name, and
        the status line says why in the interface's language. The same name again is no change."""
        if not self.controller.state.has_team(team_id):
            return
        if " ".join(name.split()) == self.controller.state.team(team_id).name:
            return
        self.controller.act(self.controller.session.rename_team, team_id, name)

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.TEAMS, Part.SCORES}:
            self.refresh()

    def refresh(self) -> None:
        if self.list.state() == QAbstractItemView.State.EditingState:
            # A name being typed (a score may change meanwhile): the list is drawn once it is given.
            QTimer.singleShot(250, self, self.refresh)
            return
        keep = self.selected_team()
        self.list.blockSignals(True)
        self.list.clear()
        for team in self.controller.state.teams:
            text = (self.tr("%1 — %2 pt") if abs(team.score) == 1 else self.tr("%1 — %2 pts")).replace(
                "%1", team.name).replace("%2", str(team.score))
            item = QListWidgetItem(swatch(team.colour), text)
            item.setData(TEAM_ROLE, team.id)
            item.setData(NAME_ROLE, team.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if team.id == keep:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._name_buttons()
        # As tall as its teams (eight at most, then it scrolls): the rest of the column goes to the agenda.
        rows = min(max(self.list.count(), 2), 8)
        self.list.setMaximumHeight(rows * max(self.list.sizeHintForRow(0), 1) + 2 * self.list.frameWidth())

    def _name_buttons(self) -> None:
        """The buttons act on the team clicked, and say which; none chosen, they wait for one."""
        team_id = self.selected_team()
        name = self.controller.state.team(team_id).name if team_id and self.controller.state.has_team(team_id) else ""
        for button, text, none in (
                (self.plus, self.tr("Give %1 one point"), self.tr("Give the selected team one point")),
                (self.minus, self.tr("Take one point from %1"), self.tr("Take one point from the selected team")),
                (self.rename_button, self.tr("Rename %1 (or double-click it, or F2)"),
                 self.tr("Rename the selected team (or double-click it, or F2)"))):
            button.setEnabled(bool(name))
            said = text.replace("%1", name) if name else none
            button.setAccessibleName(said)
            button.setToolTip(said if name else self.tr("Click a team first"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Teams and scores"))
        self.list.setAccessibleName(self.tr("Teams and scores"))
        self.list.setToolTip(self.tr("Click a team to give or take a point; double-click it (or F2) to rename it"))
        self.plus.setText(self.tr("+1 point"))
        self.minus.setText(self.tr("−1 point"))
        self.rename_button.setText(self.tr("Rename"))
        self.refresh()
