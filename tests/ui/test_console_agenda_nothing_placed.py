"""A timeline phase ended with no card placed read « terminée » in the console's agenda, its mark the
one of a phase played. Nothing of it was: its mark is the one of a phase passed over, and it says
« passée, aucune carte posée », as the summary does; one card placed is enough for « terminée ».
Real widgets on a real session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bataille.ui.marks import list_mark

from .conftest import open_console


def _image(icon):
    return icon.pixmap(16, 16).toImage()


@pytest.mark.parametrize("placed", [False, True])
def test_a_timeline_ended_with_no_card_placed_reads_as_passed_over(qtbot, translations, bundled_deck, placed):
    window = open_console(qtbot, bundled_deck)
    try:
        c, phases = window.controller, window.agenda.phases
        c.act(c.session.skip_phase, "welcome")
        c.act(c.session.start_phase, "timeline")
        if not c.state.timeline.dealt:
            c.act(c.session.deal_timeline, None, 7)
        if placed:
            team = c.state.teams[0].id
            c.act(c.session.place_card, team, c.state.timeline.hand(team)[0], 0)
        c.act(c.session.end_phase)
        row = [phases.item(i).data(Qt.ItemDataRole.UserRole) for i in range(phases.count())].index("timeline")
        item = phases.item(row)
        assert c.state.agenda.phase("timeline").status == "done"  # what the session records
        said = "terminée" if placed else "passée, aucune carte posée"
        status = "done" if placed else "skipped"
        assert item.toolTip() == f"La frise de l’IA\u00a0: {said}"
        assert item.data(Qt.ItemDataRole.AccessibleTextRole).endswith(f"({said})")
        assert _image(item.icon()) == _image(list_mark(phases, status))
        assert _image(item.icon()) != _image(list_mark(phases, "skipped" if placed else "done"))
    finally:
        window.phones.turn_off()
