"""The console's history at 1366x768: the last actions one line each, four of them whole at a
glance, each whole in its tooltip. (Long lines wrapped, two actions filled the box four or five
lines tall, and the facilitator saw one and a half.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import open_console
from .test_stage_long_names import NAMES


@pytest.mark.parametrize("phones", [False, True])
def test_four_recent_actions_read_at_a_glance(qtbot, translations, bundled_deck, in_app_font, phones) -> None:
    console = open_console(qtbot, bundled_deck, names=NAMES[:6], minutes=90)
    try:
        if phones:
            console.phones.turn_on("127.0.0.1", 0)
        c = console.controller
        c.act(c.session.start_phase, "debates")
        c.act(c.session.open_round)
        c.act(c.session.assign_sides)
        teams = [t.id for t in c.state.teams]
        for team, fact in zip(teams, c.deck.cards_of("fact", c.state.open_round.theme_id), strict=False):
            c.act(c.session.play_evidence, team, fact.id)  # « Fait joué par Les Loutres de la 4e B : « … » »
        for _ in range(3):
            QApplication.processEvents()
        listed = console.history.list
        viewport = listed.viewport().rect()
        line = listed.fontMetrics().height()
        seen = [listed.item(row) for row in range(listed.count())
                if viewport.contains(listed.visualItemRect(listed.item(row)))]
        assert len(seen) >= 4, [item.text() for item in seen]
        assert all(listed.visualItemRect(item).height() < 2 * line for item in seen)
        assert [item.toolTip() for item in seen] == [item.text() for item in seen]  # whole, when cut
        assert seen[0].text() == c.said(c.session.events[-1])
    finally:
        console.phones.turn_off()
