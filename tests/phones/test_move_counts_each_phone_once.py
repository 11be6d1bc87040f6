"""After the phones move to the laptop's new address, each phone counts once. A browser keeps its token
per address, so every phone comes back there as a new one:

- a vote asked again (it opened from the answers recorded when it first closed) kept those answers
  under the phones' old tokens through the move, and each phone answering again at the new address
  counted twice: 2 phones, 4 answers. Those answers are now set aside with the others;
- the debrief's feedback sent again by a phone at the new address, the very answer it had sent
  before, was a second answer: it is now kept once (a second phone's identical answer stays its own).

Real sockets on loopback: 127.0.0.1, then 127.0.0.2."""

from __future__ import annotations

import asyncio
import json

from websockets.asyncio.client import connect

from bataille.phones import PhoneServer
from bataille.phones.room import Room

from .test_move_sets_answers_aside import _until, _vote, two_phones_voted
from .test_server import CLAIM, Heard, receive

THEMES = (("bias", "Biais algorithmiques"), ("environment", "Impact environnemental"))


def _asking_feedback(received: list) -> PhoneServer:
    """A server on 127.0.0.1 asking the phones for their feedback, each answer added to ``received``."""
    phones = PhoneServer(on_feedback=lambda *answer: received.append(answer))
    phones.start("127.0.0.1", 0)
    phones.ask_feedback(THEMES)
    return phones


def _moved(phones: PhoneServer) -> None:
    """What the app's move does to the server (ui/phones.py, move_to), from 127.0.0.1 to 127.0.0.2."""
    phones.stop()
    phones.room.set_aside()
    phones.start("127.0.0.2", 0)


def test_a_vote_asked_again_then_moved_counts_each_phone_once():
    heard = Heard()
    phones, old_a, old_b = two_phones_voted(heard)
    try:
        phones.close_vote()
        asyncio.run(asyncio.wait_for(_until(lambda: heard.closed), 5))
        recorded = heard.closed[-1][1]
        assert recorded == {old_a: "agree", old_b: "disagree"}
        phones.ask(CLAIM, recorded)  # asked again: each phone sees its answer
        asyncio.run(asyncio.wait_for(_until(lambda: phones.room.answered() == 2), 5))
        _moved(phones)
        assert phones.room.answered() == 0 and phones.room.open
        # Both phones come back at the new address (new tokens) and answer again.
        new_a, state = asyncio.run(_vote(phones.port, "127.0.0.2", "agree"))
        new_b, _ = asyncio.run(_vote(phones.port, "127.0.0.2", "undecided"))
        assert state["mine"] is None and {new_a, new_b}.isdisjoint({old_a, old_b})
        heard.closed.clear()
        phones.close_vote()
        asyncio.run(asyncio.wait_for(_until(lambda: heard.closed), 5))
    finally:
        phones.stop()
    assert heard.closed == [(CLAIM.id, {new_a: "agree", new_b: "undecided"})]  # two phones, two answers


def test_a_failed_move_puts_a_vote_asked_again_back_as_it_was():
    room = Room()
    room.ask(CLAIM, {"recorded-phone-0001": "agree"})
    assert room.vote("recorded-phone-0001", CLAIM.id, "disagree")
    before = room.set_aside()
    assert room.votes() == {}
    room.put_back(before)  # the phones are still at their address, tokens and all
    assert room.votes() == {"recorded-phone-0001": "disagree"}


async def _feedback(port: int, host: str, rating: int, theme: str, text: str) -> tuple[str, dict]:
    """A phone opens the page at ``host`` (a new token there), is asked its feedback, sends it."""
    async with connect(f"ws://{host}:{port}/ws") as ws:
        await ws.send(json.dumps({"type": "hello", "token": None}))
        token = (await receive(ws, "welcome"))["token"]
        ask = await receive(ws, "feedback_ask")
        await ws.send(json.dumps({"type": "feedback", "rating": rating, "theme": theme, "text": text}))
        await receive(ws, "feedback_thanks")
        return token, ask


async def _asked(port: int, host: str, token: str) -> dict:
    """What the page of the phone of ``token`` is shown when it opens again."""
    async with connect(f"ws://{host}:{port}/ws") as ws:
        await ws.send(json.dumps({"type": "hello", "token": token}))
        await receive(ws, "welcome")
        return await receive(ws, "feedback_ask")


def test_the_same_feedback_sent_again_after_a_move_counts_once():
    received: list[tuple[str, int, str | None, str]] = []
    phones = _asking_feedback(received)
    try:
        first, _ = asyncio.run(_feedback(phones.port, "127.0.0.1", 4, "bias", "Citer nos sources"))
        second, _ = asyncio.run(_feedback(phones.port, "127.0.0.1", 2, "environment", ""))
        _moved(phones)
        # The first phone, back as a new one, sends the same answer again (spaces aside): one answer.
        again, ask = asyncio.run(_feedback(phones.port, "127.0.0.2", 4, "bias", "  Citer  nos sources "))
        assert ask["earlier"] == 2 and not ask["sent"]
        assert len(phones.room.feedback) == 2 and received[-1][0] == first  # the app replaces that phone's
        assert asyncio.run(_asked(phones.port, "127.0.0.2", again))["sent"]  # its page says it was received
        # Another phone with the very same answer is another phone: its answer counts.
        other, _ = asyncio.run(_feedback(phones.port, "127.0.0.2", 4, "bias", "Citer nos sources"))
        assert other in phones.room.feedback and len(phones.room.feedback) == 3
        # A phone with an answer of its own counts, whatever the answers before the move.
        asyncio.run(_feedback(phones.port, "127.0.0.2", 5, "environment", ""))
        assert len(phones.room.feedback) == 4
        # The first phone changes its answer at the new address: it replaces its own, still one answer.
        asyncio.run(_change_feedback(phones.port, "127.0.0.2", again, 5))
        assert len(phones.room.feedback) == 4 and phones.room.feedback[first][0] == 5
        assert phones.room.feedback[second] == (2, "environment", "")
    finally:
        phones.stop()


async def _change_feedback(port: int, host: str, token: str, rating: int) -> None:
    async with connect(f"ws://{host}:{port}/ws") as ws:
        await ws.send(json.dumps({"type": "hello", "token": token}))
        await receive(ws, "welcome")
        await receive(ws, "feedback_ask")
        await ws.send(json.dumps({"type": "feedback", "rating": rating, "theme": "bias", "text": "Citer nos sources"}))
        await receive(ws, "feedback_thanks")


def test_the_same_feedback_sent_again_after_each_of_two_moves_counts_once():
    """The laptop changes network twice: at each new address, the phone comes back as a new one
    again; the answer it sent at the first, sent again at the second and the third, is one answer."""
    received: list[tuple[str, int, str | None, str]] = []
    phones = _asking_feedback(received)
    try:
        first, _ = asyncio.run(_feedback(phones.port, "127.0.0.1", 4, "bias", "Citer nos sources"))
        _moved(phones)
        asyncio.run(_feedback(phones.port, "127.0.0.2", 4, "bias", "Citer nos sources"))
        assert phones.room.feedback_again == 1
        phones.stop()
        phones.room.set_aside()
        phones.start("127.0.0.3", 0)
        assert phones.room.feedback_again == 0  # none sent again here yet
        third, ask = asyncio.run(_feedback(phones.port, "127.0.0.3", 4, "bias", "Citer nos sources "))
        assert ask["earlier"] == 1 and phones.room.feedback_again == 1
        assert asyncio.run(_asked(phones.port, "127.0.0.3", third))["sent"]
        # A second phone with the very same answer at this address is another phone: it counts.
        asyncio.run(_feedback(phones.port, "127.0.0.3", 4, "bias", "Citer nos sources"))
    finally:
        phones.stop()
    assert [answer[0] for answer in received][:3] == [first, first, first]  # the app replaces that phone's
    assert len(phones.room.feedback) == 2 and phones.room.feedback[first] == (4, "bias", "Citer nos sources")


def test_a_failed_move_puts_back_the_feedback_sent_again():
    room = Room(feedback_themes=THEMES)
    answer = (3, "bias", "Relire")
    room.feedback["phone-first-address-01"] = answer
    room.set_aside()
    assert room.feedback_token("phone-second-address1", answer) == "phone-first-address-01"
    room.set_aside()  # a second move, which fails: the phones stay at the second address
    room.put_back({})
    assert room.feedback_again == 1 and room.feedback_moved == 1
    assert room.feedback_token("phone-second-address2", answer) == "phone-second-address2"  # another phone's
