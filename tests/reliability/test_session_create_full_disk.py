"""Creating a session on a full disk (issue 17, class 10): said in words, nothing left behind.

A real 64 KiB tmpfs (where mounting is allowed), filled to various depths, and injected write
errors at each step of the creation (the pid in the lock file, SQLite's build, the link into
place, the first event). Before: a traceback from ``bataille example-session``, nothing at all in
the GUI's "New session", and a stale ``.lock`` (its pid write raised outside any clean-up).
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionFileError, SessionWriteError, new_session, sessionfile
from bataille.storage import lock as lock_module
from bataille.storage.errors import Failure
from bataille.workshop import ManualClock

from .figures import note


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture
def tiny_disk(tmp_path: Path):
    where = tmp_path / "disk"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a 64 KiB tmpfs here ({done.stderr.strip() or 'not permitted'})")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(where: Path, leave_kib: int) -> None:
    free = os.statvfs(where).f_bavail * os.statvfs(where).f_frsize
    (where / "filler.bin").write_bytes(b"\0" * max(0, free - leave_kib * 1024))


def _left(where: Path) -> list[str]:
    return sorted(p.name for p in where.iterdir() if p.name != "filler.bin")


@pytest.mark.parametrize("leave_kib", [0, 4, 8, 16, 24, 32, 48])
def test_creating_on_a_full_tmpfs_says_so_and_leaves_nothing(tiny_disk: Path, deck, leave_kib: int) -> None:
    _fill(tiny_disk, leave_kib)
    path = tiny_disk / "atelier.bataille"
    try:
        session = new_session(path, deck, ManualClock())
    except SessionWriteError as error:
        assert error.reason is Failure.DISK_FULL
        assert "disk is full" in str(error) and "Traceback" not in str(error)
        assert "le disque est plein" in error.said.render("fr")
        assert _left(tiny_disk) == []  # no session, no .lock, no hidden temporary file, no -wal
        note("session files", f"new session on a 64 KiB tmpfs with {leave_kib} KiB free: refused in words, "
             "nothing left")
        return
    # Enough room for the set-up: then it is a whole session, checkpointed into the file.
    session.close()
    assert _left(tiny_disk) == ["atelier.bataille"] or _left(tiny_disk)[0] == "atelier.bataille"


@pytest.mark.parametrize("leave_kib", [0, 16, 40])
def test_the_cli_says_the_disk_is_full_without_a_traceback(tiny_disk: Path, leave_kib: int) -> None:
    _fill(tiny_disk, leave_kib)
    out = tiny_disk / "x.bataille"
    done = subprocess.run([sys.executable, "-m", "bataille", "example-session", "-o", str(out)],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "en_GB.UTF-8"})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "full" in done.stderr or "No space" in done.stderr, done.stderr
    assert _left(tiny_disk) == []


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["pid", "build", "link", "first-event"])
def test_a_write_error_at_each_step_of_creation(tmp_path: Path, deck, monkeypatch, where: str) -> None:
    path = tmp_path / "atelier.bataille"
    if where == "pid":  # the lock holds without its pid: the session is created
        monkeypatch.setattr(lock_module.os, "write", _enospc)
    elif where == "build":
        monkeypatch.setattr(sessionfile, "migrate", lambda db, v: _enospc())
    elif where == "link":
        monkeypatch.setattr(sessionfile, "link_into_place", _enospc)
    else:
        monkeypatch.setattr(sessionfile.SessionFile, "append",
                            lambda self, seq, event: (_ for _ in ()).throw(SessionWriteError(
                                "Could not save: disk full", Failure.DISK_FULL)))
    try:
        session = new_session(path, deck, ManualClock())
    except SessionFileError as error:
        assert where != "pid"
        assert isinstance(error, SessionWriteError) and error.reason is Failure.DISK_FULL
        assert sorted(p.name for p in tmp_path.iterdir()) == []
        return
    assert where == "pid"
    session.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atelier.bataille"]
