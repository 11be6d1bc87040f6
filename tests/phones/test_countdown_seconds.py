"""A phone vote closed by a countdown tells each phone how many seconds it has left: the question
carried no deadline, and two phones that answered after a 30 s vote closed were refused without
having known. Seconds left, not a time of day (each phone's clock is its own), counted when the
question goes to that phone. Real sockets on loopback (the page's count: test_page_countdown.py)."""

from __future__ import annotations

import asyncio
import time

from bataille.phones import Question

from .test_server import receive
from .test_team_back_after_a_restart import CLAIM, hello, new_server


def test_each_phone_hears_the_seconds_left_when_the_question_reaches_it():
    server = new_server()
    try:
        async def run() -> None:
            early, _ = await hello(server, token=None)
            await receive(early, "waiting")
            asked = time.monotonic()
            server.ask(CLAIM, None, asked + 30)
            question = await receive(early, "question")
            assert 29.0 <= question["closes_in"] <= 30.0
            await asyncio.sleep(1.5)
            late, _ = await hello(server, token=None)  # a latecomer: what is left when it comes
            question = await receive(late, "question")
            assert 29.9 - (time.monotonic() - asked) <= question["closes_in"] <= 30.0 - 1.5
            server.close_vote()
            await receive(late, "closed")
            again, _ = await hello(server, token=None)  # closed: nothing to count down
            question = await receive(again, "question")
            assert not question["open"] and "closes_in" not in question
            server.ask(Question(6, "Sobriété", CLAIM.text, stage="after"))  # closed by hand: no countdown
            question = await receive(late, "question")
            assert question["open"] and "closes_in" not in question
            for ws in (early, late, again):
                await ws.close()

        asyncio.run(run())
    finally:
        server.stop()


def test_a_countdown_past_its_end_says_zero_until_the_app_closes_the_vote():
    server = new_server()
    try:
        async def run() -> None:
            server.ask(CLAIM, None, time.monotonic() - 1)  # the app's close is on its way
            ws, _ = await hello(server, token=None)
            question = await receive(ws, "question")
            assert question["open"] and question["closes_in"] == 0
            await ws.close()

        asyncio.run(run())
    finally:
        server.stop()


def test_a_held_countdown_tells_each_phone_the_seconds_it_keeps_then_those_left_once_it_goes_on():
    """The session's timer paused: each phone is told the seconds the countdown keeps (``held``), not
    a countdown, so that it shows them standing still; a latecomer too, and a vote asked while paused."""
    server = new_server()
    try:
        async def run() -> None:
            ws, _ = await hello(server, token=None)
            server.ask(CLAIM, None, time.monotonic() + 30)
            assert 29.0 <= (await receive(ws, "question"))["closes_in"] <= 30.0
            server.hold(None, 26.04)  # paused with 26 s left
            question = await receive(ws, "question")
            assert question["open"] and question["held"] == 26.0 and "closes_in" not in question
            await asyncio.sleep(1.2)
            late, _ = await hello(server, token=None)  # held: the same seconds, however late it comes
            question = await receive(late, "question")
            assert question["held"] == 26.0 and "closes_in" not in question
            server.hold(time.monotonic() + 26)  # going on from there
            question = await receive(ws, "question")
            assert 25.0 <= question["closes_in"] <= 26.0 and "held" not in question
            server.close_vote()
            await receive(ws, "closed")
            server.ask(Question(6, "Sobriété", CLAIM.text, stage="after"), None, None, 30)  # asked while paused
            question = await receive(ws, "question")
            assert question["open"] and question["held"] == 30 and "closes_in" not in question
            server.ask(Question(7, "Sobriété", CLAIM.text, stage="after"))  # by hand: nothing held any more
            question = await receive(ws, "question")
            assert "held" not in question and "closes_in" not in question
            for socket in (ws, late):
                await socket.close()

        asyncio.run(run())
    finally:
        server.stop()
