"""The console's three columns (agenda, teams, phones | the phase | the stage, next, notes, history),
made to fit a small screen rather than run off it.

A laptop of 1366×768 at 150 % (common on school laptops) is a screen of 911×512 points, less its
taskbar and the window's title: about 900×450. So each side column scrolls down when the window
is too short for it (its own scroll bar, never sideways), and a window too narrow for three columns
at its text size puts the right column's panels under the left's, the primary button ("What's
next") second, under the agenda: the phase keeps the room its pages need. The choice follows the
window and the text size only, so the button stays where it is through the workshop.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter, QWidget

SIDE_MIN_HEIGHT = 120  # a side column shorter than its panels scrolls down to them
# Three columns from so many lines of text across (1008 points at 11 points: 1024 points of a
# 1024-pixel projector mirrored, yes; a laptop at 150 % of 911 points, two columns).
THREE_COLUMNS_LINES = 56


class SideColumn(QScrollArea):
    """A column of panels in a vertical splitter; scrolled down, never sideways, when the window is short."""

    def __init__(self, splitter: QSplitter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.splitter = splitter
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its panels' controls, scrolled into sight
        self.setWidget(splitter)
        # The scroll bar comes and goes with the window's height: the column widens to keep it off the panels.
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self.updateGeometry())
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A control reached by the keyboard (Tab from the phase's page too) is scrolled into sight;
        not one pressed with the mouse, which would move from under the pointer before its click."""
        if new is not None and self.widget().isAncestorOf(new) \
                and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self.ensureWidgetVisible(new, 0, 0)

    def content_width(self) -> int:
        """The panels' least width (hidden ones aside)."""
        panels = [self.splitter.widget(i) for i in range(self.splitter.count())]
        return max((least_width(p) for p in panels if not p.isHidden()), default=0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        bar = self.verticalScrollBar()
        scrolled = bar.maximum() > 0 or self.splitter.minimumSizeHint().height() > self.viewport().height()
        return QSize(self.content_width() + (bar.sizeHint().width() if scrolled else 0), SIDE_MIN_HEIGHT)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(max(self.minimumSizeHint().width(), self.splitter.sizeHint().width()),
                     self.splitter.sizeHint().height())


def least_width(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


class ConsoleColumns(QSplitter):
    """Three columns, or two on a narrow window (the right column's panels under the left's)."""

    def __init__(self, left: list[QWidget], phase: QWidget, right: list[QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.left_panels, self.right_panels = left, right
        self.phase = phase
        self.left = SideColumn(QSplitter(Qt.Orientation.Vertical))
        self.right = SideColumn(QSplitter(Qt.Orientation.Vertical))
        self.merged = False  # True: two columns, the right's panels in the left one
        self._split()
        self.addWidget(self.left)
        self.addWidget(phase)
        self.addWidget(self.right)
        self.setStretchFactor(1, 3)  # the phase takes most of what the window gains or loses,
        self.setStretchFactor(2, 1)  # the stage's picture the rest
        self.setSizes([300, 720, 340])

    def _split(self) -> None:
        """Three columns: the agenda takes what the teams and the phones leave; the notes most of the right."""
        for i, panel in enumerate(self.left_panels):
            self.left.splitter.insertWidget(i, panel)
            self.left.splitter.setStretchFactor(i, 1 if i == 0 else 0)
        for i, panel in enumerate(self.right_panels):
            self.right.splitter.addWidget(panel)
            self.right.splitter.setStretchFactor(i, (0, 0, 3, 1)[i] if i < 4 else 0)
        self.right.show()
        self.merged = False

    def _merge(self) -> None:
        """Two columns: the agenda, then what comes next (the primary button), then the rest."""
        agenda, *rest_left = self.left_panels
        shown, next_panel, *rest_right = self.right_panels
        for i, panel in enumerate([agenda, next_panel, *rest_left, shown, *rest_right]):
            self.left.splitter.insertWidget(i, panel)
            self.left.splitter.setStretchFactor(i, 0)
        self.right.hide()
        self.merged = True

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Three columns ask no more than two would: the window can be dragged narrower than three
        columns need (a laptop at 150 %), and arrange() then puts the right column's panels under
        the left's. (The three columns' own least width held the window at about 1000 points.)"""
        hint = super().minimumSizeHint()
        if self.merged:
            return hint
        panels = [p for p in (*self.left_panels, *self.right_panels) if not p.isHidden()]
        bar = self.left.verticalScrollBar().sizeHint().width()  # two columns' side one is tall: it scrolls
        two = max((least_width(p) for p in panels), default=0) + bar + self.handleWidth() + least_width(self.phase)
        return QSize(min(hint.width(), two), hint.height())

    def three_columns_width(self) -> int:
        """The least width for three columns: so many lines of text, the phase's widest page (the
        scenarios of six teams) whole beside the two side columns at that text size. The window's
        size and its text size choose, never the page shown: the primary button stayed put only
        until the deal (a page of cards wider than the one before), then went under the agenda, and
        the stage's picture out of sight, while the teams placed their cards."""
        return THREE_COLUMNS_LINES * self.fontMetrics().lineSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Three columns or two as soon as the columns have their width (the window's own resize
        comes before theirs: a console opened on a laptop kept two columns until the first action)."""
        super().resizeEvent(event)
        was = self.merged
        self.arrange()
        room = getattr(self.window(), "room_for_the_phase", None)
        if self.merged != was and room is not None:
            QTimer.singleShot(0, self, room)  # the phase's least width, for the columns now

    def arrange(self) -> int:
        """Three columns or two, for this width and text size; returns the phase's room."""
        merge = self.width() < self.three_columns_width()
        if merge and not self.merged:
            self._merge()
        elif not merge and self.merged:
            self._split()
        sides = self.left.minimumSizeHint().width() + self.handleWidth()
        if not self.merged:
            sides += self.right.minimumSizeHint().width() + self.handleWidth()
        return self.width() - sides
