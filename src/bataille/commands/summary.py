"""`bataille summary SESSION.bataille -o FILE`: the session summary as PDF, Markdown, JSON or CSV tables."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..export.errors import ExportError
from ..export.imposition import PAPERS_MM
from ..export.summary import FORMATS, export_summary, summary_format
from ..export.wording import Said as Quoted
from ..workshop.events import SessionCreated
from ._deck import add_deck_option, chosen_deck, session_and_deck
from ._output import folder_output
from ._printing import document
from ._words import Line, counted, lang_of, say, told

NAME = "summary"
HELP = ("write a session's summary; the format comes from the extension: .pdf, .md (charts as SVG "
        "beside it), .json, .csv (one table of every action) or .zip (every table) (exit 0 ok, 1 failure, 2 usage)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION.bataille", help="the session file (it is only read)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="FILE.pdf, FILE.md, FILE.json, FILE.csv (one table of every action) or FILE.zip (every table)")
    # SUPPRESS keeps `bataille --lang en summary …` working.
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="language of the summary (default: the session's)")
    parser.add_argument("--paper", type=str.lower, choices=sorted(PAPERS_MM), default="a4",
                        help="paper size of a PDF summary (default a4)")
    add_deck_option(parser, "the deck the session was run with (default: the session's folder, else the "
                    "bundled deck)")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    try:
        summary_format(args.output)
    except ExportError as exc:
        known = ", ".join(FORMATS)
        say("summary", lang, exc.message_in(lang) if exc.wording is not None or lang == "en"
            else Line("summary.format", name=Path(args.output).name, known=known).render(lang))
        return 2
    where = chosen_deck(args)
    folder_output(args.output)
    found = session_and_deck(args.session, where, "summary", Line("outcome.summary"), lang)
    if found is None:
        return 1
    events, deck = found
    first = events[0]
    if isinstance(first, SessionCreated) and first.deck_hash and deck.content_hash != first.deck_hash \
            and deck.id == first.deck_id:
        say("summary", lang, Line("deck.changed", deck=Quoted(deck.id), root=deck.root))
    try:
        written = export_summary(events, deck, args.output, getattr(args, "lang", None), paper=args.paper)
    except ExportError as exc:
        say("summary", lang, exc.message_in(lang))
        return 1
    if len(written) > 1:
        told(counted("summary.charts", len(written) - 1, path=written[0], folder=written[1].parent), lang)
    elif written[0].suffix.lower() == ".pdf":  # read back: the summary's own module writes it
        told(document(str(written[0]), written[0].read_bytes(), Line("what.summary")), lang)
    else:
        print(written[0])
    return 0
