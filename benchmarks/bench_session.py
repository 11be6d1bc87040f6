"""A 10,000-event session: appending it to a session file (a durable commit per event) and replaying
it (open, decode, fold), against raw sqlite3 inserts and selects of the same JSON payloads."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionFile
from bataille.workshop import ActionError, ManualClock, MemoryStore, Session, fold

from .common import best_of, row

EVENTS = 10_000
CHUNK = 250


def play(deck, count: int = EVENTS) -> list:
    """A plausible long session on ``deck``: timeline, debate rounds full of votes and arguments,
    scenarios, timers, points, notes and undos, until ``count`` events."""
    clock = ManualClock()
    session = Session.create(deck, MemoryStore(), clock, agenda_minutes=120)
    for n in range(8):
        session.add_team(f"Équipe {n + 1}")
    session.start()
    session.start_phase()
    session.deal_timeline(cards_per_team=6, seed=1)
    teams = [t.id for t in session.state.teams]
    facts = [c.id for c in deck.cards_of("fact")]
    i = 0
    themes = [t.id for t in deck.themes]
    while session.event_count < count:
        i += 1
        clock.advance(7)
        team = teams[i % len(teams)]
        hand = session.state.timeline.hand(team)
        try:
            if hand:
                session.place_card(team, hand[0], i % (len(session.state.timeline.cards) + 1))
            elif session.state.open_round is None:
                session.open_round(themes[i % len(themes)], seed=i)
            elif i % 97 == 0:
                session.close_round()
            elif i % 13 == 0:
                session.record_vote("before" if session.state.open_round.before is None else "after",
                                    {t: {"agree": i % 5, "disagree": 2, "undecided": 1} for t in teams})
            elif i % 11 == 0:
                session.play_evidence(team, facts[i % len(facts)])
            elif i % 17 == 0:
                session.pause_timer() if session.state.agenda.current.status == "running" else session.resume_timer()
            elif i % 19 == 0:
                session.undo()
            elif i % 23 == 0:
                session.award_points(team, 1 + i % 3, "Bel argument")
            elif i % 29 == 0:
                session.add_takeaway(f"Enseignement n° {i} : l'IA consomme de l'énergie et de l'eau.")
            else:
                session.add_argument(team, f"Argument n° {i} : les sources comptent, « même » en 2035.",
                                     side="for" if i % 2 else "against")
        except ActionError:
            pass  # e.g. no phase left to start: the loop tries something else next time
    return list(session.events)[:count]


def _raw_connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    return db


def run() -> list[dict]:
    deck = load_deck(bundled_deck_path())
    events = play(deck)
    payloads = [(n, e.type, e.at, json.dumps(e.payload(), ensure_ascii=False, separators=(",", ":")))
                for n, e in enumerate(events)]
    live = fold(deck, events)
    root = Path(tempfile.mkdtemp(prefix="bench-session-"))
    try:
        # Floor: the same rows, one committed INSERT each, same pragmas, no validation or encoding.
        # Both write in alternating chunks, so that they share the disk's ups and downs (fsync
        # dominates both and varies with whatever else the machine is doing).
        raw_path = root / "raw.sqlite"
        db = _raw_connect(raw_path)
        db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, type TEXT, at REAL, payload TEXT)")
        path = root / "bench.bataille"
        store = SessionFile.create(path)
        raw_append = append = 0.0
        for chunk in range(0, len(events), CHUNK):
            start = time.perf_counter()
            for values in payloads[chunk : chunk + CHUNK]:
                db.execute("INSERT INTO events VALUES (?, ?, ?, ?)", values)
            raw_append += time.perf_counter() - start
            start = time.perf_counter()
            for n in range(chunk, min(chunk + CHUNK, len(events))):
                store.append(n, events[n])
            append += time.perf_counter() - start
        db.close()
        store.close()

        def raw_replay() -> None:
            db = sqlite3.connect(f"{raw_path.as_uri()}?mode=ro", uri=True)
            for _, _, _, payload in db.execute("SELECT seq, type, at, payload FROM events ORDER BY seq"):
                json.loads(payload)
            db.close()

        def replay() -> None:
            with SessionFile.open(path) as store:
                assert fold(deck, store.events()) == live

        replay_floor = best_of(raw_replay, 3)
        replay_time = best_of(replay, 3)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [
        row(f"append {EVENTS:,} events (commit each)", append, "s", raw_append,
            "ratio ≤ 1.5", append / raw_append <= 1.5),
        row(f"replay {EVENTS:,} events (open+fold)", replay_time, "s", replay_floor,
            "< 1 s", replay_time < 1.0),
    ]
