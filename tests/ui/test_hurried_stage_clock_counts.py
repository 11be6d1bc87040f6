"""The status bar follows the stage window closed by its own title bar; the clock counts the whole
overrun and « +1 min » never makes it read later; a count typed wrong is said at once, in the
interface's language, before anything is recorded. Real widgets, the session in a real file: its
events are read back from it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.storage.reader import read_session
from bataille.ui.commands import Command

from .conftest import go_to_phase


def kinds(console, since: int = 0) -> list[str]:
    return [type(e).__name__ for e in read_session(console.controller.session.store.path)][since:]


def test_the_stage_closed_by_its_title_bar_is_said_hidden(file_console, qtbot):
    console = file_console
    console.actions_[Command.SHOW_STAGE].trigger()  # F5
    qtbot.waitUntil(lambda: console.stage.isVisible(), timeout=2000)
    assert console.stage_state.text() == "Projection\u00a0: affichée"
    console.stage.close()  # what its title bar's X does: a close event, then hidden
    qtbot.waitUntil(lambda: console.stage_state.text() == "Projection\u00a0: masquée (F5)", timeout=2000)
    console.actions_[Command.SHOW_STAGE].trigger()  # F5 again
    qtbot.waitUntil(lambda: console.stage_state.text() == "Projection\u00a0: affichée", timeout=2000)


def test_the_clock_counts_the_whole_overrun_and_more_time_never_reads_later(file_console, qtbot):
    console, c = file_console, file_console.controller
    c.act(c.session.start_phase, "welcome")
    planned = c.state.agenda.current.planned_seconds
    c.session.clock.advance(planned + 20 * 60)  # twenty minutes over
    c._on_tick()  # the clock's own wake-up
    assert console.agenda.timer_label.text() == "−20:00"
    assert console.stage.build().texts("timer")[:1] == ["−20:00"]
    start = len(kinds(console))
    qtbot.mouseClick(console.agenda.plus_1, Qt.MouseButton.LeftButton)
    assert kinds(console, start) == ["TimerExtended"]
    assert console.agenda.timer_label.text() == "−19:00"  # a minute given: a minute less over
    assert console.stage.build().texts("timer")[:1] == ["−19:00"]


def test_a_count_typed_wrong_is_said_at_once_and_what_is_recorded_is_what_the_box_shows(file_console, qtbot):
    console, c = file_console, file_console.controller
    go_to_phase(c, "debates")
    c.act(c.session.open_round)
    c.act(c.session.assign_sides)
    votes = console.phase.debate.votes["before"]
    box, note = votes.boxes["agree"], votes.refusal
    assert note.isHidden()
    for typed, refused, kept in (("999999", "99999", 9999), ("-5", "-", 5), ("12a3", "12a", 123)):
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        assert box.value() == kept
        assert note.isVisible() and note.text().startswith(f"Refusé\u00a0: «\u00a0{refused}\u00a0»"), note.text()
        assert note.text().endswith("nombre entier de 0 à 10\u00a0000."), note.text()
    start = len(kinds(console))
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter records the vote: the note in sight
    assert kinds(console, start) == ["VoteRecorded"] and note.isVisible()
    assert c.state.open_round.before.total.agree == 123
    c.act(c.session.close_round)
    c.act(c.session.open_round)  # the next debate: its counts start from nothing, and so does the note
    assert note.isHidden()
