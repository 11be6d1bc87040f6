"""Small pieces the print dialog's forms share: a theme's icon, a millimetre spin box, labelled rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from bataille.ui.icon_paint import paint_icon


def theme_icon(path: Path, colour: str, size: int = 22) -> QIcon:
    """The theme's icon on its colour (the icons are drawn white, for the card bands)."""
    icon = QIcon()
    for px in (size, 2 * size):
        pixmap = QPixmap(px, px)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(0, 0, px, px), px * 0.2, px * 0.2)
        paint_icon(painter, path, QRectF(px * 0.14, px * 0.14, px * 0.72, px * 0.72))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def plain_label(label: str) -> str:
    """A label without its mnemonic ampersand, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mm_spin(name: str, low: float, high: float, step: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(1)
    spin.setValue(value)
    spin.setSuffix(" mm")
    spin.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
    return spin


def form_row(form: QFormLayout, field: QWidget) -> QLabel:
    label = QLabel()
    label.setBuddy(field)  # Alt+letter of the label moves to the field
    form.addRow(label, field)
    return label


def pair_row(first: tuple[QLabel, QWidget], second: tuple[QLabel, QWidget]) -> QWidget:
    """Two labelled fields side by side on one form row (width and height, X and Y)."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for label, field in (first, second):
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(field, 1)
    row = QWidget()
    row.setLayout(layout)
    return row


def select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
