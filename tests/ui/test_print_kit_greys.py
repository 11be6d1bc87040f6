"""The print window with the kit chosen: what does not apply to the kit looks greyed, the theme note too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bataille.deck import load_deck

from .test_print_dialog import change, needs_poppler, open_dialog


@pytest.fixture(autouse=True)
def french(translations):
    return translations


def darkest(image: QImage) -> int:
    """The lightness of the darkest pixel: the colour of the text drawn."""
    return min(QColor(image.pixel(x, y)).lightness() for x in range(image.width()) for y in range(image.height()))


@needs_poppler
def test_the_theme_note_greys_with_the_themes_when_the_kit_is_chosen(qtbot, small_deck: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    note, themes = dialog.form.no_theme_hint, dialog.form.themes_label
    shown = darkest(note.grab().toImage())
    change(qtbot, dialog, lambda: dialog.kit_form.kit.setChecked(True))
    assert not note.isEnabled() and not themes.isEnabled()
    greyed = darkest(note.grab().toImage())
    assert greyed > shown  # lighter, as the themes' title beside it
    assert greyed == pytest.approx(darkest(themes.grab().toImage()), abs=12)
    change(qtbot, dialog, lambda: dialog.kit_form.kit.setChecked(False))
    assert darkest(note.grab().toImage()) == shown
