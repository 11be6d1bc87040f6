"""The console closed by mistake while a vote is under way.

Closing the window during the phones' vote after (two of three phones had answered) closed it at once,
without a question: the phones were told the vote was closed, and reopened, the session left them off
and asked nothing again; the third phone could no longer vote, and the primary button offered to
record and show a two-answer vote as the room's. Closing with counts typed in the boxes, hands still
being counted, recorded them as the vote (hidden), and the next press showed them as final.

Now closing while a vote is under way asks first, in French, the safe choice the default; quitting
anyway leaves the session as an abrupt stop would: reopened, the phones are on again and their vote
asked again (each phone sends its answer again, the third one can vote), and the counts typed are
back in their boxes, not recorded. Nothing under way: the console closes at once, no question.

Real widgets, the app's own launcher, a real session file, a real server on loopback and real
WebSocket clients as phones; the file is reopened in a new console.
"""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from bataille.storage import close_session, new_session
from bataille.storage.reader import read_session
from bataille.ui.phones import Phones
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.workshop import ManualClock

from .test_hurried_questions import type_counts_after
from .test_phones_back_after_a_crash import reopen
from .test_phones_console_votes import answer, join, receive

QUESTION_PHONES = ("Un vote est en cours\u00a0: les téléphones répondent au vote après le débat (réponses\u00a0: 2). "
                   "Quitter quand même\u00a0?")
# What reopening brings back: the counts only when some are typed (it promised them when none was).
BACK_PHONES = ("Rien n’en a été enregistré. Rouvrez la séance dans les trois heures pour le reprendre\u00a0: les "
               "téléphones sont de nouveau activés et le vote leur est redemandé (chaque téléphone renvoie sa réponse).")
BACK_BOTH = ("Rien n’en a été enregistré. Rouvrez la séance dans les trois heures pour le reprendre\u00a0: les "
             "téléphones sont de nouveau activés et le vote leur est redemandé (chaque téléphone renvoie sa réponse), "
             "les nombres saisis reviennent dans leurs cases.")
BACK_COUNTS = ("Rien n’en a été enregistré. Rouvrez la séance dans les trois heures pour le reprendre\u00a0: les "
               "nombres saisis reviennent dans leurs cases, tels quels.")
QUESTION_COUNTS = ("Un vote est en cours\u00a0: les nombres saisis pour le vote après le débat ne sont pas "
                   "enregistrés. Quitter quand même\u00a0?")


@pytest.fixture
def launched(qtbot, translations, bundled_deck, tmp_path):
    """The app's launcher and its French console on a session file of two teams, the first debate open,
    its vote before recorded and shown (as « Enregistrer et dévoiler le vote avant » does)."""
    path = tmp_path / "atelier.bataille"
    # The session's actions now (as the app's own clock has them): a stop is "lately" from them.
    session = new_session(path, bundled_deck, ManualClock(time.time()), "fr", agenda_minutes=60)
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    launcher = Launcher(translations, Settings(), session.deck)
    qtbot.addWidget(launcher.start)
    console = launcher.run(session, show_stage=False)
    qtbot.addWidget(console.stage)
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    c.act(c.session.record_vote, "before", {"agree": 5, "disagree": 3, "undecided": 1})
    c.act(c.session.reveal_votes, "before")
    QApplication.processEvents()
    yield launcher, console, path
    if launcher.console is not None:  # a test that failed half way: closed without a question
        launcher.console.phones.turn_off()
        launcher.console.mid_vote.quitting = True
        launcher.console.close()


def _question(console) -> QMessageBox:
    box = console.mid_vote.question
    assert box is not None and box.isVisible()
    return box


def _events(path, kind: str, stage: str | None = None) -> list:
    return [e for e in read_session(path)
            if type(e).__name__ == kind and (stage is None or getattr(e, "stage", None) == stage)]


def _close_reopened(console) -> None:
    console.phones.turn_off()
    close_session(console.controller.session)
    QApplication.processEvents()


def test_closing_during_the_phones_vote_asks_and_quitting_leaves_it_to_come_back(launched, qtbot, bundled_deck,
                                                                              stack, monkeypatch):
    launcher, console, path = launched
    debate, phones = console.phase.debate, console.phones
    phones.turn_on("127.0.0.1", 0)
    sockets = join(console, 3, stack)
    qtbot.waitUntil(lambda: phones.connected == 3, timeout=5000)
    debate.phone_buttons["after"].click()
    for ws, choice in zip(sockets[:2], ("agree", "disagree"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    question_id, url = phones.asking.id, phones.url

    # The window's close asks, and Enter (the default) keeps the vote going.
    assert not console.close()
    box = _question(console)
    assert box.text() == QUESTION_PHONES
    assert box.informativeText() == BACK_PHONES  # nothing typed: no counts promised
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text().replace("&", "") == "Continuer le vote"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert console.mid_vote.question is None and launcher.console is console
    assert phones.on and phones.asking is not None and phones.answered == 2

    # Asked again; "Quit anyway": closed, the vote neither closed nor recorded.
    assert not console.close()
    box = _question(console)
    quit_ = box.findChild(type(box.defaultButton()), "quitAnyway")
    assert quit_.text().replace("&", "") == "Quitter quand même"
    qtbot.mouseClick(quit_, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.console is None, timeout=5000)
    assert not phones.on
    for ws in sockets:  # each phone loses the laptop, and is never told the vote is closed
        heard = []
        with pytest.raises(ConnectionClosed):
            while True:
                heard.append(json.loads(ws.recv(timeout=5))["type"])
        assert "closed" not in heard, heard
    said = launcher.start.message.text()
    assert said == ("Le vote en cours a été laissé tel quel, sans rien en enregistrer\u00a0: rouvrez la séance dans "
                    "les trois heures pour le reprendre."), said  # as long as the question said
    assert not _events(path, "PhoneVotesRecorded") and not _events(path, "VoteRecorded", "after")

    # Reopened: the phones on again at the same address, the same vote asked again.
    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    again = reopen(qtbot, path, bundled_deck)
    try:
        phones2, panel = again.phones, again.phase.debate
        qtbot.waitUntil(lambda: phones2.on and phones2.asking is not None, timeout=5000)
        assert phones2.asking.id == question_id and phones2.url == url  # where the phones knock
        assert panel.phone_buttons["after"].isVisible()
        assert again.controller.state.open_round.after is None
        qtbot.waitUntil(lambda: again.status_line.text().startswith(
            "La séance a été fermée pendant un vote, resté en l’état\u00a0: les téléphones sont de nouveau activés"),
            timeout=2000)
        ws_url = phones2.url.replace("http", "ws") + "ws"
        for choice in ("agree", "disagree", "undecided"):  # the two that answered, again; and the third
            ws = stack.enter_context(connect(ws_url))
            ws.send(json.dumps({"type": "hello", "token": None}))
            receive(ws, "welcome")
            answer(ws, choice)
        qtbot.waitUntil(lambda: phones2.answered == 3, timeout=5000)
    finally:
        _close_reopened(again)


def test_closing_with_counts_typed_asks_and_quitting_keeps_them_typed_not_recorded(launched, qtbot, bundled_deck):
    launcher, console, path = launched
    type_counts_after(qtbot, console)
    assert console.phase.debate.typed_counts() == {"after": (2, 1, 0)}

    assert not console.close()
    box = _question(console)
    assert box.text() == QUESTION_COUNTS
    assert box.informativeText() == BACK_COUNTS
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keeps counting
    assert launcher.console is console and console.phase.debate.typed_counts() == {"after": (2, 1, 0)}
    assert not _events(path, "VoteRecorded", "after")

    assert not console.close()
    box = _question(console)
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "quitAnyway"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.console is None, timeout=5000)
    assert not _events(path, "VoteRecorded", "after")  # not recorded as the room's vote

    again = reopen(qtbot, path, bundled_deck)
    try:
        panel = again.phase.debate
        qtbot.waitUntil(lambda: panel.votes["after"].counts() == {"agree": 2, "disagree": 1, "undecided": 0},
                        timeout=2000)
        assert again.controller.state.open_round.after is None  # back in the boxes, as typed
        assert panel.typed_counts() == {"after": (2, 1, 0)}
        qtbot.waitUntil(lambda: again.status_line.text() == (
            "La séance a été fermée pendant un vote, resté en l’état\u00a0: les nombres saisis sont de retour "
            "dans leurs cases, non enregistrés."), timeout=2000)
    finally:
        _close_reopened(again)
    assert Settings().left_under_way() is None  # read once: the next opening brings nothing back


def test_nothing_under_way_closes_at_once(launched, qtbot, bundled_deck, stack):
    """The vote before recorded, nothing typed for the vote after, the phones on but not asked: no question."""
    launcher, console, path = launched
    console.phones.turn_on("127.0.0.1", 0)
    join(console, 1, stack)
    assert console.close()
    assert launcher.console is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert Settings().left_under_way() is None and Settings().phones_left_on() is None
    again = reopen(qtbot, path, bundled_deck)
    try:
        qtbot.wait(50)
        assert not again.phones.on  # closed properly: nothing comes back
    finally:
        _close_reopened(again)


def test_hands_typed_on_top_of_the_phones_vote_come_back_with_it(launched, qtbot, bundled_deck, stack, monkeypatch):
    """The room's hands without a phone typed on top of the phones' vote, then closed by mistake: quitting
    anyway records neither; reopened, the hands are in their boxes and the phone's answer comes on top."""
    launcher, console, path = launched
    debate, phones = console.phase.debate, console.phones
    phones.turn_on("127.0.0.1", 0)
    (ws,) = join(console, 1, stack)
    debate.phone_buttons["after"].click()
    answer(ws, "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    debate.votes["after"].set_counts(1, 0, 2)  # three hands without a phone (the answers come at the close)
    assert debate.typed_counts() == {"after": (1, 0, 2)}
    assert not console.close()
    box = _question(console)
    assert box.text() == ("Un vote est en cours\u00a0: les téléphones répondent au vote après le débat (réponses"
                          "\u00a0: 1) et les nombres saisis pour le vote après le débat ne sont pas enregistrés. "
                          "Quitter quand même\u00a0?")
    assert box.informativeText() == BACK_BOTH
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "quitAnyway"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.console is None, timeout=5000)
    assert not _events(path, "PhoneVotesRecorded") and not _events(path, "VoteRecorded", "after")

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    again = reopen(qtbot, path, bundled_deck)
    try:
        phones2, panel = again.phones, again.phase.debate
        qtbot.waitUntil(lambda: phones2.on and phones2.asking is not None, timeout=5000)
        assert panel.votes["after"].counts() == {"agree": 1, "disagree": 0, "undecided": 2}  # the hands
        assert panel.typed_counts() == {"after": (1, 0, 2)}
        back = stack.enter_context(connect(phones2.url.replace("http", "ws") + "ws"))
        back.send(json.dumps({"type": "hello", "token": None}))
        receive(back, "welcome")
        answer(back, "agree")
        qtbot.waitUntil(lambda: phones2.answered == 1, timeout=5000)
        panel.record("after")  # the phones' vote closes first: its answer is added to the hands
        qtbot.waitUntil(lambda: again.controller.state.open_round.after is not None, timeout=5000)
        total = again.controller.state.open_round.after.total
        assert (total.agree, total.disagree, total.undecided) == (2, 0, 2)
    finally:
        _close_reopened(again)
