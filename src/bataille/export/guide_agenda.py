"""The guide's agenda: each phase, and its minutes at every length the start screen offers, shared
out as the console shares them (``workshop.actions_setup.agenda_plan``, the start screen's own
preview of the agenda); and, from the same minutes, how many debates fit at each length."""

from __future__ import annotations

from reportlab.lib.units import mm

from bataille.deck.models import Deck
from bataille.lengths import LENGTHS
from bataille.workshop.actions_setup import agenda_plan
from bataille.workshop.errors import SetupError

from .guide_before import BEFORE
from .guide_parts import p, table


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _plans(deck: Deck) -> dict[int, tuple]:
    """Each offered length and its plan (a length too short for the agenda's phases is left out)."""
    plans = {}
    for minutes in LENGTHS:
        try:
            plans[minutes] = agenda_plan(deck, minutes, None)
        except SetupError:
            continue
    return plans


def agenda(deck: Deck, lang: str, st) -> list:
    """The agenda's heading, what the columns say, and the table (just the heading without an agenda)."""
    out = [p(BEFORE.text("agenda", lang), st["h1"])]
    plans = _plans(deck) if deck.agenda is not None else {}
    if not plans:
        return out
    said = BEFORE.text("minutes", lang)
    rows = [[p(BEFORE.text("phase", lang), st["cellb"]),
             *(p(said.format(minutes=minutes), st["cellb"]) for minutes in plans)]]
    starts = dict.fromkeys(plans, 0)
    for n, phase in enumerate(deck.agenda.phases):
        cell = [p(phase.title.get(lang), st["cellb"])]
        if phase.description:
            cell.append(p(phase.description.get(lang), st["cell"]))
        row = [cell]
        for minutes, plan in plans.items():
            length = plan[n][2]
            cell = [p(said.format(minutes=length), st["cellb"]),
                    p(f"{_clock(starts[minutes])}–{_clock(starts[minutes] + length)}", st["small"])]
            if phase.kind == "debate" and how_many(deck, length, lang):  # as the debate's rules advise
                cell.append(p(how_many(deck, length, lang), st["small"]))
            row.append(cell)
            starts[minutes] += length
        rows.append(row)
    rows.append([p(BEFORE.text("total_time", lang), st["cellb"]),
                 *(p(said.format(minutes=sum(ph[2] for ph in plan)), st["cellb"]) for plan in plans.values())])
    width = 22 * mm
    return [*out, p(BEFORE.text("agenda_intro", lang), st["body"]),
            table(rows, [170 * mm - width * len(plans), *(width,) * len(plans)])]


def _say(key: str, lang: str, **fields: object) -> str:
    return BEFORE.text(key, lang).format(**fields)


def _few(minutes: int, lang: str) -> str:
    """How many debates of 10 to 15 minutes fit in ``minutes``: "2", "2 or 3", "2 to 4"."""
    low = max(1, minutes // 15)
    high = max(low, minutes // 10)
    return str(low) if high == low else _say("or" if high == low + 1 else "to", lang, low=low, high=high)


def _themes(deck: Deck) -> int:
    """The themes that have a debate card."""
    return sum(1 for theme in deck.themes if deck.cards_of("debate", theme.id))


def how_many(deck: Deck, debating: int, lang: str) -> str:
    """How many debates fit in a debate phase of ``debating`` minutes, as its agenda row says it: one
    per theme when each gets 10 minutes or more, else as many of 10 to 15 minutes as fit, the number
    the rules' timing advises ("" for a deck with fewer than two themes to debate)."""
    themes = _themes(deck)
    if themes < 2 or not debating:
        return ""
    if debating / themes >= 10:
        return _say("agenda_every", lang, themes=themes)
    few = _few(debating, lang)
    return _say("agenda_one" if few == "1" else "agenda_few", lang, few=few)


def debate_timing(deck: Deck, lang: str) -> str:
    """How to fit the debates into their phase at each offered length where every theme would leave
    under 10 minutes a debate, from the minutes the agenda gives that phase there ("" when every
    theme fits at every length, or the agenda has no debates)."""
    themes = _themes(deck)
    if deck.agenda is None or themes < 2:
        return ""
    short, fits = [], []
    for minutes, plan in _plans(deck).items():
        debating = sum(length for _, kind, length in plan if kind == "debate")
        if debating:
            (short if debating / themes < 10 else fits).append((minutes, debating))
    if not short:
        return ""
    each = ", ".join(_say("timing_next" if n else "timing_first", lang, each=debating // themes, minutes=minutes,
                          debating=debating) for n, (minutes, debating) in enumerate(short))
    few = ", ".join(_say("timing_few", lang, few=_few(debating, lang), minutes=minutes) for minutes, debating in short)
    roomy = [str(minutes) for minutes, _ in fits]
    fitting = _say("or", lang, low=", ".join(roomy[:-1]), high=roomy[-1]) if len(roomy) > 1 else "".join(roomy)
    return _say("timing", lang, themes=themes, each=each, few=few,
                fits=_say("timing_fits", lang, minutes=fitting) if fits else "")
