"""The -wal during a session (issue 17, classes 2 and 9).

Class 2: the session is checkpointed into its file after the set-up, at each phase change and
every CHECKPOINT_EVERY events, so the -wal never holds more than that; a file or -wal removed or
replaced under the app is noticed before the next write. Class 9: an open that keeps fewer events
than the file and its -wal held says how many (``store.missing``, ``bataille summary``), with the
untouched copy; a -wal from another session is refused, never replayed.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import (
    SessionFile,
    SessionFileError,
    close_session,
    new_session,
    open_session,
    save_copy,
)
from bataille.storage.errors import Failure, ForeignWalError, failure_of
from bataille.storage.reader import read_session
from bataille.storage.sessionfile import CHECKPOINT_EVERY
from bataille.workshop import ManualClock, NotSavedError

from .figures import note
from .workshop_script import play, set_up

CRASH_CHILD = Path(__file__).parents[1] / "storage" / "crash_child.py"
NAME = "atelier.bataille"


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _workshop(path: Path, deck, checkpoints: bool = True, seed: int = 7):
    """A whole workshop on ``path`` (4 teams, every phase); the session, still open."""
    clock = ManualClock()
    with pytest.MonkeyPatch.context() as patch:
        if not checkpoints:  # as the app wrote before it checkpointed during a session
            patch.setattr(SessionFile, "checkpoint", lambda self: None)
        session = new_session(path, deck, clock, agenda_minutes=90)
        set_up(session, teams=4)
        for _ in play(session, clock, random.Random(seed), rounds_per_debate=3):
            pass
    return session


def _crash_image(path: Path, dest: Path) -> Path:
    """What a crash leaves: the file, its -wal and -shm as they are now, copied elsewhere."""
    dest.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            shutil.copy(part, dest / (NAME + suffix))
    return dest / NAME


# -- class 2: checkpoints ------------------------------------------------------------------------


def test_the_wal_never_holds_more_than_a_few_events(tmp_path: Path, deck) -> None:
    clock = ManualClock()
    path = tmp_path / NAME
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session, teams=4)
    page = os.statvfs(tmp_path).f_bsize
    largest, in_file = 0, []
    for _ in play(session, clock, random.Random(3), rounds_per_debate=3):
        largest = max(largest, _wal(path).stat().st_size)
        in_file.append(len(session.events) - _events_without_wal(path, tmp_path / "look"))
    close_session(session)
    assert max(in_file) < CHECKPOINT_EVERY
    note("session files", f"checkpoints: over {len(in_file)} actions the -wal held at most {max(in_file)} "
         f"events not yet in the file ({largest // 1024} KiB at most, page {page} B)")


def _events_without_wal(path: Path, look: Path) -> int:
    """How many events the session file holds on its own (its -wal lost, as after a deletion)."""
    if look.exists():
        shutil.rmtree(look)
    look.mkdir()
    shutil.copy(path, look / NAME)
    return len(read_session(look / NAME))


def test_a_crash_then_a_lost_wal_loses_at_most_a_few_actions(tmp_path: Path) -> None:
    """kill -9 a real writer, then delete the -wal: the file alone holds all but the last few."""
    path, log = tmp_path / NAME, tmp_path / "log"
    child = subprocess.Popen([sys.executable, str(CRASH_CHILD), str(path), str(log)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not log.exists() or len(log.read_text().split()) < 120):
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    returned = int(log.read_text().split()[-1])
    _wal(path).unlink()
    path.with_name(NAME + "-shm").unlink(missing_ok=True)
    path.with_name(NAME + ".lock").unlink(missing_ok=True)
    kept = len(read_session(path))
    assert returned - kept < CHECKPOINT_EVERY, (returned, kept)
    note("session files", f"kill -9 after {returned} actions, then the -wal deleted: {kept} kept in the file "
         f"(without checkpoints the file alone held none: see test_wal_deleted)")


def test_deleting_the_wal_of_a_running_writer_loses_nothing(tmp_path: Path) -> None:
    """The -wal removed under a real writer, which goes on, then kill -9: every returned action."""
    path, log = tmp_path / NAME, tmp_path / "log"
    child = subprocess.Popen([sys.executable, str(CRASH_CHILD), str(path), str(log)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not log.exists() or len(log.read_text().split()) < 50):
            time.sleep(0.02)
        _wal(path).unlink()
        before = len(log.read_text().split())
        while time.monotonic() < deadline and len(log.read_text().split()) < before + 30:
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    returned = int(log.read_text().split()[-1])
    path.with_name(NAME + ".lock").unlink(missing_ok=True)
    assert len(read_session(path)) >= returned


def test_the_wal_removed_under_the_app_is_rejoined_and_said(tmp_path: Path, deck) -> None:
    clock = ManualClock()
    path = tmp_path / NAME
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session, teams=4)
    for name in ("a", "b", "c"):
        session.add_takeaway(name)
    _wal(path).unlink()
    session.add_takeaway("after the -wal was removed")
    assert session.store.wal_replaced == 1
    image = _crash_image(path, tmp_path / "crash")  # a crash now: the file and the new -wal
    assert len(read_session(image)) == len(session.events)
    close_session(session)


@pytest.mark.parametrize("how", ["removed", "renamed", "replaced", "copied over"])
def test_the_file_removed_or_replaced_under_the_app(tmp_path: Path, deck, how: str) -> None:
    """Not saved (kept in memory, Failure.MOVED) from the next action on; a copy elsewhere has all."""
    clock = ManualClock()
    path = tmp_path / NAME
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session, teams=4)
    if how == "removed":
        path.unlink()
    elif how == "renamed":
        path.rename(tmp_path / "moved.bataille")
    else:
        other = new_session(tmp_path / "other.bataille", deck, clock)
        close_session(other)
        if how == "replaced":
            os.replace(tmp_path / "other.bataille", path)
        else:  # written over in place, as `cp` does: same inode, another session's bytes
            time.sleep(0.05)  # later than our last write by more than the clock's step, as a person is
            inode = path.stat().st_ino
            shutil.copyfile(tmp_path / "other.bataille", path)
            assert path.stat().st_ino == inode
    with pytest.raises(NotSavedError) as caught:
        session.add_takeaway("said after the file went")
    assert failure_of(caught.value) is Failure.MOVED
    assert session.pending == 1
    with pytest.raises(NotSavedError):
        session.add_takeaway("and another")
    assert session.pending == 2
    if how == "replaced":
        assert len(read_session(path)) == 1  # the file put there is left as it is
    copy = save_copy(session, tmp_path / "elsewhere" / "copy.bataille")
    assert tuple(read_session(copy)) == tuple(session.events)


def test_going_on_in_a_copy_after_the_file_went(tmp_path: Path, deck) -> None:
    from bataille.storage.copy import continue_in_copy

    clock = ManualClock()
    path = tmp_path / NAME
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session, teams=4)
    path.unlink()
    for text in ("one", "two"):
        with pytest.raises(NotSavedError):
            session.add_takeaway(text)
    continue_in_copy(session, tmp_path / "copy.bataille")
    assert session.pending == 0
    session.add_takeaway("three, saved in the copy")
    close_session(session)
    reopened = open_session(tmp_path / "copy.bataille", deck, ManualClock())
    assert reopened.events == session.events
    close_session(reopened)


def test_checkpoint_cost(tmp_path: Path, deck) -> None:
    """The time an action takes, with checkpoints and without (same workshop, same seed)."""
    timings = {}
    for label, checkpoints in (("with", True), ("without", False)):
        clock = ManualClock()
        path = tmp_path / label / NAME
        path.parent.mkdir()
        with pytest.MonkeyPatch.context() as patch:
            if not checkpoints:
                patch.setattr(SessionFile, "checkpoint", lambda self: None)
            session = new_session(path, deck, clock, agenda_minutes=90)
            set_up(session, teams=4)
            times = []
            for _ in play(session, clock, random.Random(5), rounds_per_debate=3):
                start = time.perf_counter()
                session.add_takeaway("x")
                times.append(time.perf_counter() - start)
            close_session(session)
        timings[label] = times
    med = {k: statistics.median(v) * 1000 for k, v in timings.items()}
    p99 = {k: sorted(v)[int(len(v) * 0.99)] * 1000 for k, v in timings.items()}
    note("session files", f"an action with checkpoints: median {med['with']:.2f} ms, p99 {p99['with']:.2f} ms; "
         f"without: median {med['without']:.2f} ms, p99 {p99['without']:.2f} ms "
         f"({len(timings['with'])} actions each)")
    assert med["with"] < 3 * med["without"] + 5


# -- class 9: a damaged -wal ----------------------------------------------------------------------


def test_a_damaged_wal_says_how_many_actions_are_missing(tmp_path: Path, deck) -> None:
    _damaged_wal_campaign(tmp_path, deck, flips=30)


@pytest.mark.slow
def test_damaged_wal_campaign(tmp_path: Path, deck) -> None:
    _damaged_wal_campaign(tmp_path, deck, flips=500)


def _damaged_wal_campaign(tmp_path: Path, deck, flips: int) -> None:
    """Single-bit flips and cuts of a -wal holding a whole workshop (as written before checkpoints)."""
    session = _workshop(tmp_path / "o" / NAME, deck, checkpoints=False)
    total = len(session.events)
    live = _crash_image(session.store.path, tmp_path / "live")
    close_session(session)
    rng = random.Random(17 + flips)
    shortened, cut, refused, restored = 0, 0, 0, 0
    for i in range(flips):
        path = _crash_image(live, tmp_path / f"x{i}")
        wal = _wal(path)
        data = bytearray(wal.read_bytes())
        if i % 5 == 4:
            data = data[: rng.randrange(32, len(data))]  # cut, as a pulled stick leaves it
        else:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        wal.write_bytes(data)
        try:
            opened = open_session(path, deck, ManualClock())
        except SessionFileError:  # a flip in the -wal header: refused as not this file's, untouched
            refused += 1
            continue
        kept, missing, back = len(opened.events), opened.store.missing, opened.store.restored
        restored += back
        copy = opened.store.recovered_copy
        close_session(opened)
        if i % 5 == 4:  # a cut -wal no longer holds what was cut: nothing is *known* missing
            cut += 1
            assert missing == 0
        elif kept < total:
            shortened += 1
            assert missing == total - kept
            assert copy is not None and copy.exists() and Path(str(copy) + "-wal").exists()
        else:
            assert missing == 0
    assert restored > 0
    note("session files", f"{flips} damaged -wal holding {total} events ({cut} cut, the rest a flipped bit): "
         f"{refused} refused, {restored} events SQLite's replay dropped taken back intact, {shortened} opens "
         "still short, each saying exactly how many were missing, with the untouched copy")


def test_summary_says_how_many_actions_a_damaged_wal_hides(tmp_path: Path, deck) -> None:
    session = _workshop(tmp_path / "o" / NAME, deck, checkpoints=False)
    total = len(session.events)
    path = _crash_image(session.store.path, tmp_path / "c")
    close_session(session)
    wal = _wal(path)
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 100] ^= 0x10  # inside the first frame's page: SQLite stops there
    wal.write_bytes(data)
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    done = subprocess.run([sys.executable, "-m", "bataille", "summary", str(path), "-o", str(tmp_path / "s.md")],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "en_GB.UTF-8"})
    assert "Traceback" not in done.stderr
    assert "could not" in done.stderr or "cannot be read" in done.stderr, done.stderr
    kept = len(read_session(path))
    assert f"is damaged): {total - kept}; actions read: {kept}." in done.stderr
    assert {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name in before and not p.name.endswith("-shm")} \
        == {name: data for name, data in before.items() if not name.endswith("-shm")}  # -shm: SQLite's index


def test_a_wal_from_another_session_is_refused(tmp_path: Path, deck) -> None:
    """Two sessions; B's -wal put beside A's file: refused, nothing replayed, nothing changed."""
    a = _workshop(tmp_path / "a" / NAME, deck, seed=1)
    b = _workshop(tmp_path / "b" / NAME, deck, seed=2)
    for session in (a, b):  # a few actions since the last checkpoint: the -wal holds them
        for text in ("un", "deux", "trois"):
            session.add_takeaway(text)
        assert _wal(session.store.path).stat().st_size > 0
    image_a = _crash_image(a.store.path, tmp_path / "ia")
    image_b = _crash_image(b.store.path, tmp_path / "ib")
    close_session(a)
    close_session(b)
    shutil.copy(_wal(image_b), _wal(image_a))
    Path(str(image_a) + "-shm").unlink(missing_ok=True)
    before = {p.name: p.read_bytes() for p in image_a.parent.iterdir()}
    with pytest.raises(ForeignWalError) as caught:
        open_session(image_a, deck, ManualClock())
    assert "belongs to another session file" in str(caught.value)
    assert "appartient à un autre fichier de séance" in caught.value.said.render("fr")
    with pytest.raises(ForeignWalError):
        read_session(image_a)  # bataille summary reads through here
    after = {p.name: p.read_bytes() for p in image_a.parent.iterdir() if not p.name.endswith(".lock")}
    assert after == before


def test_a_wal_with_another_page_size_or_no_header_is_refused(tmp_path: Path, deck) -> None:
    session = _workshop(tmp_path / "o" / NAME, deck, checkpoints=False)
    live = _crash_image(session.store.path, tmp_path / "live")
    close_session(session)
    for i, change in enumerate(("page size", "magic")):
        path = _crash_image(live, tmp_path / f"p{i}")
        wal = _wal(path)
        data = bytearray(wal.read_bytes())
        if change == "page size":
            data[8:12] = (8192).to_bytes(4, "big")
        else:
            data[0:4] = b"WAL?"
        wal.write_bytes(data)
        with pytest.raises(ForeignWalError):
            open_session(path, deck, ManualClock())


def test_the_wal_removed_during_a_checkpoint_is_rejoined(tmp_path: Path, deck, monkeypatch) -> None:
    """The -wal deleted between the check and the checkpoint: still noticed, nothing lost."""
    clock = ManualClock()
    path = tmp_path / NAME
    session = new_session(path, deck, clock, agenda_minutes=90)
    set_up(session, teams=4)
    store = session.store
    real = store.check_in_place

    def check_then_remove() -> None:
        real()
        _wal(path).unlink(missing_ok=True)

    monkeypatch.setattr(store, "check_in_place", check_then_remove)
    store.checkpoint()
    monkeypatch.undo()
    assert store.wal_replaced == 1
    for text in ("un", "deux", "trois"):
        session.add_takeaway(text)
    image = _crash_image(path, tmp_path / "crash")  # a crash now: the file and its new -wal
    assert len(read_session(image)) == len(session.events)
    close_session(session)
