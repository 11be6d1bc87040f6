"""The summary as JSON for other tools: a documented, versioned layout (docs/summary-format.md).

The layout is checked by ``summary.schema.json``; ``format_version`` grows only when a field
changes meaning or disappears (new optional fields keep the version).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bataille import __version__

from .summary_model import FORMAT, FORMAT_VERSION
from .summary_rows import RoundRow, ScenarioWalk, Summary, VoteResult

SCHEMA_PATH = Path(__file__).with_name("summary.schema.json")


def _vote(vote: VoteResult | None) -> dict[str, Any] | None:
    if vote is None:
        return None

    def counts(v) -> dict[str, Any]:
        return {"agree": v.agree, "disagree": v.disagree, "undecided": v.undecided, "total": v.total}

    return {
        "revealed": vote.revealed,
        "total": counts(vote.total),
        "shares": {c: round(vote.share(c), 3) for c in ("agree", "disagree", "undecided")},
        "by": [{"who": v.who, **counts(v)} for v in vote.by],
        "phones": counts(vote.phones) if vote.phones is not None else None,
    }


def _closed_reason(rnd: RoundRow, known: bool) -> str | None:
    """Why a debate closed, as the PDF and the table of actions say it: ``time_up`` (its phase's time
    had run out), ``by_hand`` (closed by the facilitator before); None while open, or when the summary
    was made from a state alone, which does not know the moment of the close."""
    if not rnd.closed or not known:
        return None
    return "time_up" if rnd.closed_at_time_up else "by_hand"


def _round(rnd: RoundRow, known: bool = True) -> dict[str, Any]:
    return {
        "number": rnd.number, "theme_id": rnd.theme_id, "theme": rnd.theme, "card_id": rnd.card_id,
        "title": rnd.title, "claim": rnd.claim, "closed": rnd.closed,
        "closed_reason": _closed_reason(rnd, known),  # an optional field: format_version stays 1
        "sides": [{"team_id": t, "side": s} for t, s in rnd.sides],
        "before": _vote(rnd.before), "after": _vote(rnd.after),
        "shift": asdict(rnd.shift) if rnd.shift else None,
        "arguments": [asdict(a) for a in rnd.arguments],
        "evidence": [{"team_id": e.team_id, "card_id": e.card_id, "title": e.title, "figure": e.figure,
                      "contested": e.contested, "sources": list(e.sources)} for e in rnd.evidence],
        "minds": _minds(rnd.minds),
        "phone_tallies": [{"stage": st, "team_id": t, "agree": a, "disagree": d, "undecided": u}
                          for st, t, a, d, u in rnd.phone_tallies],
    }


def _minds(minds) -> dict[str, Any] | None:
    """Who changed their mind, from the phones' answers (rows: before; columns: after)."""
    if minds is None:
        return None
    return {"voters": minds.voters, "changed": minds.changed, "changed_share": round(minds.changed_share, 3),
            "table": [list(row) for row in minds.table], "shift": asdict(minds.shift), "dead_heat": minds.dead_heat}


def _walk(walk: ScenarioWalk) -> dict[str, Any]:
    return {
        "team_id": walk.team_id, "scenario_id": walk.scenario_id, "title": walk.title,
        "finished": walk.finished,
        "choices": [{"decision_id": c.decision_id, "decision": c.decision, "option_id": c.option_id,
                     "option": c.option, "effects": dict(c.effects)} for c in walk.choices],
        "indicators": [asdict(i) for i in walk.indicators],
        **({"ending": walk.ending} if walk.ending else {}),  # optional: format_version unchanged
    }


def _without(fields: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if key not in names}


def summary_dict(summary: Summary) -> dict[str, Any]:
    """The summary as the JSON layout of ``format_version`` 1 (plain dicts, lists, numbers, strings)."""
    s = summary
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"Bataille IA {__version__}",
        "lang": s.lang,
        "session": {
            "date": s.date_iso,
            "created_at": s.created_at,
            # when the workshop ran (null when it never started): optional fields, format_version stays 1
            "started_at": s.started_at,
            "ended_at": s.ended_at,
            "deck": {"id": s.deck_id, "title": s.deck_title, "version": s.deck_version,
                     "changed_since": s.deck_changed},
            "planned_minutes": s.planned_minutes,
            "actual_seconds": s.actual_seconds,
            "quick_debate": s.quick,  # an optional field: format_version stays 1
            "under_way_at": s.under_way_at,  # the workshop not over yet (else null): optional, version 1
        },
        "phases": [asdict(p) for p in s.phases],
        "teams": [asdict(t) for t in s.teams],
        "timeline": {
            "by_team": [asdict(t) for t in s.timeline_by_team],
            "placements": [{**asdict(p), "sources": list(p.sources)} for p in s.placements],
        },
        "rounds": [_round(r, s.actions is not None) for r in s.rounds],  # the actions: the events were known
        "scenarios": [_walk(w) for w in s.scenarios],
        "awards": None if s.awards is None else [asdict(a) for a in s.awards],
        "debrief": {
            "takeaways": list(s.takeaways),
            "commitments": [asdict(c) for c in s.commitments],
        },
        # The note and the title's language stay out: the JSON layout (and its schema) are as they were.
        "sources": [{**_without(asdict(src), "note", "lang"), "cited_in": list(src.cited_in)} for src in s.sources],
        "phone_feedback": None if s.feedback is None else {
            "answers": s.feedback.answers, "average": round(s.feedback.average, 3),
            "ratings": list(s.feedback.ratings),
            "themes": [{"theme_id": t, "theme": name, "count": n} for t, name, n in s.feedback.themes],
            "commitments": list(s.feedback.commitments),
        },
    }


def render_summary_json(summary: Summary) -> bytes:
    """The summary as UTF-8 JSON, indented, keys in a stable order."""
    return (json.dumps(summary_dict(summary), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the layout (for tools that validate a summary)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
