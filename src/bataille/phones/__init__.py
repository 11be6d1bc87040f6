"""Phones: the room votes from its phones over the room's own network, while Phones is on.

``server.PhoneServer`` serves the phone page and a WebSocket on one port (the ``websockets``
library, in a worker thread with its own event loop); ``room.Room`` holds who answered what;
``protocol`` checks every message a phone sends. No Qt here: ``bataille.ui.phones`` connects it
to the console and the stage. See docs/phones.md.
"""

from .room import CHOICES, Question, Room

__all__ = ["CHOICES", "PhoneServer", "Question", "Room", "ServerLimits"]


def __getattr__(name: str) -> object:
    # The server (websockets, asyncio) is imported when Phones is turned on, not at the app's start.
    if name in ("PhoneServer", "ServerLimits"):
        from . import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
