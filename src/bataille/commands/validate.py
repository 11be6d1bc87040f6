"""`bataille validate [PATH ...]`: check decks and print every problem as file:line:col: message."""

from __future__ import annotations

import argparse
import sys

from ..deck import DeckError, bundled_deck_path, load_deck

NAME = "validate"
HELP = "check deck folders (default: the bundled deck); exit 0 when valid, 1 when not"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="a deck folder (holding cards/deck.yaml), its cards/ folder or deck.yaml")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    paths = args.paths or [str(bundled_deck_path())]
    failed = False
    for path in paths:
        try:
            deck = load_deck(path)
        except DeckError as exc:
            failed = True
            for line in exc.lines():
                print(line, file=sys.stderr)
            print(f"{path}: {len(exc.problems)} problem(s)", file=sys.stderr)
            continue
        if not args.quiet:
            kinds = ", ".join(f"{sum(c.kind == k for c in deck.cards)} {k}" for k in ("fact", "debate", "event"))
            print(f"{path}: OK — deck {deck.id} {deck.version}: {len(deck.cards)} cards ({kinds}), "
                  f"{len(deck.themes)} themes, {len(deck.scenarios)} scenarios")
    return 1 if failed else 0
