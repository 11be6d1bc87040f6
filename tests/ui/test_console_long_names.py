"""Team names of the longest a session takes (22 characters, ``MAX_NAME``), eight teams, at 1366x768:
the debate page's team menus (who argues, who plays a fact) show each name whole; they were 120
pixels wide and cut every name after 15 characters or so (« Les Loutres de la 4e B » read « Les
Loutres »). At 1024 pixels the page still fits its column (the menus then give way)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QStyle, QStyleOptionComboBox

from .conftest import open_console
from .test_stage_long_names import NAMES


def text_room(combo: QComboBox) -> int:
    """The width the combo's text has to be drawn in, its swatch taken away."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width() - combo.iconSize().width() - 4


def debate_page(qtbot, deck, size):
    console = open_console(qtbot, deck, names=NAMES)
    console.resize(*size)
    qtbot.waitUntil(lambda: console.width() == size[0])
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    c.act(c.session.assign_sides)
    for _ in range(3):  # the page shown, then the columns given their widths
        QApplication.processEvents()
    return console


def test_the_debate_page_team_menus_show_long_names_whole(qtbot, translations, bundled_deck, in_app_font) -> None:
    console = debate_page(qtbot, bundled_deck, (1366, 768))
    try:
        page = console.phase.debate
        cut = []
        for combo in (page.argument_team,):  # the team speaking: its argument, its fact
            for i in range(combo.count()):
                combo.setCurrentIndex(i)
                QApplication.processEvents()
                need = combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                if need > text_room(combo):
                    cut.append((combo.accessibleName(), combo.itemText(i), need, text_room(combo)))
        assert cut == []
        assert page.argument_text.width() >= 150  # the argument's own box keeps room to type in
    finally:
        console.phones.turn_off()


@pytest.mark.parametrize("size", [(1280, 680), (1024, 700)])
def test_long_names_do_not_widen_the_debate_page_past_its_column(qtbot, translations, bundled_deck, in_app_font,
                                                                size) -> None:
    console = debate_page(qtbot, bundled_deck, size)
    try:
        scroll = console.phase.findChild(QScrollArea)
        page = console.phase.stack.currentWidget()
        assert page.minimumSizeHint().width() <= scroll.viewport().width()
        assert not scroll.horizontalScrollBar().isVisible()
    finally:
        console.phones.turn_off()
