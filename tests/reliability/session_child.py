"""A second process for the session-file tests: hold a session open, or try to open one.

``hold PATH``: open (or create) the session, print "ready", then add one team per line read on
stdin ("act") and print the event count, until stdin closes. ``open PATH``: try to open it and
print "opened" or "locked", then exit (0 opened, 3 locked).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionLockedError, close_session, new_session, open_session
from bataille.workshop import ManualClock

mode, path = sys.argv[1], Path(sys.argv[2])
deck = load_deck(bundled_deck_path())
if mode == "open":
    try:
        session = open_session(path, deck, ManualClock())
    except SessionLockedError:
        print("locked", flush=True)
        sys.exit(3)
    print("opened", flush=True)
    close_session(session)
    sys.exit(0)
session = open_session(path, deck, ManualClock()) if path.exists() else new_session(path, deck, ManualClock())
print("ready", flush=True)
n = 0
for _line in sys.stdin:
    n += 1
    session.add_team(f"Équipe {n}")
    print(len(session.events), flush=True)
close_session(session)
