"""Where the app keeps its files: sessions in the user's data folder, assets beside the code.

``BATAILLE_DATA_DIR`` overrides the data folder (tests, portable installs), as Picard does
with its own environment override.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from bataille.ui.identity import set_identity

DATA_DIR_ENV = "BATAILLE_DATA_DIR"
_UI_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder for everything the app writes (created on first use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        set_identity()  # QStandardPaths builds the folder name from the application names
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def sessions_dir() -> Path:
    """The folder holding session files (one SQLite file per workshop session)."""
    path = data_dir() / "sessions"
    path.mkdir(parents=True, exist_ok=True)
    return path


def translations_dir() -> Path:
    """The folder holding bataille_<lang>.ts and the .qm files built from them."""
    return _UI_DIR / "translations"


def assets_dir() -> Path | None:
    """The shipped assets (fonts, icons): in the wheel, in a PyInstaller bundle or in the repo."""
    package = _UI_DIR.parent  # src/bataille or site-packages/bataille
    candidates = [package / "_bundled" / "assets", package.parent.parent / "assets"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "bataille" / "_bundled" / "assets")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


def fonts_dir() -> Path | None:
    """The folder of the shipped fonts, or None when the assets are missing."""
    assets = assets_dir()
    return assets / "fonts" if assets is not None else None
