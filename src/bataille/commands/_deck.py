"""Loading the deck a command works on, with its problems printed the one way every command does."""

from __future__ import annotations

import sys
from pathlib import Path

from ..deck import Deck, DeckError, bundled_deck_path, load_deck
from ..deck.messages import default_language
from ..storage import SessionFileError
from ..storage.reader import missing_events, read_session
from ..storage.words import Said, said
from ..words import counted
from ..workshop import Event
from ..workshop.events import SessionCreated


def load_deck_or_report(path: str | None, prog: str, outcome: str) -> Deck | None:
    """The deck at ``path`` (default: the bundled one), or None after printing why not.

    Each problem goes to stderr as ``file:line:col: message`` in the user's language, then one
    line naming the deck and what was not done (``outcome``, e.g. "nothing printed").
    """
    where = path or str(bundled_deck_path())
    try:
        return load_deck(where)
    except DeckError as exc:
        for line in exc.lines(default_language()):
            print(line, file=sys.stderr)
        print(f"bataille {prog}: {where}: {counted(len(exc.problems), 'problem')} in the deck; {outcome}",
              file=sys.stderr)
        return None


def session_deck_folder(events: list[Event], prog: str) -> str | None:
    """The folder the session's deck was in, when it is still there (else None: the bundled deck, with a note)."""
    first = events[0]
    folder = getattr(first, "deck_folder", "") if isinstance(first, SessionCreated) else ""
    if not folder:
        return None
    if Path(folder, "cards", "deck.yaml").is_file():
        return folder
    print(f"bataille {prog}: note: the session's deck was in {folder}, which is gone (moved?); "
          "trying the bundled deck; give --deck PATH to choose another.", file=sys.stderr)
    return None


def session_and_deck(session: str, deck: str | None, prog: str, outcome: str) -> tuple[list[Event], Deck] | None:
    """A session file's events and the deck it was run with (``deck``, else the session's folder,
    else the bundled one), or None after printing why not, as ``bataille summary`` and ``kit`` do."""
    try:
        events = read_session(Path(session))
    except SessionFileError as exc:
        print(f"bataille {prog}: {said(exc, default_language())}", file=sys.stderr)
        return None
    missing = missing_events(Path(session), len(events))
    if missing:  # a damaged -wal: say how many actions the summary lacks
        print(f"bataille {prog}: " + Said("missing_actions_unread", name=Path(session).name, missing=missing,
                                          kept=len(events)).render(default_language()), file=sys.stderr)
    if not events:
        print(f"bataille {prog}: {session} holds no session yet.", file=sys.stderr)
        return None
    folder = deck or session_deck_folder(events, prog)
    found = load_deck_or_report(folder, prog, outcome)
    if found is None:
        return None
    played = events[0].deck_id if isinstance(events[0], SessionCreated) else ""
    if played and found.id != played and folder and not deck:
        # The session's folder now holds another deck (or was made to name one): not used in silence.
        print(f"bataille {prog}: note: the session was run with the deck {played!r}, and {folder} now holds "
              f"the deck {found.id!r}; trying the bundled deck; give --deck PATH to choose another.", file=sys.stderr)
        found = load_deck_or_report(None, prog, outcome)
        if found is None:
            return None
    return events, found
