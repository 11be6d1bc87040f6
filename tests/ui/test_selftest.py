"""`bataille --self-test` starts the real app offscreen, paints console and stage, prints OK, exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BATAILLE_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "-m", "bataille", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_self_test_prints_ok(tmp_path: Path) -> None:
    result = _run("--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "OK"
    assert not list((tmp_path / "data").glob("**/*.bataille"))  # the session was temporary


def test_self_test_fails_with_a_reason_on_a_broken_deck(tmp_path: Path) -> None:
    result = _run("--self-test", "--deck", str(tmp_path / "nowhere"), tmp_path=tmp_path)
    assert result.returncode != 0
    assert result.stdout.startswith("FAILED:") and "deck" in result.stdout


def test_a_broken_deck_is_said_in_the_language_asked(tmp_path: Path) -> None:
    """`--lang fr`: the deck's problem in French, as `bataille validate` says it (it was in English)."""
    result = _run("--lang", "fr", "--self-test", "--deck", str(tmp_path / "nowhere"), tmp_path=tmp_path)
    assert result.returncode != 0 and result.stdout.startswith("FAILED:") and "aucun jeu ici" in result.stdout
    english = _run("--lang", "en", "--self-test", "--deck", str(tmp_path / "nowhere"), tmp_path=tmp_path)
    assert english.stdout != result.stdout and "deck" in english.stdout
