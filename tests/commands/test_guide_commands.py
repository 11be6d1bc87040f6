"""Every `bataille` command line the guide prints runs as written: a teacher copies it from the
guide's « Avant l'atelier » page into a terminal, the evening before."""

from __future__ import annotations

import re
import shlex
import subprocess

import pytest

from bataille.cli import main

# A command as the guide writes it: `bataille NAME`, then options, each with at most one value.
COMMAND = re.compile(r"bataille [a-z-]+(?: -{1,2}[a-z-]+(?: [^\s-]\S*)?)*")


def commands_in(text: str) -> list[str]:
    return [found.rstrip(".,;") for found in COMMAND.findall(" ".join(text.split()))]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_command_the_guide_prints_runs_as_written(tmp_path, monkeypatch, capsys, lang):
    guide = tmp_path / "guide.pdf"
    assert main(["--lang", lang, "guide", "-o", str(guide)]) == 0
    text = subprocess.run(["pdftotext", str(guide), "-"], check=True, capture_output=True, text=True).stdout
    commands = commands_in(text)
    assert [c.split()[1] for c in commands] == ["print", "kit"], commands
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


def test_the_pattern_finds_the_commands_of_the_former_guide_that_failed():
    """The test above can fail: the former page's commands lacked -o and held N for numbers."""
    former = ("En ligne de commande : bataille print --kind event --kind fact et bataille kit --teams N "
              "--participants N.")
    found = commands_in(former)
    assert found == ["bataille print --kind event --kind fact", "bataille kit --teams N --participants N"]
    with pytest.raises(SystemExit) as exited:
        main(shlex.split(found[1])[1:])
    assert exited.value.code == 2
