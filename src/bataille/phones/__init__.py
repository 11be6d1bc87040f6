"""Phones: the room votes from its phones over the room's own network, while Phones is on.

``server.PhoneServer`` serves the phone page and a WebSocket on one port (the ``websockets``
library, in a worker thread with its own event loop); ``room.Room`` holds who answered what;
``protocol`` checks every message a phone sends. No Qt here: ``bataille.ui.phones`` connects it
to the console and the stage. See docs/phones.md.
"""

from .room import CHOICES, Question, Room
from .server import PhoneServer, ServerLimits

__all__ = ["CHOICES", "PhoneServer", "Question", "Room", "ServerLimits"]
