"""A phone's team after the phone server is made again: Phones turned off and on, or the app killed
and reopened on its session (the same address, port and room code). The team each phone picked was
held only in the server's memory: every phone came back with no team, said nothing, and the summary's
per-team tallies of the later debates were empty. The page keeps its team with the room's code and
says it in its hello; a new server takes it when that team is still the room's. Real sockets on
loopback (the page itself: test_page_team_kept.py)."""

from __future__ import annotations

import asyncio
import json
import threading

from websockets.asyncio.client import connect

from bataille.phones import PhoneServer, Question

from .test_server import receive, url

TEAMS = (("t1", "Les Hiboux"), ("t2", "Les Loutres"))
CLAIM = Question(5, "Sobriété", "Il faut limiter l’usage de l’IA générative à l’école.")


def new_server(code: str = "KXRT", teams=TEAMS, port: int = 0, **callbacks) -> PhoneServer:
    """A server as the console makes one when Phones is turned on: the room's code and teams set."""
    server = PhoneServer(**callbacks)
    server.code = code
    server.room.teams = teams
    server.start("127.0.0.1", port)
    return server


async def hello(server: PhoneServer, **fields) -> tuple[object, dict]:
    ws = await connect(url(server))
    await ws.send(json.dumps({"type": "hello", **fields}))
    return ws, await receive(ws, "welcome")


def test_a_phone_back_on_a_new_server_of_the_same_room_keeps_its_team_and_its_votes_count_for_it():
    closed: list[dict[str, str]] = []
    done = threading.Event()

    def on_closed(_question, _votes, teams):
        closed.append(teams)
        done.set()

    first = new_server()
    port = first.port

    async def before() -> str:
        ws, welcome = await hello(first, token=None)
        await ws.send(json.dumps({"type": "team", "team": "t2"}))
        assert (await receive(ws, "team"))["team"] == "t2"
        await ws.close()
        return welcome["token"]

    try:
        token = asyncio.run(before())
    finally:
        first.stop()  # Phones off (or the app killed): the next server knows nothing of the phones
    again = new_server(port=port, on_closed=on_closed)
    try:
        async def after() -> None:
            ws, welcome = await hello(again, token=token, room="KXRT", team="t2")  # as the page says it
            assert welcome["team"] == "t2"  # the page's menu shows its team: not « — aucune — »
            again.ask(CLAIM)
            question = await receive(ws, "question")
            await ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": "agree"}))
            await receive(ws, "ack")
            again.close_vote()
            await receive(ws, "closed")
            await ws.close()

        asyncio.run(after())
        assert done.wait(5)
        assert closed == [{token: "t2"}]  # the team tally of this vote has this phone's answer
    finally:
        again.stop()


def test_a_kept_team_is_not_taken_from_another_room_nor_once_removed_nor_unreadable():
    server = new_server(teams=(("t1", "Les Hiboux"),))
    try:
        async def run() -> None:
            a, b, c = "a" * 22, "b" * 22, "c" * 22
            ws, welcome = await hello(server, token=a, room="ZZZZ", team="t1")  # picked in another session
            assert welcome["team"] is None
            await ws.close()
            ws, welcome = await hello(server, token=b, room="KXRT", team="t2")  # removed from the room since
            assert welcome["team"] is None
            await ws.close()
            ws, welcome = await hello(server, token=c, room="KXRT", team="bad team!")  # unreadable: let in
            assert welcome["team"] is None and welcome["token"] == c
            await ws.close()

        asyncio.run(run())
        assert server.room.team_of == {}
    finally:
        server.stop()


def test_a_team_the_server_knows_stays_when_the_same_phone_says_hello_with_another():
    server = new_server()
    try:
        async def run() -> None:
            token = "d" * 22
            ws, welcome = await hello(server, token=token, room="KXRT", team="t1")
            assert welcome["team"] == "t1"
            await ws.send(json.dumps({"type": "team", "team": "t2"}))  # changed in another tab
            await receive(ws, "team")
            other, welcome = await hello(server, token=token, room="KXRT", team="t1")  # this tab's old word
            assert welcome["team"] == "t2"
            await ws.close()
            await other.close()

        asyncio.run(run())
    finally:
        server.stop()
