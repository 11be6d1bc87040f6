"""Ending the workshop keeps the phones' feedback nobody kept, in the same press: one Ctrl+Z takes
back the end and the keeping together, the debrief page knows the feedback is no longer kept, and
ending again keeps it. In the session file opened again and in its summary, the phones' feedback is
there. The same after « Garder », Ctrl+Z, then the end."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication
from websockets.sync.client import connect

from bataille.export.summary_json import summary_dict
from bataille.export.summary_model import build_summary
from bataille.storage import close_session, open_session
from bataille.ui.commands import Command
from bataille.workshop import ManualClock
from bataille.workshop import events as ev

from .conftest import go_to_phase, open_console


def receive(ws, kind):
    while True:
        message = json.loads(ws.recv(timeout=5))
        if message["type"] == kind:
            return message


def two_phones_answer(console, qtbot) -> None:
    """Phones on in the debrief, asked for their feedback; two phones answer (5 and 3 out of 5)."""
    panel, phones = console.phase.debrief, console.phones
    phones.turn_on("127.0.0.1", 0)
    url = phones.url.replace("http", "ws") + "ws"
    with connect(url) as one, connect(url) as two:
        for ws in (one, two):
            ws.send(json.dumps({"type": "hello", "token": None}))
            receive(ws, "welcome")
        qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
        panel.ask_feedback_button.click()
        for ws, rating in ((one, 5), (two, 3)):
            theme = receive(ws, "feedback_ask")["themes"][0][0]
            ws.send(json.dumps({"type": "feedback", "rating": rating, "theme": theme, "text": f"Note {rating}"}))
            receive(ws, "feedback_thanks")
        qtbot.waitUntil(lambda: len(panel.feedback) == 2, timeout=5000)
        # and the server's count too (it comes apart): else ending asks first about phones that seem to owe it
        qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)


def kept(c) -> list[int]:
    return sorted(answer[1] for answer in c.state.debrief.phone_feedback)


def end_then_undo_then_end(console, qtbot) -> None:
    c = console.controller
    assert c.next_step().label == "Terminer l’atelier"
    console.actions_[Command.NEXT].trigger()
    QApplication.processEvents()
    assert c.state.agenda.current is None and kept(c) == [3, 5]  # ended, the feedback kept with it
    console.actions_[Command.UNDO].trigger()  # one press: both taken back
    QApplication.processEvents()
    assert c.state.agenda.current.kind == "debrief" and kept(c) == []
    assert console.phase.debrief.feedback != console.phase.debrief._kept  # the page knows: not kept
    console.actions_[Command.NEXT].trigger()
    QApplication.processEvents()
    assert c.state.agenda.current is None and kept(c) == [3, 5]  # ending again keeps it
    qtbot.waitUntil(lambda: "retours des téléphones" in console.status_line.text(), timeout=2000)


def reopened_has_the_feedback(console, qtbot, bundled_deck, path) -> None:
    console.close()
    QApplication.processEvents()
    close_session(console.controller.session)
    again = open_session(path, bundled_deck, ManualClock())
    try:
        assert kept_answers(again) == [3, 5]
        feedback = summary_dict(build_summary(again, bundled_deck))["phone_feedback"]
        assert feedback is not None and json.dumps(feedback)
    finally:
        close_session(again)


def kept_answers(session) -> list[int]:
    return sorted(answer[1] for answer in session.state.debrief.phone_feedback)


def test_ending_keeps_the_feedback_and_one_undo_takes_both_back(qtbot, translations, bundled_deck, tmp_path):
    path = tmp_path / "atelier.bataille"
    console = open_console(qtbot, bundled_deck, path=path)
    go_to_phase(console.controller, "debrief")
    two_phones_answer(console, qtbot)
    end_then_undo_then_end(console, qtbot)
    assert console.controller.session.events[-1].type == ev.PhoneFeedbackRecorded.type
    reopened_has_the_feedback(console, qtbot, bundled_deck, path)


def test_kept_then_undone_then_ended_keeps_it(qtbot, translations, bundled_deck, tmp_path):
    path = tmp_path / "atelier.bataille"
    console = open_console(qtbot, bundled_deck, path=path)
    c, panel = console.controller, console.phase.debrief
    go_to_phase(c, "debrief")
    two_phones_answer(console, qtbot)
    panel.keep_feedback_button.click()
    assert kept(c) == [3, 5]
    console.actions_[Command.UNDO].trigger()
    assert kept(c) == [] and c.state.agenda.current.kind == "debrief"
    end_then_undo_then_end(console, qtbot)
    reopened_has_the_feedback(console, qtbot, bundled_deck, path)
