"""The print choices the last saved PDF used, offered again the next time the window opens.

A school prints on the same printer week after week: its paper, whether it prints both sides, the
back offset measured on the calibration page, and saving ink for a black-and-white printer are
chosen once. Paper, card size, sides and cut marks are the preferences' own (the Preferences window
shows what the print window will start with); the others are kept beside them, under ``print/``.
The cards chosen (themes, kinds, one card) and their language are not kept: they change each time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bataille.export.imposition import CARD_SIZES_MM, LAYOUTS, MAX_BACK_OFFSET_MM, MAX_BLEED_MM
from bataille.ui.identity import preferences
from bataille.ui.print.form_parts import select_data
from bataille.ui.settings import Settings

if TYPE_CHECKING:
    from bataille.ui.print.kit_form import KitForm
    from bataille.ui.print.options_form import PrintOptionsForm

TICKS = ("ink_saving", "edge_marks", "ruler")  # the form's tick boxes kept, by attribute and key
AMOUNTS = (("bleed", MAX_BLEED_MM), ("offset_x", MAX_BACK_OFFSET_MM), ("offset_y", MAX_BACK_OFFSET_MM))
KIT_COUNTS = ("teams", "pupils")  # the kit's team signs and voting sheets: a class keeps its size


def remember(form: PrintOptionsForm, settings: Settings, kit: KitForm | None = None) -> None:
    """Keep the choices of the PDF just saved (``kit``: the kit's counts too) for the next time the window opens."""
    if form.card_size.currentData() in CARD_SIZES_MM:  # a custom size stays the preferences' size
        settings.print_card_size = form.card_size.currentData()
    settings.print_paper = form.paper.currentData()
    settings.print_duplex = form.duplex_chosen
    settings.print_cut_marks = form.cut_marks.isChecked()
    store = preferences()
    store.setValue("print/layout", form.layout_choice.currentData())
    for name in TICKS:
        store.setValue(f"print/{name}", getattr(form, name).isChecked())
    for name, _ in AMOUNTS:
        store.setValue(f"print/{name}", round(getattr(form, name).value(), 1))
    if kit is not None and kit.is_on():
        for name in KIT_COUNTS:
            store.setValue(f"print/kit_{name}", getattr(kit, name).value())


def recall(form: PrintOptionsForm) -> None:
    """Set the choices kept by :func:`remember` (none kept: the form's own defaults stay)."""
    store = preferences()
    layout = store.value("print/layout")
    if layout in LAYOUTS:
        select_data(form.layout_choice, layout)
    for name in TICKS:
        value = store.value(f"print/{name}")
        if value is not None:
            getattr(form, name).setChecked(str(value).strip().lower() in ("true", "1"))
    for name, highest in AMOUNTS:
        try:
            value = float(store.value(f"print/{name}"))
        except (TypeError, ValueError):
            continue
        if abs(value) <= highest:
            getattr(form, name).setValue(value)


def recall_kit(kit: KitForm) -> None:
    """Set the kit's counts of the last kit saved (none saved: its own defaults stay)."""
    store = preferences()
    for name in KIT_COUNTS:
        spin = getattr(kit, name)
        try:
            value = int(store.value(f"print/kit_{name}"))
        except (TypeError, ValueError):
            continue
        if spin.minimum() <= value <= spin.maximum():
            spin.setValue(value)
