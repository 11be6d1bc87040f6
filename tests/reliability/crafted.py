"""Crafted session files: a real session written through the storage API, then rows altered with sqlite3.

``full_session(folder)`` plays a workshop on the bundled deck that holds every event type;
``craft(original, dest, change)`` copies it, lets ``change(db)`` alter rows, and recomputes the
digest chain, as anyone can (the digests catch damage, not intent). ``summary_run`` runs the real
``bataille summary`` in a subprocess.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bataille.deck import Deck
from bataille.storage import close_session, new_session
from bataille.storage.schema import CHAIN_START, event_digest
from bataille.workshop import ActionError, ManualClock, Rules

from .workshop_script import TEAM_NAMES, play

ROOT = Path(__file__).resolve().parents[2]


def full_session(path: Path, deck: Deck) -> None:
    """A closed session file on ``deck`` with at least one event of every type."""
    clock = ManualClock()
    session = new_session(path, deck, clock, agenda_minutes=90)
    session.set_agenda(minutes=80)
    session.set_rules(Rules(timeline_cards_per_team=3))
    session.set_language("en")
    for name in TEAM_NAMES[:4]:
        session.add_team(name)
    teams = [t.id for t in session.state.teams]
    session.rename_team(teams[0], "Les Grands Hiboux")
    session.remove_team(teams[3])
    session.start()
    session.skip_phase(session.state.agenda.phases[0].id)  # a phase_skipped: the welcome
    done: set[str] = set()
    theme = deck.themes[0].id

    def once(name: str, action: Callable[[], object]) -> None:
        if name not in done:
            try:
                action()
                done.add(name)
            except ActionError:
                pass

    for _ in play(session, clock, random.Random(11), rounds_per_debate=2):
        state = session.state
        rnd = state.rounds[-1] if state.rounds else None
        if rnd is not None and not rnd.closed:
            once("phones", lambda: session.record_phone_votes("before", {"phone-token-aaaaaaaa": "agree", "phone-token-bbbbbbbb": "disagree"}))
        if any(p.choices for p in state.scenarios):
            once("consequence", session.leave_consequence)
        if state.debrief.takeaways:
            once("feedback", lambda: session.record_phone_feedback({"phone-token-aaaaaaaa": (4, theme, "Moins d'IA"),
                                                                    "phone-token-bbbbbbbb": (5, None, "")}))
    session.add_takeaway("Une de trop")
    session.undo()
    session.add_takeaway("Une mal tapée")
    session.remove_debrief_line("takeaway", len(session.state.debrief.takeaways) - 1)
    close_session(session)


def rechain(db: sqlite3.Connection) -> None:
    """Recompute every event's digest from the rows as they now are (what a forger would do)."""
    previous = CHAIN_START
    rows = db.execute("SELECT seq, CAST(type AS BLOB), at, CAST(payload AS BLOB) FROM events ORDER BY seq")
    for seq, type_name, at, payload in rows.fetchall():
        previous = event_digest(previous, seq, type_name, at, payload)
        db.execute("UPDATE events SET digest = ? WHERE seq = ?", (previous, seq))


def craft(original: Path, dest: Path, change: Callable[[sqlite3.Connection], None], chain: bool = True) -> Path:
    """A copy of ``original`` at ``dest`` altered by ``change(db)``, digests recomputed unless ``chain`` is False."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(original, dest)
    db = sqlite3.connect(dest, isolation_level=None)
    try:
        db.execute("BEGIN")
        change(db)
        if chain:
            rechain(db)
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return dest


def first_row(db: sqlite3.Connection, type_name: str) -> tuple[int, dict]:
    """(seq, payload) of the first event of a type."""
    seq, payload = db.execute("SELECT seq, payload FROM events WHERE type = ? ORDER BY seq LIMIT 1",
                              (type_name,)).fetchone()
    return seq, json.loads(payload)


def set_payload(db: sqlite3.Connection, seq: int, payload: dict | str) -> None:
    if not isinstance(payload, str):  # a lone surrogate cannot be UTF-8: written as a JSON escape
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        payload = text if text.isascii() or not any(0xD800 <= ord(c) <= 0xDFFF for c in text) else \
            json.dumps(payload, separators=(",", ":"))
    db.execute("UPDATE events SET payload = ? WHERE seq = ?", (payload, seq))


def bataille_run(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``bataille ARGS`` in a real process, in a British English locale (English messages)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "en_GB.UTF-8", "LANG": "en_GB.UTF-8"}
    return subprocess.run([sys.executable, "-m", "bataille", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=str(cwd))


def summary_run(session: Path, output: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``bataille summary SESSION -o OUTPUT`` in a real process (30 s at most)."""
    return bataille_run("summary", str(session), "-o", str(output), *extra, cwd=session.parent, timeout=30)
