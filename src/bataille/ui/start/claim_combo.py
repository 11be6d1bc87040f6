"""The quick debate's card list: the chosen card ends in "…" when longer than the field, never cut.

A debate's title is a claim: cut mid-word ("Étiqueter tout c") it reads as another one. The field
shows what fits and "…", its tooltip and the open list give every entry whole (the list as wide as
its longest entry, within the screen), and the start screen writes the card's claim out in full
below it. A plain QComboBox until the deck is there: this module, QStyle and its enums are imported
after the start screen's first paint (see StartWindow._complete).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class _ElidedField(QObject):
    """Paints its combo box's chosen entry ending in "…" when the field is too narrow for it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QComboBox):
            return False
        text = watched.currentText()
        if not text or watched.isEditable():
            return False
        painter = QStylePainter(watched)
        option = QStyleOptionComboBox()
        watched.initStyleOption(option)
        field = watched.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                               QStyle.SubControl.SC_ComboBoxEditField, watched)
        option.currentText = watched.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, field.width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        return True  # painted: Qt's own paint would cut the entry mid-word


def elide_entries(combo: QComboBox) -> None:
    """From now on ``combo`` shows its chosen entry whole or ending in "…", the whole in its tooltip."""
    combo.installEventFilter(_ElidedField(combo))
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


def widen_list(combo: QComboBox) -> None:
    """The open list as wide as its longest entry (within the screen), whatever the field's width."""
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    screen = combo.screen().availableGeometry().width()
    combo.view().setMinimumWidth(min(widest + 4 * metrics.averageCharWidth() + 24, screen - 16))
