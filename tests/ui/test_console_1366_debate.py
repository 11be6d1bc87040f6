"""The debate page on a laptop (1366x768), five teams of the longest names (22 characters): the
argument box shows its hint whole (« Un argument court (Entrée l’ajoute) »), the chosen fact its
title and figure (nine facts in ten), and the team speaking its name whole, in French and in
English. (The argument box had 165 pixels and cut its hint after « Un argument court (En… », once
the teams' lists were widened to show a name whole; the fact's title had some 280 pixels, room for
3 of the deck's 72 facts.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame

from .conftest import open_console
from .test_console_long_names import text_room
from .test_stage_long_names import NAMES


def line_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text (or its hint) in."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 4  # Qt's own horizontal margin, 2 a side


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_argument_hint_the_fact_and_the_team_read_whole(qtbot, translations, bundled_deck, in_app_font,
                                                            lang) -> None:
    translations.set_language(lang)
    names = [NAMES[1], *NAMES[:1], *NAMES[2:5]]  # « Équipe Wagner-Mozart 2 » first: the one shown
    console = open_console(qtbot, bundled_deck, names=names)
    try:
        c = console.controller
        c.act(c.session.start_phase, "debates")
        c.act(c.session.open_round)
        c.act(c.session.assign_sides)
        for _ in range(3):
            QApplication.processEvents()
        page = console.phase.debate
        hint = page.argument_text.placeholderText()
        assert page.argument_text.fontMetrics().horizontalAdvance(hint) <= line_room(page.argument_text), hint
        team = page.argument_team
        for i in range(team.count()):
            team.setCurrentIndex(i)
            QApplication.processEvents()
            assert team.fontMetrics().horizontalAdvance(team.itemText(i)) <= text_room(team), team.itemText(i)
        # The fact's box: nine facts in ten of the deck whole with their figure (« Le même constat
        # en 14 langues (45 %) »); it had room for 3 of 72.
        edit = page.evidence_card.lineEdit()
        texts = [page.evidence_card.itemText(i) for i in range(page.evidence_card.count())]
        whole = [t for t in texts if edit.fontMetrics().horizontalAdvance(t) <= line_room(edit)]
        assert len(texts) >= 70 and len(whole) >= 0.9 * len(texts), (len(whole), len(texts), line_room(edit))
    finally:
        console.phones.turn_off()
