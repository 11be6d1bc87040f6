"""Ctrl+Z on the phones' votes: the question just put to the phones (a vote before, a vote after, the
feedback) is taken back first, the phones waiting again, and only a further Ctrl+Z takes back the
action before it; one "next" that closes the phones' vote and shows it is taken back by one Ctrl+Z,
the phones voting again with their answers; a debate closed with counts typed is reopened by one
Ctrl+Z, its counts typed again, not recorded. Real widgets, a real server on loopback, real
WebSocket clients as phones, a real session file."""

from __future__ import annotations

from bataille.ui.commands import Command

from .conftest import go_to_phase
from .test_phones_console_votes import (
    answer,
    debate_with_phones,
    every_phone_answers,
    join,
    receive,
)


def ctrl_z(console) -> str:
    console.actions_[Command.UNDO].trigger()
    return console.controller.last_message


def test_asking_the_vote_after_is_undone_first(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.votes["before"].set_counts(3, 1, 0)
    panel.record("before")
    c.act(c.session.reveal_votes, "before")
    panel.phone_buttons["after"].click()
    answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    assert console.settings.phones_left_on().question == phones.asking.id  # what a kill would ask again
    # The Undo item names what Ctrl+Z stops first (it named the vote before's reveal, which comes second).
    assert console.actions_[Command.UNDO].text() == "&Annuler\u00a0: Téléphones interrogés sur le vote après le débat 1"

    said = ctrl_z(console)
    assert said.startswith("Annulé — Téléphones interrogés sur le vote après le débat 1"), said
    assert "réponses non gardées\u00a0: 1" in said, said
    assert phones.asking is None and c.state.open_round.revealed_before  # the vote before stays shown
    for ws in sockets:
        receive(ws, "waiting")
    assert console.stage.context().phones is None  # no « Vote sur les téléphones » under the vote after
    left = console.settings.phones_left_on()
    assert left is not None and left.question is None  # killed now, the app asks nothing again
    assert "Dévoiler le vote avant" not in c.next_step().label

    assert console.actions_[Command.UNDO].text().startswith("&Annuler\u00a0: Vote avant dévoilé")
    said = ctrl_z(console)  # only now the action before
    assert not c.state.open_round.revealed_before and said.startswith("Annulé — Vote avant dévoilé"), said


def test_asking_the_vote_before_by_next_is_undone_before_the_opening(file_console, qtbot, stack):
    console = file_console
    c = console.controller
    go_to_phase(c)
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, 1, stack)
    qtbot.waitUntil(lambda: console.phones.connected == 1, timeout=5000)
    c.advance()  # opens the debate, its sides drawn: one step
    assert c.state.open_round is not None
    c.advance()  # asks the phones
    assert console.phones.asking is not None
    receive(sockets[0], "question")

    said = ctrl_z(console)
    assert said.startswith("Annulé — Téléphones interrogés sur le vote avant le débat 1"), said
    assert console.phones.asking is None and c.state.open_round is not None
    receive(sockets[0], "waiting")
    ctrl_z(console)  # the whole opening, as before
    assert c.state.open_round is None and not c.state.rounds


def test_asking_the_feedback_is_undone_first(file_console, qtbot, stack):
    console = file_console
    c = console.controller
    go_to_phase(c, "debrief")
    c.act(c.session.add_takeaway, "Vérifier ses sources")
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, 1, stack)
    qtbot.waitUntil(lambda: console.phones.connected == 1, timeout=5000)
    console.phase.debrief.ask_feedback_button.click()
    receive(sockets[0], "feedback_ask")
    assert console.settings.phones_left_on().feedback
    assert console.actions_[Command.UNDO].text() == "&Annuler\u00a0: Avis demandé aux téléphones"

    said = ctrl_z(console)
    assert said.startswith("Annulé — Avis demandé aux téléphones"), said
    assert console.actions_[Command.UNDO].text().startswith("&Annuler\u00a0: Ajouté à ce que l’on retient")
    assert len(c.state.debrief.takeaways) == 1  # the takeaway stays
    assert not console.phones.asking_feedback and not console.settings.phones_left_on().feedback
    receive(sockets[0], "waiting")
    assert console.phase.debrief.feedback_askable()  # asked again by the button or "next"
    ctrl_z(console)
    assert not c.state.debrief.takeaways


def test_one_next_on_a_phone_vote_one_undo(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 3, stack)
    panel.phone_buttons["before"].click()
    every_phone_answers(qtbot, phones, sockets, "agree")
    panel.votes["before"].boxes["disagree"].setValue(2)  # two hands typed on top
    held = panel.votes["before"].counts()
    before = c.session.event_count
    c.advance()  # « Clore le vote et le dévoiler (réponses : 3) »
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    assert c.session.event_count - before == 3
    for ws in sockets:
        receive(ws, "closed")

    ctrl_z(console)  # one press: the phones' answers, the counts, the showing, all taken back
    rnd = c.state.open_round
    assert rnd.before is None and not rnd.revealed_before and not rnd.phone_votes("before")
    assert panel.votes["before"].counts() == held  # the boxes as before the press
    assert phones.asking is not None and phones.asking.stage == "before"  # the phones vote again
    for ws in sockets:  # each sees its own answer again
        question = receive(ws, "question")
        assert question["open"] and question["mine"] == "agree", question
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    assert console.stage.context().phones == ("before", 3, 3)
    assert "Clore le vote et le dévoiler" in c.next_step().label

    c.advance()  # taken again: the same counts, no answer counted twice
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    total = c.state.open_round.before.total
    assert (total.agree, total.disagree, total.undecided) == (3, 2, 0)


def test_closing_with_typed_counts_one_undo(file_console, qtbot, stack):
    console = file_console
    c, panel, _phones, _sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.votes["before"].set_counts(3, 1, 0)
    panel.record("before")
    c.act(c.session.reveal_votes, "before")
    panel.votes["after"].set_counts(1, 3, 0)  # typed, not recorded
    panel.close_button.click()
    assert c.state.open_round is None and c.state.rounds[0].after is not None

    ctrl_z(console)
    rnd = c.state.open_round
    assert rnd is not None and rnd.after is None  # reopened, the vote after not recorded
    assert panel.votes["after"].counts() == {"agree": 1, "disagree": 3, "undecided": 0}  # typed again
