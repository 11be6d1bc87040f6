"""A word-wrapped label the console's left column always shows whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def fit_height(label: QLabel) -> None:
    """``label``'s minimum height follows its text and width: it is shown whole."""
    height = 0
    if label.text():
        label.setMinimumHeight(0)  # Qt's heightForWidth never answers less: a long message left it tall
        height = label.heightForWidth(max(1, label.width()))
    if height != label.minimumHeight():
        label.setMinimumHeight(height)


class ShownWhole:
    """For a label class: word-wrapped, its minimum height following its text and width (the left
    column's splitter otherwise gives it a line and a half). Put before the label class it completes."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        fit_height(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_height(self)


class WrappedLabel(ShownWhole, QLabel):
    """A word-wrapped line that is always shown whole."""
