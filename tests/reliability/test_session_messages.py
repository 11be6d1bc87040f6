"""What a session that cannot be opened is called (issue 17, class 12, the session half).

A session on a read-only disk was "not a Bataille IA session file"; a folder or a FIFO given as a
session "does not exist". Each is now named for what it is, in French and English, by the app
and by ``bataille summary``; a read-only session can still be summarised.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionFileError, close_session, new_session, open_session
from bataille.storage.errors import SessionReadOnlyError
from bataille.storage.words import said
from bataille.workshop import ManualClock


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _odd(folder: Path, kind: str) -> Path:
    path = folder / f"{kind}.bataille"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()
    else:
        os.symlink("/dev/null", path)
    return path


WORDS = {"folder": ("is a folder", "est un dossier"), "fifo": ("named pipe (FIFO)", "tube nommé (FIFO)"),
         "socket": ("is a socket", "est un socket"), "device": ("is a device", "est un périphérique")}


@pytest.mark.parametrize("kind", sorted(WORDS))
def test_an_odd_entry_is_named_for_what_it_is(tmp_path: Path, deck, kind: str) -> None:
    path = _odd(tmp_path, kind)
    with pytest.raises(SessionFileError) as caught:
        open_session(path, deck, ManualClock())
    english, french = WORDS[kind]
    assert english in str(caught.value) and "does not exist" not in str(caught.value)
    assert french in said(caught.value, "fr")
    assert not path.with_name(path.name + ".lock").exists()


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_summary_names_an_odd_entry_in_french(tmp_path: Path, kind: str) -> None:
    path = _odd(tmp_path, kind)
    done = subprocess.run([sys.executable, "-m", "bataille", "summary", str(path), "-o", str(tmp_path / "s.md")],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "LANG": "fr_FR.UTF-8"})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert WORDS[kind][1] in done.stderr and "n’existe pas" not in done.stderr


@pytest.fixture
def read_only_stick(tmp_path: Path, deck):
    stick = tmp_path / "stick"
    stick.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(stick)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not permitted'})")
    session = new_session(stick / "atelier.bataille", deck, ManualClock(), "fr")
    session.add_team("Les Loutres")
    close_session(session)
    subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
    yield stick / "atelier.bataille"
    subprocess.run(["umount", "-l", str(stick)], check=False)


def test_a_session_on_a_read_only_disk_is_said_read_only(read_only_stick: Path, deck) -> None:
    before = read_only_stick.read_bytes()
    with pytest.raises(SessionReadOnlyError) as caught:
        open_session(read_only_stick, deck, ManualClock())
    assert "read-only disk" in str(caught.value) and "not a Bataille IA session" not in str(caught.value)
    assert "disque en lecture seule" in said(caught.value, "fr")
    assert read_only_stick.read_bytes() == before
    assert sorted(p.name for p in read_only_stick.parent.iterdir()) == ["atelier.bataille"]


def test_a_session_on_a_read_only_disk_can_be_summarised(read_only_stick: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bataille", "summary", str(read_only_stick),
                           "-o", str(tmp_path / "s.md")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Les Loutres" in (tmp_path / "s.md").read_text()


def test_a_read_only_file_in_a_writable_folder(tmp_path: Path, deck) -> None:
    """chmod 0444 (root ignores it): the check is by access(), so it holds for a teacher's account."""
    path = tmp_path / "atelier.bataille"
    close_session(new_session(path, deck, ManualClock()))
    if os.geteuid() == 0:
        pytest.skip("root can write to a 0444 file: this case needs an ordinary account")
    path.chmod(0o444)
    with pytest.raises(SessionReadOnlyError):
        open_session(path, deck, ManualClock())
