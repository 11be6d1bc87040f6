"""One phone's commitment made of one long word (« MDRMDR… », 138 characters without a space)
widened the debrief page from 686 to 1,499 pixels: a horizontal scroll bar, the « Ajouter » buttons
and the phones' buttons cut off at the window's edge. The word is now cut to its start and « … »
(the whole text is kept in the session); the page keeps its width. Real widgets, a real server on
loopback, a real WebSocket client."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from .test_phones_console_votes import join, receive


def test_a_long_word_from_a_phone_keeps_the_debrief_page_in_the_window(console, qtbot, stack) -> None:
    c, phones, debrief = console.controller, console.phones, console.phase.debrief
    for phase in c.state.agenda.phases:
        if phase.id != "debrief" and phase.status == "pending":
            c.act(c.session.skip_phase, phase.id)
    c.act(c.session.start_phase, "debrief")
    phones.turn_on("127.0.0.1", 0)
    [ws] = join(console, 1, stack)
    qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
    for _ in range(3):
        QApplication.processEvents()
    width = debrief.width()
    debrief.ask_feedback_button.click()
    ask = receive(ws, "feedback_ask")
    ws.send(json.dumps({"type": "feedback", "rating": 5, "theme": ask["themes"][0][0], "text": "MDR" * 46}))
    receive(ws, "feedback_thanks")
    qtbot.waitUntil(lambda: "MDR" in debrief.feedback_summary.text(), timeout=5000)
    for _ in range(3):
        QApplication.processEvents()
    assert debrief.width() <= width, (width, debrief.width())
    assert debrief.feedback_summary.width() <= debrief.width()
    assert "MDR" * 8 + "…" in debrief.feedback_summary.text()  # its start, and « … »: the rest in the session
