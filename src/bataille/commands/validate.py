"""`bataille validate [PATH ...]`: check decks and print every problem as file:line:col: message."""

from __future__ import annotations

import argparse
import sys

from ..deck import DeckError, bundled_deck_path, load_deck
from ..deck.messages import LANGUAGES, Message, default_language

NAME = "validate"
HELP = "check deck folders (default: the bundled deck); exit 0 when valid, 1 when not"

# This command's own lines (the problems themselves come from the deck's catalogue); card
# kinds as (one, several): English has always printed "59 fact".
_WORDS = {
    "en": {
        "problems": "{path}: {count} problem(s)",
        "ok": "{path}: OK — deck {id} {version}: {cards} cards ({kinds}), {themes} themes, {scenarios} scenarios",
        "fact": ("fact", "fact"), "debate": ("debate", "debate"), "event": ("event", "event"),
    },
    "fr": {
        "problems": "{path}\u00a0: {count} problème(s)",
        "ok": "{path}\u00a0: OK — jeu {id} {version}\u00a0: {cards} cartes ({kinds}), {themes} thèmes, "
              "{scenarios} scénarios",
        "fact": ("fait", "faits"), "debate": ("débat", "débats"), "event": ("événement", "événements"),
    },
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="a deck folder (holding cards/deck.yaml), its cards/ folder or deck.yaml")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    # SUPPRESS: `bataille --lang fr validate` is not undone by this option's absence.
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of the messages (default: French when LANG, LC_ALL or "
                             "LC_MESSAGES is French, else English)")


def run(args: argparse.Namespace) -> int:
    paths = args.paths or [str(bundled_deck_path())]
    lang = getattr(args, "lang", None) or default_language()
    words = _WORDS[lang]
    failed = False
    for path in paths:
        try:
            deck = load_deck(path)
        except DeckError as exc:
            failed = True
            for line in exc.lines(lang):
                print(line, file=sys.stderr)
            print(words["problems"].format(path=path, count=len(exc.problems)), file=sys.stderr)
            continue
        for skipped in deck.skipped:
            print(Message("deck.skipped_file", file=skipped).render(lang), file=sys.stderr)
        if not args.quiet:
            counts = {k: sum(c.kind == k for c in deck.cards) for k in ("fact", "debate", "event")}
            kinds = ", ".join(f"{n} {words[k][n > 1]}" for k, n in counts.items())
            print(words["ok"].format(path=path, id=deck.id, version=deck.version, cards=len(deck.cards), kinds=kinds,
                                     themes=len(deck.themes), scenarios=len(deck.scenarios)))
    return 1 if failed else 0
