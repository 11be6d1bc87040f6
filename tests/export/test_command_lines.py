"""The `bataille` commands as a teacher types them: global options, names, languages, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.cli import main

from ..deck.conftest import write_deck

N, NN = "\u00a0", "\u202f"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A small valid deck of its own (id 'mini')."""
    return write_deck(tmp_path / "mini")


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A deck folder whose manifest is not YAML: one problem."""
    folder = tmp_path / "cassé"
    (folder / "cards").mkdir(parents=True)
    (folder / "cards" / "deck.yaml").write_text("id: [\n", encoding="utf-8")
    return folder


# -- the global --lang counts unless the command's own is given --------------------------------------


def test_global_lang_reaches_validate(capsys):
    assert main(["--lang", "fr", "validate"]) == 0
    assert f"{N}: OK — jeu " in capsys.readouterr().out
    assert main(["--lang", "fr", "validate", "--lang", "en"]) == 0  # the command's own wins
    assert ": OK — deck " in capsys.readouterr().out


def test_global_lang_reaches_import(tmp_path, capsys):
    (tmp_path / "cards.csv").write_text("kind,id\n", encoding="utf-8")
    assert main(["--lang", "fr", "import", str(tmp_path / "cards.csv")]) == 2
    assert "précisez le jeu" in capsys.readouterr().err
