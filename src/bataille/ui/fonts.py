"""The hyperlegible font (Atkinson Hyperlegible), loaded from the assets when present."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from bataille.ui.paths import fonts_dir

PREFERRED_FAMILIES = ("Atkinson Hyperlegible Next", "Atkinson Hyperlegible")
# Slightly larger than most desktop defaults: the console is read at arm's length in a
# classroom, often on a small laptop screen.
MIN_POINT_SIZE = 11


def load_app_fonts(folder: Path | None = None) -> list[str]:
    """Register the shipped fonts; returns the families found (empty when none are shipped)."""
    folder = folder if folder is not None else fonts_dir()
    families: list[str] = []
    if folder is None or not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".ttf", ".otf"):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    return families


def hyperlegible_family(families: list[str] | None = None) -> str | None:
    """The best hyperlegible family available, or None to keep the system font."""
    available = set(families if families is not None else QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in available:
            return family
    return None


def apply_app_font(app: QGuiApplication) -> str:
    """Load the shipped fonts and make the hyperlegible one the app font; returns the family used."""
    family = hyperlegible_family(load_app_fonts() or None)
    font = QFont(app.font())
    if family is not None:
        font.setFamily(family)
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    return font.family()
