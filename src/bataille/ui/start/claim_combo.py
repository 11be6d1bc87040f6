"""The quick debate's card list: the chosen card ends in "…" when longer than the field, never cut.

A debate's title is a claim: cut mid-word ("Étiqueter tout c") it reads as another one. The field
shows what fits and "…", its tooltip and the open list give every entry whole (the list as wide as
its longest entry, within the screen), and the start screen writes the card's claim out in full
below it. Imported by the start screen's first paint: Qt's namespace of enums waits for an entry.
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidedCombo(QComboBox):
    """A combo box whose chosen entry ends in "…" when the field is too narrow for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)  # the whole entry, whatever the field shows

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        text = self.currentText()
        if not text or self.isEditable():
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt  # once there is an entry: after the first paint

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, field.width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        """The open list as wide as its longest entry (within the screen), whatever the field's width."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        screen = self.screen().availableGeometry().width()
        self.view().setMinimumWidth(min(widest + 4 * metrics.averageCharWidth() + 24, screen - 16))
        super().showPopup()
