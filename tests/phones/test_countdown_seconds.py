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
