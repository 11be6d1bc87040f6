"""Loading the deck a command works on, with its problems printed the one way every command does."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..deck import Deck, DeckError, bundled_deck_path, load_deck
from ..deck.folder import find_deck_root
from ..export.wording import Said as Quoted
from ..storage import SessionFileError
from ..storage.errors import NotASessionFileError, SessionExistsError, SessionFileTooNewError
from ..storage.reader import missing_events, read_session
from ..storage.words import Said, said
from ..words import language
from ..workshop import Event
from ..workshop.events import LanguageSet, SessionCreated
from ._words import Line, Refusal, counted, environment_language, say

# Each command takes the deck with --deck PATH before its name (`bataille --deck D print`, the
# window's option too) or after it (`bataille print --deck D`, dest "command_deck"), and print,
# guide and sources also as DECK: all name one deck, or the command refuses the line.
DECK_HELP = ("deck folder (default: the bundled deck); the same as --deck PATH, before or after the command: "
             "given both ways, they must name the same deck")


def add_deck_option(parser: argparse.ArgumentParser, text: str = "deck folder (default: the bundled deck)",
                    twice: str = "given twice, both must name the same deck") -> None:
    """The command's own --deck PATH (SUPPRESS: without it, the global --deck stays)."""
    parser.add_argument("--deck", dest="command_deck", metavar="PATH", default=argparse.SUPPRESS,
                        help=f"{text}; also `bataille --deck PATH {parser.prog.split()[-1]} …`: {twice}")


def same_deck_key(path: str) -> Path:
    """The folder a deck path stands for (its cards/ or deck.yaml name the deck folder), to compare two."""
    try:
        return find_deck_root(Path(path))
    except DeckError:
        return Path(path).resolve()


def decks_given(args, *named: str | None) -> list[str]:
    """Every deck the command line names, once each: the global --deck, the command's --deck, ``named``."""
    given: dict[Path, str] = {}
    for path in (getattr(args, "deck", None), getattr(args, "command_deck", None), *named):
        if path:
            given.setdefault(same_deck_key(path), path)
    return list(given.values())


def chosen_deck(args, named: str | None = None) -> str | None:
    """The one deck the command line names (None: the bundled deck), or a Refusal when it names two."""
    given = decks_given(args, named)
    if len(given) > 1:
        raise Refusal(Line("deck.two", first=given[0], second=given[1]))
    return given[0] if given else None


def load_deck_or_report(path: str | None, prog: str, outcome: Line, lang: str) -> Deck | None:
    """The deck at ``path`` (default: the bundled one), or None after printing why not.

    Each problem goes to stderr as ``file:line:col: message`` in ``lang``, then one line naming
    the deck and what was not done (``outcome``, e.g. Line("outcome.print"): "nothing printed").
    """
    where = path or str(bundled_deck_path())
    try:
        return load_deck(where)
    except DeckError as exc:
        for line in exc.lines(lang):
            print(line, file=sys.stderr)
        say(prog, lang, counted("deck.problems", len(exc.problems), deck=where, outcome=outcome))
        return None


def session_error(exc: SessionFileError, name: str, lang: str) -> str:
    """The error of the session file ``name`` in ``lang``: its own words when it carries them, else
    the commands' for those a teacher meets most (not a session file, too new, already there), else
    its English."""
    if exc.said is None and lang != "en":
        if type(exc) is NotASessionFileError and "is not a Bataille IA session file" in str(exc):
            return Line("session.not_ours", name=name).render(lang)
        if isinstance(exc, SessionFileTooNewError):
            return Line("session.too_new", name=name).render(lang)
        if isinstance(exc, SessionExistsError):
            return Line("session.exists", name=name).render(lang)
    return said(exc, lang)


def session_deck_folder(events: list[Event], prog: str, lang: str) -> str | None:
    """The folder the session's deck was in, when it is still there (else None: the bundled deck, with a note)."""
    first = events[0]
    folder = getattr(first, "deck_folder", "") if isinstance(first, SessionCreated) else ""
    if not folder:
        return None
    if Path(folder, "cards", "deck.yaml").is_file():
        return folder
    say(prog, lang, Line("deck.gone", folder=folder))
    return None


def session_language(events: list[Event]) -> str:
    """The language a session was left in: its creation's, or the last change of it not undone."""
    # the export's modules only once a session is read
    from ..export.summary_model import live_events

    lang = "fr"
    for event in live_events(events):
        if isinstance(event, SessionCreated | LanguageSet):
            lang = event.lang
    return language(lang)


def session_and_deck(session: str, deck: str | None, prog: str, outcome: Line,
                     lang: str | None) -> tuple[list[Event], Deck] | None:
    """A session file's events and the deck it was run with (``deck``, else the session's folder,
    else the bundled one), or None after printing why not, as ``bataille summary`` and ``kit`` do.
    ``lang`` None: the messages in the user's language until the file is read, then in the session's
    (``session_language``), as the document it makes."""
    try:
        events = read_session(Path(session))
    except SessionFileError as exc:
        said_in = lang or environment_language()
        say(prog, said_in, session_error(exc, Path(session).name, said_in))
        return None
    lang = lang or (session_language(events) if events else environment_language())
    missing = missing_events(Path(session), len(events))
    if missing:  # a damaged -wal: say how many actions the summary lacks
        say(prog, lang, Said("missing_actions_unread", name=Path(session).name, missing=missing,
                             kept=len(events)).render(lang))
    if not events:
        say(prog, lang, Line("session.empty", session=session))
        return None
    folder = deck or session_deck_folder(events, prog, lang)
    found = load_deck_or_report(folder, prog, outcome, lang)
    if found is None:
        return None
    played = events[0].deck_id if isinstance(events[0], SessionCreated) else ""
    if played and found.id != played and folder and not deck:
        # The session's folder now holds another deck (or was made to name one): not used in silence.
        say(prog, lang, Line("deck.replaced", played=Quoted(played), folder=folder, found=Quoted(found.id)))
        found = load_deck_or_report(None, prog, outcome, lang)
        if found is None:
            return None
    return events, found
