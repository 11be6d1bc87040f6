"""The SHA-256 the deck and the session file use without OpenSSL gives hashlib's digests, byte for byte."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck.digest import sha256

INPUTS = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 65,
          "éèà « carte » 🃏".encode(), bytes(range(256)) * 40, os.urandom(1_000_003)]


@pytest.mark.parametrize("data", INPUTS, ids=lambda d: f"{len(d)} bytes")
def test_one_shot_digests_are_hashlibs(data):
    assert sha256(data).digest() == hashlib.sha256(data).digest()
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()


def test_digests_fed_piece_by_piece_are_hashlibs():
    ours, theirs = sha256(), hashlib.sha256()
    for piece in INPUTS:  # pieces of every length, across block boundaries
        ours.update(piece)
        theirs.update(piece)
        assert ours.copy().hexdigest() == theirs.copy().hexdigest()
    assert ours.digest() == theirs.digest()


def test_a_fresh_process_reads_the_deck_and_keeps_a_session_without_openssl(tmp_path):
    """Reading the bundled deck, creating a session file and reopening it never load hashlib (OpenSSL)."""
    script = (
        "import sys\n"
        "from bataille.deck import bundled_deck_path, load_deck\n"
        "from bataille.storage import close_session, new_session, open_session\n"
        "from bataille.workshop import SystemClock\n"
        "deck = load_deck(bundled_deck_path())\n"
        "session = new_session(sys.argv[1], deck, SystemClock())\n"
        "session.add_team('A', '#1f77b4'); session.add_team('B', '#d62728'); session.start()\n"
        "close_session(session)\n"
        "close_session(open_session(sys.argv[1], deck, SystemClock()))\n"
        "print(sorted(m for m in ('hashlib', '_hashlib') if m in sys.modules))\n"
    )
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.bataille")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
