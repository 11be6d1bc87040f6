"""The language a command speaks without --lang: the locale's, and French when the locale names
none (unset, C, C.UTF-8, POSIX), as the app starts in French when the system speaks neither."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.cli import main

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def _locale(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("values", [{}, {"LANG": "C"}, {"LANG": "C.UTF-8"}, {"LANG": "POSIX"},
                                    {"LANG": "en_GB.UTF-8", "LC_ALL": "C.UTF-8"}, {"LANG": "", "LC_ALL": ""}])
def test_a_locale_that_names_no_language_gets_french(values, monkeypatch, capsys):
    _locale(monkeypatch, **values)
    with pytest.raises(SystemExit) as done:
        main(["guide", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation\u00a0: bataille guide") and "usage:" not in out


@pytest.mark.parametrize(("values", "first"), [
    ({"LANG": "en_GB.UTF-8"}, "usage: bataille guide"), ({"LANG": "de_DE.UTF-8"}, "usage: bataille guide"),
    ({"LANG": "fr_CA.UTF-8"}, "utilisation\u00a0: bataille guide"),
    ({"LANG": "C", "LC_MESSAGES": "en_US.UTF-8"}, "usage: bataille guide"),
])
def test_a_locale_that_names_a_language_is_followed(values, first, monkeypatch, capsys):
    _locale(monkeypatch, **values)
    with pytest.raises(SystemExit):
        main(["guide", "--help"])
    assert capsys.readouterr().out.startswith(first)


def test_a_command_line_without_locale_speaks_french(tmp_path):
    """A real process with no locale at all (a bare cron job, a container): its lines are French."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE}
    env["PYTHONPATH"] = str(ROOT / "src")
    done = subprocess.run([sys.executable, "-m", "bataille", "example-session", "-o", str(tmp_path / "x.txt")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("bataille example-session: nommez le fichier x.bataille"), done.stderr


@pytest.mark.parametrize(("name", "lang"), [("English_United States", "en"), ("French_France", "fr"),
                                            ("fr_FR", "fr"), (None, "fr")])
def test_on_windows_the_language_comes_from_the_system_locale(name, lang, monkeypatch):
    """Windows sets no LANG: an English Windows got French commands and documents."""
    import locale

    from bataille.commands._words import environment_language

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(locale, "getlocale", lambda *_args: (name, "1252"))
    assert environment_language({}) == lang


SAID = {"en": "default: French if the system's language is French or unset, else English",
        "fr": "par défaut\u00a0: le français si la langue du système est le français ou n’est pas définie, "
              "sinon l’anglais"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_command_tells_the_default_language_one_way(lang, monkeypatch, capsys):
    """The help told one default three ways (« the system's, French when it names none », « the
    locale's, French or English », « English when LC_ALL, LC_MESSAGES or LANG names… »), and the
    first was wrong for a German system, which gets English. Each command's --lang now says it
    alike (the summary's default is the session's language, and says so)."""
    from bataille.cli import build_parser

    _locale(monkeypatch)
    told = {}
    for name in build_parser(lang)[1]:
        with pytest.raises(SystemExit):
            main([name, "--help", "--lang", lang])
        told[name] = re.sub(r"[ \n]+", " ", capsys.readouterr().out)  # argparse's wrapping undone
    assert set(told) >= {"example-session", "guide", "import", "kit", "print", "sources", "validate"}
    for name, text in told.items():
        lang_line = text[text.index("--lang {fr,en}", text.index("--help")):]
        if name == "summary":
            assert "session" in lang_line.split(")")[0] or "séance" in lang_line.split(")")[0]
            continue
        assert SAID[lang] in lang_line, (name, lang_line[:200])
