"""What one phone, one phone address and the whole room may do, and the close codes that say why a
socket was closed (page.html's ``CLOSES`` gives each its words)."""

from __future__ import annotations

from dataclasses import dataclass

FULL_CODE = 4503  # the close code of a socket turned away from a full room (4000-4999: the app's own)
# Why the server closes every socket when it stops, for the page's words (page.html's onclose):
OFF_CODE = 4000  # the facilitator turned the phones off: the page says so and knocks again now and then
OVER_CODE = 4001  # the workshop is over: the page thanks the room and stops knocking
MOVED_CODE = 4002  # the phones moved to the laptop's new address: the page says to scan the new code
# A socket that took a place in the room without saying who it is (the page says hello as it opens):
HELLO_CODE = 4408  # no hello within ServerLimits.hello_wait: its place goes back to the room
CROWD_CODE = 4429  # one address already holds max_waiting such sockets: refused at once
# A hello under one more token from a phone address that has had ServerLimits.tokens_per_address here:
# after ``refused`` one_phone (the room, the bound, a token, a retry): the page says what to do and knocks
# again slowly with that token, let in once the facilitator lets its address in (see door.py)
PHONE_CODE = 4409


@dataclass(frozen=True)
class ServerLimits:
    """What one phone, and the whole room, may send."""

    max_message: int = 2048  # bytes: a larger message closes that phone's socket (code 1009)
    max_rate: int = 10  # messages a second from one phone; more are refused (a vote resent as it stands is not counted)
    max_connections: int = 500  # sockets; past it a phone hears `full` and is closed (FULL_CODE)
    full_retry: int = 15  # seconds a phone turned away waits (about) before it knocks again
    # Sockets that have not said hello yet: one address may hold this many (a page says hello as its
    # socket opens: a phone has one, two while its Wi-Fi comes back; a room behind one router, a few at
    # once), each for hello_wait seconds.
    # Without them, one laptop's script filled the room with silent sockets and kept it full.
    max_waiting: int = 16
    hello_wait: float = 10.0
    close_wait: float = 1.0  # seconds stopping waits for the phones to hear why (STOP_WAIT_S is longer)
    # Voters (tokens) one phone address may be at one address of the laptop, for the whole session: a
    # browser keeps its token there (a reload, Phones off and on, a Wi-Fi drop bring it back), so a phone
    # needs one; two or three when its pupil opened the page in a QR reader, then in a browser, or in a
    # private tab. Without a bound, a script saying hello without a token, voting and leaving, in a
    # loop, added 3,387 votes in 5 s from one address. The laptop's own address is not bounded, nor one
    # the facilitator let in (a room behind one router: the console says how many were turned away).
    tokens_per_address: int = 3
    # Seconds (about) a page turned away there waits before it knocks again: it comes in by itself, this
    # long after the facilitator lets its address in; its pupil's extra browser knocks this slowly, in vain.
    phone_retry: int = 10
    # Every ``alive`` seconds each phone hears a word from the app (``alive``): a page that hears nothing
    # for longer takes its connection for dead (a Wi-Fi drop that no close frame reports) and opens another.
    alive: float = 10.0
    # The library's keepalive: a phone that answers no ping within ping_timeout is dropped (code 1011).
    ping_interval: float = 20.0
    ping_timeout: float = 20.0
