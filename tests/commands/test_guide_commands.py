"""Every `bataille` command line the guide prints runs as written: a teacher copies it from the
guide's « Avant l'atelier » page into a terminal, the evening before, exactly as printed (a full
stop glued to « -o kit.pdf. » went with it: the command refused the file's name)."""

from __future__ import annotations

import re
import shlex
import subprocess

import pytest

from bataille.cli import main

# A command as the guide writes it: `bataille NAME`, then options, each with at most one value.
COMMAND = re.compile(r"bataille [a-z-]+(?: -{1,2}[a-z-]+(?: [^\s-]\S*)?)*")


def commands_in(text: str) -> list[str]:
    """The commands as a reader selects them: from `bataille` to the last character glued to them."""
    return COMMAND.findall(" ".join(text.split()))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_command_the_guide_prints_runs_as_written(tmp_path, monkeypatch, capsys, lang):
    guide = tmp_path / "guide.pdf"
    assert main(["--lang", lang, "guide", "-o", str(guide)]) == 0
    text = subprocess.run(["pdftotext", str(guide), "-"], check=True, capture_output=True, text=True).stdout
    commands = commands_in(text)
    assert [c.split()[1] for c in commands] == ["print", "kit"], commands
    lines = {line.strip() for line in text.splitlines()}
    assert all(command in lines for command in commands), commands  # each on a line of its own
    work = tmp_path / "copied"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8" if lang == "fr" else "en_GB.UTF-8")
    for command in commands:
        words = shlex.split(command)
        output = words[words.index("-o") + 1]
        capsys.readouterr()
        assert main(words[1:]) == 0, (command, capsys.readouterr().err)
        assert (work / output).stat().st_size > 0, command
        assert output in capsys.readouterr().out


@pytest.mark.parametrize(("former", "failing"), [
    # the first page: no -o, N for numbers
    ("En ligne de commande : bataille print --kind event --kind fact et bataille kit --teams N "
     "--participants N.", "bataille kit --teams N --participants N."),
    # the next: the full stop glued to the file's name went with the copy
    ("En ligne de commande : bataille print --kind event --kind fact -o cartes.pdf et bataille kit "
     "--teams 4 --participants 20 -o kit.pdf.", "bataille kit --teams 4 --participants 20 -o kit.pdf."),
])
def test_the_pattern_finds_the_commands_of_the_former_guides_that_failed(former, failing, tmp_path, monkeypatch):
    """The test above can fail: each former page's last command, copied as printed, exits 2."""
    found = commands_in(former)
    assert [c.split()[1] for c in found] == ["print", "kit"] and found[1] == failing
    monkeypatch.chdir(tmp_path)
    try:
        code = main(shlex.split(found[1])[1:])
    except SystemExit as exited:  # argparse refuses it
        code = exited.code
    assert code == 2
