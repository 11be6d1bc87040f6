"""Phones from the console: turn them on, ask, a real phone (a WebSocket client on loopback) votes,
close, the phones' answers land in the counts (hands typed on top), record; the stage shows the
join screen and the live count, never the answers."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from websockets.sync.client import connect

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.commands import Command
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.stage.vote_phones import answers_of_phones
from bataille.workshop import ManualClock
from bataille.workshop.minds import mind_changes

from .conftest import deliberately


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def receive(ws, kind):
    while True:
        m = json.loads(ws.recv(timeout=5))
        if m["type"] == kind:
            return m


def test_a_phone_vote_goes_from_the_console_to_the_counts(console, qtbot, tmp_path: Path):
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    panel, phones = console.phase.debate, console.phones
    assert not panel.phone_buttons["before"].isVisible()  # off by default
    phones.turn_on("127.0.0.1", 0)
    assert console.phones_panel.switch.isChecked() and phones.url.startswith("http://127.0.0.1:")
    assert phones.join_shown  # the stage shows how to join
    shots = Path(os.environ.get("BATAILLE_SHOTS", tmp_path))
    console.stage.resize(1920, 1080)
    console.stage.grab().save(str(shots / "stage-phones-join.png"))

    with connect(phones.url.replace("http", "ws") + "ws") as ws:
        ws.send(json.dumps({"type": "hello", "token": None}))
        welcome = receive(ws, "welcome")
        assert welcome["room"] == phones.code and welcome["lang"] == c.lang == "fr"  # the page's words follow the session
        qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
        ask = panel.phone_buttons["before"]
        assert ask.isVisible() and ask.isEnabled()
        ask.click()
        question = receive(ws, "question")
        claim = c.deck.card(c.state.open_round.card_id).claim.get("fr")
        assert question["text"] == claim and question["open"] and not phones.join_shown and question["lang"] == "fr"
        ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": "disagree"}))
        receive(ws, "ack")
        qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
        assert "1" in ask.text()
        qtbot.waitUntil(lambda: console.stage.build().texts("vote-before-phones") == [answers_of_phones(1, 1)],
                        timeout=5000)  # one answer of the one phone connected
        console.stage.grab().save(str(shots / "stage-phones-answered.png"))
        panel.votes["before"].boxes["agree"].setValue(3)  # three raised hands, typed
        ask.click()  # closes the phones' vote
        assert receive(ws, "closed")["mine"] == "disagree"
        qtbot.waitUntil(lambda: panel.whole_counts("before")["disagree"] == 1, timeout=5000)
    assert panel.whole_counts("before") == {"agree": 3, "disagree": 1, "undecided": 0}
    assert panel.votes["before"].counts() == {"agree": 3, "disagree": 0, "undecided": 0}  # the hands, as typed
    assert c.state.open_round.phones_before == ((welcome["token"], "disagree"),)  # kept in the session
    # The phones say "the vote is closed": so does the stage, with its answers kept (it said "not voted yet").
    scene = console.stage.build()
    assert scene.texts("vote-before-phones-label") == ["Vote des téléphones clos, pas encore dévoilé"]
    assert scene.texts("vote-before-phones") == ["1\u00a0réponse"] and scene.texts("vote-before-hidden") == []
    panel.record_buttons["before"].click()
    assert console.stage.build().texts("vote-before-hidden") == ["Enregistré, pas encore dévoilé"]
    total = c.state.open_round.before.total
    assert (total.agree, total.disagree, total.undecided) == (3, 1, 0)
    console.grab().save(str(shots / "console-phones-on.png"))
    c.act(c.session.reveal_votes, "before")

    # After the debate: a countdown closes the phones' vote by itself, one key records and shows it.
    console.phones_panel.countdown.setCurrentIndex(console.phones_panel.countdown.findData(30))
    with connect(phones.url.replace("http", "ws") + "ws") as ws:
        ws.send(json.dumps({"type": "hello", "token": welcome["token"]}))  # the same phone, reconnected
        receive(ws, "welcome")
        qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
        assert receive(ws, "question")["open"] is False  # the closed vote before, with its own answer
        panel.phone_buttons["after"].click()
        question = receive(ws, "question")
        assert question["stage"] == "after" and question["open"]
        ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": "agree"}))
        receive(ws, "ack")
        qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
        console.actions_[Command.CLOSE_REVEAL].trigger()  # Ctrl+E
        assert receive(ws, "closed")["mine"] == "agree"
        qtbot.waitUntil(lambda: c.state.open_round.revealed_after, timeout=5000)
    rnd = c.state.open_round
    assert (rnd.after.total.agree, rnd.after.total.disagree) == (1, 0)
    minds = mind_changes(rnd)
    assert minds.voters == 1 and minds.changed == 1 and minds.table[1] == (1, 0, 0)
    console.stage.grab().save(str(shots / "stage-phones-minds.png"))
    # How many phones it speaks of, and no « match nul » beside a verdict naming a winner (it read
    # « Téléphones : 0 % ont changé d’avis · match nul » when 2 phones of 28 had voted both times).
    assert console.stage.build().texts("shift-minds") == ["Téléphones\u00a0: changement d’avis pour 1 sur 1"]
    console.close()
    QApplication.processEvents()
    assert not phones.on  # closing the session stops the server


def give_feedback(console, qtbot) -> str:
    """In the debrief, Phones on, one phone gives its feedback (4 out of 5, the second theme, a
    commitment); the console has it, not kept. The theme's id."""
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    panel, phones = console.phase.debrief, console.phones
    assert not panel.feedback_box.isVisible()
    phones.turn_on("127.0.0.1", 0)
    assert panel.feedback_box.isVisible() and not panel.keep_feedback_button.isEnabled()
    with connect(phones.url.replace("http", "ws") + "ws") as ws:
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
        qtbot.waitUntil(lambda: console.phones_panel.switch.text() == "Téléphones activés\u00a0: 1 connecté", timeout=5000)
        panel.ask_feedback_button.click()
        ask = receive(ws, "feedback_ask")
        theme_id = ask["themes"][1][0]
        ws.send(json.dumps({"type": "feedback", "rating": 4, "theme": theme_id, "text": "Vérifier mes sources"}))
        receive(ws, "feedback_thanks")
        qtbot.waitUntil(lambda: len(panel.feedback) == 1, timeout=5000)
    assert not c.state.debrief.phone_feedback  # nothing kept, nothing projected, until asked
    return theme_id


def test_feedback_from_phones_is_shown_on_the_console_and_kept_on_request(console, qtbot):
    theme_id = give_feedback(console, qtbot)
    panel, c = console.phase.debrief, console.controller
    summary = panel.feedback_summary.text()  # French words and the French decimal sign
    assert summary.startswith("1 réponse, note moyenne 4,0 sur 5") and "Vérifier mes sources" in summary
    panel.keep_feedback_button.click()
    assert [(a[1], a[2], a[3]) for a in c.state.debrief.phone_feedback] == [(4, theme_id, "Vérifier mes sources")]
    c.act(c.session.end_phase)  # kept already: not written twice
    QApplication.processEvents()
    assert len([e for e in c.session.events if type(e).__name__ == "PhoneFeedbackRecorded"]) == 1


def test_feedback_nobody_kept_is_kept_when_the_debrief_ends(console, qtbot):
    """The facilitator ends the workshop without pressing Keep: the phones' feedback is not lost."""
    theme_id = give_feedback(console, qtbot)
    c = console.controller
    c.act(c.session.end_phase)
    qtbot.waitUntil(lambda: bool(c.state.debrief.phone_feedback), timeout=2000)
    assert [(a[1], a[2], a[3]) for a in c.state.debrief.phone_feedback] == [(4, theme_id, "Vérifier mes sources")]
    qtbot.waitUntil(lambda: "retours des téléphones" in console.status_line.text(), timeout=2000)


def test_feedback_nobody_kept_is_written_when_the_session_closes(qtbot, translations, deck, tmp_path):
    """Closing the console with the phones' feedback on screen only: it is in the session file."""
    from bataille.storage.reader import read_session

    from .conftest import open_console

    console = open_console(qtbot, deck, path=tmp_path / "atelier.bataille")
    theme_id = give_feedback(console, qtbot)
    store = console.controller.session.store
    try:
        console.close()
        QApplication.processEvents()
        assert not console.phones.on
        kept = [e for e in read_session(store.path) if type(e).__name__ == "PhoneFeedbackRecorded"]
        assert [(a[1], a[2], a[3]) for e in kept for a in e.answers] == [(4, theme_id, "Vérifier mes sources")]
        assert "retours des téléphones" in console.controller.closing_note
    finally:
        store.close()


def test_a_phone_keeps_its_voice_across_an_app_restart_from_the_session_file(qtbot, translations, deck, tmp_path):
    from bataille.storage import close_session, new_session, open_session

    path = tmp_path / "atelier.bataille"
    clock = ManualClock()
    session = new_session(path, deck, clock, "fr", agenda_minutes=20, phase_ids=["debates"])
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.start_phase()
    session.open_round(seed=1)

    def console_on(s):
        window = ConsoleWindow(SessionController(s))
        qtbot.addWidget(window)
        qtbot.addWidget(window.stage)
        window.show()
        window.phones.turn_on("127.0.0.1", 0)
        return window

    def vote(window, stage, token, choice):
        phones = window.phones
        with connect(phones.url.replace("http", "ws") + "ws") as ws:
            ws.send(json.dumps({"type": "hello", "token": token}))
            token = receive(ws, "welcome")["token"]
            qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
            window.phase.debate.phone_buttons[stage].click()
            question = receive(ws, "question")
            while question["stage"] != stage or not question["open"]:
                question = receive(ws, "question")
            ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": choice}))
            receive(ws, "ack")
            window.phase.debate.phone_buttons[stage].click()
            receive(ws, "closed")
        qtbot.waitUntil(lambda: bool(window.controller.state.open_round.phone_votes(stage)), timeout=5000)
        return token

    first = console_on(session)
    token = vote(first, "before", None, "disagree")
    first.phase.debate.record_buttons["before"].click()
    first.phones.turn_off()
    first.hide()
    close_session(session)  # the laptop restarts the app

    again = open_session(path, deck, ManualClock())
    second = console_on(again)
    assert second.controller.state.open_round.phones_before == ((token, "disagree"),)
    vote(second, "after", token, "agree")  # the same phone, by the token its page kept
    minds = mind_changes(second.controller.state.open_round)
    assert minds.voters == 1 and minds.table[1] == (1, 0, 0)
    second.phones.turn_off()
    second.hide()
    close_session(again)


def test_a_copy_without_the_phones_tokens_from_the_console(console, tmp_path, monkeypatch):
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    token = "t" * 22
    c.act(c.session.record_phone_votes, "before", {token: "agree"})
    written = console.phones_panel.save_without_phones(tmp_path / "copie.bataille")
    assert written == tmp_path / "copie.bataille" and token.encode() not in written.read_bytes()
    assert "copie.bataille" in console.phones_panel.url.text()
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    assert console.phones_panel.save_without_phones(tmp_path / "copie.bataille") is None  # there already
    assert said == ["La copie n’a pas pu être enregistrée\u00a0: «\u00a0copie.bataille\u00a0» existe déjà\u00a0: "
                    "choisissez un autre nom."]  # in the console's language, not the system's English


def test_the_room_code_stays_the_same_for_the_whole_session(console, qtbot, monkeypatch, bundled_deck):
    """Phones turned off and on again: the phones already in the room keep the code they know; a new
    session draws a new one."""
    from .conftest import open_console

    drawn = iter(("ACDE", "FHJK", "MNPR"))
    monkeypatch.setattr("bataille.phones.join.room_code", lambda seed=None: next(drawn))
    phones = console.phones
    phones.turn_on("127.0.0.1", 0)
    assert phones.code == "ACDE" and "(salle ACDE)" in console.phones_panel.url.text()
    console.phones_panel.switch.click()  # off
    assert not phones.on
    phones.turn_on("127.0.0.1", 0)  # on again, in the same session
    assert phones.code == "ACDE" and "(salle ACDE)" in console.phones_panel.url.text()
    with connect(phones.url.replace("http", "ws") + "ws") as ws:
        ws.send(json.dumps({"type": "hello", "token": None}))
        assert receive(ws, "welcome")["room"] == "ACDE"

    other = open_console(qtbot, bundled_deck)  # another session
    other.phones.turn_on("127.0.0.1", 0)
    assert other.phones.code == "FHJK"
    other.phones.turn_off()


def test_a_session_reopened_after_a_crash_keeps_its_room_code(qtbot, bundled_deck, tmp_path):
    """The app restarted in front of the room: the phones' page still names the room it knew (a new
    code every start changed it under the pupils); another session file has its own."""
    from bataille.storage import close_session, open_session
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController
    from bataille.workshop import ManualClock

    from .conftest import open_console

    first = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    first.phones.turn_on("127.0.0.1", 0)
    code = first.phones.code
    first.phones.turn_off()
    session = first.controller.session
    close_session(session)
    reopened = ConsoleWindow(SessionController(open_session(tmp_path / "atelier.bataille", bundled_deck,
                                                             ManualClock())))
    qtbot.addWidget(reopened)
    qtbot.addWidget(reopened.stage)
    try:
        reopened.phones.turn_on("127.0.0.1", 0)
        assert reopened.phones.code == code
    finally:
        reopened.phones.turn_off()
        close_session(reopened.controller.session)
    other = open_console(qtbot, bundled_deck, path=tmp_path / "autre.bataille")
    try:
        other.phones.turn_on("127.0.0.1", 0)
        assert other.phones.code != code
    finally:
        other.phones.turn_off()
        close_session(other.controller.session)


@contextmanager
def last_phase_with_a_phone(console, qtbot):
    """The debrief, every other phase skipped (so ending it ends the workshop), Phones on and one
    phone joined: its socket."""
    c, phones = console.controller, console.phones
    for phase in c.state.agenda.phases:
        if phase.id != "debrief" and phase.status == "pending":
            c.act(c.session.skip_phase, phase.id)
    c.act(c.session.start_phase, "debrief")
    phones.turn_on("127.0.0.1", 0)
    with connect(phones.url.replace("http", "ws") + "ws") as ws:
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
        yield ws


def test_ending_the_workshop_turns_the_phones_off_and_tells_them_it_is_over(console, qtbot):
    """The server stopped only when the console closed: after "Terminer l’atelier" the room's phones
    kept a socket open and the laptop kept listening. Now the end turns them off, each phone hears
    that the workshop is over (its page thanks the room and stops knocking), the box says so; turned
    on again afterwards, they stay on."""
    from websockets.exceptions import ConnectionClosed

    from bataille.phones.server import OVER_CODE

    c, phones = console.controller, console.phones
    with last_phase_with_a_phone(console, qtbot) as ws:
        assert phones.on
        c.act(c.session.end_phase)  # the last phase: the workshop is over
        qtbot.waitUntil(lambda: not phones.on, timeout=5000)
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                ws.recv(timeout=5)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == OVER_CODE
        assert closed.value.rcvd.reason == "workshop over"  # the page thanks the room for a workshop
    assert not console.phones_panel.switch.isChecked()
    assert "l’atelier est terminé" in console.phones_panel.url.text()
    phones.turn_on("127.0.0.1", 0)  # the facilitator wants them again: the end does not repeat
    c.act(c.session.add_takeaway, "Vérifier ses sources")
    QApplication.processEvents()
    assert phones.on


def test_the_end_taken_back_takes_back_its_words_and_the_phones_go_on_again(console, qtbot):
    """Ctrl+Z of the end: the box still said « l’atelier est terminé » through the debrief running
    again. Its words go; the phones are turned on again as ever (the pages that heard the end come
    back by themselves: tests/phones/test_phone_page.py)."""
    c, phones = console.controller, console.phones
    with last_phase_with_a_phone(console, qtbot):
        c.act(c.session.end_phase)
        qtbot.waitUntil(lambda: not phones.on, timeout=5000)
    assert "l’atelier est terminé" in console.phones_panel.url.text()
    c.undo()
    assert c.state.agenda.current is not None  # the debrief again
    assert "terminé" not in console.phones_panel.url.text()
    phones.turn_on("127.0.0.1", 0)
    try:
        assert phones.on and phones.join_shown
    finally:
        phones.turn_off()


def test_ending_the_debrief_asks_first_while_phones_still_owe_their_feedback(console, qtbot):
    """Ending the workshop turns the phones off: a phone still filling in its feedback would lose it.
    The console asks first, once, saying how many have not sent it; sent, nothing is asked."""
    c, phones = console.controller, console.phones
    with last_phase_with_a_phone(console, qtbot) as ws:
        console.phase.debrief.ask_feedback_button.click()
        ask = receive(ws, "feedback_ask")
        console.advance()  # "Terminer l’atelier"
        box = console.leave_guard.question
        assert box is not None and "1 téléphone n’a pas encore envoyé son avis" in box.text()
        box.button(box.StandardButton.No).click()
        QApplication.processEvents()
        assert phones.on and c.state.agenda.current is not None  # still in the debrief
        ws.send(json.dumps({"type": "feedback", "rating": 5, "theme": ask["themes"][0][0], "text": ""}))
        receive(ws, "feedback_thanks")
        qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
        assert console.phones_panel.feedback_coming() == []
        console.advance()
        assert console.leave_guard.question is None
        qtbot.waitUntil(lambda: not phones.on, timeout=5000)
    assert c.state.agenda.current is None
    qtbot.waitUntil(lambda: len(c.state.debrief.phone_feedback) == 1, timeout=2000)  # kept as the debrief ended


def test_next_asks_the_phones_for_their_feedback_before_the_end(console, qtbot):
    """With the remote alone, the debrief went straight to "Terminer l’atelier", which turns the
    phones off: their feedback was never asked unless the facilitator found the page's button.
    With phones there, "next" asks for it first, then ends the workshop."""
    c, phones, forward = console.controller, console.phones, console.next_panel.button
    with last_phase_with_a_phone(console, qtbot) as ws:
        qtbot.waitUntil(lambda: forward.toolTip() == "Demander leur avis aux téléphones", timeout=5000)
        hint = console.next_panel.label
        assert "Terminer l’étape" in hint.text()  # how to end without it, read whole
        assert hint.heightForWidth(hint.width()) <= hint.height() + 1, hint.text()
        qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
        ask = receive(ws, "feedback_ask")
        assert phones.asking_feedback and forward.toolTip() == "Terminer l’atelier"
        ws.send(json.dumps({"type": "feedback", "rating": 4, "theme": ask["themes"][0][0], "text": ""}))
        receive(ws, "feedback_thanks")
        qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
        deliberately(qtbot, forward)  # a phone's feedback takes a person longer than a double-click
        qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not phones.on, timeout=5000)
    assert c.state.agenda.current is None
    qtbot.waitUntil(lambda: len(c.state.debrief.phone_feedback) == 1, timeout=2000)  # kept as the debrief ended


def test_with_no_phone_there_next_ends_the_debrief(console, qtbot):
    c, phones = console.controller, console.phones
    for phase in c.state.agenda.phases:
        if phase.id != "debrief":
            c.act(c.session.skip_phase, phase.id)
    c.act(c.session.start_phase, "debrief")
    phones.turn_on("127.0.0.1", 0)
    try:
        assert phones.connected == 0 and console.next_panel.button.toolTip() == "Terminer l’atelier"
    finally:
        phones.turn_off()


def test_with_phones_there_the_phones_box_leaves_the_agenda_its_rows(console, qtbot):
    """With Phones on at 1366x768 the agenda showed two rows and a half: the Phones box took eight
    rows. Once a phone is there its help is a "?" beside the switch, and the anonymous copy (for
    after the workshop) waits until the phones are off: the agenda shows four phases whole."""
    c, phones, panel = console.controller, console.phones, console.phones_panel
    c.act(c.session.start_phase, "debates")
    phones.turn_on("127.0.0.1", 0)
    try:
        assert panel.help_button.isVisible() and not panel.help_mark.isVisible()  # nobody yet: the help in full
        with connect(phones.url.replace("http", "ws") + "ws") as ws:
            ws.send(json.dumps({"type": "hello", "token": None}))
            receive(ws, "welcome")
            qtbot.waitUntil(lambda: panel.help_mark.isVisible(), timeout=5000)
            assert not panel.help_button.isVisible() and not panel.forget_button.isVisible()
            assert panel.help_mark.toolTip() == "Connexion impossible\u00a0?"  # as the screen writes it
            for _ in range(3):
                QApplication.processEvents()
            agenda = console.agenda.phases
            rows = agenda.viewport().height() / agenda.sizeHintForRow(0)
            assert rows >= 4, rows
            c.act(c.session.open_round)
            c.act(c.session.record_phone_votes, "before", {"t" * 22: "agree"})
    finally:
        phones.turn_off()
    assert panel.forget_button.isVisible()  # phones off, tokens held: the copy to share is offered


@pytest.mark.parametrize("teams", [2, 4, 6])
def test_the_teams_list_is_as_tall_as_its_teams_and_the_agenda_gets_the_rest(qtbot, translations, bundled_deck,
                                                                             app_font, teams):
    """Two teams had a list of six rows' height, four a list cut at three and a half, while the
    agenda above showed two phases and a half at 1366x768, phones on. Six teams (a class of thirty)
    had their last one cut and two agenda rows: the count of phones now sits on the switch."""
    from .conftest import open_console

    names = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues")[:teams]
    before = QApplication.font()
    QApplication.setFont(app_font)  # the app's own font and size, as the app sets it before any window
    try:
        _teams_and_agenda_at_1366(qtbot, open_console(qtbot, bundled_deck, names=names), teams)
    finally:
        QApplication.setFont(before)


def _teams_and_agenda_at_1366(qtbot, console, teams: int) -> None:
    console.resize(1366, 768)
    c, phones = console.controller, console.phones
    c.act(c.session.start_phase, "debates")
    phones.turn_on("127.0.0.1", 0)
    try:
        for _ in range(3):
            QApplication.processEvents()
        listed = console.teams.list
        row = listed.sizeHintForRow(0)
        assert listed.viewport().height() >= teams * row  # every team shown, no scrolling
        assert listed.viewport().height() < (teams + 1) * row  # and no empty rows
        agenda = console.agenda.phases
        assert agenda.viewport().height() >= 3 * agenda.sizeHintForRow(0)
        # Each phase on one line, the current one too, beside the agenda's scroll bar.
        one_line = agenda.fontMetrics().lineSpacing() * 1.5
        assert all(agenda.visualItemRect(agenda.item(r)).height() < one_line for r in range(agenda.count()))
    finally:
        phones.turn_off()
