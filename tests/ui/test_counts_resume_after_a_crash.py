"""The app killed while counts were typed for a vote and not recorded, started again.

A real child process runs the console on a session file: a debate is open and the facilitator has
typed the hands counted for the vote before it (12 / 9 / 5), without recording them; the child is
killed with SIGKILL. Reopened on the recovered file, the counts are back in their boxes and the
recovery banner says so; "next" records them. Recorded, emptied, or the session closed properly,
nothing is brought back.
"""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, open_session
from bataille.ui.settings import CountsLeft, Settings
from bataille.ui.start.launch import Launcher
from bataille.workshop import SystemClock

from . import console_killed

TYPED = """
c.act(c.session.start_phase, "debates")
c.advance()  # the debate opens
app.processEvents()
console.phase.debate.votes["before"].set_counts(12, 9, 5)
app.processEvents()
print("ready", c.state.open_round.number, flush=True)
app.exec()
"""


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _reopen(qtbot, translations, deck, path):
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.run(open_session(path, deck, SystemClock()))
    qtbot.addWidget(console.stage)
    return console


def test_counts_typed_and_not_recorded_come_back_in_their_boxes(qtbot, translations, deck, tmp_path,
                                                                isolated_settings):
    path = tmp_path / "atelier.bataille"
    (number,) = console_killed.killed_when_ready(TYPED, path, isolated_settings)
    left = Settings().counts_left()
    assert left is not None and left.round == int(number) and left.counts == (("before", (12, 9, 5)),)

    console = _reopen(qtbot, translations, deck, path)
    try:
        c = console.controller
        debate = console.phase.debate
        assert c.state.open_round.number == int(number) and c.state.open_round.before is None
        assert debate.votes["before"].counts() == {"agree": 12, "disagree": 9, "undecided": 5}
        qtbot.waitExposed(console)
        qtbot.waitUntil(lambda: "de nouveau dans leurs cases" in console.recovery_banner.detail.text(), timeout=5000)
        assert ("Les chiffres saisis pour le vote avant le débat, non enregistrés, sont de nouveau dans leurs "
                "cases\u00a0: 12\u00a0d’accord, 9\u00a0pas d’accord, 5\u00a0indécis.") in console.recovery_banner.detail.text()
        c.advance()  # "next" records them and shows them, as it would have before the stop
        assert c.state.open_round.before.total.agree == 12 and c.state.open_round.revealed_before
        assert Settings().counts_left() is None  # recorded: nothing left to bring back
        console.close()
    finally:
        close_session(console.controller.session)


def test_counts_are_forgotten_once_emptied_or_the_session_closed(qtbot, translations, deck, tmp_path,
                                                                 isolated_settings):
    path = tmp_path / "atelier.bataille"
    console_killed.killed_when_ready(TYPED, path, isolated_settings)
    console = _reopen(qtbot, translations, deck, path)
    try:
        debate = console.phase.debate
        debate.votes["before"].set_counts(0, 0, 0)
        assert Settings().counts_left() is None
        debate.votes["before"].set_counts(3, 2, 1)
        assert Settings().counts_left().counts == (("before", (3, 2, 1)),)
        assert not console.close()  # a vote under way (counts typed): the console asks first
        console.mid_vote.question.reject()  # and keeps counting
        debate.record("before")  # recorded: nothing is kept
        assert Settings().counts_left() is None
        assert console.controller.state.open_round.before.total.agree == 3
        assert console.close()  # nothing under way: closed at once
    finally:
        close_session(console.controller.session)


def test_counts_of_another_session_or_debate_are_not_brought_back(qtbot, translations, deck, tmp_path,
                                                                  isolated_settings):
    path = tmp_path / "atelier.bataille"
    (number,) = console_killed.killed_when_ready(TYPED, path, isolated_settings)
    left = Settings().counts_left()
    Settings().set_counts_left(CountsLeft(left.seed, int(number) + 1, left.counts, left.at))  # another debate
    console = _reopen(qtbot, translations, deck, path)
    try:
        assert console.phase.debate.votes["before"].counts() == {"agree": 0, "disagree": 0, "undecided": 0}
        console.close()
    finally:
        close_session(console.controller.session)
    other = tmp_path / "autre.bataille"
    console_killed.killed_when_ready(TYPED, other, isolated_settings)  # its counts left as another session's
    Settings().set_counts_left(CountsLeft("another session", int(number), left.counts, left.at))
    console = _reopen(qtbot, translations, deck, other)
    try:
        assert console.phase.debate.votes["before"].counts() == {"agree": 0, "disagree": 0, "undecided": 0}
    finally:
        console.close()
        close_session(console.controller.session)
