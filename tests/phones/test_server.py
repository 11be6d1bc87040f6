"""The voting server over real sockets on loopback: join, vote, change, close, reconnect, limits."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from bataille.phones import PhoneServer, Question, ServerLimits

CLAIM = Question(1, "Geler les centres de données", "Il faut geler les nouveaux centres de données.")


class Heard:
    """What the server told the app, from its worker thread."""

    def __init__(self) -> None:
        self.votes: list[tuple[str, int, str]] = []
        self.closed: list[tuple[int, dict[str, str]]] = []
        self.counts: list[tuple[int, int]] = []
        self.changed = threading.Event()

    def vote(self, token, question, choice):
        self.votes.append((token, question, choice))
        self.changed.set()

    def close(self, question, votes, teams):
        self.closed.append((question, votes))
        self.teams = teams
        self.changed.set()

    def count(self, connected, answered):
        self.counts.append((connected, answered))


@pytest.fixture
def heard():
    return Heard()


@pytest.fixture
def server(heard):
    phones = PhoneServer(ServerLimits(max_connections=5), on_vote=heard.vote, on_count=heard.count,
                         on_closed=heard.close)
    phones.start("127.0.0.1", 0)
    yield phones
    phones.stop()


def url(server, path="/ws", scheme="ws"):
    return f"{scheme}://127.0.0.1:{server.port}{path}"


async def receive(ws, kind=None, timeout=5.0):
    while True:
        m = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if kind is None or m["type"] == kind:
            return m


async def join(server, token=None):
    ws = await connect(url(server))
    await ws.send(json.dumps({"type": "hello", "token": token}))
    welcome = await receive(ws, "welcome")
    state = await receive(ws)
    return ws, welcome["token"], state


def settle(condition, timeout=5.0):
    """Wait (in the test's thread) until the server's thread made ``condition`` true."""
    async def poll():
        for _ in range(int(timeout / 0.01)):
            if condition():
                return True
            await asyncio.sleep(0.01)
        return False
    return poll()


def test_the_page_is_served_and_other_paths_are_not(server):
    with urllib.request.urlopen(url(server, "/", "http")) as reply:
        page = reply.read()
        assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
        assert "connect-src 'self'" in reply.headers["Content-Security-Policy"]
    assert b"<html" in page and len(page) <= 100_000
    assert b"http" not in page.replace(b"https:", b"").split(b"<script>")[1]  # nothing fetched elsewhere
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(url(server, "/../etc/passwd", "http"))
    assert missing.value.code == 404
    missing.value.close()


def test_join_vote_change_close_and_reconnect_with_the_same_token(server, heard):
    async def scenario():
        ws, token, state = await join(server)
        assert state == {"type": "waiting"} and len(token) >= 16
        server.ask(CLAIM)
        question = await receive(ws, "question")
        assert question["id"] == 1 and question["open"] and question["mine"] is None
        await ws.send(json.dumps({"type": "vote", "question": 1, "choice": "agree"}))
        assert await receive(ws) == {"type": "ack", "question": 1, "choice": "agree"}
        await ws.send(json.dumps({"type": "vote", "question": 1, "choice": "undecided"}))
        assert (await receive(ws))["choice"] == "undecided"
        await ws.close()  # the Wi-Fi drops; the phone comes back with its token
        ws, again, state = await join(server, token)
        assert again == token and state["mine"] == "undecided" and state["open"]
        server.close_vote()
        closed = await receive(ws, "closed")
        assert closed == {"type": "closed", "question": 1, "mine": "undecided"}
        await ws.send(json.dumps({"type": "vote", "question": 1, "choice": "agree"}))
        assert (await receive(ws)) == {"type": "refused", "reason": "vote_closed", "about": "vote"}
        await ws.close()
        return token

    token = asyncio.run(scenario())
    assert [v[2] for v in heard.votes] == ["agree", "undecided"] and heard.votes[0][0] == token
    assert heard.closed == [(1, {token: "undecided"})]


def test_no_tally_reaches_a_phone_before_or_after_the_reveal(server):
    async def scenario():
        phones = [await join(server) for _ in range(4)]
        server.ask(CLAIM)
        seen = []
        for i, (ws, _token, _state) in enumerate(phones):
            await receive(ws, "question")
            await ws.send(json.dumps({"type": "vote", "question": 1, "choice": ("agree", "disagree")[i % 2]}))
        for ws, _token, _state in phones:
            seen.append(await receive(ws, "ack"))
        server.close_vote()
        for ws, _token, _state in phones:
            seen.append(await receive(ws, "closed"))
            await ws.close()
        return seen

    for m in asyncio.run(scenario()):
        assert set(m) <= {"type", "question", "choice", "mine"}, m  # its own vote only, never a count
        assert not any(isinstance(v, (int, dict, list)) and k not in ("question",) for k, v in m.items())


def test_junk_is_refused_and_the_server_keeps_serving(server):
    async def scenario():
        ws, _token, _state = await join(server)
        replies = []
        for junk in ("not json", "[1, 2]", '{"type": "vote", "question": "1", "choice": "agree"}',
                     '{"type": "vote", "question": 1, "choice": "<b>yes</b>"}', '{"type": "launch"}',
                     '{"type": "hello", "token": "../../etc"}'):
            await ws.send(junk)
            replies.append((await receive(ws))["reason"])
            await asyncio.sleep(0.12)  # stay under the rate limit
        await ws.send(b"\x00\x01binary")
        replies.append((await receive(ws))["reason"])
        await ws.close()
        fresh, _token, state = await join(server)  # a new phone still gets in
        await fresh.close()
        return replies, state

    replies, state = asyncio.run(scenario())
    assert replies == ["not_json", "not_an_object", "bad_vote", "bad_vote", "unknown_type", "bad_token",
                       "text_only"]
    assert state == {"type": "waiting"}


def test_a_message_over_two_kilobytes_closes_only_that_phone(server):
    async def scenario():
        ws, _token, _state = await join(server)
        await ws.send(json.dumps({"type": "team", "team": "x" * 3000}))
        with pytest.raises(ConnectionClosed) as closed:
            await receive(ws)
        other, _token, state = await join(server)
        await other.close()
        return closed.value.rcvd.code, state

    code, state = asyncio.run(scenario())
    assert code == 1009 and state == {"type": "waiting"}  # "message too big"; the server goes on


def test_more_than_ten_messages_a_second_are_refused(server):
    async def scenario():
        ws, _token, _state = await join(server)  # the hello counts as one
        for _ in range(15):
            await ws.send(json.dumps({"type": "team", "team": None}))
        replies = [await receive(ws) for _ in range(15)]
        await ws.close()
        return replies

    replies = asyncio.run(scenario())
    assert sum(r["type"] == "team" for r in replies) == 9
    assert sum(r == {"type": "refused", "reason": "too_fast", "about": "team"} for r in replies) == 6


def test_a_full_room_says_so_in_words_the_page_can_read(heard):
    """Past the limit the handshake was answered HTTP 503, which a browser's WebSocket cannot read:
    the page showed "connection lost" for ever. Now the socket opens, hears `full`, and is closed
    with code 4503."""
    phones = PhoneServer(ServerLimits(max_connections=2, full_retry=7), on_count=heard.count)
    phones.start("127.0.0.1", 0)

    async def scenario():
        inside = [await join(phones) for _ in range(2)]
        turned_away = await connect(f"ws://127.0.0.1:{phones.port}/ws")
        full = await receive(turned_away)
        with pytest.raises(ConnectionClosed) as closed:
            await receive(turned_away)
        for ws, _token, _state in inside:
            await ws.close()
        assert await settle(lambda: not phones._phones)
        again, _token, state = await join(phones)
        await again.close()
        return full, closed.value.rcvd, state

    try:
        full, close, state = asyncio.run(scenario())
    finally:
        phones.stop()
    assert full == {"type": "full", "retry": 7}
    assert close.code == 4503 and close.reason == "room full"
    assert state == {"type": "waiting"}
    assert max(connected for connected, _answered in heard.counts) == 2


def test_a_whole_room_can_knock_at_once(monkeypatch):
    """The listening queue holds as many phones as the server admits: with the default (100), a
    room of 300 reconnecting together after a Wi-Fi drop had some of them wait for the system's
    one-second retry (benchmarks/bench_phones.py: 1.1 s in one run in three, 0.11-0.21 s since)."""
    import socket

    asked: list[int] = []
    listen = socket.socket.listen

    def recorded(sock, backlog=None):
        asked.append(backlog)
        return listen(sock, backlog)

    monkeypatch.setattr(socket.socket, "listen", recorded)
    phones = PhoneServer(ServerLimits(max_connections=300))
    phones.start("127.0.0.1", 0)
    phones.stop()
    assert asked and min(asked) >= 300


def test_stop_closes_the_port(heard):
    phones = PhoneServer()
    port = phones.start("127.0.0.1", 0)
    phones.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


def test_a_stuck_server_holds_stop_for_a_bounded_time_then_stops_by_itself(heard, monkeypatch):
    """Its loop busy for longer than stop() waits: stop() returns (the console's window closes), and
    the server stops listening once its loop runs again."""
    from bataille.phones import server as server_module

    monkeypatch.setattr(server_module, "STOP_WAIT_S", 0.3)
    phones = PhoneServer()
    port = phones.start("127.0.0.1", 0)
    thread, woke = phones._thread, threading.Event()
    phones._loop.call_soon_threadsafe(lambda: (woke.wait(5), None)[1])
    started = time.monotonic()
    phones.stop()
    assert time.monotonic() - started < 1.5 and thread.is_alive() and not phones.running
    woke.set()
    thread.join(5)
    assert not thread.is_alive()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


def test_feedback_at_the_end_is_cleaned_checked_and_heard(heard):
    got = []
    phones = PhoneServer(on_feedback=lambda *answer: got.append(answer))
    phones.start("127.0.0.1", 0)

    async def scenario():
        ws = await connect(f"ws://127.0.0.1:{phones.port}/ws")
        await ws.send(json.dumps({"type": "hello", "token": None}))
        token = (await receive(ws, "welcome"))["token"]
        await receive(ws, "waiting")
        await ws.send(json.dumps({"type": "feedback", "rating": 4, "theme": None, "text": "x"}))
        closed = await receive(ws, "refused")
        phones.ask_feedback((("bias", "Biais"), ("environment", "Environnement")))
        ask = await receive(ws, "feedback_ask")
        replies = []
        for bad in ({"rating": 6, "theme": None, "text": ""}, {"rating": 3, "theme": "nowhere", "text": ""},
                    {"rating": 3, "theme": "bias", "text": 7}):
            await ws.send(json.dumps({"type": "feedback", **bad}))
            replies.append((await receive(ws))["reason"])
            await asyncio.sleep(0.12)
        text = "Je  couperai\u0007 la vidéo\n en 4K <b>" + "!" * 150
        await ws.send(json.dumps({"type": "feedback", "rating": 5, "theme": "bias", "text": text}))
        thanks = await receive(ws)
        await ws.close()
        return token, closed, ask, replies, thanks

    try:
        token, closed, ask, replies, thanks = asyncio.run(scenario())
    finally:
        phones.stop()
    assert closed == {"type": "refused", "reason": "feedback_closed", "about": "feedback"}
    assert ask == {"type": "feedback_ask", "themes": [["bias", "Biais"], ["environment", "Environnement"]],
                   "sent": False}
    assert replies == ["bad_rating", "bad_theme", "bad_text"]
    assert thanks == {"type": "feedback_thanks"}
    (who, rating, theme, said), = got
    assert (who, rating, theme) == (token, 5, "bias")
    assert said.startswith("Je couperai la vidéo en 4K <b>!") and len(said) == 140 and "\u0007" not in said



def test_deeply_nested_json_is_refused_like_other_junk(server):
    async def scenario():
        ws, _token, _state = await join(server)
        replies = []
        for deep in ("[" * 2000, "[" * 1000 + "]" * 1000):  # both under the 2 KB limit
            await ws.send(deep)
            replies.append((await receive(ws))["reason"])
            await asyncio.sleep(0.12)
        await ws.send(json.dumps({"type": "team", "team": None}))  # the same socket goes on
        replies.append((await receive(ws))["type"])
        await ws.close()
        return replies

    assert asyncio.run(scenario()) == ["not_json", "not_json", "team"]


def test_a_socket_keeps_the_identity_of_its_first_hello(server, heard):
    """A page (or any browser console) re-sending `hello` with made-up tokens on its one socket
    cast one vote per token: the socket's identity is now fixed by its first hello."""
    async def scenario():
        ws, token, _state = await join(server)
        server.ask(CLAIM)
        await receive(ws, "question")
        await ws.send(json.dumps({"type": "vote", "question": 1, "choice": "disagree"}))
        await receive(ws, "ack")
        replies = []
        for made_up in ("A" * 22, "B" * 22, None):
            await ws.send(json.dumps({"type": "hello", "token": made_up}))
            replies.append(await receive(ws))
            await ws.send(json.dumps({"type": "vote", "question": 1, "choice": "disagree"}))
            replies.append(await receive(ws))
        await ws.send(json.dumps({"type": "hello", "token": token}))  # the same token again: harmless
        again = await receive(ws, "welcome")
        await ws.close()
        return token, replies, again

    token, replies, again = asyncio.run(scenario())
    assert replies[0::2] == [{"type": "refused", "reason": "hello_once", "about": "hello"}] * 3
    assert replies[1::2] == [{"type": "ack", "question": 1, "choice": "disagree"}] * 3  # its own vote
    assert again["token"] == token
    server.close_vote()
    assert asyncio.run(settle(lambda: heard.closed))
    assert heard.closed == [(1, {token: "disagree"})]  # one socket, one vote
    assert max(connected for connected, _answered in heard.counts) == 1


def test_the_count_is_of_phones_not_of_sockets(server, heard):
    """After a Wi-Fi drop the old socket of a phone lingers until the pings time out (~40 s), and two
    tabs of one browser share a token: both were counted. A phone is a token."""
    async def scenario():
        first, token, _state = await join(server)
        assert await settle(lambda: heard.counts and heard.counts[-1][0] == 1)
        second, again, _state = await join(server, token)  # the same phone, another socket
        other, _other, _state = await join(server)
        assert await settle(lambda: len(server._phones) == 3)
        await settle(lambda: heard.counts[-1][0] == 2, timeout=1)  # heard just after the state is sent
        counted = heard.counts[-1][0]
        server.ask(CLAIM)
        await receive(second, "question")
        await second.send(json.dumps({"type": "vote", "question": 1, "choice": "agree"}))
        acks = [await receive(second, "ack"), await receive(first, "ack")]  # both tabs show the vote
        await first.close()
        assert await settle(lambda: len(server._phones) == 2)
        after_close = heard.counts[-1]
        await second.close()
        assert await settle(lambda: len(server._phones) == 1)
        last = heard.counts[-1]
        await other.close()
        return again == token, counted, acks, after_close, last

    same, counted, acks, after_close, last = asyncio.run(scenario())
    assert same and counted == 2
    assert acks == [{"type": "ack", "question": 1, "choice": "agree"}] * 2
    assert after_close == (2, 1) and last == (1, 1)



def test_a_vote_resent_as_it_stands_does_not_count_towards_the_rate_limit(server, heard):
    """A frozen laptop or a stalled network: the phone's resent taps arrive all at once. Resending
    the vote that is already recorded changes nothing, so it is acknowledged, never refused."""
    async def scenario():
        ws, _token, _state = await join(server)
        server.ask(CLAIM)
        await receive(ws, "question")
        for _ in range(15):
            await ws.send(json.dumps({"type": "vote", "question": 1, "choice": "agree"}))
        replies = [await receive(ws) for _ in range(15)]
        for _ in range(12):  # other messages still count
            await ws.send(json.dumps({"type": "team", "team": None}))
        others = [await receive(ws) for _ in range(12)]
        await ws.close()
        return replies, others

    replies, others = asyncio.run(scenario())
    assert replies == [{"type": "ack", "question": 1, "choice": "agree"}] * 15
    assert len(heard.votes) == 1  # the app hears of a change once
    assert {"type": "refused", "reason": "too_fast", "about": "team"} in others



def test_the_app_tells_the_phones_its_language():
    phones = PhoneServer(lang="fr")
    phones.start("127.0.0.1", 0)

    async def scenario():
        ws = await connect(f"ws://127.0.0.1:{phones.port}/ws")
        await ws.send(json.dumps({"type": "hello", "token": None}))
        welcome, waiting = await receive(ws), await receive(ws)
        phones.ask(Question(2, "Sobriety", "Generative AI should be limited at school.", lang="en"))
        question = await receive(ws, "question")
        await ws.close()
        return welcome, waiting, question

    try:
        welcome, waiting, question = asyncio.run(scenario())
    finally:
        phones.stop()
    assert welcome["lang"] == "fr" and waiting == {"type": "waiting", "lang": "fr"}
    assert question["lang"] == "en" and phones.lang == "en"  # the session's language, as the app asks


@pytest.mark.parametrize("over, code", [(False, 4000), (True, 4001)])
def test_every_phone_hears_why_the_server_stops(heard, over, code):
    """Stopping said only "going away" (1001), which the page could not tell from a dropped Wi-Fi:
    it said "Connexion perdue" after the facilitator turned the phones off, and knocked for ever
    after the workshop had ended. Each phone now hears the reason in a close code of the app's own."""
    from bataille.phones.server import OFF_CODE, OVER_CODE

    assert (OFF_CODE, OVER_CODE) == (4000, 4001)  # the page (page.html, onclose) reads these numbers
    phones = PhoneServer(on_count=heard.count)
    phones.start("127.0.0.1", 0)

    async def scenario():
        ws, _token, _state = await join(phones)
        await asyncio.get_running_loop().run_in_executor(None, lambda: phones.stop(over=over))
        with pytest.raises(ConnectionClosed):
            await receive(ws)
        return ws.close_code

    try:
        assert asyncio.run(scenario()) == code
    finally:
        phones.stop()


def test_a_vote_asked_again_starts_from_the_answers_given():
    """The phones' vote reopened: each phone keeps its answer until it changes it; a junk answer in
    what the app passes is left out."""
    from bataille.phones.room import Room

    room = Room()
    room.ask(CLAIM, {"t1": "agree", "t2": "disagree", "t3": "maybe"})
    assert room.votes() == {"t1": "agree", "t2": "disagree"} and room.mine("t1") == "agree"
    assert room.vote("t2", CLAIM.id, "agree") and room.close() == {"t1": "agree", "t2": "agree"}
    room.ask(CLAIM)
    assert room.votes() == {}  # asked the first time: nobody has answered


def test_a_code_typed_after_the_address_leads_to_the_page(server):
    """…:8765/KXRT (the room code typed after the address) or …/ws opened in a browser showed a blank
    « Not found. » or a WebSocket error, in English: they lead to the voting page."""
    for path in ("/KXRT", "/ws", "/vote/"):
        with urllib.request.urlopen(url(server, path, "http")) as reply:  # follows the redirection
            assert reply.geturl().endswith(f":{server.port}/") and b"<html" in reply.read(), path
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(url(server, "/favicon.ico", "http"))
    assert missing.value.code == 404 and "Adresse inconnue" in missing.value.read().decode("utf-8")
    missing.value.close()


def test_silent_sockets_from_one_address_cannot_fill_the_room(heard):
    """One laptop opened 480 sockets that never said hello: the room (500) was full for every phone,
    and stayed so (the silent sockets answer pings). Now one address holds 16 silent sockets at most,
    the next refused at once (4429), and the phones of the room still come in."""
    phones = PhoneServer(ServerLimits(max_connections=30), on_count=heard.count)
    phones.start("127.0.0.1", 0)

    async def scenario():
        silent = [await connect(url(phones), local_addr=("127.0.0.2", 0)) for _ in range(16)]
        refused = await connect(url(phones), local_addr=("127.0.0.2", 0))
        with pytest.raises(ConnectionClosed) as closed:
            await receive(refused)
        inside = [await join(phones) for _ in range(5)]  # the room's phones, from their own address
        held = len(phones._phones)
        for ws in silent + [ws for ws, _token, _state in inside]:
            await ws.close()
        return closed.value.rcvd, held, [token for _ws, token, _state in inside]

    try:
        close, held, tokens = asyncio.run(scenario())
    finally:
        phones.stop()
    assert close.code == 4429 and close.reason == "too many sockets"
    assert held == 21 and len(set(tokens)) == 5
    assert max(connected for connected, _answered in heard.counts) == 5


def test_a_socket_that_never_says_hello_gives_its_place_back(heard):
    """A silent socket is closed (4408) once hello_wait has passed; a phone that said hello stays."""
    phones = PhoneServer(ServerLimits(max_connections=2, hello_wait=0.3), on_count=heard.count)
    phones.start("127.0.0.1", 0)

    async def scenario():
        silent = await connect(url(phones))
        phone, token, _state = await join(phones)
        with pytest.raises(ConnectionClosed) as closed:
            await receive(silent, timeout=5.0)
        await asyncio.sleep(0.5)  # past hello_wait for the phone too
        third, _token, state = await join(phones)  # the silent socket's place is free again
        await phone.send(json.dumps({"type": "hello", "token": token}))
        welcome = await receive(phone, "welcome")  # the phone's socket is still open
        await third.close()
        await phone.close()
        return closed.value.rcvd, state, welcome["token"] == token

    try:
        close, state, same = asyncio.run(scenario())
    finally:
        phones.stop()
    assert close.code == 4408 and close.reason == "hello expected"
    assert state == {"type": "waiting"} and same


def test_a_server_started_again_keeps_its_room(heard):
    """The laptop's address changed: the app stops the server and starts it again elsewhere
    (ui/phones.py, move_to). The room it had, the open question and the answers in, stays."""
    phones = PhoneServer(on_vote=heard.vote, on_count=heard.count, on_closed=heard.close)
    phones.start("127.0.0.1", 0)
    phones.ask(CLAIM)

    async def vote():
        ws, token, _state = await join(phones)
        await ws.send(json.dumps({"type": "vote", "question": CLAIM.id, "choice": "agree"}))
        await receive(ws, "ack")
        await ws.close()
        return token

    async def rejoin(token):
        ws = await connect(f"ws://127.0.0.2:{phones.port}/ws")
        await ws.send(json.dumps({"type": "hello", "token": token}))
        welcome = await receive(ws, "welcome")
        state = await receive(ws)
        await ws.close()
        return welcome["token"], state

    try:
        token = asyncio.run(vote())
        phones.stop()
        phones.start("127.0.0.2", 0)
        again, state = asyncio.run(rejoin(token))
    finally:
        phones.stop()
    assert again == token and phones.room.mine(token) == "agree"
    assert state["type"] == "question" and state.get("mine") == "agree", state


def test_a_phone_is_thanked_for_its_feedback_once_the_app_has_it():
    """The page thanked the phone, then the app was handed the feedback: a slow app (or a busy machine)
    had thanked a phone for an answer it did not hold yet, and a test reading the app at the thanks
    found nothing."""
    got = []

    def slow_app(*answer):
        time.sleep(0.3)  # the app's side taking its time (a busy machine)
        got.append(answer)

    phones = PhoneServer(on_feedback=slow_app)
    phones.start("127.0.0.1", 0)

    async def scenario():
        ws = await connect(f"ws://127.0.0.1:{phones.port}/ws")
        await ws.send(json.dumps({"type": "hello", "token": None}))
        await receive(ws, "welcome")
        phones.ask_feedback((("bias", "Biais"),))
        await receive(ws, "feedback_ask")
        await ws.send(json.dumps({"type": "feedback", "rating": 4, "theme": "bias", "text": "Citer mes sources"}))
        await receive(ws, "feedback_thanks")
        held_at_the_thanks = len(got)
        await ws.close()
        return held_at_the_thanks

    try:
        held = asyncio.run(scenario())
    finally:
        phones.stop()
    assert held == 1
