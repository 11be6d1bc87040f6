"""One window per session, held by the OS and not by a file's existence (issue 17, class 13).

Real processes: a holder keeps a session open; the ``.lock`` file beside it is deleted; a second
process (and this one) must still be refused, and the holder's actions must still be saved.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionLockedError, close_session, new_session, open_session
from bataille.storage.reader import read_session
from bataille.workshop import ManualClock

CHILD = Path(__file__).with_name("session_child.py")
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[2] / "src"),
                                                                    str(Path(__file__).parents[2]),
                                                                    os.environ.get("PYTHONPATH", "")]))}


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


class Holder:
    """A child process holding a session open; ``act()`` makes it add a team and returns its count."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, str(CHILD), "hold", str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=ENV)
        assert self.proc.stdout.readline().strip() == "ready"

    def act(self) -> int:
        self.proc.stdin.write("act\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


def _try_open_elsewhere(path: Path) -> str:
    done = subprocess.run([sys.executable, str(CHILD), "open", str(path)], capture_output=True, text=True,
                          env=ENV, timeout=60)
    return done.stdout.strip()


def test_deleting_the_lock_file_lets_no_second_window_in(tmp_path: Path, deck) -> None:
    path = tmp_path / "atelier.bataille"
    holder = Holder(path)
    try:
        holder.act()
        lock = path.with_name(path.name + ".lock")
        assert lock.exists()
        lock.unlink()
        assert _try_open_elsewhere(path) == "locked"  # another process
        with pytest.raises(SessionLockedError):
            open_session(path, deck, ManualClock())  # and this one
        count = holder.act()  # the holder goes on, and what it does is on disk
    finally:
        holder.stop()
    assert len(read_session(path)) == count


def test_a_killed_holder_frees_the_session_even_without_its_lock_file(tmp_path: Path, deck) -> None:
    path = tmp_path / "atelier.bataille"
    holder = Holder(path)
    count = holder.act()
    path.with_name(path.name + ".lock").unlink()
    holder.proc.send_signal(signal.SIGKILL)
    holder.proc.wait(timeout=30)
    assert _try_open_elsewhere(path) == "opened"
    session = open_session(path, deck, ManualClock())
    assert len(session.events) == count
    close_session(session)


def test_a_lock_file_put_back_by_hand_changes_nothing(tmp_path: Path, deck) -> None:
    """Someone deletes the lock and writes a fake one with a dead pid: still refused while held."""
    path = tmp_path / "atelier.bataille"
    holder = Holder(path)
    try:
        lock = path.with_name(path.name + ".lock")
        lock.unlink()
        lock.write_text("999999")
        assert _try_open_elsewhere(path) == "locked"
    finally:
        holder.stop()
    session = open_session(path, deck, ManualClock())  # once closed, it opens
    close_session(session)


def test_closing_does_not_delete_another_windows_lock_file(tmp_path: Path, deck) -> None:
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, ManualClock())
    lock = path.with_name(path.name + ".lock")
    lock.unlink()
    lock.write_text("12345")  # a file that is not ours
    close_session(session)
    assert lock.read_text() == "12345"
