"""A vote closed, then the phones move to the laptop's new address, then the vote is asked again
(« Rouvrir le vote des téléphones (réponses gardées : N) »): it opens from the answers recorded in
the session, each keyed by the token its phone had at the old address. A browser keeps its token per
address, so every phone comes back at the new one as a new phone: those recorded answers stood for
phones no longer there, and each phone answering again counted twice (2 phones, 4 answers). Answers
recorded at the new address, or before any move, are still each phone's own.

Real sockets on loopback: 127.0.0.1, then 127.0.0.2."""

from __future__ import annotations

import asyncio

from bataille.phones import PhoneServer

from .test_move_sets_answers_aside import _until, _vote, two_phones_voted
from .test_server import CLAIM, Heard


def _closed(phones: PhoneServer, heard: Heard) -> dict[str, str]:
    """Close the vote; the answers the app hears (and records in the session)."""
    heard.closed.clear()
    phones.close_vote()
    asyncio.run(asyncio.wait_for(_until(lambda: heard.closed), 5))
    return heard.closed[-1][1]


def test_a_vote_asked_again_after_a_move_counts_each_phone_once():
    heard = Heard()
    phones, old_a, old_b = two_phones_voted(heard)
    try:
        recorded = _closed(phones, heard)
        assert recorded == {old_a: "agree", old_b: "disagree"}
        phones.stop()  # the phones move (ui/phones.py, move_to), the vote closed
        phones.room.set_aside()
        phones.start("127.0.0.2", 0)
        phones.ask(CLAIM, recorded)  # asked again, from the answers the session recorded
        asyncio.run(asyncio.wait_for(_until(lambda: phones.room.question is not None and phones.room.open), 5))
        assert phones.room.answered() == 0
        # Both phones come back at the new address (new tokens): no answer of theirs to show; they answer.
        new_a, state = asyncio.run(_vote(phones.port, "127.0.0.2", "agree"))
        new_b, _ = asyncio.run(_vote(phones.port, "127.0.0.2", "undecided"))
        assert state["mine"] is None
        assert _closed(phones, heard) == {new_a: "agree", new_b: "undecided"}  # two phones, two answers
        # Asked again once more, at this address: the answers recorded here are each phone's own.
        phones.ask(CLAIM, {new_a: "agree", new_b: "undecided"})
        asyncio.run(asyncio.wait_for(_until(lambda: phones.room.answered() == 2), 5))
        _, state = asyncio.run(_vote(phones.port, "127.0.0.2", "disagree", token=new_b))
        assert state["mine"] == "undecided"  # its phone sees its answer, and changes it
        assert _closed(phones, heard) == {new_a: "agree", new_b: "disagree"}
    finally:
        phones.stop()


def test_without_a_move_a_vote_asked_again_keeps_every_answer_recorded():
    """After Phones off and on at the same address (or the app restarted), the phones keep their
    tokens: every answer recorded is its phone's, shown to it, and kept if it does not answer again."""
    heard = Heard()
    phones = PhoneServer(on_vote=heard.vote, on_count=heard.count, on_closed=heard.close)
    phones.start("127.0.0.1", 0)
    try:
        recorded = {"phone-recorded-000001": "agree", "phone-recorded-000002": "disagree"}
        phones.ask(CLAIM, recorded)
        asyncio.run(asyncio.wait_for(_until(lambda: phones.room.answered() == 2), 5))
        assert _closed(phones, heard) == recorded
    finally:
        phones.stop()
