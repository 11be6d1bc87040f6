"""What a window needs to word an open in its own language: the migration copy, the lock holder, the failure."""

from __future__ import annotations

import os

from bataille.storage import (
    DamagedSessionError,
    SessionFileTooNewError,
    SessionLockedError,
    close_session,
    open_session,
    recent_sessions,
)

from .test_storage_integrity import _session_file, _tamper, _v1_file


def test_the_store_names_the_copy_kept_before_a_migration(tmp_path, deck, clock):
    path = tmp_path / "ancien.bataille"
    _v1_file(path, deck)
    session = open_session(path, deck, clock)
    assert session.store.migrated_copy == tmp_path / "ancien.bataille.before-migration-v1"
    assert session.store.migrated_copy.is_file()
    close_session(session)
    again = open_session(path, deck, clock)  # now a current file: nothing converted, no copy named
    assert again.store.migrated_copy is None
    close_session(again)


def test_a_locked_session_names_the_holders_pid(tmp_path, deck, clock):
    path, _ = _session_file(tmp_path, deck, clock)
    session = open_session(path, deck, clock)
    try:
        try:
            open_session(path, deck, clock)
        except SessionLockedError as error:
            assert error.pid == os.getpid() and f"(pid {os.getpid()})" in str(error)
        else:
            raise AssertionError("a second opener must be refused")
    finally:
        close_session(session)


def test_the_recent_list_keeps_the_exception_behind_its_error(tmp_path, deck, clock):
    path, events = _session_file(tmp_path, deck, clock)
    _tamper(path, "UPDATE events SET payload = replace(payload, 'Loutres', 'Loutrez') WHERE seq = 2")
    newer = tmp_path / "futur.bataille"
    data = bytearray((tmp_path / "s.bataille").read_bytes())
    data[60:64] = (99).to_bytes(4, "big")
    newer.write_bytes(data)
    listed = {item.path.name: item for item in recent_sessions(tmp_path)}
    damaged = listed["s.bataille"].failure
    assert isinstance(damaged, DamagedSessionError) and (damaged.seq, damaged.total) == (2, len(events))
    assert str(damaged) == listed["s.bataille"].error
    assert isinstance(listed["futur.bataille"].failure, SessionFileTooNewError)
