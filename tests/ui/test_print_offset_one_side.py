"""« Fronts only » prints no backs: the backs' offset is greyed, as the controls that do not apply
are; it comes back with double-sided printing, and for the calibration sheet."""

from __future__ import annotations

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.print.form_parts import select_data
from bataille.ui.settings import Settings


def test_the_back_offset_is_greyed_when_no_back_is_printed(qtbot, translations) -> None:
    dialog = PrintDialog(load_deck(bundled_deck_path()), Settings(), "fr", use_pdftoppm=False)
    qtbot.addWidget(dialog)
    form = dialog.form
    select_data(form.duplex, "long")
    assert form.offset_row.isEnabled()
    select_data(form.duplex, "none")
    assert not form.offset_row.isEnabled() and not form.offset_x.isEnabled() and not form.offset_label.isEnabled()
    assert dialog.options().duplex == "none"
    select_data(form.duplex, "short")
    assert form.offset_row.isEnabled()
