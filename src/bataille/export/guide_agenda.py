"""The guide's agenda: each phase, and its minutes at every length the start screen offers, shared
out as the console shares them (``workshop.actions_setup.agenda_plan``, the start screen's own
preview of the agenda)."""

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
            row.append([p(said.format(minutes=length), st["cellb"]),
                        p(f"{_clock(starts[minutes])}–{_clock(starts[minutes] + length)}", st["small"])])
            starts[minutes] += length
        rows.append(row)
    rows.append([p(BEFORE.text("total_time", lang), st["cellb"]),
                 *(p(said.format(minutes=sum(ph[2] for ph in plan)), st["cellb"]) for plan in plans.values())])
    width = 22 * mm
    return [*out, p(BEFORE.text("agenda_intro", lang), st["body"]),
            table(rows, [170 * mm - width * len(plans), *(width,) * len(plans)])]
