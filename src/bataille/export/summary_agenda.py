"""The agenda as the summary tells it: the phases, and the breaks between and within them, in
minutes that add up to the session's real length.

The real length runs from the first phase's start to the last one's end; the phases' real
durations leave out the timer's pauses and the time between two phases. A 10-minute break
between the debates and the scenarios made « 12 + 7 + 33 + 13 + 8 = 73 min » of a session
« réelle 1 h 22 »: each break of a minute or more now has a line of its own, where it was, and
the shorter ones (moving chairs) one line together. Each line's minutes are rounded so that
they add up to the real length (largest remainders first).
"""

from __future__ import annotations

from dataclasses import dataclass

from bataille.words import typeset_french

from .summary_rows import PhaseRow, Summary
from .summary_words import word

SHORT = 60.0  # seconds: a break shorter than this goes in the line of short breaks


@dataclass(frozen=True)
class AgendaLine:
    """A line of the agenda: a phase (``kind`` "phase"), the timer stopped during ``phase``
    ("paused"), the time between ``before`` and ``phase`` ("between"), or the short breaks together
    ("short"); ``minutes`` of it, None for a phase not played."""

    kind: str
    phase: PhaseRow | None
    seconds: float
    minutes: int | None = None
    before: PhaseRow | None = None


def _end(p: PhaseRow) -> float:
    """When a played phase ended (or the summary's now, for one still under way)."""
    return (p.started_at or 0.0) + (p.actual_seconds or 0.0) + p.paused_seconds


def _lines(summary: Summary) -> list[AgendaLine]:
    """The lines in the agenda's order, each break before or after its phase, the short ones last."""
    played = sorted((p for p in summary.phases if p.started_at is not None), key=lambda p: p.started_at)
    previous = {p.id: q for q, p in zip(played, played[1:], strict=False)}
    lines, short = [], 0.0
    for p in summary.phases:
        if p.started_at is None:
            lines.append(AgendaLine("phase", p, 0.0))
            continue
        breaks = []
        if p.id in previous:
            breaks.append(AgendaLine("between", p, max(0.0, p.started_at - _end(previous[p.id])), before=previous[p.id]))
        breaks.append(AgendaLine("phase", p, p.actual_seconds or 0.0))
        breaks.append(AgendaLine("paused", p, p.paused_seconds))
        for line in breaks:
            if line.kind != "phase" and line.seconds < SHORT:
                short += line.seconds
            else:
                lines.append(line)
    return lines + [AgendaLine("short", None, short)]


def agenda_lines(summary: Summary) -> tuple[list[AgendaLine], int]:
    """The agenda's lines with their minutes, and the real length in minutes they add up to (the
    header's); a line of short breaks that comes to 0 minutes is left out."""
    lines = _lines(summary)
    exact = [line.seconds / 60 for line in lines]
    total = int(round(sum(exact)))
    minutes = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (minutes[i] - exact[i], i))
    for i in order[: max(0, total - sum(minutes))]:
        minutes[i] += 1
    shown = []
    for line, n in zip(lines, minutes, strict=True):
        if line.kind == "short" and not n:
            continue
        played = line.kind != "phase" or line.phase.started_at is not None
        shown.append(AgendaLine(line.kind, line.phase, line.seconds, n if played else None, line.before))
    return shown, total


def break_words(line: AgendaLine, lang: str) -> tuple[str, str]:
    """A break's label and where it was: (« Pause », « entre « Débats » et « Scénarios » »)."""
    if line.kind == "short":
        return word("breaks_short", lang), word("breaks_short_where", lang)
    if line.kind == "paused":
        return word("break", lang), word("break_paused", lang, phase=line.phase.title)
    return word("break", lang), word("break_between", lang, before=line.before.title, after=line.phase.title)


def status_text(summary: Summary, phase: PhaseRow, lang: str) -> str:
    """A phase's status as the agenda says it: « jouée », « passée »…, then how long it was
    extended and, for a phase ended before its content was, what was left (« jouée, écourtée :
    2 thèmes débattus sur 5 »; « jouée, arrêtée avant la fin des décisions (3 équipes sur 5 au
    bout) »); a timeline phase ended with no card placed reads as passed over (« passée, aucune
    carte posée »)."""
    cut = summary.cut(phase.id)
    nothing = cut is not None and cut.what == "cards"
    parts = [word("skipped" if nothing else phase.status, lang)]
    if phase.extra_minutes:
        parts.append(word("extra", lang, n=phase.extra_minutes))
    if cut is not None:
        key = f"cut_{cut.what}" + ("_one" if cut.done < 2 and not nothing else "")
        parts.append(word(key, lang, n=cut.done, of=cut.of))
    text = ", ".join(parts)
    return typeset_french(text) if lang == "fr" else text
