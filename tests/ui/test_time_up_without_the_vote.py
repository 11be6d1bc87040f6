"""Time up, a debate open and its vote not taken: the big button, PageDown and Space waited for counts
(« En attente du vote avant », the button greyed out); now they close the debate without that vote
and move on, the button saying so in one sentence. Counts typed are taken first; with Phones on, the
phones are not asked any more. Real widgets, real keys, a real session file, the session's manual
clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.storage.reader import read_session
from bataille.workshop.flow import phase_title

from .conftest import deliberately, go_to_phase
from .test_console_words import quick  # noqa: F401 - the fixture


def _key(qtbot, console, key) -> None:
    deliberately(qtbot, console)  # after looking at what the last press did: not a double-click
    qtbot.keyClick(console, key)


def _debate_opened(qtbot, console):
    """The phases before the debates skipped, the debates started, a debate opened by PageDown."""
    c = console.controller
    go_to_phase(c)  # the phases before skipped, the debates started
    _key(qtbot, console, Qt.Key.Key_PageDown)
    assert c.state.open_round is not None
    return c


def _over_time(console) -> None:
    c = console.controller
    c.session.clock.advance(c.state.agenda.current.remaining(c.session.now()) + 1)
    c._on_tick()  # the clock's wake-up: time is up, the console turns red


def _said(console) -> tuple[str, str]:
    """The big button's words (whole) and the hint under it."""
    QApplication.processEvents()
    panel = console.next_panel
    return panel.button.toolTip(), panel.label.text()


def _kinds(c) -> list[str]:
    return [type(e).__name__ for e in read_session(c.session.store.path)]


def test_time_up_before_the_vote_pagedown_closes_the_debate_and_moves_on(qtbot, file_console) -> None:
    console = file_console
    c = _debate_opened(qtbot, console)
    following = c.state.agenda.next_pending
    title = phase_title(c.deck, following.id, c.lang, c.state)
    assert not console.next_panel.button.isEnabled()  # with time left it waits for the vote, as before
    _over_time(console)
    label, hint = _said(console)
    assert console.next_panel.button.isEnabled()
    assert label == f"Clore sans vote, puis étape suivante\u00a0: {title}", label
    assert hint.startswith("Temps écoulé") and "saisissez d’abord le vote" in hint, hint
    _key(qtbot, console, Qt.Key.Key_PageDown)  # one press, no question: the clock has said to move on
    assert console.leave_guard.question is None
    assert c.state.agenda.current.id == following.id
    rnd = c.state.rounds[0]
    assert rnd.closed and rnd.before is None and rnd.after is None
    assert console.status_line.text().startswith("Débat 1 clos")
    assert _kinds(c)[-2:] == ["RoundClosed", "PhaseStarted"]  # the file says what happened
    assert not any("Débat 1" in t for t in console.stage.build().texts())  # the stage follows


def test_space_does_it_too_and_counts_typed_are_taken_first(qtbot, file_console) -> None:
    console = file_console
    c = _debate_opened(qtbot, console)
    debate = console.phase.debate
    _over_time(console)
    debate.votes["before"].set_counts(8, 5, 2)  # the room had raised its hands: counted
    assert _said(console)[0] == "Enregistrer et dévoiler le vote avant"
    _key(qtbot, console, Qt.Key.Key_Space)
    rnd = c.state.open_round
    assert rnd.revealed_before and (rnd.before.total.agree, rnd.before.total.disagree) == (8, 5)
    label, _hint = _said(console)
    assert label.startswith("Clore sans le vote après, puis étape suivante"), label
    _key(qtbot, console, Qt.Key.Key_Space)
    first = c.state.rounds[0]
    assert first.closed and first.before.total.undecided == 2 and first.after is None
    assert c.state.agenda.current.kind != "debate"
    assert _kinds(c)[-4:] == ["VoteRecorded", "VotesRevealed", "RoundClosed", "PhaseStarted"]


def test_time_up_with_phones_on_does_not_ask_them_but_moves_on(qtbot, console) -> None:
    c = _debate_opened(qtbot, console)
    console.phones.turn_on("127.0.0.1", 0)
    qtbot.waitUntil(lambda: console.phones.on, timeout=5000)
    assert _said(console)[0] == "Demander le vote avant aux téléphones"  # with time left
    _over_time(console)
    assert _said(console)[0].startswith("Clore sans vote"), _said(console)
    _key(qtbot, console, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: c.state.open_round is None, timeout=5000)
    assert console.phones.asking is None and c.state.agenda.current.kind != "debate"


def test_in_english(qtbot, console, translations) -> None:
    translations.set_language("en")
    c = _debate_opened(qtbot, console)
    _over_time(console)
    label, hint = _said(console)
    assert label.startswith("Close without a vote, then next phase: "), label
    assert hint == "Time is up: PageDown moves on, or enter the counts of the vote first."
    console.phase.debate.votes["before"].set_counts(3, 1, 0)
    _key(qtbot, console, Qt.Key.Key_PageDown)
    assert c.state.open_round.revealed_before
    assert _said(console)[0].startswith("Close without the vote after, then next phase: ")


def test_a_quick_debate_out_of_time_ends_without_its_vote(qtbot, quick) -> None:  # noqa: F811
    console = quick
    c = console.controller
    assert c.state.open_round is not None
    _over_time(console)
    assert _said(console)[0] == "Clore le débat sans vote et terminer"
    _key(qtbot, console, Qt.Key.Key_PageDown)
    assert c.state.agenda.current is None and c.state.rounds[0].closed and c.state.rounds[0].before is None
