"""The console's clock: the phase's time in its box and, under the digits when there is one, the
debate under way (« Débat 2 : 7 min »)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

GAP = 3  # between the digits' foot and the line's capitals, and from the line to the box's edge


class ClockFace(QLabel):
    """The phase's clock (its text the time, its style the box's colour). The line under the digits
    takes no height: the box is as tall as the stacked +1 and +5 beside it, about twenty pixels more
    than its digits need (their font's ascent and descent are not ink), so the digits rise over it."""

    def __init__(self) -> None:
        super().__init__()
        self.under = QLabel(self)
        self.under.setObjectName("debateClock")
        self.under.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.under.setStyleSheet("QLabel { color: white; background: transparent; padding: 0; }")
        self.under.hide()
        self._place()

    def say_under(self, said: str) -> None:
        """The line under the digits; none when ``said`` is empty."""
        if said != self.under.text():
            self.under.setText(said)
        if bool(said) != self.under.isVisibleTo(self):
            self.under.setVisible(bool(said))
        self._place()

    def _place(self) -> None:
        if not self.under.text():  # the digits in the middle, as a clock alone
            self.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setIndent(-1)
            return
        line = self.under.fontMetrics()
        height = line.height()
        self.under.setGeometry(0, self.height() - GAP - height, self.width(), height)
        capitals = self.under.y() + line.ascent() - line.capHeight()
        digits = self.fontMetrics()
        # Bottom aligned, the indent lifts the digits' foot (their baseline) GAP above the line's capitals.
        baseline = self.contentsRect().bottom() + 1 - digits.descent()
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.setIndent(max(0, baseline - (capitals - GAP)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    # The indent lifts the digits inside the box; it does not make the box taller.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._without_indent(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._without_indent(super().minimumSizeHint())

    def _without_indent(self, size: QSize) -> QSize:
        lifted = self.indent() if self.under.text() else 0
        return QSize(size.width(), size.height() - max(0, lifted))
