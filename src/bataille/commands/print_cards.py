"""`bataille print [DECK] -o FILE.pdf`: the card sheets, ready for a school printer and scissors."""

from __future__ import annotations

import argparse
import re
import shlex
import sys
from difflib import get_close_matches

from ..deck import CARD_KINDS, Deck
from ..export.atomic import write_atomically
from ..export.calibration import RULER_MM
from ..export.cards_sheets import (
    PrintOptions,
    SelectionError,
    backs_left_out,
    plan_sheets,
    render_calibration_pdf,
    render_sheets_pdf,
    smallest_size_that_fits,
)
from ..export.errors import CardsDoNotFit, ExportError
from ..export.imposition import (
    CARD_SIZES_MM,
    DUPLEX_MODES,
    LAYOUTS,
    MAX_BACK_OFFSET_MM,
    MAX_BLEED_MM,
    PAPERS_MM,
    SHOP_BLEED_MM,
    CardSize,
    LayoutError,
    parse_back_offset,
    parse_card_size,
)
from ..export.wording import ExportMessage
from ._deck import DECK_HELP, add_deck_option, chosen_deck, load_deck_or_report
from ._output import folder_output, pdf_output
from ._printing import how_of_cards, printed
from ._words import Line, Refusal, counted, lang_of, say, told

NAME = "print"
HELP = "print the cards as PDF sheets to cut out (exit 0 ok, 1 invalid deck or text too long, 2 usage)"


# The values of --size, --bleed and --back-offset are read by the command, not by argparse, so
# that a wrong one is told in the user's language (argparse's type errors are English only).
_WXH = re.compile(r"\s*\d+(?:[.,]\d+)?\s*[x×]\s*\d+(?:[.,]\d+)?\s*", re.IGNORECASE)


def card_size(text: str) -> CardSize:
    """The card size --size names, or a Refusal saying what it accepts."""
    try:
        return parse_card_size(text)
    except ValueError:
        raise Refusal(Line("print.size_range" if _WXH.fullmatch(text) else "print.size_unknown",
                           value=text)) from None


def bleed(text: str) -> float:
    """The bleed --bleed gives in millimetres (a decimal comma is read too), or a Refusal."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise Refusal(Line("print.bleed_not_number", value=text)) from None
    if not 0 <= value <= MAX_BLEED_MM:
        raise Refusal(Line("print.bleed_range", value=text, most=f"{MAX_BLEED_MM:g}"))
    return value


def back_offset(text: str) -> tuple[float, float]:
    """The X,Y shift --back-offset gives in millimetres, or a Refusal."""
    try:
        return parse_back_offset(text)
    except ValueError:
        try:
            readable = len([float(p) for p in text.replace(";", ",").split(",")]) == 2
        except ValueError:
            readable = False
        key = "print.offset_range" if readable else "print.offset_unreadable"
        raise Refusal(Line(key, value=text, most=f"{MAX_BACK_OFFSET_MM:g}")) from None


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck_path", nargs="?", metavar="DECK", help=DECK_HELP)
    add_deck_option(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write (a name ending in .pdf)")
    parser.add_argument("--layout", choices=LAYOUTS, default="grid",
                        help="grid: cards side by side, backs on the next page (default); fold: fronts "
                        "and backs on one page, fold along the dashed line, glue, cut (no double-sided "
                        "printing); shop: one card per page with its bleed, TrimBox and BleedBox, for a "
                        "print shop")
    parser.add_argument("--paper", type=str.lower, choices=sorted(PAPERS_MM), default="a4",
                        help="paper size (default a4; not for --layout shop)")
    parser.add_argument("--size", default="poker",
                        metavar="poker|tarot|a7|mini|WxH",
                        help="card size: poker 63×88 (default), tarot 70×120, a7 74×105, mini 44×63 (only "
                        "for decks with short texts: many of the bundled deck's cards do not fit; `bataille validate "
                        "--size mini` checks a deck), or WxH in mm such as 60x90")
    parser.add_argument("--bleed", default=None, metavar="MM",
                        help="colour runs this far past the cut line, 0 to 5 mm "
                        f"(default 0; {SHOP_BLEED_MM:g} with --layout shop)")
    parser.add_argument("--no-cut-marks", dest="cut_marks", action="store_false",
                        help="no cut marks in the margins")
    parser.add_argument("--marks", choices=("short", "edge"), default="short",
                        help="short: cut marks 5 mm long in the margins (default); edge: cut marks that "
                        "run to the sheet's edges, to line up a guillotine")
    parser.add_argument("--no-ruler", dest="ruler", action="store_false",
                        help="leave out the 50 mm ruler and \"print at 100%%\" that every sheet "
                        "carries in its margin (print-shop pages never have them)")
    parser.add_argument("--save-ink", dest="ink_saving", action="store_true",
                        help="for a black-and-white printer: the backs and the fronts' coloured areas as "
                        "light tints and outlines, the theme's icon and name kept, the words in dark ink")
    parser.add_argument("--duplex", choices=DUPLEX_MODES, default="long",
                        help="double-sided printing: backs page after each fronts page, for a "
                        "long-edge or short-edge flip; none prints fronts only (default long; "
                        "grid layout only)")
    parser.add_argument("--back-offset", default="0,0",
                        metavar="X,Y", help="shift backs by X,Y mm to correct the printer (see --calibration)")
    parser.add_argument("--calibration", action="store_true",
                        help="print the double-sided page that measures --back-offset, instead of cards")
    # SUPPRESS keeps `bataille --lang en print` working: the subcommand does not overwrite it.
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="language of the cards and of the messages (default: French if the system's language is French or unset, else English)")
    parser.add_argument("--theme", action="append", default=[], metavar="ID",
                        help="print only this theme's cards (repeatable)")
    parser.add_argument("--kind", action="append", default=[], choices=CARD_KINDS,
                        help="print only cards of this kind (repeatable)")
    parser.add_argument("--card", action="append", default=[], metavar="ID",
                        help="print only this card, named by its id (repeatable): the card one just edited")


def options_from_args(args: argparse.Namespace) -> PrintOptions:
    """The print options a command line asks for (a Refusal for a value that cannot be read)."""
    return PrintOptions(
        paper=args.paper,
        size=card_size(args.size),
        bleed_mm=bleed(args.bleed) if args.bleed is not None else (SHOP_BLEED_MM if args.layout == "shop" else 0.0),
        cut_marks=args.cut_marks,
        duplex=args.duplex,
        back_offset_mm=back_offset(args.back_offset),
        lang=lang_of(args),  # the language of the messages: --lang, else the system's, else French
        themes=tuple(args.theme),
        kinds=tuple(args.kind),
        cards=tuple(dict.fromkeys(args.card)),  # a card named twice is printed once
        layout=args.layout,
        ruler=args.ruler,
        edge_marks=args.marks == "edge",
        ink_saving=args.ink_saving,
    )


def _selected(deck: Deck, options: PrintOptions) -> None:
    """Refuse --theme and --card that the deck does not have, and filters that keep no card."""
    known = [t.id for t in deck.themes]  # in the deck's order, as the workshop runs them
    for theme in options.themes:
        if theme not in known:
            raise Refusal(Line("print.unknown_theme", theme=theme, known=", ".join(known)))
    ids = [c.id for c in deck.cards]
    for card in options.cards:
        if card not in ids:
            near = list(dict.fromkeys([i for i in ids if card.lower() in i.lower() or i.lower() in card.lower()]
                                      + get_close_matches(card, ids, n=5, cutoff=0.75)))[:5]  # a typo too
            raise Refusal(Line("print.unknown_card.near" if near else "print.unknown_card", card=card,
                               near=", ".join(near)))
    if not any((not options.cards or c.id in options.cards) and (not options.themes or c.theme in options.themes)
               and (not options.kinds or c.kind in options.kinds) for c in deck.cards):
        raise Refusal(Line("print.no_card"))


def _layout_error(exc: ExportError, options: PrintOptions, lang: str) -> str:
    """A card that does not fit on the paper, in ``lang`` (the exporter says it in English only)."""
    if exc.wording is None and isinstance(exc, LayoutError) and lang != "en":
        key = "print.too_large_bleed" if options.bleed_mm else "print.too_large"
        return Line(key, size=options.size.label(), paper=options.paper.upper()).render(lang)
    return exc.message_in(lang)


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    pdf_output(args.output, "print")
    options = options_from_args(args)
    if args.calibration and options.duplex == "none":
        raise Refusal(Line("print.calibration_duplex"))
    where = chosen_deck(args, args.deck_path)
    folder_output(args.output)  # the usage errors first, then what stands in the way of the file
    if max(map(abs, options.back_offset_mm)) > RULER_MM:  # beyond what the calibration page reads
        say("print", lang, Line("print.offset_unmeasured", value=args.back_offset, most=f"{RULER_MM:g}"))
    if args.calibration:
        try:
            pdf = render_calibration_pdf(options)
        except ExportError as exc:
            say("print", lang, _layout_error(exc, options, lang))
            return 2
        how = how_of_cards("grid", options.duplex)
        return _write(args.output, pdf, printed(args.output, pdf, how, Line("what.calibration"),
                                                "how.calibration"), lang)
    deck = load_deck_or_report(where, "print", Line("outcome.print"), lang)
    if deck is None:
        return 1
    _selected(deck, options)
    try:
        pdf = render_sheets_pdf(deck, options)
    except (SelectionError, LayoutError) as exc:
        say("print", lang, _layout_error(exc, options, lang))
        return 2
    except CardsDoNotFit as exc:
        if all(p.wording and p.wording.key.startswith("fit.") for p in exc.problems):
            _too_long(deck, options, exc.problems, where, lang)
            return 1
        for problem in exc.problems:
            print(problem.text(lang), file=sys.stderr)
        key = "cli.fit_summary"
        if any(not (p.wording and p.wording.key.startswith("fit.")) for p in exc.problems):
            key = "cli.print_problems"  # a missing glyph or an icon: a larger card would not help
        key += ".one" if len(exc.problems) == 1 else ".many"
        print(ExportMessage(key, count=len(exc.problems), size=options.size.label()).render(lang), file=sys.stderr)
        return 1
    except ExportError as exc:
        say("print", lang, exc.message_in(lang))
        return 1
    lost = backs_left_out(plan_sheets(deck, options))
    if lost:  # the answers of the timeline, the debates' ideas: said before anyone prints 18 sheets
        joined = ("\u202f; " if lang == "fr" else "; ").join(Line(f"print.lost.{kind}").render(lang) for kind in lost)
        say("print", lang, Line("print.no_backs", lost=joined))
    written = printed(args.output, pdf, how_of_cards(options.layout, options.duplex))
    # The themes' colours all print as one dark grey on a black-and-white printer: say the option once.
    hint = None if options.ink_saving or options.layout == "shop" else Line("black_and_white")
    return _write(args.output, pdf, written, lang, hint)


def _write(output: str, pdf: bytes, written: Line, lang: str, hint: Line | None = None) -> int:
    try:
        write_atomically(output, pdf)
    except ExportError as exc:
        say("print", lang, exc.message_in(lang))
        return 1
    told(written, lang)
    if hint is not None:
        told(hint, lang)
    return 0


SHOWN_PROBLEMS = 10  # the fields that do not fit, said in full; the rest are counted


def _too_long(deck: Deck, options: PrintOptions, problems, where: str | None, lang: str) -> None:
    """Cards too long for the size asked: first how many and what to do, then the first fields that
    do not fit (file:line:col), then how many more and the command that lists them all."""
    cards = len({p.card_id for p in problems})
    size, larger = options.size.label(), smallest_size_that_fits(deck, options)
    head = counted("print.too_long" if larger else "print.too_long_all", cards, size=size, larger=larger or "")
    say("print", lang, head)
    for problem in problems[:SHOWN_PROBLEMS]:
        print(problem.text(lang), file=sys.stderr)
    if len(problems) > SHOWN_PROBLEMS:
        named = options.size.name in CARD_SIZES_MM
        size_arg = options.size.name if named else f"{options.size.width_mm:g}x{options.size.height_mm:g}"
        command = ["bataille", "validate", *([where] if where else []), "--size", size_arg]
        print(counted("print.too_long_rest", len(problems) - SHOWN_PROBLEMS,
                      command=shlex.join(command)).render(lang), file=sys.stderr)
