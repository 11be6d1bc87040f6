"""A room behind one router: every phone comes from one address. The server let 3 in and turned the
others away without the facilitator hearing of it; now it counts them, once each however often they
knock, tells the app as soon as it happens (on_refused), and lets the address in when the facilitator
says so (PhoneServer.let_in), for the rest of the session: the pages turned away knock again with the
token they were given and come in. Every other limit still holds there. Real sockets on loopback: the
phones come from 127.0.0.x addresses of their own, the server listens on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from bataille.phones import PhoneServer, ServerLimits
from bataille.phones.limits import FULL_CODE, PHONE_CODE
from bataille.phones.voters import Voters

from .test_tokens_per_address import CLAIM, hello, stuff

ROUTER = "127.0.0.2"  # the travel router's address, as the laptop sees every phone behind it


async def knock(port: int, token: str | None, source: str = ROUTER) -> dict:
    """One page's knock: hello under ``token``, then what the server said: the welcome, or the refusal
    with the close code."""
    ws = await connect(f"ws://127.0.0.1:{port}/ws", local_addr=(source, 0))
    await ws.send(json.dumps({"type": "hello", "token": token}))
    said = {}
    try:
        async for raw in ws:
            m = json.loads(raw)
            said[m["type"]] = m
            if m["type"] == "welcome":
                break
    except ConnectionClosed:
        pass
    finally:
        await ws.close()
    if "refused" in said:
        said["code"] = ws.close_code
    return said


def started(voters: Voters, heard: list, limits: ServerLimits | None = None) -> tuple[PhoneServer, int]:
    server = PhoneServer(limits, on_refused=lambda address, count: heard.append((address, count)))
    server.room.voters = voters  # as the console keeps them for the session
    return server, server.start("127.0.0.1", 0)


def test_phones_turned_away_behind_one_router_are_counted_once_each_and_the_app_hears_it():
    heard: list[tuple[str, int]] = []
    server, port = started(Voters(), heard)

    async def room() -> tuple[list, list, dict, dict]:
        first = [await knock(port, None) for _ in range(5)]  # five phones behind the router
        again = [await knock(port, m["refused"]["token"]) for m in first[3:] for _ in range(3)]  # knocking again
        sixth = await knock(port, None)
        elsewhere = await knock(port, None, "127.0.0.3")  # a phone on the room's Wi-Fi itself
        return first, again, sixth, elsewhere

    try:
        first, again, sixth, elsewhere = asyncio.run(room())
    finally:
        server.stop()
    assert [("welcome" in m) for m in first] == [True, True, True, False, False]
    for m in first[3:] + again + [sixth]:
        assert m["code"] == PHONE_CODE and m["refused"]["reason"] == "one_phone"
        assert m["refused"]["retry"] == ServerLimits().phone_retry  # knock again slowly
    tokens = [m["refused"]["token"] for m in first[3:]]
    assert len(set(tokens)) == 2 and all(len(t) == 28 for t in tokens)
    assert [m["refused"]["token"] for m in again] == [t for t in tokens for _ in range(3)]  # the same one back
    assert heard == [(ROUTER, 1), (ROUTER, 2), (ROUTER, 3)]  # as it happens; a token knocking again is not new
    assert server.room.voters.refused_from(ROUTER) == 3
    assert "welcome" in elsewhere


def test_let_in_the_pages_turned_away_come_in_with_their_token_for_the_rest_of_the_session():
    heard: list[tuple[str, int]] = []
    voters = Voters()
    server, port = started(voters, heard)
    server.ask(CLAIM)

    async def before() -> list[str]:
        refused = [await knock(port, None) for _ in range(5)][3:]
        return [m["refused"]["token"] for m in refused]

    try:
        tokens = asyncio.run(before())
        server.let_in(ROUTER)

        async def after() -> tuple[list, list, list]:
            back = [await knock(port, token) for token in tokens]
            new = [await knock(port, None) for _ in range(10)]  # the rest of the class, arriving late
            other = [await knock(port, None, "127.0.0.3") for _ in range(4)]  # still bounded there
            return back, new, other

        back, new, other = asyncio.run(after())
        assert voters.refused_from(ROUTER) == 0
        server.stop()  # Phones off and on again, in the same session: still let in
        server, port = started(voters, heard)
        later = asyncio.run(knock(port, None))
    finally:
        server.stop()
    assert [m["welcome"]["token"] for m in back] == tokens  # they come in under the token they knocked with
    assert all("welcome" in m for m in new) and len({m["welcome"]["token"] for m in new}) == 10
    assert [("welcome" in m) for m in other] == [True, True, True, False]
    assert other[3]["code"] == PHONE_CODE
    assert "welcome" in later


def test_an_address_let_in_is_still_bounded_by_every_other_limit():
    """The room's size, one phone's rate; and what a script there could do is only possible from an
    address the facilitator let in."""
    voters = Voters()
    server, port = started(voters, [], ServerLimits(max_connections=6, max_rate=5))
    server.let_in(ROUTER)
    server.ask(CLAIM)

    async def flood() -> tuple[list, set, int]:
        held = [await hello(port, None, ROUTER) for _ in range(6)]
        seventh = await connect(f"ws://127.0.0.1:{port}/ws", local_addr=(ROUTER, 0))
        full = json.loads(await asyncio.wait_for(seventh.recv(), 5))
        await asyncio.wait_for(seventh.wait_closed(), 5)
        ws = held[0][0]
        for n in range(20):  # one phone's taps all at once
            await ws.send(json.dumps({"type": "vote", "question": CLAIM.id, "choice": "agree" if n % 2 else "disagree"}))
        answers = [json.loads(await asyncio.wait_for(ws.recv(), 5)) for _ in range(21)]  # the question first
        for w, _, _ in held:
            await w.close()
        return answers, {full["type"], seventh.close_code}, len({w["token"] for _, w, _ in held})

    try:
        answers, full, tokens = asyncio.run(flood())
    finally:
        server.stop()
    assert tokens == 6
    assert full == {"full", FULL_CODE}
    assert answers[0]["type"] == "question"
    # 5 messages a second from one phone (its hello among them); a vote resent as it stands is acknowledged
    assert sum(1 for a in answers if a.get("reason") == "too_fast") >= 8


def test_a_script_making_up_tokens_fills_no_memory_with_its_refusals():
    voters = Voters()
    server, port = started(voters, [], ServerLimits(max_connections=20))
    server.ask(CLAIM)
    try:
        loops, codes = asyncio.run(stuff(port, 1.5, ROUTER, made_up=True))
    finally:
        server.stop()
    assert loops > 40
    assert codes == {(PHONE_CODE, "phone already in")}
    assert voters.refused_from(ROUTER) == 20  # counted up to the room's size, no further
    assert len(server.room.votes()) == 3  # and not one vote more: the facilitator did not let it in


def test_at_another_address_of_the_laptop_the_pages_turned_away_are_counted_afresh():
    """Phones on again at another port (or the laptop's new address): the browsers there have no token
    yet, each is a new page; the count of the old address is not added to theirs."""
    voters, heard = Voters(), []
    server, port = started(voters, heard)
    try:
        asyncio.run(_knocks(port, 5))
        assert voters.refused_here() == {ROUTER: 2}
        server.stop()
        server, port = started(voters, heard)  # another port: another origin
        assert voters.refused_here() == {}
        asyncio.run(_knocks(port, 4))
    finally:
        server.stop()
    assert voters.refused_here() == {ROUTER: 1}
    assert heard[-1] == (ROUTER, 1)


async def _knocks(port: int, count: int) -> None:
    for _ in range(count):
        await knock(port, None)
