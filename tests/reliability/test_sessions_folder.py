"""Nothing in the sessions folder stops the app: odd entries are listed as unreadable, never opened."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import (
    SessionFileError,
    close_session,
    new_session,
    open_session,
    recent_sessions,
)
from bataille.workshop import ManualClock


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    deck = load_deck(bundled_deck_path())
    good = new_session(tmp_path / "good.bataille", deck, ManualClock(), "fr")
    close_session(good)
    (tmp_path / "dangling.bataille").symlink_to(tmp_path / "gone.bataille")
    (tmp_path / "loop-a.bataille").symlink_to(tmp_path / "loop-b.bataille")
    (tmp_path / "loop-b.bataille").symlink_to(tmp_path / "loop-a.bataille")
    os.mkfifo(tmp_path / "pipe.bataille")
    (tmp_path / "folder.bataille").mkdir()
    (tmp_path / "empty.bataille").write_bytes(b"")
    return tmp_path


def _alarm(seconds: int):
    def hang(*_args):
        raise TimeoutError("the sessions folder blocked the list")
    signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)


def test_the_list_shows_what_opens_and_names_what_does_not(folder: Path) -> None:
    _alarm(10)
    try:
        listed = {item.path.name: item for item in recent_sessions(folder)}
    finally:
        signal.alarm(0)
    assert listed["good.bataille"].error is None
    assert "leads nowhere" in listed["dangling.bataille"].error
    assert "cannot be looked at" in listed["loop-a.bataille"].error
    assert "pipe" in listed["pipe.bataille"].error
    assert "folder" in listed["folder.bataille"].error
    assert listed["empty.bataille"].error  # refused as not a session, not as missing


@pytest.mark.parametrize("name", ["dangling.bataille", "loop-a.bataille", "pipe.bataille", "folder.bataille"])
def test_opening_an_odd_entry_is_refused_in_words_without_blocking(folder: Path, name: str) -> None:
    _alarm(10)
    try:
        with pytest.raises(SessionFileError) as caught:
            open_session(folder / name, load_deck(bundled_deck_path()), ManualClock())
    finally:
        signal.alarm(0)
    assert "does not exist" not in str(caught.value)
    assert not (folder / (name + ".lock")).exists() or name == "folder.bataille"


def test_summary_of_a_pipe_says_so_and_returns(folder: Path, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bataille", "summary", str(folder / "pipe.bataille"),
                             "-o", str(tmp_path / "out.pdf")], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "pipe" in result.stderr and "Traceback" not in result.stderr
