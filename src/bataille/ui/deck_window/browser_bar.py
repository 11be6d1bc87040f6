"""The browser's bar: groups of controls (the search, the kind, the language, print and edit) in one row
where they fit, else in as many rows as they need, each group whole.

At 150 % display scaling a laptop's window is about 895 points wide: in one row the search field
shrank to nothing and the kind's box read "Tous les"; a group is never squeezed below its own width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

GAP = 12  # between two groups of a row


class FlowBar(QWidget):
    """Groups of widgets laid out in rows, as many groups a row as the width holds; the first group of
    each row (the search) takes the room left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[QWidget] = []
        self.stretched: set[int] = set()
        self.rows_layout = QVBoxLayout(self)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(6)
        self.rows: list[list[int]] = []

    def add_group(self, widgets: list[QWidget], stretch: bool = False) -> QWidget:
        """A group of ``widgets`` side by side, kept together; ``stretch``: it takes the room a row leaves."""
        group = QWidget()
        layout = QHBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if stretch and widget is widgets[-1] else 0)
        if stretch:
            self.stretched.add(len(self.groups))
        self.groups.append(group)
        self.rows = []
        self.arrange(self.width())
        return group

    def _least(self, index: int) -> int:
        group = self.groups[index]
        return max(group.minimumSizeHint().width(), group.minimumWidth())

    def _wanted(self, index: int) -> int:
        """A group's width in a row: its own size, the search its least (it takes what is left)."""
        group = self.groups[index]
        return self._least(index) if index in self.stretched else max(group.sizeHint().width(), self._least(index))

    def one_row_width(self) -> int:
        return sum(self._wanted(i) for i in range(len(self.groups))) + GAP * max(0, len(self.groups) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widest = max((self._wanted(i) for i in range(len(self.groups))), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.one_row_width(), super().sizeHint().height())

    def arrange(self, width: int) -> None:
        """Fill each row with the groups that fit, in order."""
        rows: list[list[int]] = []
        used = 0
        for i in range(len(self.groups)):
            need = self._wanted(i)
            if rows and used + GAP + need <= width:
                rows[-1].append(i)
                used += GAP + need
            else:
                rows.append([i])
                used = need
        if rows == self.rows:
            return
        self.rows = rows
        while self.rows_layout.count():
            row = self.rows_layout.takeAt(0).layout()
            while row is not None and row.count():
                row.takeAt(0)
            if row is not None:
                row.deleteLater()
        for indices in rows:
            row = QHBoxLayout()
            row.setSpacing(GAP)
            for i in indices:
                row.addWidget(self.groups[i], 1 if i in self.stretched else 0)
            if not any(i in self.stretched for i in indices):
                row.addStretch(1)
            self.rows_layout.addLayout(row)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.arrange(event.size().width())
