"""The phones move to the laptop's new address (ui/phones.py, move_to: the server stops, the room
sets the open vote's answers aside, the server listens again elsewhere). A browser keeps its token
per address, so every phone comes back there as a new one: an answer given at the old address would
count twice once its phone answers again. Real sockets on loopback: 127.0.0.1, then 127.0.0.2."""

from __future__ import annotations

import asyncio
import json

from websockets.asyncio.client import connect

from bataille.phones import PhoneServer, Question
from bataille.phones.room import Room

from .test_server import CLAIM, Heard, receive


async def _vote(port: int, host: str, choice: str, token: str | None = None) -> tuple[str, dict]:
    """A phone opens the page at ``host`` (no token there: a new one), sees the question, answers."""
    async with connect(f"ws://{host}:{port}/ws") as ws:
        await ws.send(json.dumps({"type": "hello", "token": token}))
        welcome = await receive(ws, "welcome")
        state = await receive(ws)
        await ws.send(json.dumps({"type": "vote", "question": CLAIM.id, "choice": choice}))
        await receive(ws, "ack")
        return welcome["token"], state


def two_phones_voted(heard: Heard) -> tuple[PhoneServer, str, str]:
    """A server on 127.0.0.1 that asked CLAIM, answered by two phones (agree, then disagree): the
    server (the caller stops it) and the two phones' tokens."""
    phones = PhoneServer(on_vote=heard.vote, on_count=heard.count, on_closed=heard.close)
    phones.start("127.0.0.1", 0)
    try:
        phones.ask(CLAIM)
        old_a, _ = asyncio.run(_vote(phones.port, "127.0.0.1", "agree"))
        old_b, _ = asyncio.run(_vote(phones.port, "127.0.0.1", "disagree"))
    except BaseException:
        phones.stop()
        raise
    return phones, old_a, old_b


def test_the_answers_given_at_the_old_address_are_set_aside_and_each_phone_counts_once():
    heard = Heard()
    phones, old_a, old_b = two_phones_voted(heard)
    try:
        assert phones.room.answered() == 2
        phones.stop()
        before = phones.room.set_aside()
        assert before == {old_a: "agree", old_b: "disagree"}  # what a failed move puts back
        assert phones.room.answered() == 0 and phones.room.open
        heard.counts.clear()
        phones.start("127.0.0.2", 0)
        # Started again, the server says the room as it is now: no stale "2 answers" left last.
        asyncio.run(asyncio.wait_for(_until(lambda: heard.counts), 5))
        assert heard.counts[-1] == (0, 0)
        # The first phone rejoins at the new address: a new browser origin, no token, a new one.
        again, state = asyncio.run(_vote(phones.port, "127.0.0.2", "disagree"))
        assert again not in (old_a, old_b)
        assert state["type"] == "question" and state["open"] and state["mine"] is None, state
        assert heard.counts[-1][1] == 1  # one answer: the console's "1 answer from N phones"
        phones.close_vote()
        asyncio.run(asyncio.wait_for(_until(lambda: heard.closed), 5))
    finally:
        phones.stop()
    assert heard.closed == [(CLAIM.id, {again: "disagree"})]  # one phone, one answer


async def _until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.01)


def test_a_closed_vote_and_the_next_question_lose_nothing():
    room = Room()
    room.ask(CLAIM)
    room.vote("phone-before-move-01", CLAIM.id, "agree")
    assert room.close() == {"phone-before-move-01": "agree"}
    room.set_aside()  # closed: its answers went to the app, which recorded them
    assert room.votes() == {"phone-before-move-01": "agree"}
    after = Question(3, "Autre", "Une autre affirmation.", "after")
    room.ask(after)  # the next question starts empty, and nothing set aside comes back into it
    assert room.votes() == {}
