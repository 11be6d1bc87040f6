"""`bataille guide [DECK] -o FILE.pdf`: the facilitator's guide (agenda, rules, answer key, sources)."""

from __future__ import annotations

import argparse

from ..export.atomic import write_atomically
from ..export.errors import ExportError
from ..export.guide import render_guide_pdf
from ..export.imposition import PAPERS_MM
from ._deck import DECK_HELP, add_deck_option, chosen_deck, load_deck_or_report
from ._output import folder_output, pdf_output
from ._printing import document
from ._words import Line, lang_of, say, told

NAME = "guide"
HELP = "print the facilitator's guide as PDF (exit 0 ok, 1 invalid deck or unwritable file, 2 usage)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck_path", nargs="?", metavar="DECK", help=DECK_HELP)
    add_deck_option(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write (a name ending in .pdf)")
    parser.add_argument("--paper", type=str.lower, choices=sorted(PAPERS_MM), default="a4", help="paper size (default a4)")
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="language of the guide and of the messages (default: French if the system's language is French or unset, else English)")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    where = chosen_deck(args, args.deck_path)
    folder_output(pdf_output(args.output, "guide"))
    deck = load_deck_or_report(where, "guide", Line("outcome.guide"), lang)
    if deck is None:
        return 1
    try:
        pdf = render_guide_pdf(deck, lang, args.paper)  # the language of its messages
        write_atomically(args.output, pdf)
    except ExportError as exc:
        say("guide", lang, exc.message_in(lang))
        return 1
    told(document(args.output, pdf, Line("what.guide")), lang)
    return 0
