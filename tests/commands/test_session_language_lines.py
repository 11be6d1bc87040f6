"""`bataille kit --session` without --lang: the kit is in the session's language, and so are the
command's lines once the session's file is read (a French locale, an English session: English
lines); what comes before (a file that is no session) stays in the user's. Real session files,
real PDFs read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.workshop import ManualClock

LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
LOCALE_OF = {"fr": "fr_FR.UTF-8", "en": "en_GB.UTF-8"}
OTHER = {"fr": "en", "en": "fr"}


@pytest.fixture(scope="module")
def sessions(tmp_path_factory) -> dict[str, Path]:
    """A session made in each language, with two teams, nothing played."""
    deck = load_deck(bundled_deck_path())
    made = {}
    for lang in ("fr", "en"):
        path = tmp_path_factory.mktemp(lang) / "atelier.bataille"
        session = new_session(path, deck, ManualClock(1_800_000_000.0), lang)
        for name in ("Hiboux", "Loutres"):
            session.add_team(name)
        close_session(session)
        made[lang] = path
    return made


def _speaking(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", LOCALE_OF[lang])


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_kit_of_a_session_speaks_its_language(sessions, lang, monkeypatch, capsys, tmp_path):
    _speaking(monkeypatch, OTHER[lang])  # the user's locale speaks the other language
    out = tmp_path / "kit.pdf"
    assert main(["kit", "--session", str(sessions[lang]), "-o", str(out)]) == 0
    said = capsys.readouterr()
    line = (said.out + said.err).strip()
    assert line.startswith(str(out) + {"fr": "\u00a0: kit de l’atelier", "en": ": workshop kit"}[lang]), line
    assert {"fr": "Cartes de vote", "en": "Voting cards"}[lang] in _text(out)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_refusal_after_the_session_is_read_speaks_its_language(sessions, lang, monkeypatch, capsys, tmp_path):
    _speaking(monkeypatch, OTHER[lang])
    assert main(["kit", "--session", str(sessions[lang]), "--teams", "1", "-o", str(tmp_path / "k.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bataille kit: ") and err.count("\n") == 1
    english = "team" in err and "équipe" not in err
    assert english == (lang == "en"), err
    assert not (tmp_path / "k.pdf").exists()


def test_the_given_lang_still_wins(sessions, monkeypatch, capsys, tmp_path):
    _speaking(monkeypatch, "fr")
    out = tmp_path / "kit.pdf"
    assert main(["kit", "--session", str(sessions["en"]), "-o", str(out), "--lang", "fr"]) == 0
    said = capsys.readouterr()
    assert (said.out + said.err).strip().startswith(f"{out}\u00a0: kit de l’atelier")
    assert "Cartes de vote" in _text(out)


def test_a_file_that_is_no_session_is_said_in_the_user_s_language(monkeypatch, capsys, tmp_path):
    _speaking(monkeypatch, "en")
    notes = tmp_path / "notes.bataille"
    notes.write_text("not a session", encoding="utf-8")
    assert main(["kit", "--session", str(notes), "-o", str(tmp_path / "k.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bataille kit: ") and "séance" not in err, err
