"""`bataille print [DECK] -o FILE.pdf`: the card sheets, ready for a school printer and scissors."""

from __future__ import annotations

import argparse
import sys

from ..deck import CARD_KINDS
from ..deck.messages import default_language
from ..export.atomic import write_atomically
from ..export.cards_sheets import (
    PrintOptions,
    SelectionError,
    page_count,
    render_calibration_pdf,
    render_sheets_pdf,
)
from ..export.errors import CardsDoNotFit, ExportError
from ..export.imposition import (
    DUPLEX_MODES,
    LAYOUTS,
    MAX_BLEED_MM,
    PAPERS_MM,
    SHOP_BLEED_MM,
    LayoutError,
    parse_back_offset,
    parse_card_size,
)
from ..export.wording import ExportMessage
from ..words import counted
from ._deck import load_deck_or_report

NAME = "print"
HELP = "print the cards as PDF sheets to cut out (exit 0 ok, 1 invalid deck or text too long, 2 usage)"


def _argtype(parse):
    def convert(text: str):
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = parse.__name__
    return convert


def _bleed(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ValueError(f"bleed {text!r} is not a number of millimetres") from None
    if not 0 <= value <= MAX_BLEED_MM:
        raise ValueError(f"bleed must be between 0 and {MAX_BLEED_MM:g} mm, got {text}")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck_path", nargs="?", metavar="DECK",
                        help="deck folder (default: the bundled deck)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--layout", choices=LAYOUTS, default="grid",
                        help="grid: cards side by side, backs on the next page (default); fold: fronts "
                        "and backs on one page, fold along the dashed line, glue, cut (no double-sided "
                        "printing); shop: one card a page with its bleed, TrimBox and BleedBox, for a "
                        "print shop")
    parser.add_argument("--paper", choices=sorted(PAPERS_MM), default="a4",
                        help="paper size (default a4; not for --layout shop)")
    parser.add_argument("--size", type=_argtype(parse_card_size), default=parse_card_size("poker"),
                        metavar="poker|tarot|a7|mini|WxH",
                        help="card size: poker 63×88 (default), tarot 70×120, a7 74×105, mini 44×63, "
                        "or WxH in mm such as 60x90")
    parser.add_argument("--bleed", type=_argtype(_bleed), default=None, metavar="MM",
                        help="colour runs this far past the cut line, 0 to 5 mm "
                        f"(default 0; {SHOP_BLEED_MM:g} with --layout shop)")
    parser.add_argument("--no-cut-marks", dest="cut_marks", action="store_false",
                        help="no cut marks in the margins")
    parser.add_argument("--marks", choices=("short", "edge"), default="short",
                        help="short: cut marks 5 mm long in the margins (default); edge: cut marks that "
                        "run to the sheet's edges, to line up a guillotine")
    parser.add_argument("--no-ruler", dest="ruler", action="store_false",
                        help="leave out the 50 mm ruler and \"print at 100 %%\" that every sheet "
                        "carries in its margin (print-shop pages never have them)")
    parser.add_argument("--duplex", choices=DUPLEX_MODES, default="long",
                        help="double-sided printing: backs page after each fronts page, for a "
                        "long-edge or short-edge flip; none prints fronts only (default long; "
                        "grid layout only)")
    parser.add_argument("--back-offset", type=_argtype(parse_back_offset), default=(0.0, 0.0),
                        metavar="X,Y", help="shift backs by X,Y mm to correct the printer (see --calibration)")
    parser.add_argument("--calibration", action="store_true",
                        help="print the double-sided page that measures --back-offset, instead of cards")
    # SUPPRESS keeps `bataille --lang en print` working: the subcommand does not overwrite it.
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="card language (default fr)")
    parser.add_argument("--theme", action="append", default=[], metavar="ID",
                        help="print only this theme's cards (repeatable)")
    parser.add_argument("--kind", action="append", default=[], choices=CARD_KINDS,
                        help="print only cards of this kind (repeatable)")


def options_from_args(args: argparse.Namespace) -> PrintOptions:
    """The print options a command line asks for."""
    return PrintOptions(
        paper=args.paper,
        size=args.size,
        bleed_mm=args.bleed if args.bleed is not None else (SHOP_BLEED_MM if args.layout == "shop" else 0.0),
        cut_marks=args.cut_marks,
        duplex=args.duplex,
        back_offset_mm=args.back_offset,
        lang=getattr(args, "lang", None) or "fr",
        themes=tuple(args.theme),
        kinds=tuple(args.kind),
        layout=args.layout,
        ruler=args.ruler,
        edge_marks=args.marks == "edge",
    )


def run(args: argparse.Namespace) -> int:
    options = options_from_args(args)
    if args.calibration:
        try:
            pdf = render_calibration_pdf(options)
        except ExportError as exc:
            print(f"bataille print: {exc.message_in(default_language())}", file=sys.stderr)
            return 2
        return _write(args.output, pdf, "calibration sheet (2 pages)")
    deck = load_deck_or_report(args.deck_path, "print", "nothing printed")
    if deck is None:
        return 1
    try:
        pdf = render_sheets_pdf(deck, options)
        pages = page_count(deck, options)
    except (SelectionError, LayoutError) as exc:
        print(f"bataille print: {exc.message_in(default_language())}", file=sys.stderr)
        return 2
    except CardsDoNotFit as exc:
        lang = default_language()  # the user's language, not the cards' (--lang)
        for problem in exc.problems:
            print(problem.text(lang), file=sys.stderr)
        key = "cli.fit_summary"
        if any(not (p.wording and p.wording.key.startswith("fit.")) for p in exc.problems):
            key = "cli.print_problems"  # a missing glyph or an icon: a larger card would not help
        key += ".one" if len(exc.problems) == 1 else ".many"
        print(ExportMessage(key, count=len(exc.problems), size=options.size.label()).render(lang), file=sys.stderr)
        return 1
    except ExportError as exc:
        print(f"bataille print: {exc.message_in(default_language())}", file=sys.stderr)
        return 1
    return _write(args.output, pdf, counted(pages, "page"))


def _write(output: str, pdf: bytes, what: str) -> int:
    try:
        write_atomically(output, pdf)
    except ExportError as exc:
        print(f"bataille print: {exc.message_in(default_language())}", file=sys.stderr)
        return 1
    print(f"{output}: {what}")
    return 0
