"""A phone vote from the console belongs to its round and stage: closing its debate, or the console,
closes it first and keeps its answers (a bounded wait, when the phones never answer); it never
follows the facilitator into the next debate; asked again, the vote opens from the answers given
and takes the new ones; turning Phones off during a vote asks first, then keeps the answers. Real widgets, a real server
on loopback, real WebSocket clients as phones."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from websockets.sync.client import connect

from bataille.storage.reader import read_session
from bataille.ui import phones as ui_phones
from bataille.ui.commands import Command

from .test_console_words import quick  # noqa: F401 - the fixture


def receive(ws, kind):
    while True:
        m = json.loads(ws.recv(timeout=5))
        if m["type"] == kind:
            return m


def shots(console) -> Path:
    return Path(os.environ.get("BATAILLE_SHOTS", console.controller.session.store.path.parent))


def freeze(phones, seconds: float) -> threading.Event:
    """The phones' server stops answering for ``seconds`` (its network thread is busy); set after."""
    woke = threading.Event()

    def busy() -> None:
        time.sleep(seconds)
        woke.set()

    phones.server._loop.call_soon_threadsafe(busy)
    return woke


def join(console, count, stack):
    """``count`` phones said hello; their sockets."""
    phones = console.phones
    sockets = []
    for _ in range(count):
        ws = stack.enter_context(connect(phones.url.replace("http", "ws") + "ws"))
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        sockets.append(ws)
    return sockets


def answer(ws, choice):
    """The phone gets the open question and answers it."""
    question = receive(ws, "question")
    while not question["open"]:
        question = receive(ws, "question")
    ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": choice}))
    receive(ws, "ack")
    return question


def every_phone_answers(qtbot, phones, sockets, choice: str) -> None:
    """Each phone answers the open question ``choice``; the console has heard every answer."""
    for ws in sockets:
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == len(sockets), timeout=5000)


def debate_with_phones(console, qtbot, phones_count, stack):
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, phones_count, stack)
    qtbot.waitUntil(lambda: console.phones.connected == phones_count, timeout=5000)
    return c, console.phase.debate, console.phones, sockets


def test_closing_a_debate_during_its_phone_vote_keeps_the_answers(file_console, qtbot, stack):
    """"Close the debate" while the phones vote: their vote closes first, their answers (and the hands
    typed on top) go into the debate's counts and into the session file, then the debate closes."""
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 3, stack)
    ask = panel.phone_buttons["before"]
    ask.click()
    every_phone_answers(qtbot, phones, sockets, "agree")
    panel.votes["before"].boxes["disagree"].setValue(2)  # two raised hands, typed
    panel.close_button.click()  # the debate closes, the phones' vote still open
    panel.close_question.findChild(QPushButton, "closeAnyway").click()  # no vote after: asked first
    for ws in sockets:  # the phones see their vote closed with their own answer, not lost
        assert receive(ws, "closed")["mine"] == "agree"
    qtbot.waitUntil(lambda: c.state.open_round is None, timeout=5000)
    first = c.state.rounds[0]
    assert first.closed and len(first.phones_before) == 3
    assert (first.before.total.agree, first.before.total.disagree) == (3, 2)
    kinds = [type(e).__name__ for e in read_session(c.session.store.path)]  # in the file, in this order
    assert kinds[-3:] == ["PhoneVotesRecorded", "VoteRecorded", "RoundClosed"], kinds
    qtbot.waitUntil(lambda: "(réponses" in console.status_line.text(), timeout=2000)  # said on the console
    said = console.status_line.text()
    assert said.startswith("Débat 1 clos") and "(réponses\u00a0: 3)" in said and not console.status_line.warning, said
    console.grab().save(str(shots(console) / "console-debate-closed-with-phones.png"))

    # The next debate: nothing of debate 1 follows; its own phone vote, and only it, goes to debate 2.
    panel.open_button.click()
    assert c.state.open_round.number == 2 and phones.asking is None
    assert ask.isEnabled() and ask.text() == "Demander aux téléphones"
    assert not any("réponses reçues" in t for t in console.stage.build().texts())
    console.actions_[Command.CLOSE_REVEAL].trigger()  # Ctrl+E: nothing from debate 1 comes with it
    QApplication.processEvents()
    assert c.state.open_round.before is None and not c.state.open_round.phones_before
    assert panel.votes["before"].counts() == {"agree": 0, "disagree": 0, "undecided": 0}
    ask.click()
    for ws in sockets:
        assert answer(ws, "disagree")["id"] == 2 * 2
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    console.actions_[Command.CLOSE_REVEAL].trigger()
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    before = c.state.open_round.before.total
    assert (before.agree, before.disagree, before.undecided) == (0, 3, 0)
    assert len(c.state.rounds[0].phones_before) == 3  # debate 1 kept its own


def test_next_closes_the_phones_vote_into_the_debate_it_closes(console, qtbot, stack):
    """PageDown on "Close this debate and open the next", the vote after shown while the phones still
    voted on it: their answers join that vote, then the next debate opens."""
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    c.act(c.session.record_vote, "before", {"agree": 4})
    c.act(c.session.reveal_votes, "before")
    c.act(c.session.record_vote, "after", {"agree": 1})  # a hand counted, then the phones asked too
    panel.phone_buttons["after"].click()
    for ws in sockets:
        answer(ws, "disagree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    panel.reveal_buttons["after"].click()  # shown, the phones' vote still open
    assert c.next_step().label == "Clore ce débat et ouvrir le suivant"
    console.actions_[Command.NEXT].trigger()
    for ws in sockets:
        assert receive(ws, "closed")["mine"] == "disagree"
    qtbot.waitUntil(lambda: len(c.state.rounds) == 2, timeout=5000)
    first = c.state.rounds[0]
    assert first.closed and len(first.phones_after) == 2
    assert (first.after.total.agree, first.after.total.disagree) == (1, 2)
    assert c.state.open_round.number == 2 and phones.asking is None


def test_a_debate_closes_even_when_the_phones_never_answer(console, qtbot, stack, monkeypatch):
    """The phones' server is stuck (its thread frozen): the debate closes after a bounded wait and the
    console says the answers were not recorded; their late answers never reach another debate."""
    monkeypatch.setattr(ui_phones, "ANSWERS_WAIT_MS", 300, raising=False)
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.phone_buttons["before"].click()
    answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    frozen = freeze(phones, 1.5)
    panel.close_button.click()
    panel.close_question.findChild(QPushButton, "closeAnyway").click()  # no vote after: asked first
    qtbot.waitUntil(lambda: "perdues" in console.status_line.text(), timeout=1200)  # before the server wakes up
    assert not frozen.is_set() and c.state.open_round is None
    said = console.status_line.text()
    assert said.startswith("Le vote des téléphones ne s’est pas clos à temps") and console.status_line.warning, said
    assert not c.state.rounds[0].phones_before and phones.asking is None
    qtbot.waitUntil(lambda: "arrivées après" in console.status_line.text(), timeout=5000)  # woken up, late
    panel.open_button.click()
    QApplication.processEvents()
    assert c.state.open_round.number == 2 and not any(r.phones_before for r in c.state.rounds)


def test_undo_during_a_phone_vote_stops_it_then_undoes_the_debate(console, qtbot, stack):
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.phone_buttons["before"].click()
    for ws in sockets:
        answer(ws, "agree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    console.actions_[Command.UNDO].trigger()  # the question, asked last, is taken back first
    for ws in sockets:
        receive(ws, "waiting")
    said = console.status_line.text()
    assert said.startswith("Annulé — Téléphones interrogés") and "non gardées\u00a0: 2" in said, said
    assert c.state.rounds and phones.asking is None
    console.actions_[Command.UNDO].trigger()  # then the debate's opening: the debate is gone
    assert not c.state.rounds and phones.asking is None


def test_late_answers_of_a_closed_debate_never_reach_the_next(console, qtbot, stack):
    """The phones' answers arrive just after their debate closed (Record, then at once Close)."""
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.phone_buttons["before"].click()
    question = answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    c.act(c.session.close_round)
    c.act(c.session.open_round)
    panel._phones_closed(question["id"], {"t" * 22: "agree"}, {})  # as the network delivers it, late
    rnd = c.state.open_round
    assert rnd.number == 2 and not rnd.phones_before and rnd.before is None
    assert panel.votes["before"].counts()["agree"] == 0
    qtbot.waitUntil(lambda: "débat 1" in console.status_line.text(), timeout=2000)


def test_a_phone_vote_open_when_the_phase_ends_is_closed_into_its_debate(console, qtbot, stack):
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.phone_buttons["before"].click()
    answer(sockets[0], "undecided")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    number = c.state.open_round.number
    c.act(c.session.start_phase)  # the next phase; the debate was left open
    assert receive(sockets[0], "closed")["mine"] == "undecided"
    qtbot.waitUntil(lambda: bool(c.state.round(number).phones_before), timeout=5000)
    assert panel.whole_counts("before")["undecided"] == 1
    assert phones.asking is None


def test_asking_the_phones_again_takes_their_new_answers(console, qtbot, stack):
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 3, stack)
    ask = panel.phone_buttons["before"]
    panel.votes["before"].boxes["undecided"].setValue(2)  # two raised hands, typed
    ask.click()
    every_phone_answers(qtbot, phones, sockets, "agree")
    ask.click()  # closed
    qtbot.waitUntil(lambda: panel.whole_counts("before")["agree"] == 3, timeout=5000)
    again = ask.text()
    ask.click()  # the phones answer again: one changed its mind
    for ws, choice in zip(sockets, ("agree", "agree", "disagree"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    ask.click()
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    qtbot.waitUntil(lambda: panel.whole_counts("before")["disagree"] == 1, timeout=5000)
    assert panel.whole_counts("before") == {"agree": 2, "disagree": 1, "undecided": 2}
    assert sorted(choice for _, choice in c.state.open_round.phones_before) == ["agree", "agree", "disagree"]
    assert again == "Rouvrir le vote des téléphones (réponses gardées\u00a0: 3)"  # it says so

    # Recorded, then asked once more: the vote taken gets the new answers, not them on top.
    panel.record_buttons["before"].click()
    ask.click()
    for ws in sockets:
        answer(ws, "undecided")
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    panel.record_buttons["before"].click()  # Record closes the phones' vote first
    qtbot.waitUntil(lambda: c.state.open_round.before.total.undecided == 5, timeout=5000)
    total = c.state.open_round.before.total
    assert (total.agree, total.disagree, total.undecided) == (0, 0, 5)
    c.act(c.session.reveal_votes, "before")
    assert not ask.isEnabled()  # shown to the room: that vote is over


def test_reopening_the_phones_vote_keeps_the_answer_of_a_phone_that_does_not_answer_again(console, qtbot, stack):
    """Asked again, the phones' vote started empty: the answers of phones that did not answer again
    were lost (11 of 24, after the phones were turned off and on), while the console still showed
    them, and a phone that had voted got the question with nothing to say it should answer again.
    It now opens from the answers given: each phone sees its own, and may change it."""
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 3, stack)
    ask = panel.phone_buttons["before"]
    ask.click()
    every_phone_answers(qtbot, phones, sockets, "agree")
    ask.click()  # closed
    qtbot.waitUntil(lambda: panel.whole_counts("before")["agree"] == 3, timeout=5000)
    ask.click()  # reopened
    assert phones.answered == 3  # the answers given count from the start
    question = receive(sockets[0], "question")
    assert question["open"] and question["mine"] == "agree"  # each phone sees its own answer
    answer(sockets[2], "disagree")  # one changes its mind; the two others say nothing more
    ask.click()
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    qtbot.waitUntil(lambda: panel.whole_counts("before")["disagree"] == 1, timeout=5000)
    assert panel.whole_counts("before") == {"agree": 2, "disagree": 1, "undecided": 0}
    assert sorted(choice for _, choice in c.state.open_round.phones_before) == ["agree", "agree", "disagree"]


def test_turning_the_phones_off_during_a_vote_asks_then_keeps_its_answers(console, qtbot, stack):
    """One click on the switch ended a vote under way (11 of 24 answers, the next press showing
    them as the vote): it asks first."""
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.phone_buttons["before"].click()
    for ws in sockets:
        answer(ws, "disagree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    switch = console.phones_panel.switch
    switch.click()  # off, in the middle of the vote: it asks first
    question = console.phones_panel.off_question
    assert question is not None and "2 réponses" in question.text() and switch.isChecked()
    # In front of the stage too: the remote's keys there wait for the answer (it was modal to the console).
    assert question.windowModality() == Qt.WindowModality.ApplicationModal
    question.button(QMessageBox.StandardButton.No).click()  # the vote goes on
    assert phones.on and phones.asking is not None and switch.isChecked()
    switch.click()
    console.phones_panel.off_question.button(QMessageBox.StandardButton.Yes).click()
    assert receive(sockets[0], "closed")["mine"] == "disagree"  # the phones see their vote kept
    qtbot.waitUntil(lambda: not phones.on, timeout=5000)
    assert panel.whole_counts("before")["disagree"] == 2
    assert len(c.state.open_round.phones_before) == 2
    assert not console.phones_panel.switch.isChecked()
    assert "2 réponses" in console.phones_panel.url.text()


def test_a_quick_debate_s_phone_messages_give_its_debate_no_number(quick, qtbot, stack):  # noqa: F811
    """"Débat 1 clos : le vote des téléphones a été clos d’abord…" in a teacher's one debate: it is
    "the debate", as on its stage, its console page and its history."""
    c, panel, phones = quick.controller, quick.phase.debate, quick.phones
    phones.turn_on("127.0.0.1", 0)
    try:
        sockets = join(quick, 2, stack)
        qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
        panel.phone_buttons["before"].click()
        for ws in sockets:
            answer(ws, "agree")
        qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
        panel.close_button.click()  # the debate closes, the phones' vote still open
        panel.close_question.findChild(QPushButton, "closeAnyway").click()  # no vote after: asked first
        qtbot.waitUntil(lambda: "(réponses" in quick.status_line.text(), timeout=5000)
        said = quick.status_line.text()
        assert said.startswith("Débat clos\u00a0: le vote des téléphones a été clos d’abord"), said
        assert "1" not in said.replace("(réponses\u00a0: 2)", ""), said
        assert c.state.rounds[0].closed and len(c.state.rounds[0].phones_before) == 2
    finally:
        phones.turn_off()


def test_the_end_of_a_quick_debate_turns_the_phones_off_saying_the_debate_is_over(quick, qtbot):  # noqa: F811
    """« Téléphones désactivés : l’atelier est terminé. Les téléphones remercient la salle. » after a
    teacher's one debate, where the stage and the phones say « Le débat est terminé »."""
    c, phones = quick.controller, quick.phones
    phones.turn_on("127.0.0.1", 0)
    try:
        c.act(c.session.close_round)
        c.act(c.session.end_phase)  # its one phase: the debate is over
        qtbot.waitUntil(lambda: not phones.on, timeout=5000)
        said = quick.phones_panel.url.text()
        assert "le débat est terminé" in said and "atelier" not in said and "remerci" in said, said
    finally:
        phones.turn_off()


def test_ending_the_phase_during_a_phones_vote_keeps_its_answers(console, qtbot, stack):
    """« Terminer l’étape » closed the debate at once: the phones' answers came after it closed and
    were lost. The vote closes first, its answers go into the debate's counts, then it closes."""
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    number = c.state.open_round.number
    panel.phone_buttons["before"].click()
    for ws in sockets:
        answer(ws, "agree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    console.agenda.next_phase.click()
    question = console.leave_guard.question  # a debate open, themes left: it asks first
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: c.state.agenda.current.id != "debates", timeout=5000)
    rnd = c.state.round(number)
    assert rnd.closed and len(rnd.phones_before) == 2
    assert rnd.before is not None and rnd.before.total.agree == 2
