"""Damaged session files: refused with a clear message, or opened when that is safe; never overwritten.

One real session (the bundled deck, 4 teams, every phase) is written once; each case damages a
copy of it the way real rooms do (a USB stick pulled out, a sync tool, a full disk, the wrong
file) and opens it with ``open_session``. Allowed outcomes:

- refused with a ``SessionFileError`` whose message names the file, the bytes left untouched;
- opened, with the events a prefix of what was written (SQLite's own recovery of a -wal),
  and a copy of the original bytes kept beside it before that recovery.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import (
    CURRENT_VERSION,
    DamagedSessionError,
    SessionFile,
    SessionFileError,
    close_session,
    new_session,
    open_session,
    recover_session,
)
from bataille.storage.recover import salvage_events
from bataille.workshop import DeckMismatchError, ManualClock

from .figures import count, note
from .workshop_script import play, set_up

NAME = "atelier.bataille"


class Original:
    """A closed session file and, separately, a copy of it taken while it was still open (live -wal)."""

    def __init__(self, folder: Path) -> None:
        self.deck = load_deck(bundled_deck_path())
        clock = ManualClock()
        self.closed = folder / "closed" / NAME
        self.closed.parent.mkdir()
        # Written as the app did before it checkpointed during a session: every event in the -wal
        # until it is closed, the worst case for a damaged -wal (test_session_wal.py has the rest).
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(SessionFile, "checkpoint", lambda self: None)
            session = new_session(self.closed, self.deck, clock, agenda_minutes=90)
            set_up(session, teams=4)
            for _ in play(session, clock, random.Random(7), rounds_per_debate=3):
                pass
        self.events = session.events
        self.live = folder / "live"
        self.live.mkdir()
        for suffix in ("", "-wal", "-shm"):  # what a crash (or a copy made mid-session) leaves
            part = Path(str(self.closed) + suffix)
            if part.exists():
                shutil.copy(part, self.live / (NAME + suffix))
        close_session(session)

    def copy(self, dest: Path, live: bool = False) -> Path:
        dest.mkdir(parents=True)
        for part in (self.live if live else self.closed.parent).iterdir():
            if not part.name.endswith(".lock"):
                shutil.copy(part, dest / part.name)
        return dest / NAME


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Original:
    return Original(tmp_path_factory.mktemp("corruption"))


def _snapshot(folder: Path) -> dict[str, bytes]:
    # The -shm is SQLite's index of the -wal, rebuilt from it at will: not data.
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and not p.name.endswith((".lock", "-shm"))}


def open_damaged(original: Original, path: Path, why: dict[str, int] | None = None) -> str:
    """Open ``path`` and judge the outcome; returns 'refused', 'opened' or 'recovered'.

    ``why``, when given, counts the refusals by the error's class.
    """
    before = _snapshot(path.parent)
    count("session files: damaged copies opened")
    try:
        session = open_session(path, original.deck, ManualClock())
    except (SessionFileError, DeckMismatchError) as exc:  # a flipped deck id: "open it with that deck"
        message = str(exc)
        assert path.name in message or isinstance(exc, DeckMismatchError), message
        assert "Traceback" not in message and len(message) < 400, message
        after = _snapshot(path.parent)
        for name, data in before.items():  # nothing we had was changed or removed
            assert after.get(name) == data, f"{name} was modified by a refused open"
        if why is not None:
            why[type(exc).__name__] = why.get(type(exc).__name__, 0) + 1
        return "refused"
    try:
        events = session.events
        assert events == original.events[: len(events)], "the session opened with events that were never written"
        copies = [p for p in path.parent.iterdir() if ".before-recovery-" in p.name]
        if before.get(path.name + "-wal"):
            # SQLite replayed (and will truncate) the -wal: the bytes as they were must be kept.
            main = [p for p in copies if not p.name.endswith("-wal")]
            assert main and main[0].read_bytes() == before[path.name], "no copy kept before recovery"
            assert Path(str(main[0]) + "-wal").read_bytes() == before[path.name + "-wal"]
            return "recovered"
        return "opened"
    finally:
        close_session(session)


# -- the main file -------------------------------------------------------------------------------


def test_an_intact_copy_opens_identically(original: Original, tmp_path: Path) -> None:
    path = original.copy(tmp_path / "ok")
    assert open_damaged(original, path) == "opened"
    session = open_session(path, original.deck, ManualClock())
    assert session.events == original.events
    close_session(session)


def test_zero_bytes(original: Original, tmp_path: Path) -> None:
    path = original.copy(tmp_path / "z")
    path.write_bytes(b"")
    assert open_damaged(original, path) == "refused"


@pytest.mark.parametrize("fraction", [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999])
def test_truncated(original: Original, tmp_path: Path, fraction: float) -> None:
    path = original.copy(tmp_path / "t")
    os.truncate(path, int(path.stat().st_size * fraction))
    assert open_damaged(original, path) == "refused"


def test_random_byte_flips_never_crash_nor_invent_events(original: Original, tmp_path: Path) -> None:
    rng = random.Random(2024)
    outcomes: dict[str, int] = {}
    why: dict[str, int] = {}
    for i in range(60):
        path = original.copy(tmp_path / f"f{i}")
        data = bytearray(path.read_bytes())
        where = rng.randrange(len(data))
        data[where] ^= 1 << rng.randrange(8)
        path.write_bytes(data)
        try:
            outcome = open_damaged(original, path, why)
        except AssertionError as exc:
            if "never written" not in str(exc):
                raise
            outcome = "opened with altered events (undetected)"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    note("session files", "60 single-bit flips in the main file: " + ", ".join(
        f"{k} {v}" for k, v in sorted(outcomes.items())) + " (refused as " + ", ".join(
        f"{k} {v}" for k, v in sorted(why.items())) + ")")
    # Schema v2: every flip that changes an event is caught by its digest (11 of 60 were not in v1).
    assert "opened with altered events (undetected)" not in outcomes


def test_a_flipped_bit_inside_an_event_is_detected(original: Original, tmp_path: Path) -> None:
    path = original.copy(tmp_path / "p")
    data = bytearray(path.read_bytes())
    where = data.find(b"Les Hiboux")
    assert where > 0
    data[where + 4] ^= 0x01  # "Les Hiboux" -> "Les Iiboux": valid UTF-8, valid JSON
    path.write_bytes(data)
    assert open_damaged(original, path) == "refused"
    with pytest.raises(DamagedSessionError) as info:
        open_session(path, original.deck, ManualClock())
    damaged = info.value
    assert "Les Hiboux" in str(original.events[damaged.seq].to_dict())  # the event that holds the name
    assert damaged.total == len(original.events)
    assert f"damaged at event {damaged.seq + 1} (of {len(original.events)}): its contents do not match" in str(damaged)

    # Recovery: the events before it, in a new file beside it; the damaged file untouched.
    before = _snapshot(path.parent)
    recovered = recover_session(path)
    assert all(_snapshot(path.parent)[name] == data for name, data in before.items())
    session = open_session(recovered, original.deck, ManualClock())
    kept = session.events
    close_session(session)
    # Every intact event is kept: the ones before the damage, and after it all that still replay
    # without it (here: "Les Hiboux" was never added, so what that team did is left out).
    assert tuple(kept[: damaged.seq]) == tuple(original.events[: damaged.seq])
    salvage = salvage_events(path)
    assert salvage.damaged == 1 and len(kept) == len(original.events) - 1 - salvage.unreplayable
    assert len(kept) > damaged.seq
    note("session files", f"recovery of a file damaged at event {damaged.seq + 1} of {len(original.events)}: "
         f"{len(kept)} intact events kept (was {damaged.seq}), {salvage.unreplayable} left out that needed it")


@pytest.mark.parametrize("content", [
    b"not a database at all, just some words\n" * 50,
    b"\x89PNG\r\n\x1a\n" + bytes(4000),
    bytes(random.Random(1).randrange(256) for _ in range(8192)),
    b"SQLite format 3\x00" + bytes(84),  # a header and nothing else
])
def test_not_sqlite(original: Original, tmp_path: Path, content: bytes) -> None:
    path = original.copy(tmp_path / "n")
    path.write_bytes(content)
    assert open_damaged(original, path) == "refused"


def test_another_sqlite_database(original: Original, tmp_path: Path) -> None:
    path = original.copy(tmp_path / "o")
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE grades (pupil TEXT, mark REAL)")
    db.commit()
    db.close()
    assert open_damaged(original, path) == "refused"


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_newer_schema(original: Original, tmp_path: Path, journal: str) -> None:
    path = original.copy(tmp_path / "v")
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA journal_mode = {journal}")
    db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    db.close()
    assert open_damaged(original, path) == "refused"


def test_a_folder_where_the_file_should_be(original: Original, tmp_path: Path) -> None:
    path = tmp_path / "d" / NAME
    path.mkdir(parents=True)
    with pytest.raises(SessionFileError, match=NAME):
        open_session(path, original.deck, ManualClock())


# -- the -wal and -shm left by a crash -----------------------------------------------------------


def test_a_crash_copy_recovers_every_event_and_keeps_a_copy(original: Original, tmp_path: Path) -> None:
    path = original.copy(tmp_path / "c", live=True)
    assert open_damaged(original, path) == "recovered"
    session = open_session(path, original.deck, ManualClock())
    assert session.events == original.events
    close_session(session)


def test_wal_deleted(original: Original, tmp_path: Path) -> None:
    """The events lived in the -wal: without it the file is only its empty set-up, refused clearly."""
    path = original.copy(tmp_path / "w", live=True)
    Path(str(path) + "-wal").unlink()
    assert open_damaged(original, path) == "refused"


def test_shm_deleted(original: Original, tmp_path: Path) -> None:
    path = original.copy(tmp_path / "s", live=True)
    Path(str(path) + "-shm").unlink()
    assert open_damaged(original, path) == "recovered"


def test_damaged_wal_keeps_a_prefix_and_a_copy(original: Original, tmp_path: Path) -> None:
    rng = random.Random(99)
    kept: list[int] = []
    for i in range(30):
        path = original.copy(tmp_path / f"x{i}", live=True)
        wal = Path(str(path) + "-wal")
        data = bytearray(wal.read_bytes())
        if i % 2:
            data = data[: rng.randrange(len(data))]  # cut mid-frame, as a pulled USB stick does
        else:
            data[rng.randrange(len(data))] ^= 0xFF
        wal.write_bytes(data)
        outcome = open_damaged(original, path)
        if outcome != "refused":
            session = open_session(path, original.deck, ManualClock())
            kept.append(session.event_count)
            close_session(session)
    note("session files", f"30 damaged -wal files: opened {len(kept)}, events kept min {min(kept, default=0)} "
         f"/ {len(original.events)} (the rest is in the .before-recovery copy)")
