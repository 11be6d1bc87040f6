"""The phones' voting server seen from the UI: queued signals in, thread-safe calls out.

The server runs in its own thread (bataille.phones.server); its callbacks emit this object's
signals, which Qt delivers in the UI thread (the object lives there), so no widget is touched
from the network thread and the UI never waits on the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from bataille.phones.room import Question
from bataille.phones.voters import Voters
from bataille.ui.phones_countdown import VoteCountdown
from bataille.ui.phones_door import Door

if TYPE_CHECKING:
    from bataille.phones.server import PhoneServer

# How long closing something (Phones, a debate, the session) waits for the server to hand back the
# answers of the vote it closes: on the room's network it takes milliseconds; a server that does not
# answer by then holds nothing up.
ANSWERS_WAIT_MS = 2000


class Phones(QObject):
    """Off by default. ``turn_on(address)`` listens on the room's network; ``turn_off()`` stops."""

    countChanged = Signal(int, int)  # phones connected, answers to the open question
    voteClosed = Signal(int, object, object)  # question id, {token: choice}, {token: team id}
    _serverClosed = Signal(object, int, object, object)  # the server, then the same, from its thread
    _serverCount = Signal(object, int, int)  # the server, then countChanged's, from its thread
    stateChanged = Signal(bool)  # on / off
    feedbackReceived = Signal(str, int, object, str)  # token, rating, theme id or None, commitment
    openVoteChanged = Signal()  # a vote opened on the phones, or the one open closed or left
    addressLost = Signal(bool)  # this computer lost the address the phones open (True), or has it again
    countdownChanged = Signal()  # the seconds left of the open vote's countdown (seconds_left) changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: PhoneServer | None = None
        self.url = ""
        self.address = ""  # the laptop's address the phones open, while on
        # The port the phones were served on last in this session: Phones on again goes back to it, so
        # that the pages there, which knock at it, come back by themselves (None: not on yet).
        self.last_port: int | None = None
        self.port_taken: int | None = None  # the port wanted when on, if another program had it
        self.code = ""  # the room code: drawn once, kept while the console shows its session
        self.qr: list[list[bool]] = []
        self.connected = 0
        self.answered = 0
        self.asking: Question | None = None
        self._closing: int | None = None  # the question whose close is asked, until its answers come
        self.asking_feedback = False  # the phones show the feedback form (the debrief)
        # The session's language, sent to the phones so their words match the claim (None: the phone's own).
        self.session_language: Callable[[], str | None] = lambda: None
        # The teams a phone may pick (id, name), given to the server before it listens: a phone coming
        # back with the team its page kept finds it there (see Room.take_team).
        self.session_teams: Callable[[], tuple[tuple[str, str], ...]] = lambda: ()
        self.quick_debate: Callable[[], bool] = lambda: False  # its end is a debate's, not a workshop's
        # The session file's own seed of its room code (None: a code drawn at random, once).
        self.session_seed: Callable[[], str | None] = lambda: None
        # The room's Wi-Fi as the join screen names it ("": "this room's Wi-Fi"), from the preferences.
        self.wifi_name: Callable[[], str] = lambda: ""
        self.join_shown = False  # the stage shows the join screen
        # This computer no longer has ``address`` (the console checks, phones_moving.py): the stage offers
        # no dead address nor its QR code until it comes back or the phones move.
        self.address_lost = False
        self.answers_set_aside = 0  # the open vote's answers the last move set aside (given at the old address)
        self.earlier_elsewhere = 0  # of the answers the last vote was asked again with, those given at an old address
        self._off_after_close = False  # turning off waits for the open vote's answers
        self._over = False  # ...and then tells the phones the workshop is over
        self._offs = 0  # how many times turning off waited: a late timer turns off only its own
        self._closed: int | None = None  # the question whose vote closed last (its answers came)
        # Kept from one server to the next (Phones off and on, at another address too): which tokens are
        # one phone (see bataille.phones.voters), and the questions whose vote was taken back.
        self.voters = Voters()
        self.door = Door(self)  # the pages turned away at one phone address (a room behind a router), and let in
        self.taken_back: set[int] = set()
        # (question, seconds): what the countdown of the vote that closed last had left then (0: it ran
        # out), so that a close taken back (Ctrl+Z) opens the vote again with that time; None: no countdown.
        self.left_at_close: tuple[int, float] | None = None
        # The countdown that closes the open vote, if one does: it wakes once a second, only while it
        # runs, and holds while the session's timer is paused (hold).
        self.clock = VoteCountdown(self)
        self.clock.changed.connect(self.countdownChanged)
        self.clock.ranOut.connect(self._ran_out)
        self.countChanged.connect(self._remember_count)
        self._serverCount.connect(self._counted)
        self._serverClosed.connect(self._vote_closed)
        self.voteClosed.connect(self._closed_then_off)

    @staticmethod
    def addresses() -> list[str]:
        from bataille.phones.join import local_addresses

        return local_addresses()

    @property
    def on(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def port(self) -> int:
        """The port the phones open: the one they were served on last in this session, else 8765."""
        from bataille.phones.join import PORT

        return self.last_port or PORT

    def turn_on(self, address: str, port: int | None = None) -> str:
        """Listen on ``address``, on ``port`` (by default the one used last in this session, else 8765),
        or the next free one if another program has it (``port_taken`` says so); the address phones open."""
        from bataille.phones.join import join_url, qr_matrix, room_code
        from bataille.phones.server import PhoneServer  # websockets and asyncio: only from here on

        port = self.port if port is None else port
        self.turn_off()
        server = PhoneServer(on_feedback=self.feedbackReceived.emit, lang=self.session_language())
        server.on_count = lambda *count: self._serverCount.emit(server, *count)
        server.on_closed = lambda *closed: self._serverClosed.emit(server, *closed)
        self.door.attach(server)
        # Turned off and on again, the room keeps its code: the phones already in it know that one.
        server.code = self.code = self.code or room_code(self.session_seed())
        server.room.teams = tuple(self.session_teams())  # before any phone says hello with its team
        # The tokens seen before, and where: at another address, the phones' answers given under them are
        # set aside until their phones are back here (each would count twice), and a phone the app
        # can tell keeps its own (Room.ask).
        server.room.voters, server.room.taken_back = self.voters, self.taken_back
        bound = self._listen(server, address, port)
        self.server, self.address, self.address_lost = server, address, False
        self.last_port, self.port_taken = bound, port if bound != port else None
        self.url = join_url(address, bound)
        self.qr = qr_matrix(self.url)
        self.join_shown = True
        self.stateChanged.emit(True)
        return self.url

    @staticmethod
    def _listen(server: PhoneServer, address: str, port: int) -> int:
        """Start ``server`` on ``address``: on ``port``, or the next free one; the port it listens on."""
        for candidate in (port, port + 1, port + 2, 0):
            try:
                return server.start(address, candidate)
            except OSError:
                if candidate == 0:
                    raise
        raise AssertionError("unreachable: port 0 either binds or raises")

    @staticmethod
    def holds(address: str) -> bool:
        """This computer still has ``address`` (see bataille.phones.address)."""
        from bataille.phones.address import holds

        return holds(address)

    def move_to(self, address: str) -> str:
        """Serve the same room at ``address``, the laptop's address having changed: the server stops
        and listens again there, on its port if it is free, keeping its room as it was (the question
        open or closed, the teams picked, the feedback sent); the url and QR code
        follow, and the join screen shows them unless a vote's box does. A browser keeps its token per
        address: every phone comes back as a new one, so the open vote's answers given at the old
        address are set aside (``answers_set_aside`` says how many; see Room.set_aside) and the
        phones answer again. Raises OSError when it cannot listen there (nor back where it was): the
        phones are then off, an open vote's answers handed over by voteClosed first, as turning off
        does."""
        from bataille.phones.join import join_url, qr_matrix

        server = self.server
        if server is None:
            raise RuntimeError("the phones are off: nothing to move")
        port = server.port or 0
        server.stop(moved=True)  # the phones still there hear it moved (MOVED_CODE); the room stays in the server
        before = server.room.set_aside()  # stopped: nothing else touches the room now
        try:
            bound = self._listen(server, address, port)
        except OSError:
            server.room.put_back(before)  # back where it was, or off: the answers are the phones' still
            try:
                self._listen(server, self.address, port)
            except OSError:
                self._lost(server)
            raise
        room = server.room
        self.answers_set_aside = sum(1 for token, choice in before.items() if room.mine(token) != choice)
        # No phone there yet, the answers kept (the feedback, while asked): the server's own count follows.
        self.connected, self.answered = 0, len(room.feedback) if room.feedback_themes is not None else room.answered()
        self.address, self.url, self.address_lost = address, join_url(address, bound), False
        self.last_port, self.port_taken = bound, port if bound != port else None
        self.qr = qr_matrix(self.url)
        self.join_shown = self.asking is None  # a vote's box shows the address and code; else the room sees them whole
        self.stateChanged.emit(True)
        return self.url

    def lose_address(self, lost: bool) -> None:
        """This computer no longer has the address the phones open (``lost``), or has it again: the
        stage stops offering it, then offers it again (the console checks, phones_moving.py)."""
        lost = lost and self.on
        if lost != self.address_lost:
            self.address_lost = lost
            self.addressLost.emit(lost)

    def _lost(self, server: PhoneServer) -> None:
        """The server could listen nowhere: an open vote's answers go where a close sends them, then off."""
        room, question = server.room, self.asking
        if question is not None and room.open and room.question is not None and room.question.id == question.id:
            votes = room.close()
            self._vote_closed(server, question.id, votes,
                              {token: room.team_of[token] for token in votes if token in room.team_of})
        self.turn_off()

    def turn_off_keeping_answers(self, over: bool = False) -> bool:
        """Turn off; a vote open with answers is closed first, so that its answers reach the counts
        (voteClosed) before the server stops. True when it waits for them. ``over``: as turn_off."""
        if not (self.on and self.asking is not None and self.answered):
            self.turn_off(over)
            return False
        self._off_after_close, self._over = True, over
        self._offs += 1
        self.close_vote()
        # A server that never answers is turned off all the same.
        QTimer.singleShot(ANSWERS_WAIT_MS, self, lambda n=self._offs: self._off_if_still_waiting(n))
        return True

    def close_vote_and_wait(self) -> dict[str, str] | None:
        """Close the open vote and wait, ANSWERS_WAIT_MS at most, until its answers have reached every
        other slot of voteClosed: for a window that closes now and cannot wait for a later turn of the
        event loop. The answers (token -> choice); None when no vote was open or the server did not
        answer in time. The facilitator's clicks and keys wait meanwhile."""
        if not (self.on and self.asking is not None):
            return None
        loop, answers = QEventLoop(), []

        def closed(_question: int, votes: dict, _teams: dict) -> None:
            answers.append(dict(votes))
            loop.quit()

        self.voteClosed.connect(closed)  # after every other slot: they have taken the answers when it runs
        QTimer.singleShot(ANSWERS_WAIT_MS, loop, loop.quit)
        self.close_vote()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.voteClosed.disconnect(closed)
        return answers[0] if answers else None

    def _vote_closed(self, server: PhoneServer, question: int, votes: dict, teams: dict) -> None:
        # In the UI thread. Answers from a server turned off since (one that answered too late) reach
        # nobody: whatever waited for them has moved on, and said so.
        if server is self.server:
            if self._closing == question:
                self._closing = None
            self._closed = question
            left = self.clock.left()
            self.left_at_close = (question, left) if left is not None else None
            self._stop_countdown()
            self.voteClosed.emit(question, votes, teams)
            self.openVoteChanged.emit()

    def _counted(self, server: PhoneServer, connected: int, answered: int) -> None:
        # In the UI thread. A server turned off since counts its sockets closing: nobody is there.
        if server is self.server:
            self.countChanged.emit(connected, answered)

    def _closed_then_off(self, *_closed: object) -> None:
        if self._off_after_close:  # after every other slot of voteClosed has taken the answers
            QTimer.singleShot(0, self, lambda n=self._offs: self._off_if_still_waiting(n))

    def _off_if_still_waiting(self, offs: int) -> None:
        if self._off_after_close and offs == self._offs:
            self.turn_off(self._over)

    def turn_off(self, over: bool = False) -> None:
        """Stop the server; each phone hears that voting is off for now, or with ``over`` that the
        workshop has ended (its page thanks the room and stops trying to reconnect)."""
        self._off_after_close = False
        if self.server is not None:
            self.server.stop(over, debate=over and self.quick_debate())
        was_on = self.server is not None
        self.server, self.url, self.asking, self.join_shown, self._closing = None, "", None, False, None
        self.address, self.address_lost, self.port_taken = "", False, None
        self.asking_feedback = False
        self.connected = self.answered = 0
        self._stop_countdown()
        if was_on:
            self.stateChanged.emit(False)

    def ask(self, question: Question, earlier: dict[str, str] | None = None, seconds: float = 0) -> None:
        """Open a vote on ``question``; asked again, from the ``earlier`` answers (token -> choice),
        so that a phone which does not answer again keeps its answer. Those given at an address the
        phones have moved from are not (``earlier_elsewhere`` says how many; see Room.ask): their
        phones come back as new ones and answer again. ``seconds``: the countdown that closes it (0:
        closed by hand), which closes it; the phones, the stage and the console show the time it leaves
        (seconds_left). Asked while the session's timer is paused, it holds until the timer runs (hold)."""
        if self.server is not None:
            self._stop_countdown()
            self.asking, self.asking_feedback = question, False
            here = [token for token in earlier or {} if self.server.room.here(token)]
            self.earlier_elsewhere = len(earlier or {}) - len(here)
            self.answered = len(here)  # the server's count follows, from its thread
            self._closing = None
            self.join_shown = False
            self._closed = None
            self.openVoteChanged.emit()  # kept first (phones_resume.py): a phone may answer at once
            ends = self.clock.start(max(0.0, seconds))  # the vote open: its time said, or the seconds it holds
            self.server.ask(question, earlier, ends, self.clock.held)

    def hold(self, paused: bool) -> None:
        """The session's timer is paused (``paused``) or runs again: the open vote's countdown holds,
        its seconds left kept, or goes on from them; the phones are told (they show those seconds, paused)."""
        if self.clock.hold(paused) and self.server is not None and self.open_vote is not None:
            self.server.hold(self.clock.ends, self.clock.held)

    def _ran_out(self) -> None:
        if self.open_vote is not None:
            self.close_vote()

    def give_way(self) -> None:
        """The join screen leaves the stage to the workshop (the Phones panel brings it back); phones
        still join by the address the stage and the console show."""
        if self.on and self.join_shown:
            self.join_shown = False
            self.stateChanged.emit(True)

    def close_vote(self) -> None:
        """Close the open vote; its answers come by voteClosed. Asked again before they came (a second
        press of the remote), it does nothing: the phones' vote closes once, its answers come once."""
        if self.server is not None and self.asking is not None and self._closing != self.asking.id:
            self._closing = self.asking.id
            self.server.close_vote()

    @property
    def closed_question(self) -> int | None:
        """The question the phones still show closed (« Le vote est clos. Votre réponse : … »), if any."""
        room = self.server.room if self.server is not None else None
        if self.asking is not None or self.asking_feedback or room is None or room.open or room.question is None:
            return None
        return room.question.id

    def done_with_vote(self, taken_back: bool = False) -> None:
        """The vote is taken: phones wait for the next question. ``taken_back``: the vote open now is
        dropped, its answers not kept (Ctrl+Z): each page forgets the answer it kept, which would
        otherwise go again by itself when that question is asked again."""
        self.asking, self.asking_feedback = None, False
        self._stop_countdown()
        if self.server is not None:
            self.server.wait(taken_back)
        self.openVoteChanged.emit()

    def ask_feedback(self, themes: tuple[tuple[str, str], ...]) -> None:
        """The phones show the feedback form: a rating, the theme that taught most, a commitment."""
        if self.server is not None:
            self.asking, self.asking_feedback = None, True
            self._stop_countdown()
            self.join_shown = False
            self.openVoteChanged.emit()  # kept first, as a vote
            self.server.ask_feedback(themes)

    def set_teams(self, teams: tuple[tuple[str, str], ...]) -> None:
        if self.server is not None:
            self.server.set_teams(teams)

    @property
    def open_vote(self) -> int | None:
        """The id of the question the phones are voting on now (None: none, or its vote closed)."""
        if self.on and self.asking is not None and self._closed != self.asking.id:
            return self.asking.id
        return None

    def _remember_count(self, connected: int, answered: int) -> None:
        self.connected, self.answered = connected, answered

    @property
    def seconds_left(self) -> int | None:
        """The whole seconds the open vote's countdown leaves (rounded up: "0:01" until it closes; held,
        those it keeps); None when no vote is open or none closes by a countdown."""
        return None if self.open_vote is None else self.clock.seconds()

    @property
    def countdown_held(self) -> bool:
        """The open vote's countdown holds: the session's timer is paused."""
        return self.open_vote is not None and self.clock.held is not None

    @property
    def _countdown(self) -> QTimer:
        return self.clock.ticker

    def _stop_countdown(self) -> None:
        self.clock.stop()
