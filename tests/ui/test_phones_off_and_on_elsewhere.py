"""The room's phones count once, on the console and in the session, however the laptop's address changed.

- Phones turned off, then on again at another address (the laptop's address changed meanwhile; not
  the console's move): a recorded vote reopened counted each phone twice, its answer recorded under
  the token of the old address and its answer again under its new one (2 phones, 4 answers in the
  debate's counts and in the session file).
- A phone moved between the debate's two votes is still matched with itself: « qui a changé d'avis »
  (who changed their mind) left out every phone, its vote after kept under a token its vote before
  never had.

Real widgets, a real session file, a real server on loopback (127.0.0.1, then 127.0.0.2), real
WebSocket clients as phones (from their own loopback addresses where they must be told apart)."""

from __future__ import annotations

import json

from websockets.sync.client import connect

from bataille.export.summary_model import build_summary
from bataille.storage.reader import read_session
from bataille.workshop.minds import mind_changes

from .test_phones_console_votes import answer, debate_with_phones, join, receive


def join_from(console, sources: list[str], stack) -> list:
    """Phones from these network addresses said hello (no token: a new one at this address)."""
    sockets = []
    for source in sources:
        ws = stack.enter_context(connect(console.phones.url.replace("http", "ws") + "ws", source_address=(source, 0)))
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        sockets.append(ws)
    return sockets


def test_a_vote_reopened_after_phones_off_and_on_at_another_address_counts_each_phone_once(file_console, qtbot,
                                                                                           stack):
    console = file_console
    c, panel, phones, old = debate_with_phones(console, qtbot, 2, stack)
    button = panel.phone_buttons["before"]
    button.click()
    answer(old[0], "agree")
    answer(old[1], "disagree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    button.click()
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_before) == 2, timeout=5000)

    phones.turn_off()
    phones.turn_on("127.0.0.2", 0)  # the laptop's address changed while the phones were off
    new = join(console, 2, stack)  # each phone a new one at this address
    qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
    button.click()  # « Rouvrir le vote des téléphones (réponses gardées : 2) »
    assert phones.earlier_elsewhere == 2 and phones.answered == 0
    assert answer(new[0], "agree")["mine"] is None
    answer(new[1], "undecided")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    button.click()
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    assert sorted(choice for _token, choice in c.state.open_round.phones_before) == ["agree", "undecided"]
    assert sum(panel.whole_counts("before").values()) == 2  # two phones, two answers
    recorded = [e for e in read_session(c.session.store.path) if type(e).__name__ == "PhoneVotesRecorded"]
    assert [len(e.votes) for e in recorded] == [2, 2]


def test_phones_moved_between_the_two_votes_are_matched_with_themselves(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, _ = debate_with_phones(console, qtbot, 0, stack)
    sources = ["127.0.0.11", "127.0.0.12", "127.0.0.13"]
    before = join_from(console, sources, stack)
    qtbot.waitUntil(lambda: phones.connected == 3, timeout=5000)
    panel.phone_buttons["before"].click()
    for ws, choice in zip(before, ("agree", "disagree", "agree"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    c.advance()  # « Clore le vote et le dévoiler (réponses : 3) »
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)

    phones.move_to("127.0.0.2")  # the console's move: each phone comes back there as a new one
    after = join_from(console, sources, stack)
    qtbot.waitUntil(lambda: phones.connected == 3, timeout=5000)
    panel.phone_buttons["after"].click()
    for ws, choice in zip(after, ("agree", "agree", "undecided"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    panel.phone_buttons["after"].click()
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_after) == 3, timeout=5000)

    rnd = c.state.open_round
    assert dict(rnd.phones_after).keys() == dict(rnd.phones_before).keys()  # each phone under one token
    minds = mind_changes(rnd)
    assert minds is not None and (minds.voters, minds.changed) == (3, 2)
    assert build_summary(c.session, c.deck).rounds[0].minds == minds
