"""A push button whose words wrap over a few lines: a long choice read whole on a narrow button,
its last line elided (the whole text in the tooltip) when it needs more lines than it has."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` cut at spaces into lines of ``width`` pixels at most; beyond ``max_lines``, the last
    line ends with an ellipsis (as does a word wider than a whole line)."""
    def fits(line: str) -> bool:  # the measure elidedText takes, so a line that fits is never elided
        return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) == line

    lines: list[str] = []
    words = [word for word in text.split(" ") if word]  # never at a no-break space: "100 %" stays whole
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and fits(f"{line} {words[0]}"):
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:  # more than max_lines: the rest of the text goes on the last line, elided
        lines[-1] = " ".join([lines[-1], *words])
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class WrappedButton(QPushButton):
    """A button showing ``text`` on up to ``max_lines`` lines, as wide as its layout makes it."""

    def __init__(self, text: str, max_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(text.replace("&", "&&"), parent)  # no mnemonic: the words are shown as written
        self.words = text
        self.max_lines = max_lines
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _room(self) -> tuple[int, int]:
        """The margins the style puts around a button's words, across and down."""
        style = self.style()
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, self)
        return 2 * (frame + margin) + 4, 2 * frame + 6

    def lines(self, width: int | None = None) -> list[str]:
        """The lines shown at ``width`` (the button's own width by default)."""
        across, _ = self._room()
        room = (self.width() if width is None else width) - across
        return wrap_lines(self.words, self.fontMetrics(), max(1, room), self.max_lines)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        _, down = self._room()
        return len(self.lines(width)) * self.fontMetrics().lineSpacing() + down

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = self.fontMetrics().horizontalAdvance("n" * 20)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance("n" * 8), self.fontMetrics().lineSpacing() + 12)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        lines = self.lines()
        across, _ = self._room()
        spacing = self.fontMetrics().lineSpacing()
        top = (self.height() - len(lines) * spacing) // 2
        for i, line in enumerate(lines):
            rect = self.rect().adjusted(across // 2, top + i * spacing, -(across // 2), 0)
            rect.setHeight(spacing)
            painter.drawItemText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 self.palette(), self.isEnabled(), line, self.foregroundRole())
