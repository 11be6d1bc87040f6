"""`bataille example-session -o FILE.bataille [--seed N]`: a complete, realistic session to look at."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..deck.messages import default_language
from ..storage import SUFFIX, SessionFile, SessionFileError
from ..storage.words import said
from ..workshop import ActionError, NotSavedError
from ..workshop.example import ExampleOptions, play_example
from ._deck import load_deck_or_report

NAME = "example-session"
HELP = ("write a complete example session (4 teams, every phase), the same for the same --seed; "
        "then try `bataille summary` on it (exit 0 ok, 1 failure, 2 usage)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=f"FILE{SUFFIX}",
                        help="the session file to create (refused if it exists)")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="which example (default 0)")
    parser.add_argument("--teams", type=int, default=4, choices=range(2, 7), metavar="2..6",
                        help="number of teams (default 4)")
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="language of the session (default fr)")
    parser.add_argument("--deck", metavar="PATH", default=argparse.SUPPRESS,
                        help="deck to play (default: the bundled deck)")


def _remove(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        try:
            os.unlink(path.with_name(name))
        except OSError:
            pass


def run(args: argparse.Namespace) -> int:
    path = Path(args.output)
    if path.suffix != SUFFIX:
        print(f"bataille example-session: name the file {path.stem}{SUFFIX} (a session file ends in {SUFFIX}).",
              file=sys.stderr)
        return 2
    deck = load_deck_or_report(getattr(args, "deck", None), "example-session", "no session written")
    if deck is None:
        return 1
    try:
        store = SessionFile.create(path)
    except SessionFileError as exc:
        print(f"bataille example-session: {said(exc, default_language())}", file=sys.stderr)
        return 1
    try:
        session = play_example(deck, store, seed=args.seed, lang=getattr(args, "lang", None) or "fr",
                               options=ExampleOptions(teams=args.teams))
        session.close()
    except (NotSavedError, SessionFileError, OSError) as exc:
        store.close()
        _remove(path)  # a half-written example is of no use to anyone
        cause = getattr(exc, "cause", None) or exc
        print(f"bataille example-session: cannot write {path}: {cause}; nothing was left behind.", file=sys.stderr)
        return 1
    except (ActionError, ValueError) as exc:
        store.close()
        _remove(path)  # a half-played example is of no use to anyone
        print(f"bataille example-session: this deck cannot play the example: {exc}", file=sys.stderr)
        return 1
    state = session.state
    print(f"{path}: events {len(session.events)}, teams {len(state.teams)}, debates {len(state.rounds)}, "
          f"scenario paths {len(state.scenarios)}")
    return 0
