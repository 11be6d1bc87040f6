"""`bataille validate [PATH ...]`: check decks and print every problem as file:line:col: message."""

from __future__ import annotations

import argparse
import sys

from ..deck import DeckError, bundled_deck_path, load_deck
from ..deck.messages import Message
from ..export.cards import check_fits
from ..words import LANGUAGES
from ._deck import add_deck_option, decks_given, same_deck_key
from ._words import Line, counted, lang_of, told
from .print_cards import card_size

NAME = "validate"
HELP = ("check deck folders (default: the bundled deck), and that every card text fits the printed card; "
        "exit 0 when valid, 1 when not")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="a deck folder (holding cards/deck.yaml), its cards/ folder or deck.yaml")
    add_deck_option(parser, "a deck to check, before the PATHs", "given twice, both are checked")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    parser.add_argument("--size", default="poker", metavar="poker|tarot|a7|mini|WxH|none",
                        help="the card size the texts must fit, as `bataille print --size` (default poker, "
                             "what print uses); none: do not check")
    # SUPPRESS: `bataille --lang fr validate` is not undone by this option's absence.
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of the messages (default: French if the system's language is French or unset, else English)")


def run(args: argparse.Namespace) -> int:
    paths = decks_given(args, *args.paths) or [str(bundled_deck_path())]
    lang = lang_of(args)
    size = None if args.size == "none" else card_size(args.size)
    failed = False
    bundled = same_deck_key(str(bundled_deck_path()))
    for given in paths:
        # The bundled deck is named as such: its folder (the app's, or a source tree's) says nothing.
        path = Line("validate.bundled") if same_deck_key(given) == bundled else given
        try:
            deck = load_deck(given)
        except DeckError as exc:
            failed = True
            for line in exc.lines(lang):
                print(line, file=sys.stderr)
            print(counted("validate.problems", len(exc.problems), path=path).render(lang), file=sys.stderr)
            continue
        for skipped in deck.skipped:
            print(Message("deck.skipped_file", file=skipped).render(lang), file=sys.stderr)
        if size is not None and (unfit := _unfit(deck, size)):
            failed = True  # the deck runs a session, but `bataille print` would refuse it
            for problem in unfit:
                print(problem.text(lang), file=sys.stderr)
            print(counted("validate.unfit", len(unfit), path=path, size=size.label()).render(lang), file=sys.stderr)
            continue
        if not args.quiet:
            counts = {k: sum(c.kind == k for c in deck.cards) for k in ("fact", "debate", "event")}
            kinds = ", ".join(counted(f"validate.{k}", n).render(lang) for k, n in counts.items())
            told(Line("validate.ok", path=path, id=deck.id, version=deck.version, cards=len(deck.cards),
                      kinds=kinds, themes=len(deck.themes), scenarios=len(deck.scenarios)), lang)
    return 1 if failed else 0


def _unfit(deck, size) -> list:
    """The card texts of every language of ``deck`` that would not print on ``size`` cards; a field
    written once for every language (the card's id and version, its icon) is said once."""
    problems, seen = [], set()
    for lang in deck.languages:
        for problem in check_fits(deck, size, lang):
            once = (problem.card_id, problem.field, problem.message) if problem.field in ("id", "icon") else None
            if once not in seen:
                problems.append(problem)
                if once is not None:
                    seen.add(once)
    return problems
