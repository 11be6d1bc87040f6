"""The debrief's feedback after the phones move to a new address (ui/phones.py, move_to).

The server's feedback count holds the feedback sent at the old address (Room.feedback_moved), and
every phone comes back at the new one as a new phone: a phone that had sent its feedback there is
told not to send it again. The console counted those answers against the phones connected now, as
if each came from one of them: with 3 phones back, 2 answers from before and 1 since, it said
nothing owed, and ending the debrief turned the phones off while one of them had not sent its own.
It now says how many may still owe theirs, and why it cannot say exactly. And the phones still at
the old address heard « coupé pour le moment » (4000), and waited there for ever: they now hear
that the vote moved (4002). Real widgets, a real server on loopback (127.0.0.1, then 127.0.0.2),
real WebSocket clients."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication
from websockets.exceptions import ConnectionClosed

from bataille.phones.server import MOVED_CODE

from .test_phones_console_votes import join, receive


def _send_feedback(ws, rating: int) -> None:
    ask = receive(ws, "feedback_ask")
    ws.send(json.dumps({"type": "feedback", "rating": rating, "theme": ask["themes"][0][0], "text": ""}))
    receive(ws, "feedback_thanks")


def test_after_a_move_the_console_says_how_many_phones_may_still_owe_their_feedback(console, qtbot, stack):
    c, phones, debrief = console.controller, console.phones, console.phase.debrief
    for phase in c.state.agenda.phases:  # the debrief is the last phase: ending it ends the workshop
        if phase.id != "debrief" and phase.status == "pending":
            c.act(c.session.skip_phase, phase.id)
    c.act(c.session.start_phase, "debrief")
    phones.turn_on("127.0.0.1", 0)
    port = phones.server.port
    first, second, third = join(console, 3, stack)
    qtbot.waitUntil(lambda: phones.connected == 3, timeout=5000)
    debrief.ask_feedback_button.click()
    _send_feedback(first, 5)
    _send_feedback(second, 3)
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    assert console.phones_panel.feedback_coming() == ["1 téléphone n’a pas encore envoyé son avis"]

    url = phones.move_to("127.0.0.2")
    assert url == f"http://127.0.0.2:{port}/"
    with pytest.raises(ConnectionClosed) as closed:  # a phone still at the old address hears why
        receive(third, "never")
    assert closed.value.rcvd is not None and (closed.value.rcvd.code, closed.value.rcvd.reason) == (MOVED_CODE, "moved")

    # Back at the new address, each phone a new one: the first (its page says its feedback was
    # received: it does not send it again), the third (had not sent), and a fourth that sends now.
    back_first, back_third, fourth = join(console, 3, stack)
    assert receive(back_first, "feedback_ask")["earlier"] == 2
    _send_feedback(fourth, 4)
    qtbot.waitUntil(lambda: (phones.connected, phones.answered) == (3, 3), timeout=5000)
    # Of the 3 phones here, the fourth has sent its feedback; of the other 2, the third has not, and
    # the first may have (nothing tells it from the third): up to 2, and why not exactly.
    owed = "jusqu’à 2 téléphones n’ont pas encore envoyé leur avis (2 l’avaient envoyé avant que le vote change d’adresse)"
    assert console.phones_panel.feedback_coming() == [owed]
    summary = debrief.feedback_summary.text().splitlines()[0]
    assert summary == "3 réponses, note moyenne 4,0 sur 5 (dont 2 avant que le vote change d’adresse)", summary

    console.advance()  # "Terminer l’atelier": the phones would go off before the third sends its own
    box = console.leave_guard.question
    assert box is not None and owed in box.text(), box and box.text()
    box.button(box.StandardButton.No).click()
    QApplication.processEvents()
    assert phones.on and c.state.agenda.current is not None  # still in the debrief

    _send_feedback(back_third, 2)
    qtbot.waitUntil(lambda: phones.answered == 4, timeout=5000)
    assert console.phones_panel.feedback_coming() == [
        "1 téléphone au plus n’a pas encore envoyé son avis (2 l’avaient envoyé avant que le vote change d’adresse)"]


def test_in_english_the_line_reads_as_english(console, qtbot, stack, translations):
    translations.set_language("en")
    c, phones, debrief = console.controller, console.phones, console.phase.debrief
    c.act(c.session.start_phase, "debrief")
    phones.turn_on("127.0.0.1", 0)
    [first] = join(console, 1, stack)
    qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
    debrief.ask_feedback_button.click()
    _send_feedback(first, 4)
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    phones.move_to("127.0.0.2")
    join(console, 2, stack)
    qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
    assert console.phones_panel.feedback_coming() == [
        "up to 2 phones have not sent their feedback yet (1 had sent it before voting moved to a new address)"]
    assert debrief.feedback_summary.text().splitlines()[0] == "1 answer, average 4.0 out of 5 (1 of them before voting moved to a new address)"
