"""`bataille import CARDS.csv --deck DIR`: add the cards of a spreadsheet to a deck, all or none."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..deck import DeckError
from ..deck.editing import ChangedOnDisk, Draft, EditError
from ..deck.editing.csvcards import ImportRefused, import_cards
from ..deck.editing.words import Message
from ..words import LANGUAGES, OsReason
from ._deck import add_deck_option, chosen_deck
from ._words import lang_of

NAME = "import"
HELP = ("add the cards of a CSV file (one column per field and language) to a deck; "
        "nothing is written unless every row is good")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("csv", metavar="CARDS.csv", help="the spreadsheet, saved as CSV UTF-8 (a header row first)")
    add_deck_option(parser, "the deck folder the cards are added to")
    # SUPPRESS: `bataille --lang fr import …` is not undone by this option's absence.
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of the messages (default: French if the system's language is French or unset, else English)")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    folder = chosen_deck(args)
    if not folder:
        print(Message("csv.no_deck").render(lang), file=sys.stderr)
        return 2
    name = args.csv
    try:
        text = Path(name).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        print(f"{name}:1: {Message('csv.not_utf8').render(lang)}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{name}: {Message('csv.unreadable', reason=OsReason(exc)).render(lang)}", file=sys.stderr)
        return 1
    try:
        draft = Draft.open(Path(folder))
        draft.lang = lang
        added = import_cards(draft, text)
        files = draft.save()
    except ImportRefused as exc:
        for line in exc.lines(name, lang):
            print(line, file=sys.stderr)
        return 1
    except DeckError as exc:
        for line in exc.lines(lang):
            print(line, file=sys.stderr)
        return 1
    except ChangedOnDisk as exc:
        print(exc.wording.render(lang), file=sys.stderr)
        return 1
    except EditError as exc:
        wording = getattr(exc, "wording", None)
        print(wording.render(lang) if wording is not None else str(exc), file=sys.stderr)
        return 1
    key = "csv.added.one" if len(added) == 1 else "csv.added.many"
    print(Message(key, count=len(added), files=", ".join(files)).render(lang))
    return 0
