"""`bataille example-session -o FILE.bataille [--seed N]`: a complete, realistic session to look at."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..storage import SUFFIX, SessionFile, SessionFileError
from ..words import OsReason
from ..workshop import ActionError, NotSavedError
from ..workshop.example import ExampleOptions, play_example
from ..workshop.refusals import refusal
from ._deck import add_deck_option, chosen_deck, load_deck_or_report, session_error
from ._output import folder_output
from ._words import Line, lang_of, say, told

NAME = "example-session"
HELP = ("write a complete example session (4 teams, every phase), the same for the same --seed; "
        "then try `bataille summary` on it (exit 0 ok, 1 failure, 2 usage)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=f"FILE{SUFFIX}",
                        help="the session file to create (refused if it exists)")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="which example (default 0)")
    parser.add_argument("--teams", type=int, default=4, choices=range(2, 9), metavar="2..8",
                        help="number of teams (default 4)")
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="language of the session and of the messages (default: French if the system's language is French or unset, else English)")
    add_deck_option(parser, "deck to play (default: the bundled deck)")


def _remove(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        try:
            os.unlink(path.with_name(name))
        except OSError:
            pass


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    path = Path(args.output)
    if path.suffix != SUFFIX:
        say("example-session", lang, Line("session.suffix", stem=path.stem, suffix=SUFFIX))
        return 2
    where = chosen_deck(args)
    folder_output(args.output)
    deck = load_deck_or_report(where, "example-session", Line("outcome.session"), lang)
    if deck is None:
        return 1
    try:
        store = SessionFile.create(path)
    except SessionFileError as exc:
        say("example-session", lang, session_error(exc, path.name, lang))
        return 1
    try:
        session = play_example(deck, store, seed=args.seed, lang=lang,
                               options=ExampleOptions(teams=args.teams))
        session.close()
    except (NotSavedError, SessionFileError, OSError) as exc:
        store.close()
        _remove(path)  # a half-written example is of no use to anyone
        cause = getattr(exc, "cause", None) or exc
        why = OsReason(cause) if isinstance(cause, OSError) and cause.errno else cause
        say("example-session", lang, Line("session.not_written", path=path, cause=why))
        return 1
    except (ActionError, ValueError) as exc:
        store.close()
        _remove(path)  # a half-played example is of no use to anyone
        say("example-session", lang, Line("session.cannot_play", why=refusal(str(exc), lang)))
        return 1
    state = session.state
    told(Line("session.written", path=path, events=len(session.events), teams=len(state.teams),
              debates=len(state.rounds), paths=len(state.scenarios)), lang)
    return 0
