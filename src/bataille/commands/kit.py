"""`bataille kit -o kit.pdf`: what a workshop needs on the table besides the cards.

Voting cards (one sheet of three per participant), a standing sign for each team, the facilitator's
score sheet (the teams' points and the debates' votes kept on paper), the take-home card (from a
session: its debates and key figures; without one: a blank card to fill in) and, given the phones'
address and room code, the poster that says how to join. Without a session, --deck gives the score sheet
the deck's agenda: its scoring phases as it names them and a row for each debate it plans.
"""

from __future__ import annotations

import argparse
import re

from ..export.atomic import write_atomically
from ..export.errors import ExportError
from ..export.imposition import PAPERS_MM
from ..export.kit import (
    MAX_PUPILS,
    KitOptions,
    default_teams,
    render_kit_pdf,
    session_teams,
)
from ..export.kit_takeaway import JoinInfo, take_home_from_summary
from ..export.kit_tally import (
    debates_of_deck,
    debates_of_summary,
    phases_of_deck,
    phases_of_summary,
)
from ..export.summary_model import build_summary
from ..phones.join import CODE_LETTERS, is_room_code, wifi_name
from ..workshop.actions_setup import MAX_TEAMS
from ._deck import (
    add_deck_option,
    chosen_deck,
    load_deck_or_report,
    session_and_deck,
    session_language,
)
from ._output import folder_output, pdf_output
from ._printing import printed
from ._words import Line, Refusal, lang_of, say, told

NAME = "kit"
HELP = ("print the workshop kit as PDF: voting cards, team signs, the score sheet, the take-home card (and the "
        "phones' join poster) (exit 0 ok, 1 failure, 2 usage)")


def _count(args: argparse.Namespace, option: str, low: int, high: int) -> int | None:
    """The whole number --OPTION gives, ``low`` to ``high`` (None when not given), or a Refusal.

    Read by the command rather than by argparse, whose type errors speak English only.
    """
    text = getattr(args, option)
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise Refusal(Line("kit.not_a_number", option=option, value=text, low=low, high=high)) from None
    if not low <= value <= high:
        raise Refusal(Line("kit.out_of_range", option=option, value=text, low=low, high=high))
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="the PDF to write (a name ending in .pdf)")
    parser.add_argument("--teams", metavar="N",
                        help=f"how many team signs, 1 to {MAX_TEAMS} (default 4). With --session, each of its "
                        "teams has its sign, and N more than them adds numbered signs (fewer is refused)")
    parser.add_argument("--session", metavar="FILE.bataille",
                        help="a session file (only read): its teams' names and colours on the signs, its "
                        "debates' shifts and key figures on the take-home card (without it: a blank card)")
    parser.add_argument("--participants", metavar="N",
                        help=f"how many participants, 1 to {MAX_PUPILS}: a sheet of voting cards each (three "
                        "cards) and a take-home card each (four a sheet); default 1, to photocopy")
    parser.add_argument("--pupils", dest="participants", help=argparse.SUPPRESS)  # its former name, for scripts
    parser.add_argument("--paper", type=str.lower, choices=sorted(PAPERS_MM), default="a4", help="paper size (default a4)")
    parser.add_argument("--join", metavar="URL", help="with the phones on: the address phones open, "
                        "http://… or https://… (shown on the stage); adds the join poster (needs --room)")
    parser.add_argument("--room", metavar="CODE", help="the room code shown on the stage, for the join poster")
    parser.add_argument("--wifi", metavar="NAME", help="with --join: the room's Wi-Fi, named on the join poster "
                        "(without it, the poster says \"this room's Wi-Fi\")")
    # SUPPRESS keeps `bataille --lang en kit …` working.
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                        help="language of the kit and of the messages (default: French if the system's language is French or unset, else English; "
                             "with --session and no --lang, the kit and its messages are in the session's)")
    add_deck_option(parser, "the workshop's deck: the score sheet's columns and rows of debates follow its "
                    "agenda (default: the bundled deck's rows); with --session, the deck the session was run "
                    "with (default: the session's, else the bundled deck)")


# scheme://host[:port][/path…]: read by a pattern (no urllib: nothing here may reach the network).
_WEB_ADDRESS = re.compile(r"https?://[^\s/:?#@]+(?::\d{1,5})?(?:[/?#]\S*)?", re.IGNORECASE)


def _web_address(text: str) -> bool:
    """Whether ``text`` is an http(s) address with a host, as a phone's browser opens it."""
    return _WEB_ADDRESS.fullmatch(text) is not None


def _from_session(args: argparse.Namespace, teams: int | None) -> KitOptions | int:
    """The kit of a session; without --lang, in the session's language, and so are the messages
    once its file is read (the kit's lines, as ``session_and_deck``'s)."""
    given = getattr(args, "lang", None)
    found = session_and_deck(args.session, chosen_deck(args), "kit", Line("outcome.kit"), given)
    if found is None:
        return 1
    events, deck = found
    lang = given or session_language(events)
    try:
        summary = build_summary(events, deck, lang)
    except ExportError as exc:
        say("kit", lang, exc.message_in(lang))
        return 1
    if teams is not None and teams < len(summary.teams):  # the session's teams win: none is left out
        say("kit", lang, Line("kit.fewer_teams", count=len(summary.teams), asked=teams))
        return 2  # a usage error, as a Refusal's
    return KitOptions(lang=summary.lang, teams=session_teams(summary, teams),
                      take_home=take_home_from_summary(summary), phases=phases_of_summary(summary),
                      debates=debates_of_summary(summary, deck))


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    pdf_output(args.output, "kit")
    teams = _count(args, "teams", 1, MAX_TEAMS)
    sheets = _count(args, "participants", 1, MAX_PUPILS) or 1
    if (args.join is None) != (args.room is None) or (args.room is not None and not args.room.strip()):
        raise Refusal(Line("kit.join_needs_both"))
    if args.room is not None and not is_room_code(args.room.strip().upper()):
        raise Refusal(Line("kit.room_not_a_code", code=args.room, letters=" ".join(CODE_LETTERS)))
    if args.wifi is not None and args.join is None:
        raise Refusal(Line("kit.wifi_without_join"))
    if args.join is not None and not _web_address(args.join):
        raise Refusal(Line("kit.join_not_web", url=args.join))
    deck_path = chosen_deck(args)  # two different decks on the line: refused before anything is read
    folder_output(args.output)  # the usage errors first, then what stands in the way of the file
    if args.session:  # the session's language, unless --lang: the kit's and its messages'
        made = _from_session(args, teams)
        if isinstance(made, int):
            return made
        options, lang = made, made.lang
    elif deck_path:  # a blank kit for this deck: its agenda's columns, a row for each debate it plans
        deck = load_deck_or_report(deck_path, "kit", Line("outcome.kit"), lang)
        if deck is None:
            return 1
        options = KitOptions(lang=lang, teams=default_teams(teams or 4, lang), phases=phases_of_deck(deck, lang),
                             debates=debates_of_deck(deck))
    else:
        options = KitOptions(lang=lang, teams=default_teams(teams or 4, lang))  # the language of its messages
    join = JoinInfo(args.join, args.room.strip().upper(), wifi_name(args.wifi or "")) if args.join else None
    options = KitOptions(paper=args.paper, lang=options.lang, teams=options.teams, pupils=sheets,
                         take_home=options.take_home, join=join, phases=options.phases,
                         debates=options.debates)
    try:
        pdf = render_kit_pdf(options)
        write_atomically(args.output, pdf)
    except ExportError as exc:
        say("kit", lang, exc.message_in(lang))
        return 1
    told(printed(args.output, pdf, "single", Line("what.kit")), lang)
    return 0
