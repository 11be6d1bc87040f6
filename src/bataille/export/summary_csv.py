"""The summary as CSV: one tidy table of the session's actions (``.csv``), or every table in a zip.

A ``.csv`` holds one row per recorded action (time, phase, team, kind, card, value), which a
spreadsheet opens as it is; a ``.zip`` holds one table per topic (teams, votes, arguments…).

Each table is UTF-8 with a byte-order mark (so spreadsheets read accents right), with a header row
of stable English column names; texts are in the summary's language. A French summary is written
as a French spreadsheet opens it on a double-click: fields separated by ";" and decimal commas
(``11,1``); comma-separated, it landed in one column. An English one keeps "," and ``11.1``.
A text a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
return) is written after a ``'``, so that it is shown, never computed; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime

from bataille.workshop.state import CHOICES

from .summary_actions import ACTION_COLUMNS, ActionRow
from .summary_rows import Summary

Table = tuple[list[str], list[list[object]]]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def _cell(value: object) -> object:
    """A cell as a spreadsheet may safely read it: a text that starts like a formula (= + - @, a tab
    or a carriage return: a takeaway typed ``=2+2``, a team named ``=HYPERLINK(…)``) gets a leading
    ``'``, so it is shown and never computed; a number (``-3``, ``-13,04``) stays a number."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _iso(ts: float | None) -> str:
    return "" if ts is None else datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


def _local(ts: float) -> str:
    """A time as LibreOffice and Excel read it as a date in every language: ``2026-12-31 09:00:00``,
    local time, no offset (``…T08:00:00+00:00`` stays text in a French spreadsheet)."""
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


def _number(value: float, places: int, lang: str) -> str:
    """A decimal number with a decimal comma in French: ``-13,04`` / ``-13.04``."""
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def _separator(lang: str) -> str:
    return "," if lang == "en" else ";"


def _refs(numbers: tuple[int, ...]) -> str:
    return " ".join(str(n) for n in numbers)


def _phone_tables(s: Summary) -> dict[str, Table]:
    """What the phones gave: who changed their mind, team tallies, the feedback (no token)."""
    name = s.team_name
    return {
        "minds.csv": (
            ["round", "before", "after", "phones"],
            [[r.number, b, a, r.minds.table[i][j]] for r in s.rounds if r.minds is not None
             for i, b in enumerate(CHOICES) for j, a in enumerate(CHOICES)]),
        "feedback.csv": (
            ["rating", "count"],
            [[n + 1, count] for n, count in enumerate(s.feedback.ratings)] if s.feedback else []),
        "feedback_commitments.csv": (
            ["commitment"], [[text] for text in s.feedback.commitments] if s.feedback else []),
        "feedback_themes.csv": (
            ["theme_id", "theme", "count"],
            [[t, name, n] for t, name, n in s.feedback.themes] if s.feedback else []),
        "phone_tallies.csv": (
            ["round", "stage", "team_id", "team", "agree", "disagree", "undecided"],
            [[r.number, st, t, name(t), a, d, u] for r in s.rounds for st, t, a, d, u in r.phone_tallies]),
    }


def _minutes(seconds: float | None, lang: str) -> str:
    """A duration in minutes, one decimal (``12,5`` in French); empty when not known."""
    return "" if seconds is None else _number(seconds / 60, 1, lang)


def _session_tables(s: Summary) -> dict[str, Table]:
    """The session, its phases, the teams' scores and the timeline's placements."""
    name = s.team_name
    return {
        "session.csv": (["key", "value"], [
            ["date", s.date_iso], ["lang", s.lang], ["deck_id", s.deck_id], ["deck_title", s.deck_title],
            ["deck_version", s.deck_version], ["deck_changed_since", str(s.deck_changed).lower()],
            ["planned_minutes", s.planned_minutes], ["actual_minutes", _minutes(s.actual_seconds, s.lang)],
        ]),
        "phases.csv": (
            ["phase_id", "kind", "title", "status", "planned_minutes", "extra_minutes", "actual_minutes",
             "paused_minutes", "started_at", "ended_at"],
            [[p.id, p.kind, p.title, p.status, p.planned_minutes, p.extra_minutes, _minutes(p.actual_seconds, s.lang),
              _minutes(p.paused_seconds, s.lang), _iso(p.started_at), _iso(p.ended_at)] for p in s.phases]),
        "teams.csv": (
            ["rank", "team_id", "team", "colour", "timeline_points", "other_points", "score"],
            [[t.rank, t.id, t.name, t.colour, t.timeline_points, t.other_points, t.score] for t in s.teams]),
        "timeline.csv": (
            ["order", "team_id", "team", "card_id", "card", "year", "month", "correct", "points", "position",
             "final_position", "sources"],
            [[i, p.team_id, name(p.team_id), p.card_id, p.title, p.year or "", p.month or "",
              str(p.correct).lower(), p.points, p.position, p.final_position, _refs(p.sources)]
             for i, p in enumerate(s.placements, start=1)]),
    }


def _debate_tables(s: Summary) -> dict[str, Table]:
    """The debate rounds: each round, the teams' sides, the votes, the arguments and the facts."""
    name = s.team_name
    return {
        "rounds.csv": (
            ["round", "theme_id", "theme", "card_id", "card", "claim", "closed", "shift_agree",
             "shift_disagree", "shift_undecided", "winner"],
            [[r.number, r.theme_id, r.theme, r.card_id, r.title, r.claim, str(r.closed).lower(),
              *((r.shift.agree, r.shift.disagree, r.shift.undecided, r.shift.winner or "tie") if r.shift else ("", "", "", ""))] for r in s.rounds]),
        "sides.csv": (["round", "team_id", "team", "side"],
                      [[r.number, t, name(t), side] for r in s.rounds for t, side in r.sides]),
        "votes.csv": (
            ["round", "stage", "who", "team", "agree", "disagree", "undecided", "total", "revealed", "phones"],
            [[r.number, stage, v.who, "" if v.who == "room" else name(v.who), v.agree, v.disagree,
              v.undecided, v.total, str(vote.revealed).lower(),
              vote.phones.total if vote.phones is not None and v.who == "room" else ""]
             for r in s.rounds for stage, vote in (("before", r.before), ("after", r.after))
             if vote is not None for v in vote.by]),
        "arguments.csv": (["round", "team_id", "team", "side", "text"],
                          [[r.number, a.team_id, name(a.team_id), a.side, a.text]
                           for r in s.rounds for a in r.arguments]),
        "evidence.csv": (["round", "team_id", "team", "card_id", "card", "figure", "contested", "sources"],
                         [[r.number, e.team_id, name(e.team_id), e.card_id, e.title, e.figure,
                           str(e.contested).lower(), _refs(e.sources)]
                          for r in s.rounds for e in r.evidence]),
    }


def _scenario_tables(s: Summary) -> dict[str, Table]:
    """The scenarios: each team's choices, and where its indicators ended."""
    name = s.team_name
    return {
        "scenario_choices.csv": (
            ["team_id", "team", "scenario_id", "scenario", "step", "decision_id", "decision", "option_id",
             "option", "effects"],
            [[w.team_id, name(w.team_id), w.scenario_id, w.title, i, c.decision_id, c.decision, c.option_id,
              c.option, " ".join(f"{k}{v:+d}" for k, v in c.effects)]
             for w in s.scenarios for i, c in enumerate(w.choices, start=1)]),
        "indicators.csv": (
            ["team_id", "team", "scenario_id", "scenario", "indicator_id", "indicator", "start", "value"],
            [[w.team_id, name(w.team_id), w.scenario_id, w.title, ind.id, ind.name, ind.start, ind.value]
             for w in s.scenarios for ind in w.indicators]),
    }


def _debrief_tables(s: Summary) -> dict[str, Table]:
    """What the room kept (takeaways, commitments), and the sources cited."""
    name = s.team_name
    return {
        "debrief.csv": (
            ["kind", "team_id", "team", "text"],
            [["takeaway", "", "", t] for t in s.takeaways]
            + [["commitment", c.team_id or "", name(c.team_id) if c.team_id else "", c.text]
               for c in s.commitments]),
        "sources.csv": (["number", "publisher", "year", "title", "url", "cited_in"],
                        [[x.number, x.publisher, x.year, x.title, x.url, " ".join(x.cited_in)]
                         for x in s.sources]),
    }


def summary_tables(summary: Summary) -> dict[str, Table]:
    """Every table of the export as ``{file name: (header, rows)}``."""
    s = summary
    name = s.team_name
    tables = {**_session_tables(s), **_debate_tables(s), **_scenario_tables(s), **_debrief_tables(s)}
    if s.awards is not None:
        tables["awards.csv"] = (["team_id", "team", "points", "reason", "round"],
                                [[a.team_id, name(a.team_id), a.points, a.reason, a.round or ""]
                                 for a in s.awards])
    return {**tables, **_phone_tables(s)}


def table_bytes(header: list[str], rows: list[list[object]], lang: str = "en") -> bytes:
    """One CSV table: UTF-8 with BOM, CRLF line ends (RFC 4180), every field quoted when needed;
    ";" between fields in French, "," in English."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=_separator(lang), lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def render_actions_csv(summary: Summary) -> bytes:
    """The one-table CSV: every action still in force, in order (needs the session's events)."""
    if summary.actions is None:
        raise ValueError("the table of actions needs the session's events, not only its state")
    rows = [[_local(a.at), a.phase, team, a.kind, a.card, a.value] for a, team in _named(summary)]
    return table_bytes(ACTION_COLUMNS, rows, summary.lang)


def _named(summary: Summary) -> list[tuple[ActionRow, str]]:
    """Each action with its team as it was named at that moment: a team renamed (« Les Hiboux » to
    the typo « Les Hibuox », then back) reads ``team_changed;Les Hiboux;Les Hibuox`` then
    ``team_changed;Les Hibuox;Les Hiboux``, the name before the change beside the name after; named
    by today's name, the first row read as the typo renamed to the right name. A team removed keeps
    the name it had (not its id)."""
    names: dict[str, str] = {}
    named = []
    for a in summary.actions or ():
        if a.kind == "team_added" and a.team_id:
            names[a.team_id] = a.value
        team = names.get(a.team_id, summary.team_name(a.team_id)) if a.team_id else ""
        if a.kind == "team_changed" and a.team_id:
            names[a.team_id] = a.value
        named.append((a, team))
    return named


def render_summary_csv_zip(summary: Summary) -> bytes:
    """The zip of every table (the same summary gives the same bytes: entries are dated by the session)."""
    stamp = datetime.fromtimestamp(max(summary.held_at, 315_532_800)).timetuple()[:6]  # zip starts in 1980
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file_name, (header, rows) in summary_tables(summary).items():
            info = zipfile.ZipInfo(file_name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, table_bytes(header, rows, summary.lang))
    return buffer.getvalue()
