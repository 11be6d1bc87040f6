"""A phone counts once however the laptop's address changed, and stays itself from one vote to the next.

A browser keeps its token per address (``http://address:port``): at another address every phone is
a new token. Phones turned off, then on again at another address (not the console's move: a new
server, the laptop's address having changed meanwhile), knew nothing of where the recorded answers'
tokens were given: a vote reopened from them kept them all, and each phone answering again counted
twice (2 phones, 4 answers). Each token now says where it was given.

And a phone the app can tell (it says hello from the same network address as before, the only one
to do so) is the same phone under its new token: a reopened vote shows it its own answer, and the
vote after a debate is kept under the token of its vote before, so « qui a changé d'avis » (who
changed their mind) still counts it. Two phones from one address (a router, a second browser) are
never taken for one.

Real sockets on loopback: the server at 127.0.0.1, then 127.0.0.2; phones from their own loopback
addresses (127.0.0.11, 127.0.0.12) where they must be told apart.
"""

from __future__ import annotations

import asyncio
import json

from websockets.asyncio.client import connect

from bataille.phones import PhoneServer, Question
from bataille.phones.voters import Voters, given_at, origin_tag

from .test_move_sets_answers_aside import _until
from .test_server import CLAIM, Heard, receive

AFTER = Question(CLAIM.id + 1, CLAIM.title, CLAIM.text, "after")


async def _phone(port: int, host: str, choice: str | None, question: Question = CLAIM, token: str | None = None,
                 source: str = "127.0.0.1") -> tuple[str, dict]:
    """A phone at ``source`` opens the page at ``host`` (``token``: the one it keeps there, None: none),
    sees the question and, unless ``choice`` is None, answers it: its token and the question it saw."""
    async with connect(f"ws://{host}:{port}/ws", local_addr=(source, 0)) as ws:
        await ws.send(json.dumps({"type": "hello", "token": token}))
        welcome = await receive(ws, "welcome")
        state = await receive(ws, "question")
        if choice is not None:
            await ws.send(json.dumps({"type": "vote", "question": question.id, "choice": choice}))
            await receive(ws, "ack")
        return welcome["token"], state


def _server(heard: Heard, host: str, voters: Voters | None = None) -> PhoneServer:
    """A new server at ``host``, as Phones on makes one (with what the app knew of the tokens, if given)."""
    server = PhoneServer(on_vote=heard.vote, on_count=heard.count, on_closed=heard.close)
    if voters is not None:
        server.room.voters = voters
    server.start(host, 0)
    return server


def _close(server: PhoneServer, heard: Heard) -> dict[str, str]:
    heard.closed.clear()
    server.close_vote()
    asyncio.run(asyncio.wait_for(_until(lambda: heard.closed), 5))
    return heard.closed[-1][1]


def _vote_closed_with(heard: Heard, host: str, answers: list[tuple[str, str]], voters: Voters | None = None,
                      question: Question = CLAIM) -> tuple[PhoneServer, list[str], dict[str, str]]:
    """A server at ``host`` asks ``question``; phones from (source address, choice) answer; it closes.
    The server (still on: the caller stops it), the tokens, the answers it handed over."""
    server = _server(heard, host, voters)
    try:
        server.ask(question)
        tokens = [asyncio.run(_phone(server.port, host, choice, question, source=source))[0]
                  for source, choice in answers]
        return server, tokens, _close(server, heard)
    except BaseException:
        server.stop()
        raise


def test_a_vote_reopened_after_phones_off_and_on_at_another_address_counts_each_phone_once():
    heard = Heard()
    server, old, recorded = _vote_closed_with(heard, "127.0.0.1", [("127.0.0.1", "agree"), ("127.0.0.1", "disagree")])
    first_port = server.port
    server.stop()  # Phones off; the laptop's address changes; Phones on again there: a new server
    server = _server(heard, "127.0.0.2")
    try:
        server.ask(CLAIM, recorded)  # « Rouvrir le vote des téléphones (réponses gardées : 2) »
        assert server.room.answered() == 0  # given at the old address: their phones come back as new ones
        new = [asyncio.run(_phone(server.port, "127.0.0.2", choice))[0] for choice in ("agree", "undecided")]
        assert set(new).isdisjoint(old)
        votes = _close(server, heard)
    finally:
        server.stop()
    assert votes == {new[0]: "agree", new[1]: "undecided"}  # two phones, two answers: the new replace the old
    assert {given_at(token) for token in old} == {origin_tag("127.0.0.1", first_port)}  # each says where it was given


def test_a_phone_told_apart_by_its_address_keeps_its_answer_through_phones_off_and_on_elsewhere():
    heard, voters = Heard(), Voters()  # what the app keeps from one server to the next (ui/phones.py)
    server, old, recorded = _vote_closed_with(
        heard, "127.0.0.1", [("127.0.0.11", "agree"), ("127.0.0.12", "disagree")], voters)
    server.stop()
    server = _server(heard, "127.0.0.2", voters)
    try:
        server.ask(CLAIM, recorded)
        # The first phone comes back (a new token here): it sees its own answer, and leaves it.
        first, state = asyncio.run(_phone(server.port, "127.0.0.2", None, source="127.0.0.11"))
        assert first not in old and state["mine"] == "agree", state
        # The second changes its answer: it replaces its own.
        asyncio.run(_phone(server.port, "127.0.0.2", "undecided", source="127.0.0.12"))
        assert server.room.answered() == 2
        votes = _close(server, heard)
    finally:
        server.stop()
    assert votes == {old[0]: "agree", old[1]: "undecided"}  # one answer per phone, each under its first token


def test_a_phone_moved_between_the_two_votes_is_still_matched_with_itself():
    from bataille.deck import bundled_deck_path, load_deck
    from bataille.export.summary_model import build_summary
    from bataille.workshop.minds import mind_changes
    from tests.sessions import debate_session

    heard = Heard()
    phones = [("127.0.0.11", "agree"), ("127.0.0.12", "disagree"), ("127.0.0.13", "undecided")]
    server, old, before = _vote_closed_with(heard, "127.0.0.1", phones)
    try:
        server.wait()
        server.stop()  # the console's move (ui/phones.py, move_to)
        server.room.set_aside()
        server.start("127.0.0.2", 0)
        server.ask(AFTER)
        changed = {"127.0.0.11": "disagree", "127.0.0.12": "disagree", "127.0.0.13": "agree"}
        new = [asyncio.run(_phone(server.port, "127.0.0.2", changed[source], AFTER, source=source))[0]
               for source, _ in phones]
        assert set(new).isdisjoint(old)
        after = _close(server, heard)
    finally:
        server.stop()
    assert set(after) == set(old)  # each phone's answer after, under its token of the vote before

    deck = load_deck(bundled_deck_path())
    session = debate_session(deck)
    session.record_phone_votes("before", before)
    session.record_phone_votes("after", after)
    minds = mind_changes(session.state.open_round)
    assert minds is not None and minds.voters == 3 and minds.changed == 2  # 3 phones matched, 2 changed their mind
    assert build_summary(session, deck).rounds[0].minds == minds


def test_two_phones_from_one_address_are_never_taken_for_one():
    heard, voters = Heard(), Voters()
    server, old, before = _vote_closed_with(
        heard, "127.0.0.1", [("127.0.0.11", "agree"), ("127.0.0.11", "disagree")], voters)  # one router
    server.stop()
    server = _server(heard, "127.0.0.2", voters)
    try:
        server.ask(CLAIM, before)
        token, state = asyncio.run(_phone(server.port, "127.0.0.2", "undecided", source="127.0.0.11"))
        assert state["mine"] is None  # which of the two it was, nothing says
        votes = _close(server, heard)
    finally:
        server.stop()
    assert votes == {token: "undecided"}


def test_a_phone_taken_for_an_earlier_one_is_no_longer_once_another_comes_from_its_address():
    voters = Voters()
    voters.listening_at("10.0.0.5", 8765)
    voters.arrived("a" * 22, "10.0.0.40")  # one phone behind a router before the laptop's address changed
    voters.listening_at("10.0.0.9", 8765)
    voters.arrived("b" * 22, "10.0.0.40")
    assert voters.identity("b" * 22) == "a" * 22 and voters.here("a" * 22)
    voters.arrived("c" * 22, "10.0.0.40")  # a second phone there: which one was it, nothing says now
    assert voters.identity("b" * 22) == "b" * 22 and not voters.here("a" * 22)
