"""What a command writes is in the language it speaks: --lang, else the system's, else French. A
document made from a session (the summary, the kit given --session) is in the session's language
unless --lang says otherwise."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bataille.cli import main

LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
SAID = {  # what each document says in each language
    "guide": {"fr": "Guide de l’animateur", "en": "Facilitator’s guide"},
    "kit": {"fr": "D’accord", "en": "Disagree"},
    "print": {"fr": "ÉVÉNEMENT", "en": "EVENT"},
    "summary": {"fr": "# Bilan de séance", "en": "# Session summary"},
}


def _locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def _text(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _in(text: str, what: str, lang: str) -> bool:
    other = "en" if lang == "fr" else "fr"
    return SAID[what][lang] in text.replace("'", "’") and SAID[what][other] not in text.replace("'", "’")


@pytest.mark.parametrize(("locale", "lang"), [("en_GB.UTF-8", "en"), ("fr_FR.UTF-8", "fr"), ("C.UTF-8", "fr")])
@pytest.mark.parametrize(("command", "name"), [("guide", "guide.pdf"), ("kit", "kit.pdf"), ("print", "cards.pdf")])
def test_a_document_follows_the_system_language_as_the_messages_do(command, name, locale, lang, tmp_path,
                                                                   monkeypatch, capsys):
    _locale(monkeypatch, locale)
    out = tmp_path / name
    extra = ["--kind", "event"] if command == "print" else []
    assert main([command, "-o", str(out), *extra]) == 0
    said = capsys.readouterr().out
    assert ("\u00a0: " in said) == (lang == "fr"), said  # the line it prints, typeset in French or not
    assert _in(_text(out), command, lang)


@pytest.mark.parametrize("command", ["guide", "kit", "print"])
def test_lang_still_chooses_the_document_over_the_system(command, tmp_path, monkeypatch):
    _locale(monkeypatch, "en_GB.UTF-8")
    out = tmp_path / "x.pdf"
    extra = ["--kind", "event"] if command == "print" else []
    assert main([command, "-o", str(out), "--lang", "fr", *extra]) == 0
    assert _in(_text(out), command, "fr")


def test_an_example_session_is_in_the_system_language_and_its_kit_and_summary_keep_it(tmp_path, monkeypatch):
    _locale(monkeypatch, "en_GB.UTF-8")
    session = tmp_path / "example.bataille"
    assert main(["example-session", "-o", str(session)]) == 0
    _locale(monkeypatch, "fr_FR.UTF-8")  # another machine: the session's documents stay in its language
    assert main(["summary", str(session), "-o", str(tmp_path / "summary.md")]) == 0
    assert _in(_text(tmp_path / "summary.md"), "summary", "en")
    assert main(["kit", "--session", str(session), "-o", str(tmp_path / "kit.pdf")]) == 0
    assert _in(_text(tmp_path / "kit.pdf"), "kit", "en")
    assert main(["kit", "--session", str(session), "-o", str(tmp_path / "kit-fr.pdf"), "--lang", "fr"]) == 0
    assert _in(_text(tmp_path / "kit-fr.pdf"), "kit", "fr")
