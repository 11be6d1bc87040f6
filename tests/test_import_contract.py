"""The import-linter contract really guards the house plan: a core room importing Qt fails it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is not installed")


def run_contract(tree: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    return subprocess.run([str(LINT), "--no-cache"], cwd=tree, env=env, capture_output=True,
                          text=True, timeout=300)


def copy_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "src", tree / "src", ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_the_real_tree_keeps_the_contract(tmp_path: Path) -> None:
    result = run_contract(copy_tree(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("room", ["deck", "workshop", "storage", "export"])
def test_a_core_room_importing_pyside6_breaks_the_build(tmp_path: Path, room: str) -> None:
    tree = copy_tree(tmp_path)
    init = tree / "src" / "bataille" / room / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "\nfrom PySide6 import QtCore  # noqa\n",
                    encoding="utf-8")
    result = run_contract(tree)
    assert result.returncode != 0
    assert "The core knows no Qt" in result.stdout and "BROKEN" in result.stdout.upper()


def _break(tree: Path, module: str, line: str) -> None:
    path = tree / "src" / Path(*module.split(".")).with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("bataille.deck.models", "import bataille.workshop", "The deck imports nothing of ours"),
    ("bataille.workshop.state", "import bataille.storage", "Rooms in order"),
    ("bataille.ui.stage.parts", "import bataille.ui.console.window", "The wings of ui/ in order"),
    ("bataille.ui.print.dialog", "import bataille.ui.dialogs.about", "The wings of ui/ in order"),
    ("bataille.ui.controller", "import bataille.ui.console.window", "The shared parts of ui/ import no wing"),
])
def test_each_contract_fails_when_broken(tmp_path: Path, module: str, line: str, contract: str) -> None:
    tree = copy_tree(tmp_path)
    _break(tree, module, line)
    result = run_contract(tree)
    assert result.returncode != 0
    broken = [row for row in result.stdout.splitlines() if row.endswith("BROKEN")]
    assert f"{contract} BROKEN" in broken, result.stdout  # (a break may break a second contract too)
