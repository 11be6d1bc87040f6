"""What a look at the deck window on a small screen would catch, measured: a text cut in a list, a
label narrower than its words, a form running off to the right, a control out of reach.

Used by test_deck_window_small_screens.py (in this process) and test_deck_window_scaled.py (in a
child process at 125 % and 150 % display scaling)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)


def settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def whole(widget: QWidget) -> bool:
    """Shown, and not cut by a scroll area or the window's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def cut_rows(view: QListWidget) -> list[str]:
    """The rows of ``view`` whose text does not show whole where the style draws it: a word wider than
    the room beside the icon, or more wrapped lines than the row's height holds (then Qt draws "…")."""
    cut = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(view.count()):
        item = view.item(row)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.decorationSize = view.iconSize()
        view.itemDelegate().initStyleOption(option, view.indexFromItem(item))
        option.rect = view.visualItemRect(item)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        room = text.width() - 2 * margin
        metrics = QFontMetrics(option.font)
        words = item.text().split()
        wrapped = metrics.boundingRect(QRect(0, 0, max(1, room), 10 ** 5), Qt.TextFlag.TextWordWrap, item.text())
        if max(metrics.horizontalAdvance(w) for w in words) > room or wrapped.height() > text.height() + 1:
            cut.append(item.text())
    return cut


def cut_combo(combo: QComboBox) -> list[str]:
    """The choices of ``combo`` wider than the box's text field (shown as "Tous les" for "Tous les types")."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    return [combo.itemText(i) for i in range(combo.count()) if metrics.horizontalAdvance(combo.itemText(i)) > field.width()]


def cut_labels(widget: QWidget) -> list[str]:
    """Visible labels narrower than a word of theirs, or shorter than their wrapped lines."""
    cut = []
    for label in widget.findChildren(QLabel):
        if not label.isVisibleTo(widget) or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if label.wordWrap():
            too_narrow = max(label.fontMetrics().horizontalAdvance(w) for w in label.text().split()) > label.width()
            if too_narrow or label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
        elif label.width() < label.minimumSizeHint().width():
            cut.append(label.text())
    return cut


def sideways(widget: QWidget) -> list[str]:
    """The visible scroll areas under ``widget`` whose content is wider than their view (cut at the right,
    or scrolled sideways)."""
    return [area.objectName() or type(area.widget()).__name__ for area in widget.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
            and (area.horizontalScrollBar().maximum() > 0 or area.widget().width() > area.viewport().width())]


def least_within(window: QWidget, size: tuple[int, int]) -> bool:
    least = window.minimumSizeHint()
    return least.width() <= size[0] and least.height() <= size[1]
