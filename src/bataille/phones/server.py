"""The voting server: the phone page and a WebSocket on one port, in a worker thread.

Built on ``websockets`` (asyncio): ``process_request`` serves the page at ``/`` and refuses
every other path but ``/ws``; the event loop runs in its own thread, so the app's UI never waits
on the network. The app talks to it through thread-safe calls (``ask``, ``close_vote``…) and hears
from it through callbacks run in the worker thread (the UI turns them into queued signals).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable
from importlib import resources

from websockets.asyncio.server import ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from . import http_page
from .door import address_of, admits, turn_away, waiting_from
from .limits import (
    CROWD_CODE,
    FULL_CODE,
    HELLO_CODE,
    MOVED_CODE,
    OFF_CODE,
    OVER_CODE,
    ServerLimits,
)
from .limits import (
    PHONE_CODE as PHONE_CODE,  # sent by door.turn_away: every code the server closes with is here
)
from .protocol import (
    BadMessage,
    Feedback,
    Hello,
    Team,
    Vote,
    kind_of,
    message,
    new_token,
    parse,
    refused,
)
from .room import Question, Room

STOP_WAIT_S = 2.0  # how long stop() waits for the worker thread: a stuck one must not freeze the app
ALIVE = message("alive")  # said to every phone each ServerLimits.alive seconds (see _heartbeat)


class PhoneServer:
    """Start with ``start(host, port)``; ``stop()`` closes every socket and the listening port."""

    def __init__(self, limits: ServerLimits | None = None,
                 on_vote: Callable[[str, int, str], None] | None = None,
                 on_count: Callable[[int, int], None] | None = None,
                 on_closed: Callable[[int, dict[str, str], dict[str, str]], None] | None = None,
                 on_team: Callable[[str, str | None], None] | None = None,
                 on_feedback: Callable[[str, int, str | None, str], None] | None = None,
                 lang: str | None = None,
                 on_refused: Callable[[str, int], None] | None = None) -> None:
        self.limits = limits or ServerLimits()
        self.room = Room()
        self.on_vote, self.on_count, self.on_closed, self.on_team = on_vote, on_count, on_closed, on_team
        self.on_feedback, self.on_refused = on_feedback, on_refused  # on_refused: phone address, pages turned away there
        self.port: int | None = None
        self.code = ""  # the room code every phone shows (see join.room_code)
        # The session's language ("fr", "en"), sent with welcome and every state so the page's words
        # match the claim; None: the page uses the phone's own language. A question's lang replaces it.
        self.lang = lang
        self._page = resources.files(__package__).joinpath("page.html").read_bytes()
        self._served = http_page.Page(self._page)  # as served: in the session's language, gzip-compressed or not
        self.listening_on = ""  # the laptop's address: a socket from there is the laptop's own (door.admits)
        self._phones: dict[ServerConnection, str | None] = {}  # socket -> token (None until hello)
        self._closing: set[asyncio.Future[None]] = set()  # silent sockets being closed (_hello_late)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Future[None] | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._goodbye = (OFF_CODE, "phones off")  # the close code and reason stop() sends every phone

    # -- from the app's thread ------------------------------------------------------------------

    def start(self, host: str = "0.0.0.0", port: int = 8765) -> int:
        """Listen on ``host:port`` (0: any free port); the port listened on. Raises OSError."""
        if self._thread is not None:
            raise RuntimeError("the phone server is already running")
        self._ready.clear()
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(host, port),),
                                        name="phones", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            self._thread.join(5)
            self._thread, error, self._error = None, self._error, None
            raise error
        assert self.port is not None
        return self.port

    def stop(self, over: bool = False, debate: bool = False, moved: bool = False) -> None:
        """Close every phone's socket and stop listening; waits for the worker thread, STOP_WAIT_S at
        most. A thread still busy then (its loop stuck) stops by itself when its loop runs again: it
        was told to, and it is a daemon, so it holds neither the app's window nor its exit. Each phone
        hears why: the phones turned off (OFF_CODE), or with ``over`` the workshop ended (OVER_CODE;
        with ``debate``, the reason says a quick debate ended, and the page thanks the room for it), or
        with ``moved`` the phones moved to another address (MOVED_CODE: scan the new code)."""
        if self._thread is None:
            return
        self._goodbye = ((OVER_CODE, "debate over" if debate else "workshop over") if over
                         else (MOVED_CODE, "moved") if moved else (OFF_CODE, "phones off"))
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(lambda: self._stopping.done() or self._stopping.set_result(None))
        self._thread.join(STOP_WAIT_S)
        self._thread, self._loop, self.port = None, None, None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def ask(self, question: Question, earlier: dict[str, str] | None = None, ends: float | None = None,
            held: float | None = None) -> None:
        """Open a vote on ``question`` on every phone; asked again, from the ``earlier`` answers
        (token -> choice), which each phone shows and may change. ``ends``: when the app's countdown closes
        it (``time.monotonic()``), each phone counting down the seconds left; ``held``: those it keeps, paused."""
        self._call(self._ask, question, dict(earlier or {}), ends, held)

    def hold(self, ends: float | None, held: float | None = None) -> None:
        """The open vote's countdown holds ``held`` seconds (``ends`` None: the session's timer is paused)
        or goes on, to close at ``ends``: each phone is told its question again, with the seconds left or held."""
        self._call(self._hold, ends, held)

    def close_vote(self) -> None:
        """Close the vote; ``on_closed(question id, votes, teams of the voters)`` follows."""
        self._call(self._close)

    def wait(self, taken_back: bool = False) -> None:
        """Phones show "waiting for the next question". ``taken_back``: the vote open now is dropped, its
        answers not kept: each page forgets the answer it kept to it, which would go again by itself
        when the question is asked again."""
        self._call(self._wait, taken_back)

    def set_teams(self, teams: tuple[tuple[str, str], ...]) -> None:
        """The teams a phone may pick (id, name)."""
        self._call(self._set_teams, tuple(teams))

    def ask_feedback(self, themes: tuple[tuple[str, str], ...]) -> None:
        """Every phone gets the end-of-workshop feedback: a rating, a theme (id, name), a commitment."""
        self._call(self._ask_feedback, tuple(themes))

    def let_in(self, address: str) -> None:
        """Every phone at the phone ``address`` may vote, for the rest of the session (see door.py)."""
        self._call(self.room.voters.let_in, address)

    def _call(self, function: Callable, *args: object) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(function, *args)

    # -- in the worker thread -------------------------------------------------------------------

    async def _main(self, host: str, port: int) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = self._loop.create_future()
        try:
            server = await serve(self._connection, host, port, process_request=self._http,
                                 max_size=self.limits.max_message, compression=None,
                                 ping_interval=self.limits.ping_interval, ping_timeout=self.limits.ping_timeout,
                                 close_timeout=1, server_header=None, backlog=self.limits.max_connections)
        except OSError as error:
            self._error = error
            self._ready.set()
            return
        self.port, self.listening_on = server.sockets[0].getsockname()[1], host
        self.room.voters.listening_at(host, self.port)  # the origin the tokens given from now on say
        self._ready.set()
        self._count()  # started again (the phones moved): the app hears the room as it is now, after its last count
        heartbeat = asyncio.ensure_future(self._heartbeat())
        async with server:
            await self._stopping
            heartbeat.cancel()
            # Every phone hears why (close_timeout bounds each goodbye), then the port closes.
            goodbyes = [asyncio.ensure_future(ws.close(*self._goodbye)) for ws in list(self._phones)]
            if goodbyes:
                await asyncio.wait(goodbyes, timeout=self.limits.close_wait)
            server.close()

    async def _heartbeat(self) -> None:
        """A word to every phone now and then: a page that hears none opens another socket (see page.html)."""
        while True:
            await asyncio.sleep(self.limits.alive)
            broadcast([ws for ws, token in self._phones.items() if token], ALIVE)

    def _http(self, connection: ServerConnection, request: Request) -> Response | None:
        return http_page.answer(connection, request, self._served, self.lang)

    async def _connection(self, ws: ServerConnection) -> None:
        if len(self._phones) >= self.limits.max_connections:
            # An HTTP 503 cannot be read by a browser's WebSocket (the page saw a lost connection):
            # the socket opens, is told the room is full, and is closed with a code of its own.
            try:
                await ws.send(message("full", retry=self.limits.full_retry))
                await ws.close(FULL_CODE, "room full")
            except ConnectionClosed:
                pass
            return
        if waiting_from(self._phones, ws) >= self.limits.max_waiting:
            await ws.close(CROWD_CODE, "too many sockets")
            return
        self._phones[ws] = None
        sent: deque[float] = deque()
        late = asyncio.get_running_loop().call_later(self.limits.hello_wait, self._hello_late, ws)
        try:
            async for raw in ws:
                try:
                    msg: Hello | Vote | Team | Feedback | BadMessage = parse(raw)  # ≤ 2 KB: cheap
                except BadMessage as bad:
                    msg = bad
                if not self._unchanged(ws, msg):
                    # A vote resent as it stands (taps queued while the laptop froze or the network
                    # stalled, then delivered at once) changes nothing: it does not count, and is
                    # acknowledged rather than refused, so the phone never reads "too many messages"
                    # about the vote it sees recorded.
                    now = time.monotonic()
                    sent.append(now)
                    while sent and now - sent[0] > 1.0:
                        sent.popleft()
                    if len(sent) > self.limits.max_rate:
                        await ws.send(refused("too_fast", kind_of(msg)))
                        continue
                await self._receive(ws, msg)
        except ConnectionClosed:
            pass
        finally:
            late.cancel()
            del self._phones[ws]
            self._count()

    def _hello_late(self, ws: ServerConnection) -> None:
        """A socket still silent ``hello_wait`` seconds after it opened gives its place back."""
        if ws in self._phones and self._phones[ws] is None:
            closing = asyncio.ensure_future(ws.close(HELLO_CODE, "hello expected"))
            self._closing.add(closing)  # held until done: the loop keeps only a weak reference
            closing.add_done_callback(self._closing.discard)

    def _unchanged(self, ws: ServerConnection, msg: object) -> bool:
        """``msg`` is the vote this phone has already recorded on the open question."""
        token = self._phones.get(ws)
        q = self.room.question
        return (isinstance(msg, Vote) and token is not None and self.room.open and q is not None
                and q.id == msg.question and self.room.mine(token) == msg.choice)

    async def _receive(self, ws: ServerConnection, msg: Hello | Vote | Team | Feedback | BadMessage) -> None:
        if isinstance(msg, BadMessage):
            await ws.send(refused(msg.reason, msg.about))
            return
        token = self._phones.get(ws)
        if isinstance(msg, Hello):
            if token is not None and msg.token != token:
                # A socket is one phone: its first hello fixed who it is. Another token on the same
                # socket would be another voter (one phone, many votes); its vote stays as it was.
                await ws.send(refused("hello_once", "hello"))
                return
            if token is None and not admits(self, ws, msg.token):
                await turn_away(self, ws, msg.token)  # counted for the console, told to knock again slowly
                return
            token = token or msg.token or new_token(self.room.voters.origin)
            self._phones[ws] = token
            self.room.arrived(token, address_of(ws))  # its answers given at this address are its own (Room.here)
            # Back after Phones was off, or after the app stopped: the team its page kept, picked in this room.
            if self.code and msg.room == self.code and self.room.take_team(token, msg.team) and self.on_team:
                self.on_team(token, msg.team)
            await ws.send(message("welcome", token=token, room=self.code, teams=[list(t) for t in self.room.teams],
                                  team=self.room.team_of.get(token), alive=self.limits.alive, **self._lang()))
            await ws.send(self._state_for(token))
            self._count()
        elif token is None:
            await ws.send(refused("hello_first", kind_of(msg)))
        elif isinstance(msg, Vote):
            ack = message("ack", question=msg.question, choice=msg.choice)
            if self._unchanged(ws, msg):
                await ws.send(ack)  # nothing changed: the app is not told again
            elif self.room.vote(token, msg.question, msg.choice):
                await self._tell(ws, token, ack)
                if self.on_vote:
                    self.on_vote(token, msg.question, msg.choice)
                self._count()
            else:
                await ws.send(refused("vote_closed", "vote"))
        elif isinstance(msg, Feedback):
            await self._feedback(ws, token, msg)
        elif isinstance(msg, Team):
            known = {team_id for team_id, _ in self.room.teams}
            if msg.team is not None and msg.team not in known:
                await ws.send(refused("bad_team", "team"))
                return
            if msg.team is None:
                self.room.team_of.pop(token, None)
            else:
                self.room.team_of[token] = msg.team
            await self._tell(ws, token, message("team", team=msg.team))
            if self.on_team:
                self.on_team(token, msg.team)

    async def _feedback(self, ws: ServerConnection, token: str, msg: Feedback) -> None:
        themes = self.room.feedback_themes
        if themes is None:
            await ws.send(refused("feedback_closed", "feedback"))
            return
        if msg.theme is not None and msg.theme not in {theme_id for theme_id, _ in themes}:
            await ws.send(refused("bad_theme", "feedback"))
            return
        answer = (msg.rating, msg.theme, msg.text)
        kept_as = self.room.feedback_token(token, answer)  # sent again after a move: counted once
        self.room.feedback[kept_as] = answer
        if self.on_feedback:  # handed to the app before the phone is thanked: a thanked answer is the app's
            self.on_feedback(kept_as, msg.rating, msg.theme, msg.text)
        await self._tell(ws, token, message("feedback_thanks"))
        self._count()

    async def _tell(self, ws: ServerConnection, token: str, text: str) -> None:
        """``text`` to ``ws``, and to the other sockets of the same phone (another tab of the same
        browser, or the old socket of a Wi-Fi drop, until its pings time out): they all show the same."""
        await ws.send(text)
        broadcast([other for other, known in self._phones.items() if known == token and other is not ws], text)

    def _lang(self) -> dict[str, str]:
        return {"lang": self.lang} if self.lang else {}

    def _state_for(self, token: str) -> str:
        q = self.room.question
        if self.room.feedback_themes is not None:
            moved = {"earlier": self.room.feedback_moved} if self.room.feedback_moved else {}  # sent before a move
            return message("feedback_ask", themes=[list(t) for t in self.room.feedback_themes],
                           sent=self.room.feedback_sent(token), **moved, **self._lang())
        if q is None:
            return message("waiting", **self._lang())
        countdown = self.room.countdown(time.monotonic())  # closes_in while it runs, held while it holds
        if self.room.open and self.room.forget(token):  # its answer was taken back: not to go again by itself
            countdown["forget"] = True
        return message("question", id=q.id, title=q.title, text=q.text, stage=q.stage, open=self.room.open,
                       mine=self.room.mine(token), **countdown, **self._lang())

    def _ask(self, question: Question, earlier: dict[str, str], ends: float | None, held: float | None) -> None:
        self.room.feedback_themes = None
        if question.lang:
            self.lang = question.lang
        self.room.ask(question, earlier, ends, held)
        if earlier:  # each phone its own answer
            for ws, token in self._phones.items():
                if token:
                    broadcast([ws], self._state_for(token))
        else:  # one message for all: nobody has answered yet (a question taken back: every page forgets)
            broadcast([ws for ws, token in self._phones.items() if token], self._state_for(""))
        self._count()

    def _hold(self, ends: float | None, held: float | None) -> None:
        if self.room.open and self.room.question is not None and self.room.feedback_themes is None:
            self.room.hold(ends, held)
            for ws, token in self._phones.items():
                if token:
                    broadcast([ws], self._state_for(token))

    def _close(self) -> None:
        q = self.room.question
        votes = self.room.close()
        for ws, token in self._phones.items():
            if token and q is not None:
                broadcast([ws], message("closed", question=q.id, mine=votes.get(self.room.identity(token))))
        if self.on_closed and q is not None:  # with the team each voter picked, for team tallies
            self.on_closed(q.id, votes, self.room.voters_teams())
        self._count()

    def _wait(self, taken_back: bool = False) -> None:
        q = self.room.question
        forget = {"forget": q.id} if taken_back and q is not None and self.room.open else {}
        self.room.clear(taken_back)
        self.room.feedback_themes = None
        broadcast([ws for ws, token in self._phones.items() if token], message("waiting", **forget, **self._lang()))
        self._count()

    def _set_teams(self, teams: tuple[tuple[str, str], ...]) -> None:
        changed, self.room.teams = teams != self.room.teams, teams
        if changed:  # the phones there pick from the teams as they are now (renamed on the console)
            broadcast([ws for ws, token in self._phones.items() if token], message("teams", teams=[list(t) for t in teams]))

    def _ask_feedback(self, themes: tuple[tuple[str, str], ...]) -> None:
        self.room.clear()
        self.room.feedback_themes = themes
        broadcast([ws for ws, token in self._phones.items() if token], self._state_for(""))
        self._count()

    def _count(self) -> None:
        if self.on_count:
            answered = len(self.room.feedback) if self.room.feedback_themes is not None else self.room.answered()
            # Phones, not sockets: a phone's old socket after a Wi-Fi drop, or a second tab, shares its token.
            self.on_count(len({token for token in self._phones.values() if token}), answered)

