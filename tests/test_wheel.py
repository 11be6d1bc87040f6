"""A non-editable install, run from another folder, finds the bundled deck, scenarios and assets."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_the_default_deck_and_runs_from_elsewhere(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("bataille_ia-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("bataille/_bundled/cards/deck.yaml", "bataille/_bundled/scenarios/agenda.yaml",
                   "bataille/_bundled/assets/icons/environment.svg",
                   "bataille/deck/schema/cards.schema.json"):
        assert needed in names
    assert any(n.startswith("bataille/_bundled/assets/fonts/") and n.endswith(".ttf") for n in names)

    site = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                              str(site), str(wheel)], capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site))
    code = ("import bataille.deck as d; p = d.bundled_deck_path(); "
            "print(p); print(len(d.load_deck(p).cards))")
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    path, count = result.stdout.split()
    assert Path(path).is_relative_to(site) and int(count) > 100
    validate = subprocess.run([sys.executable, "-m", "bataille", "validate"], cwd=elsewhere, env=env,
                              capture_output=True, text=True, timeout=120)
    assert validate.returncode == 0, validate.stderr
