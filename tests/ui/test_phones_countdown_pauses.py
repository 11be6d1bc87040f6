"""The pause holds the phones' vote countdown. A fire drill: the facilitator pauses, the room goes
out; the stage showed « 30:00 En pause » beside « Clôture dans 0:26 » still counting down, and the
vote closed with the room outside. Now, while the session's timer is paused, the countdown holds its
seconds on the stage, the console and the phones (told the seconds it keeps, ``held``, they show them
standing still, « Clôture dans 0:02 · en pause »), and nothing closes the vote; resumed, or the pause taken back (Ctrl+Z), it goes on from where it was.
Real console and stage, a real server on loopback, a real WebSocket client as the phone."""

from __future__ import annotations

from bataille.ui.commands import Command

from .test_phones_console_votes import answer, debate_with_phones, receive


def _open_question(ws) -> dict:
    question = receive(ws, "question")
    while not question["open"]:
        question = receive(ws, "question")
    return question


def _shown(console, panel) -> tuple[str, list[str]]:
    """The time left as the console's close button and the stage say it."""
    return panel.phone_buttons["before"].text(), console.stage.build().texts("vote-before-phones-left")


def test_the_pause_holds_the_phones_countdown_and_ctrl_z_or_resume_lets_it_go_on(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    ws = sockets[0]
    panel.ask_or_close_phones("before", 4)
    assert 3.5 <= answer(ws, "agree")["closes_in"] <= 4
    qtbot.waitUntil(lambda: phones.seconds_left == 3, timeout=3000)

    c.act(c.session.pause_timer)  # the fire drill
    assert c.state.agenda.current.status == "paused"
    held = _open_question(ws)
    assert "closes_in" not in held and held["mine"] == "agree"  # the phone counts nothing down now
    left, shown = phones.seconds_left, _shown(console, panel)
    assert left in (2, 3) and phones.countdown_held
    assert abs(held["held"] - phones.clock.held) <= 0.05 and left - 1 < held["held"] <= left  # the seconds it keeps
    assert f"clôture dans 0:0{left}" in shown[0] and shown[1] == [f"Clôture dans 0:0{left} · en pause"]
    qtbot.wait(4500)  # longer than the countdown had left: the room is outside
    assert phones.open_vote is not None and phones.asking is not None  # not closed
    assert phones.seconds_left == left and _shown(console, panel) == shown  # held, on the console and the stage
    assert not phones._countdown.isActive()  # nothing ticks while it holds

    console.actions_[Command.UNDO].trigger()  # the pause taken back: the clock runs again
    assert c.state.agenda.current.status == "running" and not phones.countdown_held
    assert _shown(console, panel)[1][0].startswith("Clôture dans 0:0") and "pause" not in _shown(console, panel)[1][0]
    again = _open_question(ws)
    assert left - 1 <= again["closes_in"] <= left and again["mine"] == "agree"  # from where it was

    c.act(c.session.pause_timer)  # paused once more, then resumed with the button
    assert "closes_in" not in (again := _open_question(ws)) and 0 < again["held"] <= left
    qtbot.wait(1500)
    assert phones.open_vote is not None
    console.agenda.toggle_timer()  # « Reprendre »
    assert c.state.agenda.current.status == "running"
    assert _open_question(ws)["closes_in"] > 0
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)  # it ran out, running: the vote closed
    assert receive(ws, "closed")["mine"] == "agree"


def test_a_vote_asked_while_paused_holds_until_the_timer_runs(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    c.act(c.session.pause_timer)
    panel.ask_or_close_phones("before", 2)
    question = _open_question(sockets[0])
    assert "closes_in" not in question and question["held"] == 2  # the phone shows « Clôture dans 0:02 · en pause »
    assert phones.seconds_left == 2 and phones.countdown_held
    qtbot.wait(2500)
    assert phones.open_vote is not None
    c.act(c.session.resume_timer)
    assert 1.5 <= _open_question(sockets[0])["closes_in"] <= 2
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
