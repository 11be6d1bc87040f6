"""Saving a copy elsewhere when the session's file cannot be written; the recovery copy is reported."""

from __future__ import annotations

import errno
import shutil
import sqlite3

import pytest

from bataille.storage import (
    SessionExistsError,
    SessionFileError,
    SessionWriteError,
    close_session,
    new_session,
    open_session,
    save_copy,
)
from bataille.storage.words import said
from bataille.workshop import NotSavedError


class FailingConnection:
    """The session file's SQLite connection, whose inserts fail with ``error`` (as tests/reliability)."""

    def __init__(self, db: sqlite3.Connection, error: Exception) -> None:
        self._db = db
        self.error = error

    def execute(self, sql: str, *args):
        if sql.lstrip().upper().startswith("INSERT"):
            raise self.error
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._db, name)


def _play(session) -> None:
    session.add_team("Hiboux")
    session.add_team("Loutres")
    session.start()
    session.start_phase()
    session.open_round(card_id="work-debate-1")


def test_a_copy_holds_every_event_even_those_not_written(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    _play(session)
    session.store._db = FailingConnection(session.store._db, OSError(errno.ENOSPC, "No space left on device"))
    for text in ("Une", "Deux", "Trois"):
        with pytest.raises(NotSavedError):
            session.add_takeaway(text)
    assert session.pending == 3
    live, events = session.state, session.events

    copy = save_copy(session, tmp_path / "usb" / "copie.bataille")

    assert copy == tmp_path / "usb" / "copie.bataille"
    assert session.pending == 3  # the session's own file is not touched
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copie.bataille"]  # no temporary, no lock left
    reopened = open_session(copy, deck, clock)
    assert reopened.events == events and reopened.state == live
    close_session(reopened)
    session.store._db = session.store._db._db
    close_session(session)


def test_a_copy_never_overwrites_a_file(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    _play(session)
    other = tmp_path / "autre.bataille"
    other.write_bytes(b"keep me")
    with pytest.raises(SessionExistsError) as refused:
        save_copy(session, other)
    assert said(refused.value, "fr") == "«\u00a0autre.bataille\u00a0» existe déjà\u00a0: choisissez un autre nom."
    assert said(refused.value, "en") == str(refused.value) == "autre.bataille already exists: choose another name."
    with pytest.raises(SessionExistsError):
        save_copy(session, path)  # the session's own file, least of all
    assert other.read_bytes() == b"keep me"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
    close_session(session)


@pytest.mark.parametrize("where", ["creating", "writing events", "linking into place"])
def test_a_copy_that_cannot_be_written_says_so_and_leaves_nothing(tmp_path, deck, clock, monkeypatch, where):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    _play(session)
    target = tmp_path / "elsewhere"
    target.mkdir()
    from bataille.storage import newfile as copy_module  # where every new session file is written

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "creating":
        monkeypatch.setattr(copy_module.SessionFile, "create", full)
    elif where == "writing events":
        def extend(store, events):
            try:
                full()
            except OSError as exc:
                raise SessionWriteError(f"Could not save to {store.path.name}: {exc}.") from exc
        monkeypatch.setattr(copy_module.SessionFile, "extend", extend)
    else:
        real_link = copy_module.os.link

        def link(src, dst, *args, **kwargs):
            if ".writing-" in str(src):
                full()
            return real_link(src, dst, *args, **kwargs)
        monkeypatch.setattr(copy_module.os, "link", link)
        monkeypatch.setattr(copy_module.os, "replace", full)
    with pytest.raises(SessionFileError, match=r"^Cannot write the copy copie\.bataille: No space left on device\.$") \
            as refused:
        save_copy(session, target / "copie.bataille")
    assert said(refused.value, "fr") == \
        "Impossible d’écrire la copie «\u00a0copie.bataille\u00a0»\u00a0: plus de place sur le disque."
    assert list(target.iterdir()) == []
    close_session(session)


def test_opening_reports_the_copy_kept_before_recovery(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    _play(session)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # what a crash leaves: the file and a live -wal
        shutil.copy2(f"{path}{suffix}", crashed / f"s.bataille{suffix}")
    events = session.events
    close_session(session)

    clean = open_session(path, deck, clock)
    assert clean.store.recovered_copy is None
    close_session(clean)

    recovered = open_session(crashed / "s.bataille", deck, clock)
    copy = recovered.store.recovered_copy
    assert copy is not None and copy.name.startswith("s.bataille.before-recovery-") and copy.is_file()
    assert recovered.events == events
    close_session(recovered)
