"""One phone address is a bounded number of voters: a script that says hello without a token, votes
and leaves, in a loop, added 3,387 votes in 5 s from one address; now it adds
ServerLimits.tokens_per_address at most, and an honest phone (its token kept through reloads, Wi-Fi
drops, Phones off and on) is never turned away. Real sockets on loopback: the phones come from
127.0.0.x addresses of their own, the server listens on 127.0.0.1 (the laptop's own address)."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from bataille.phones import PhoneServer, Question, ServerLimits
from bataille.phones.limits import PHONE_CODE
from bataille.phones.voters import Voters

CLAIM = Question(1, "Geler les centres de données", "Il faut geler les nouveaux centres de données.")


async def hello(port: int, token: str | None, source: str) -> tuple:
    """A socket from ``source`` that says hello under ``token``: (socket, welcome or None, close)."""
    ws = await connect(f"ws://127.0.0.1:{port}/ws", local_addr=(source, 0))
    await ws.send(json.dumps({"type": "hello", "token": token}))
    try:
        while True:
            m = json.loads(await asyncio.wait_for(ws.recv(), 5))
            if m["type"] == "welcome":
                return ws, m, None
    except ConnectionClosed as closed:
        return ws, None, closed.rcvd


async def hellos(port: int, *batches) -> list[tuple]:
    """hello() for each (tokens, source) pair of ``batches``, one after the other; every socket closed."""
    said = []
    for tokens, source in zip(batches[::2], batches[1::2], strict=True):
        said += [await hello(port, token, source) for token in tokens]
    for ws, _, _ in said:
        await ws.close()
    return said


async def stuff(port: int, seconds: float, source: str, made_up: bool = False) -> tuple[int, set]:
    """The script: hello without a token (or with a made-up one), a vote, gone; for ``seconds``."""
    loops, codes = 0, set()
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        token = f"stuffed{loops:021d}" if made_up else None
        ws, welcome, close = await hello(port, token, source)
        if welcome is not None:
            await ws.send(json.dumps({"type": "vote", "question": CLAIM.id, "choice": "disagree"}))
            await asyncio.wait_for(ws.recv(), 5)
        else:
            codes.add((close.code, close.reason))
        await ws.close()
        loops += 1
    return loops, codes


@pytest.mark.parametrize("made_up", [False, True], ids=["no token", "made-up tokens"])
def test_a_script_looping_hello_vote_leave_adds_a_bounded_number_of_votes(made_up):
    server = PhoneServer()
    port = server.start("127.0.0.1", 0)
    server.ask(CLAIM)
    try:
        loops, codes = asyncio.run(stuff(port, 2.0, "127.0.0.2", made_up))
        votes = server.room.votes()
    finally:
        server.stop()
    assert loops > 50  # the script went on knocking all along
    assert len(votes) == ServerLimits().tokens_per_address == 3  # 3,387 in 5 s before
    assert codes == {(PHONE_CODE, "phone already in")}


def test_an_honest_phone_is_never_turned_away():
    """Its token kept: reloads and Wi-Fi drops (20 sockets), Phones off and on at the same address and
    port, the page opened in two more browsers; other phones have addresses of their own."""
    voters = Voters()
    server = PhoneServer()
    server.room.voters = voters
    port = server.start("127.0.0.1", 0)

    async def room() -> tuple[list, list]:
        ws, welcome, _ = await hello(port, None, "127.0.0.2")
        token = welcome["token"]
        await ws.close()
        again = [await hello(port, token, "127.0.0.2") for _ in range(20)]
        browsers = [await hello(port, None, "127.0.0.2") for _ in range(2)]  # a QR reader's, a private tab
        others = [await hello(port, None, f"127.0.0.{n}") for n in range(3, 13)]
        for ws, _, _ in again + browsers + others:
            await ws.close()
        return [w for _, w, _ in again + browsers + others], [token] + [w["token"] for _, w, _ in browsers]

    try:
        welcomes, tokens = asyncio.run(room())
        server.stop()  # Phones off, then on again at the same address and port: a new server, as the
        server = PhoneServer()  # console makes, with the voters it keeps for the session
        server.room.voters = voters
        server.start("127.0.0.1", port)

        async def back() -> tuple[list, tuple]:
            backs = [await hello(port, token, "127.0.0.2") for token in tokens]
            fourth = await hello(port, None, "127.0.0.2")
            for ws, _, _ in [*backs, fourth]:
                await ws.close()
            return backs, fourth

        backs, fourth = asyncio.run(back())
    finally:
        server.stop()
    assert all(w is not None for w in welcomes)
    assert [w["token"] for _, w, _ in backs] == tokens
    assert fourth[1] is None and fourth[2].code == PHONE_CODE  # a fourth browser of that phone: not let in


def test_the_bound_is_per_address_of_the_laptop_and_the_laptop_itself_is_not_bound():
    """A phone comes back at another address of the laptop (or another port) as a new token: its
    browser keeps one per address. And the facilitator's own page, on the laptop, is not bounded."""
    voters = Voters()
    server = PhoneServer(ServerLimits(tokens_per_address=1))
    server.room.voters = voters
    port = server.start("127.0.0.1", 0)
    try:
        first, second, *laptop = asyncio.run(hellos(port, [None, None], "127.0.0.2", [None] * 5, "127.0.0.1"))
        server.stop()
        server = PhoneServer(ServerLimits(tokens_per_address=1))
        server.room.voters = voters
        other_port = server.start("127.0.0.1", 0)  # Phones on again, at another port
        elsewhere, = asyncio.run(hellos(other_port, [None], "127.0.0.2"))
    finally:
        server.stop()
    assert first[1] is not None and second[1] is None and second[2].code == PHONE_CODE
    assert all(welcome is not None for _, welcome, _ in laptop)
    assert elsewhere[1] is not None and elsewhere[1]["token"] != first[1]["token"]
