"""The press that closes a debate, gives its points and opens the next said every action on the
status line (« Les Hiboux : +3 points · … · Débat 1 clos · Débat 2 : … · Camps attribués (débat 2) »):
at 1366×768, with five teams of long names, it ran out of room. It now says it short and whole
(« Débat 1 clos : +3 points à 3 équipes · Débat 2 ouvert »); the history keeps each action."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QListWidget

from .conftest import open_console
from .test_debate_by_next import _click

NAMES = ("Les Incroyables Hiboux", "Les Renards du Plateau", "Les Lynx de la Vallée", "Les Loutres Joyeuses",
         "Les Castors Bâtisseurs")
SAID = {"fr": "Débat 1 clos\u00a0: +3 points à {n} équipes · Débat 2 ouvert",
        "en": "Debate 1 closed: +3 points to {n} teams · Debate 2 opened"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_closing_a_debate_and_opening_the_next_is_said_short_and_whole(qtbot, translations, bundled_deck, lang):
    translations.set_language(lang)
    console = open_console(qtbot, bundled_deck, NAMES)
    c, forward = console.controller, console.next_panel.button
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)  # opens debate 1, its sides drawn
    debate = console.phase.debate
    debate.votes["before"].set_counts(6, 5, 3)
    debate.record("before")
    _click(qtbot, forward)  # shows the vote before
    debate.votes["after"].set_counts(4, 9, 1)  # "against" moved the room
    debate.record("after")
    _click(qtbot, forward)  # shows the vote after
    winners = [t for t, side in c.state.open_round.sides if side == "against"]
    assert len(winners) >= 2
    _click(qtbot, forward)  # closes debate 1 (its winners given their points) and opens debate 2
    QApplication.processEvents()
    line = console.status_line
    assert line.text() == SAID[lang].format(n=len(winners))
    assert line.shown_text() == line.text()  # whole, beside « Projection : affichée »
    box = console.findChild(QListWidget, "history")
    history = [box.item(i).text() for i in range(box.count())]
    for team in winners:  # each team's points stay in the history
        assert any(c.state.team(team).name in h and "+3" in h for h in history), history
    other = "en" if lang == "fr" else "fr"
    translations.set_language(other)  # the line of what the last press did is said again in the new language
    qtbot.waitUntil(lambda: line.text() == SAID[other].format(n=len(winners)), timeout=3000)
