"""Copies and recoveries of a session file (issue 17, class 13, the storage parts).

A safety copy that fails half-way leaves nothing that looks like a session; only the newest
copies made before a recovery are kept; a recovery keeps every intact event, after the first
damaged one too, and counts the damaged ones.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import (
    SessionFile,
    SessionFileError,
    close_session,
    new_session,
    open_session,
    safety_copies,
)
from bataille.storage.recover import recover_session, salvage_events
from bataille.workshop import ManualClock

from .figures import note
from .workshop_script import play, set_up

NAME = "atelier.bataille"


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _crashed(tmp_path: Path, deck, label: str = "c") -> Path:
    """A session file as a crash leaves it: a -wal with events not yet in the file."""
    folder = tmp_path / label
    folder.mkdir()
    clock = ManualClock()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SessionFile, "checkpoint", lambda self: None)
        session = new_session(folder / "live" / NAME, deck, clock, agenda_minutes=90)
        set_up(session, teams=3)
    for suffix in ("", "-wal"):
        shutil.copy(str(session.store.path) + suffix, folder / (NAME + suffix))
    close_session(session)
    shutil.rmtree(folder / "live")
    return folder / NAME


@pytest.mark.parametrize("fail_at", [1, 2])
def test_a_safety_copy_that_fails_leaves_no_half_copy(tmp_path: Path, deck, monkeypatch, fail_at: int) -> None:
    """ENOSPC while copying the -wal (1st copy) or the file (2nd): refused, no copy, file untouched."""
    path = _crashed(tmp_path, deck)
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    real, calls = shutil.copy2, []

    def copy2(src, dst, **kwargs):
        calls.append(dst)
        if len(calls) == fail_at:
            Path(dst).write_bytes(Path(src).read_bytes()[:1000])  # a half copy, then the disk fills
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, **kwargs)

    monkeypatch.setattr(shutil, "copy2", copy2)  # safety_copies imports shutil where it copies
    with pytest.raises(SessionFileError, match="safety copy could not be written"):
        open_session(path, deck, ManualClock())
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if not p.name.endswith((".lock", "-shm"))}
    assert after == before  # no .before-recovery file, whole or half, and no hidden temporary (-shm:
    # SQLite's shared index, made by the read-only look at the header)


def test_only_the_newest_recovery_copies_are_kept(tmp_path: Path, deck) -> None:
    path = _crashed(tmp_path, deck)
    crash = {suffix: Path(str(path) + suffix).read_bytes() for suffix in ("", "-wal")}
    for i in range(6):  # six crashes of the same session, each recovered on the next open
        for suffix, data in crash.items():
            Path(str(path) + suffix).write_bytes(data)
        session = open_session(path, deck, ManualClock())
        os.utime(session.store.recovered_copy, (1_000_000 + i, 1_000_000 + i))
        close_session(session)
    copies = sorted(p.name for p in path.parent.iterdir() if ".before-recovery-" in p.name)
    mains = [c for c in copies if not c.endswith("-wal")]
    assert len(mains) == safety_copies.KEEP_RECOVERY_COPIES
    assert all(c + "-wal" in copies for c in mains)  # each kept with its -wal
    note("session files", f"6 recoveries of one file: {len(mains)} newest .before-recovery copies kept")


def _damage_events(path: Path, seqs: list[int]) -> None:
    db = sqlite3.connect(path)
    for seq in seqs:
        db.execute("UPDATE events SET payload = CAST(payload AS BLOB) || x'20' WHERE seq = ?", (seq,))
    db.commit()
    db.close()


def _workshop_file(tmp_path: Path, deck, seed: int) -> tuple[Path, list]:
    clock = ManualClock()
    path = tmp_path / f"w{seed}" / NAME
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session, teams=4)
    for _ in play(session, clock, random.Random(seed), rounds_per_debate=2):
        pass
    events = list(session.events)
    close_session(session)
    return path, events


def test_recovery_keeps_intact_events_after_the_damage(tmp_path: Path, deck) -> None:
    """1 to 5 damaged events at random places in a whole workshop, 4 times (40: the slow campaign)."""
    _recovery_campaign(tmp_path, deck, trials=4)


@pytest.mark.slow
def test_recovery_campaign(tmp_path: Path, deck) -> None:
    _recovery_campaign(tmp_path, deck, trials=40)


def _recovery_campaign(tmp_path: Path, deck, trials: int) -> None:
    rng = random.Random(4 + trials)
    kept_before, kept_now, total_damaged = 0, 0, 0
    for trial in range(trials):
        path, events = _workshop_file(tmp_path, deck, seed=trial)
        damaged = sorted(rng.sample(range(6, len(events)), rng.randint(1, 5)))
        _damage_events(path, damaged)
        salvage = salvage_events(path)
        assert salvage.damaged == len(damaged)
        recovered = recover_session(path)
        session = open_session(recovered, deck, ManualClock())
        assert len(session.events) == len(events) - len(damaged) - salvage.unreplayable
        assert list(session.events[: damaged[0]]) == events[: damaged[0]]
        close_session(session)
        kept_before += damaged[0]
        kept_now += len(session.events)
        total_damaged += len(damaged)
    note("session files", f"recovery of {trials} workshops with {total_damaged} damaged events: {kept_now} events kept "
         f"(up to the first damage only: {kept_before})")
    assert kept_now > kept_before


def test_a_deleted_event_row_is_counted_and_the_rest_kept(tmp_path: Path, deck) -> None:
    path, events = _workshop_file(tmp_path, deck, seed=1)
    db = sqlite3.connect(path)
    db.execute("DELETE FROM events WHERE seq = 20")
    db.commit()
    db.close()
    salvage = salvage_events(path)
    # Event 20 is missing, and event 21, chained to its digest, cannot be checked: both count as
    # damaged; every event after them is checked against its stored predecessor and kept.
    assert salvage.damaged == 2
    assert len(salvage.events) == len(events) - 2 - salvage.unreplayable
    assert salvage.events[:20] == events[:20]
