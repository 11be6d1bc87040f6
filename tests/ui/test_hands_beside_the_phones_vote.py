"""A vote's boxes hold the hands typed, and only them, before the phones' vote closes, after it
closes and after it is reopened: the phones' answers are shown beside them, read-only, and added
when the vote is recorded. A teacher closed the phones' vote too early (22 answers), reopened it and
typed the 4 raised hands in the boxes, which then held the phones' answers: the hands replaced them
and were lost (22 voters on the stage, 26 before). And while the phones vote, the console shows no
shares of the hands alone (50 % with 22 answers in and 4 hands typed). A quick debate in French and
in English, real widgets, a real server on loopback, real WebSocket clients as phones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from bataille.ui.commands import Command
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import first_debate_phase, start_quick_debate

from .test_phones_console_votes import answer, join

ANSWERS_AFTER = ("agree",) * 5 + ("disagree",) * 14 + ("undecided",) * 3  # 22 phones: 5 / 14 / 3


@pytest.fixture(params=["fr", "en"])
def quick_room(request, qtbot, translations, bundled_deck, stack):
    """A quick debate in ``lang`` at 1366x768, its vote before recorded and shown (26 voters), the
    phones on; ``(console, lang)``."""
    lang = request.param
    translations.set_language(lang)
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), lang,
                             phase_ids=[first_debate_phase(bundled_deck)])
    camps = ("Pour", "Contre") if lang == "fr" else ("For", "Against")
    start_quick_debate(session, bundled_deck.cards_of("debate", "bias")[0].id, camps)
    console = ConsoleWindow(SessionController(session))
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    console.resize(1366, 768)
    console.show()
    c = console.controller
    c.act(c.session.record_vote, "before", {"agree": 10, "disagree": 10, "undecided": 6})
    c.act(c.session.reveal_votes, "before")
    yield console, lang
    console.phones.turn_off()
    console.close()
    translations.set_language("fr")


def phones_in(console, qtbot, stack, count):
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, count, stack)
    qtbot.waitUntil(lambda: console.phones.connected == count, timeout=5000)
    return sockets


def shot(console, name: str) -> None:
    folder = os.environ.get("BATAILLE_SHOTS")
    if folder:
        QApplication.processEvents()
        console.grab().save(str(Path(folder) / name))


def shares(panel, stage="after"):
    return tuple(panel.votes[stage].shares[c].text() for c in ("agree", "disagree", "undecided"))


def hands(panel, stage="after"):
    return tuple(panel.votes[stage].counts()[c] for c in ("agree", "disagree", "undecided"))


def type_hands(panel, counts, stage="after"):
    for choice, n in zip(("agree", "disagree", "undecided"), counts, strict=True):
        panel.votes[stage].boxes[choice].setValue(n)


def phones_part(panel, stage="after") -> str:
    """What the line beside the boxes says of the phones ("" when hidden)."""
    part = panel.findChild(QLabel, f"phonesPart_{stage}")
    return part.text() if part is not None and part.isVisible() else ""


def voters_on_stage(console) -> list[str]:
    return [t for t in console.stage.build().texts() if "votants" in t or "voters" in t]


def test_hands_typed_after_closing_too_early_and_reopening_are_counted(quick_room, qtbot, stack):
    console, lang = quick_room
    c, panel, phones = console.controller, console.phase.debate, console.phones
    sockets = phones_in(console, qtbot, stack, 22)
    ask, said = panel.phone_buttons["after"], []  # what the line beside the boxes said, step by step
    ask.click()
    for ws, choice in zip(sockets, ANSWERS_AFTER, strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 22, timeout=5000)
    said.append(phones_part(panel))  # how many answered, beside the hands
    shot(console, f"hands-1-phones-voting-{lang}.png")

    ask.click()  # closed too early
    qtbot.waitUntil(lambda: phones.asking is None and len(c.state.open_round.phones_after) == 22, timeout=5000)
    boxes_then = hands(panel)  # the boxes still hold the hands: none typed (checked at the end)
    said.append(phones_part(panel))
    assert shares(panel) == (("23\u00a0%", "64\u00a0%", "14\u00a0%") if lang == "fr" else ("23%", "64%", "14%"))
    shot(console, f"hands-2-closed-too-early-{lang}.png")

    ask.click()  # reopened: each phone keeps its answer
    qtbot.waitUntil(lambda: phones.asking is not None and phones.answered == 22, timeout=5000)
    type_hands(panel, (1, 3, 0))  # the four raised hands
    said.append(phones_part(panel))
    shares_then = shares(panel)  # no share of a part of the room while the phones vote
    shot(console, f"hands-3-reopened-hands-typed-{lang}.png")

    console.actions_[Command.NEXT].trigger()  # closes the phones' vote, records, shows
    qtbot.waitUntil(lambda: c.state.open_round is not None and c.state.open_round.revealed_after, timeout=5000)
    total = c.state.open_round.after.total
    assert (total.agree, total.disagree, total.undecided) == (6, 17, 3)
    assert len(c.state.open_round.phones_after) == 22
    assert hands(panel) == (1, 3, 0)  # the hands, not counted twice
    assert boxes_then == (0, 0, 0) and shares_then == ("", "", "")
    assert any("26" in t for t in voters_on_stage(console)), voters_on_stage(console)
    assert not panel.shift_label.text().count("22"), panel.shift_label.text()  # 26 after, 26 before
    said.append(phones_part(panel))
    shot(console, f"hands-4-recorded-and-shown-{lang}.png")
    # Beside the boxes: the phones' answers so far while they vote, then the phones' part and the whole.
    phones_word = "téléphone" if lang == "fr" else "phone"
    assert all(phones_word in line and "22" in line for line in said), said
    assert all(f" {n}" in said[1] for n in (5, 14, 3)), said[1]
    assert "26" in said[3], said[3]


def test_hands_typed_first_then_close_reopen_next_and_undo(quick_room, qtbot, stack):
    console, lang = quick_room
    c, panel, phones = console.controller, console.phase.debate, console.phones
    sockets = phones_in(console, qtbot, stack, 5)
    ask = panel.phone_buttons["after"]
    ask.click()
    type_hands(panel, (2, 1, 1))  # hands typed first, while the phones vote
    for ws, choice in zip(sockets, ("agree", "disagree", "disagree", "disagree", "undecided"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 5, timeout=5000)
    assert shares(panel) == ("", "", "")
    ask.click()  # closed
    qtbot.waitUntil(lambda: phones.asking is None and len(c.state.open_round.phones_after) == 5, timeout=5000)
    assert hands(panel) == (2, 1, 1)  # the phones' answers beside them, not in them
    assert "9" in phones_part(panel)  # 5 phones + 4 hands
    ask.click()  # reopened; one phone changes its mind
    qtbot.waitUntil(lambda: phones.asking is not None, timeout=5000)
    answer(sockets[4], "agree")
    qtbot.waitUntil(lambda: phones.answered == 5, timeout=5000)
    ask.click()  # closed again
    qtbot.waitUntil(lambda: phones.asking is None and ("undecided" not in dict(c.state.open_round.phones_after)
                                                       .values()), timeout=5000)
    assert hands(panel) == (2, 1, 1)
    console.actions_[Command.NEXT].trigger()
    qtbot.waitUntil(lambda: c.state.open_round.revealed_after, timeout=5000)
    total = c.state.open_round.after.total
    assert (total.agree, total.disagree, total.undecided) == (4, 4, 1)

    # Ctrl+Z after Next, back to before the vote was recorded: the hands stay the hands.
    while c.state.open_round.after is not None:
        console.actions_[Command.UNDO].trigger()
        QApplication.processEvents()
    assert hands(panel) == (2, 1, 1)
    if phones.asking is not None:  # the phones voting again, as before the close
        console.actions_[Command.NEXT].trigger()
        qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    console.actions_[Command.NEXT].trigger()  # recorded and shown again: the same vote
    qtbot.waitUntil(lambda: c.state.open_round.revealed_after, timeout=5000)
    total = c.state.open_round.after.total
    assert (total.agree, total.disagree, total.undecided) == (4, 4, 1)
    assert hands(panel) == (2, 1, 1)


def test_no_shares_of_the_hands_alone_while_the_phones_vote(quick_room, qtbot, stack):
    """22 phone answers in, 2 / 1 / 1 hands typed: the console said "50 %, 25 %, 25 %", the shares of
    the hands alone. Now none while the phones vote; once closed, those of the whole (phones + hands)."""
    console, lang = quick_room
    panel, phones = console.phase.debate, console.phones
    sockets = phones_in(console, qtbot, stack, 22)
    panel.phone_buttons["after"].click()
    for ws, choice in zip(sockets, ANSWERS_AFTER, strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 22, timeout=5000)
    type_hands(panel, (2, 1, 1))
    assert shares(panel) == ("", "", "")
    panel.phone_buttons["after"].click()  # closed: 7 / 15 / 4 of 26
    qtbot.waitUntil(lambda: phones.asking is None and len(console.controller.state.open_round.phones_after) == 22,
                    timeout=5000)
    sign = "\u00a0%" if lang == "fr" else "%"
    assert shares(panel) == tuple(f"{n}{sign}" for n in (27, 58, 15))


def test_one_phone_is_said_in_the_singular(quick_room, qtbot, stack):
    console, lang = quick_room
    c, panel, phones = console.controller, console.phase.debate, console.phones
    sockets = phones_in(console, qtbot, stack, 1)
    panel.phone_buttons["after"].click()
    answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    voting = phones_part(panel)
    panel.phone_buttons["after"].click()  # closed
    qtbot.waitUntil(lambda: phones.asking is None and len(c.state.open_round.phones_after) == 1, timeout=5000)
    closed = phones_part(panel)
    if lang == "fr":
        assert "+ 1 réponse d’un téléphone, ajoutée" in voting and "+ 1 téléphone (d’accord 1," in closed
    else:
        assert "+ 1 phone answer so far" in voting and "+ 1 phone (agree 1," in closed


def test_asking_the_phones_is_said_on_the_status_line(quick_room, qtbot, stack):
    """The status line said the last action before the question (« Rétabli — … » long after)."""
    console, lang = quick_room
    panel = console.phase.debate
    phones_in(console, qtbot, stack, 1)
    panel.phone_buttons["after"].click()
    said = "Vote après demandé aux téléphones" if lang == "fr" else "Vote after asked to the phones"
    qtbot.waitUntil(lambda: console.status_line.text() == said, timeout=3000)
