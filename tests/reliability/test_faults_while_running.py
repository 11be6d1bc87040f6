"""Faults in the middle of a session: the disk fills, the folder turns read-only, the deck vanishes.

Where the test can mount a small tmpfs (root, or a CI with the capability), the full disk is
real (ENOSPC from a full file system); elsewhere those tests are skipped. A read-only folder
cannot be made real here: Linux refuses to remount a file system read-only while a file on it is
open for writing (EBUSY), and root ignores folder permissions; so it is injected, with every
other write error SQLite and the OS can give (EROFS, ENOSPC, SQLITE_FULL, _READONLY, _IOERR). What must hold in every case:

- the action that meets the fault raises ``NotSavedError`` at once (the console says so), but it
  *did* happen: the state has it, ``session.pending`` counts what waits in memory;
- the session goes on; the next action (or ``session.flush()``) once the disk is back writes
  everything pending, oldest first; closing, reopening replays to the identical state;
- ``close_session`` while the disk is still full keeps the file open with the events pending.
"""

from __future__ import annotations

import errno
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bataille.deck import DeckError, bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock, NotSavedError
from tests.deck.conftest import copy_bundled_deck

from .figures import note
from .workshop_script import play, set_up


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


class SmallDisk:
    """A tmpfs of a few MiB mounted for one test; filled, emptied, turned read-only at will."""

    def __init__(self, where: Path, size_kib: int = 2048) -> None:
        self.where = where
        where.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0755", "tmpfs", str(where)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not permitted'})")
        self.filler = where / "filler.bin"

    def fill(self) -> None:
        """Write until the file system answers ENOSPC."""
        with self.filler.open("ab") as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        # the last partial block may still fit a frame: take it too
        try:
            with self.filler.open("ab") as handle:
                while True:
                    handle.write(b"\0" * 512)
                    handle.flush()
        except OSError:
            pass

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.where)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path):
    disk = SmallDisk(tmp_path / "mnt")
    yield disk
    disk.unmount()


def _run_through_fault(session, clock, rng, fault, recover, actions_in_fault: int = 25):
    """Play, break the disk, keep playing; return (actions not saved, most pending at once)."""
    errors: list[NotSavedError] = []
    steps = play(session, clock, rng, rounds_per_debate=4, not_saved=errors)
    for _ in range(40):
        next(steps)
    assert session.pending == 0 and not errors
    fault()
    max_pending = 0
    for i in range(actions_in_fault):
        name = next(steps)
        if i == 0:
            assert name.startswith("not-saved:"), "the first action after the fault must be reported at once"
        if name.startswith("not-saved:"):
            error = errors[-1]
            assert error.pending == session.pending >= 1
            assert error.changes is not None  # the action happened: the UI redraws from it
            assert session.events[-1] == error.changes.event  # and it is in the state, in order
        max_pending = max(max_pending, session.pending)
    failures = len(errors)
    recover()
    session.flush()  # what the console's "retry" (or its timer) calls once the disk is back
    assert session.pending == 0
    for name in steps:  # the rest of the workshop, on a healthy disk
        assert not name.startswith("not-saved:")
    return failures, max_pending


def test_disk_fills_mid_session(small_disk: SmallDisk, deck) -> None:
    clock = ManualClock()
    path = small_disk.where / "atelier.bataille"
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session)
    failures, max_pending = _run_through_fault(session, clock, random.Random(3), small_disk.fill,
                                               small_disk.free)
    live, events = session.state, session.events
    close_session(session)
    reopened = open_session(path, deck, ManualClock())
    assert reopened.events == events and reopened.state == live
    close_session(reopened)
    note("faults", f"disk full (tmpfs, real ENOSPC): {failures} actions reported not saved, "
         f"{max_pending} pending at most, all written after space came back, reopened identical")


def test_closing_on_a_full_disk_keeps_the_pending_events(small_disk: SmallDisk, deck) -> None:
    clock = ManualClock()
    path = small_disk.where / "atelier.bataille"
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session)
    small_disk.fill()
    with pytest.raises(NotSavedError):
        session.add_takeaway("Écrit pendant que le disque est plein")
    with pytest.raises(NotSavedError):
        close_session(session)  # the teacher closes the window: refused, nothing lost
    assert session.pending == 1
    small_disk.free()
    live, events = session.state, session.events
    close_session(session)
    reopened = open_session(path, deck, ManualClock())
    assert reopened.events == events and reopened.state == live
    close_session(reopened)


class FailingConnection:
    """Wraps the session file's SQLite connection; its writes fail while ``broken`` is set."""

    def __init__(self, db: sqlite3.Connection, error: Exception) -> None:
        self._db = db
        self.error = error
        self.broken = False

    def execute(self, sql: str, *args):
        if self.broken and sql.lstrip().upper().startswith("INSERT"):
            raise self.error
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._db, name)


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EROFS, "Read-only file system"),
    sqlite3.OperationalError("database or disk is full"),
    sqlite3.OperationalError("attempt to write a readonly database"),
    sqlite3.OperationalError("disk I/O error"),
], ids=["ENOSPC", "EROFS", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR"])
def test_injected_write_errors_keep_everything(tmp_path: Path, deck, error: Exception) -> None:
    """The same promise without root: every kind of write error the file can meet."""
    clock = ManualClock()
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session)
    wrapper = FailingConnection(session.store._db, error)
    session.store._db = wrapper

    def fault() -> None:
        wrapper.broken = True

    def recover() -> None:
        wrapper.broken = False

    _run_through_fault(session, clock, random.Random(5), fault, recover)
    session.store._db = wrapper._db
    live, events = session.state, session.events
    close_session(session)
    reopened = open_session(path, deck, ManualClock())
    assert reopened.events == events and reopened.state == live
    close_session(reopened)


# -- the deck changes under a running session ----------------------------------------------------


@pytest.mark.parametrize("fault", ["folder removed", "file replaced by garbage", "file emptied"])
def test_the_session_goes_on_with_the_deck_it_started_with(tmp_path: Path, fault: str) -> None:
    folder = copy_bundled_deck(tmp_path / "deck")
    deck = load_deck(folder)
    clock = ManualClock()
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session, teams=6)
    steps = play(session, clock, random.Random(6), rounds_per_debate=4)
    for _ in range(60):
        next(steps)
    if fault == "folder removed":
        shutil.rmtree(folder)
    elif fault == "file replaced by garbage":
        (folder / "cards" / "society.yaml").write_bytes(bytes(random.Random(1).randrange(256) for _ in range(5000)))
        (folder / "scenarios" / "agenda.yaml").write_text("agenda: [[[[", encoding="utf-8")
    else:
        (folder / "cards" / "deck.yaml").write_bytes(b"")
    refused = sum(name.startswith("refused:") for name in steps)  # play on to the end
    assert session.state.agenda.next_pending is None and session.state.agenda.current is None
    assert refused < 15, f"{refused} actions refused after the deck changed on disk"
    with pytest.raises(DeckError):
        load_deck(folder)  # reloading now fails cleanly: the UI keeps the deck it has
    live, events = session.state, session.events
    close_session(session)
    reopened = open_session(path, deck, ManualClock())  # with the deck in memory
    assert reopened.events == events and reopened.state == live
    close_session(reopened)
