"""Raised hands typed on top of an open phone vote, then the session closed the ordinary way.

The room's hands without a phone are typed into the vote's boxes while the phones vote; they are
added to the phones' answers when the vote is recorded. Closing the console (Ctrl+Q, the window's
close, « Fermer la séance ») closed the phones' vote and kept its answers in the session file, but
not the hands: the vote was not recorded, the hands kept against a kill were forgotten as the session
closed properly, and the session came back with the phones' answers alone. Now the vote is
recorded as it closes, hidden, as Record does (and as counts typed without phones already were):
reopened, its boxes hold what the facilitator left, and the start screen says so.

Real widgets, the app's own launcher, a real session file, a real server on loopback and real
WebSocket clients as phones; the file is reopened in a new console.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bataille.storage import close_session, new_session
from bataille.storage.reader import read_session
from bataille.ui import phones as ui_phones
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.workshop import ManualClock
from bataille.workshop.flow import first_debate_phase, start_quick_debate

from .test_phones_back_after_a_crash import reopen
from .test_phones_console_votes import answer, freeze, join, receive


def _launched(qtbot, translations, session):
    """The console on ``session`` as the app opens it (its start screen behind)."""
    launcher = Launcher(translations, Settings(), session.deck)
    qtbot.addWidget(launcher.start)
    console = launcher.run(session, show_stage=False)
    qtbot.addWidget(console.stage)
    return launcher, console


def _phones_on(console, qtbot, count, stack):
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, count, stack)
    qtbot.waitUntil(lambda: console.phones.connected == count, timeout=5000)
    return sockets


def _recorded(path: Path, stage: str) -> list[tuple]:
    """The counts of every VoteRecorded of ``stage`` in the session file, in order."""
    return [e.by for e in read_session(path) if type(e).__name__ == "VoteRecorded" and e.stage == stage]


def test_closing_the_console_records_the_hands_typed_on_top_of_the_phones_answers(qtbot, translations,
                                                                                bundled_deck, tmp_path, stack):
    path = tmp_path / "atelier.bataille"
    session = new_session(path, bundled_deck, ManualClock(), "fr", agenda_minutes=60)
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    launcher, console = _launched(qtbot, translations, session)
    c, debate, phones = console.controller, console.phase.debate, console.phones
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    debate.votes["before"].set_counts(5, 3, 1)
    debate.record("before")
    sockets = _phones_on(console, qtbot, 2, stack)
    debate.phone_buttons["after"].click()
    for ws, choice in zip(sockets, ("agree", "disagree"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    debate.votes["after"].set_counts(1, 0, 2)  # the room's hands without a phone
    assert debate.typed_counts() == {"after": (1, 0, 2)}

    assert console.close()  # as Ctrl+Q, the window's close or « Fermer la séance » do
    assert launcher.console is None and not phones.on
    for ws, choice in zip(sockets, ("agree", "disagree"), strict=True):
        assert receive(ws, "closed")["mine"] == choice
    said = launcher.start.message.text()
    assert said.startswith("Le vote des téléphones sur le débat 1 a été clos avant la fermeture de la séance"), said
    assert ("Les mains levées saisies en plus des réponses des téléphones ont été enregistrées avec elles, "
            "cachées, dans le vote après le débat.") in said, said
    assert not launcher.start.message.warning
    launcher.start.resize(1366, 768)
    launcher.start.grab().save(str(Path(os.environ.get("BATAILLE_SHOTS", tmp_path)) / "start-hands-kept.png"))
    assert Settings().counts_left() is None  # in the file now: nothing for the preferences to keep

    # The file: the phones' answers, then the vote recorded with the hands on top, not shown.
    assert _recorded(path, "after") == [(("room", (2, 1, 2)),)]
    events = [type(e).__name__ for e in read_session(path)]
    assert events.index("PhoneVotesRecorded") < len(events) - 1 - events[::-1].index("VoteRecorded")
    assert "VotesRevealed" not in events

    again = reopen(qtbot, path, bundled_deck)  # a new console on the same file
    try:
        panel, rnd = again.phase.debate, again.controller.state.open_round
        assert panel.votes["after"].counts() == {"agree": 2, "disagree": 1, "undecided": 2}  # as left
        assert panel.votes["before"].counts() == {"agree": 5, "disagree": 3, "undecided": 1}
        total = rnd.after.total
        assert (total.agree, total.disagree, total.undecided) == (2, 1, 2)
        assert sorted(choice for _, choice in rnd.phones_after) == ["agree", "disagree"]
        assert not rnd.revealed("after") and all(t.score == 0 for t in again.controller.state.teams)
        assert again.recovery_banner.isHidden()  # closed properly: nothing to recover
    finally:
        again.close()
        QApplication.processEvents()
        close_session(again.controller.session)


def test_a_quick_debate_keeps_the_hands_too(qtbot, translations, bundled_deck, tmp_path, stack):
    """The quick debate (one debate, no teams) does the same, and says it without a debate's number."""
    path = tmp_path / "debat.bataille"
    session = new_session(path, bundled_deck, ManualClock(), "fr", phase_ids=[first_debate_phase(bundled_deck)])
    start_quick_debate(session, bundled_deck.cards_of("debate", "bias")[0].id, ("Pour", "Contre"))
    launcher, console = _launched(qtbot, translations, session)
    c, debate, phones = console.controller, console.phase.debate, console.phones
    assert c.quick_debate
    sockets = _phones_on(console, qtbot, 3, stack)
    debate.phone_buttons["before"].click()
    for ws, choice in zip(sockets, ("agree", "agree", "undecided"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    debate.record("before")  # the phones' vote closes first: their answers are the vote before
    qtbot.waitUntil(lambda: c.state.open_round.before is not None, timeout=5000)
    debate.phone_buttons["after"].click()
    answer(sockets[0], "disagree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    debate.votes["after"].set_counts(0, 4, 0)  # four hands against, without a phone

    assert console.close()
    said = launcher.start.message.text()
    assert said.startswith("Le vote des téléphones a été clos avant la fermeture de la séance"), said  # no number
    assert "dans le vote après le débat" in said, said
    assert _recorded(path, "after") == [(("room", (0, 5, 0)),)]

    again = reopen(qtbot, path, bundled_deck)
    try:
        assert again.phase.debate.votes["after"].counts() == {"agree": 0, "disagree": 5, "undecided": 0}
        assert not again.controller.state.open_round.revealed("after")
    finally:
        again.close()
        QApplication.processEvents()
        close_session(again.controller.session)


def test_hands_are_recorded_when_the_phones_never_answer_the_close(qtbot, translations, bundled_deck, tmp_path,
                                                                   stack, monkeypatch):
    """The phones' server is stuck as the session closes: their answers are lost (the start screen
    says so, as before), the hands typed are not."""
    monkeypatch.setattr(ui_phones, "ANSWERS_WAIT_MS", 300, raising=False)
    path = tmp_path / "atelier.bataille"
    session = new_session(path, bundled_deck, ManualClock(), "fr", agenda_minutes=60)
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    launcher, console = _launched(qtbot, translations, session)
    c, debate, phones = console.controller, console.phase.debate, console.phones
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    sockets = _phones_on(console, qtbot, 1, stack)
    debate.phone_buttons["before"].click()
    answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    debate.votes["before"].set_counts(3, 2, 0)
    frozen = freeze(phones, 1.0)
    assert console.close()
    assert frozen.is_set()
    said = launcher.start.message.text()
    assert "ne s’est pas clos à temps" in said and "(réponses perdues\u00a0: 1)" in said, said
    assert ("Les mains levées saisies en plus du vote des téléphones ont été enregistrées, cachées, dans le "
            "vote avant le débat.") in said, said
    QApplication.processEvents()  # the late answers, delivered now, go nowhere
    assert _recorded(path, "before") == [(("room", (3, 2, 0)),)]
    assert not [e for e in read_session(path) if type(e).__name__ == "PhoneVotesRecorded"]


def test_counts_typed_without_phones_in_a_quick_debate_are_recorded_as_it_closes(qtbot, translations,
                                                                                bundled_deck, tmp_path):
    """No phone at all (as before this change, checked here for the quick debate): the counts typed
    are recorded, hidden, and the start screen says so; reopened, the boxes hold them."""
    path = tmp_path / "debat.bataille"
    session = new_session(path, bundled_deck, ManualClock(), "fr", phase_ids=[first_debate_phase(bundled_deck)])
    start_quick_debate(session, bundled_deck.cards_of("debate", "bias")[0].id, ("Pour", "Contre"))
    launcher, console = _launched(qtbot, translations, session)
    console.phase.debate.votes["before"].set_counts(6, 2, 3)
    assert console.close()
    said = launcher.start.message.text()
    assert said == ("Les nombres saisis pour le vote avant le débat ont été enregistrés, cachés, avant la "
                    "fermeture de la séance."), said
    assert _recorded(path, "before") == [(("room", (6, 2, 3)),)]
    again = reopen(qtbot, path, bundled_deck)
    try:
        assert again.phase.debate.votes["before"].counts() == {"agree": 6, "disagree": 2, "undecided": 3}
        assert not again.controller.state.open_round.revealed("before")
    finally:
        again.close()
        QApplication.processEvents()
        close_session(again.controller.session)
