"""The storage's one way for each thing: read without touching, a free name, a file linked into place,
and a failed write's reason named by the storage, not guessed by the interface."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from bataille.storage import SessionExistsError, SessionFileError, close_session, new_session
from bataille.storage.errors import Failure, SessionWriteError, failure_of
from bataille.storage.files import free_name, link_into_place
from bataille.storage.reader import looking_at, read_session
from bataille.workshop import ManualClock
from bataille.workshop.errors import NotSavedError


def test_reading_leaves_nothing_beside_the_file_and_works_while_it_is_open(tmp_path, deck):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, ManualClock(), "fr")
    session.add_team("Hiboux")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert [e.type for e in read_session(path)] == ["session_created", "team_added"]  # read while locked
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    close_session(session)
    with looking_at(path) as db:
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.bataille"]  # no -wal, -shm, lock left


def test_reading_refuses_what_is_not_a_session_in_words(tmp_path):
    with pytest.raises(SessionFileError, match="does not exist"):
        read_session(tmp_path / "nowhere.bataille")
    other = tmp_path / "other.bataille"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(SessionFileError, match="not a Bataille IA session"):
        read_session(other)


def test_a_free_name_never_takes_an_existing_file_or_link(tmp_path):
    assert free_name(tmp_path, "2026-12-04 09h00") == tmp_path / "2026-12-04 09h00.bataille"
    (tmp_path / "a.bataille").write_text("")
    (tmp_path / "a (2).bataille").symlink_to(tmp_path / "gone")  # dangling: still taken
    assert free_name(tmp_path, "a") == tmp_path / "a (3).bataille"


def test_linking_into_place_never_overwrites(tmp_path):
    temp, target = tmp_path / ".t", tmp_path / "t.bataille"
    temp.write_text("new")
    target.write_text("old")
    with pytest.raises(SessionExistsError):
        link_into_place(temp, target, SessionExistsError("taken"))
    assert target.read_text() == "old"
    target.unlink()
    link_into_place(temp, target, SessionExistsError("taken"))
    assert target.read_text() == "new"


@pytest.mark.parametrize(("cause", "reason"), [
    (OSError(errno.ENOSPC, "No space left on device"), Failure.DISK_FULL),
    (OSError(errno.EROFS, "Read-only file system"), Failure.READ_ONLY),
    (OSError(errno.EIO, "Input/output error"), Failure.GONE),
])
def test_a_failed_write_names_its_reason_through_the_chain(cause, reason):
    try:
        try:
            raise cause
        except Exception as exc:
            raise SessionWriteError("cannot write") from exc
    except SessionWriteError as write_error:
        assert write_error.reason == reason
        assert failure_of(NotSavedError(write_error, 1, None)) == reason


def test_a_write_to_a_closed_file_says_so(tmp_path, deck):
    session = new_session(tmp_path / "s.bataille", deck, ManualClock(), "fr")
    store = session.store
    close_session(session)
    with pytest.raises(SessionWriteError) as caught:
        store.append(1, session.events[0])
    assert caught.value.reason == Failure.CLOSED
