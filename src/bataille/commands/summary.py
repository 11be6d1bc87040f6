"""`bataille summary SESSION.bataille -o FILE`: the session summary as PDF, Markdown, JSON or CSV tables."""

from __future__ import annotations

import argparse
import sys

from ..export.errors import ExportError
from ..export.summary import export_summary, summary_format
from ..words import counted
from ..workshop.events import SessionCreated
from ._deck import session_and_deck

NAME = "summary"
HELP = ("write a session's summary; the format comes from the extension: .pdf, .md (charts as SVG "
        "beside it), .json, .csv (one table of every action) or .zip (every table) (exit 0 ok, 1 failure, 2 usage)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION.bataille", help="the session file (it is only read)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="FILE.pdf, FILE.md, FILE.json, FILE.csv (one table of every action) or FILE.zip (every table)")
    # SUPPRESS keeps `bataille --lang en summary …` and `bataille --deck D summary …` working.
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="language of the summary (default: the session's)")
    parser.add_argument("--deck", metavar="PATH", default=argparse.SUPPRESS,
                        help="the deck the session was run with (default: the bundled deck)")


def _fail(message: str) -> int:
    print(f"bataille summary: {message}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    try:
        summary_format(args.output)
    except ExportError as exc:
        print(f"bataille summary: {exc}", file=sys.stderr)
        return 2
    found = session_and_deck(args.session, getattr(args, "deck", None), "summary", "no summary written")
    if found is None:
        return 1
    events, deck = found
    first = events[0]
    if isinstance(first, SessionCreated) and first.deck_hash and deck.content_hash != first.deck_hash \
            and deck.id == first.deck_id:
        print(f"bataille summary: note: the deck {deck.id!r} at {deck.root} changed since the session; "
              "the summary uses its texts as they are now.", file=sys.stderr)
    try:
        written = export_summary(events, deck, args.output, getattr(args, "lang", None))
    except ExportError as exc:
        return _fail(str(exc))
    extra = f" (+ {counted(len(written) - 1, 'chart')} in {written[1].parent})" if len(written) > 1 else ""
    print(f"{written[0]}{extra}")
    return 0
