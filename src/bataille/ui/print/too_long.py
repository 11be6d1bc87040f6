"""What the print dialog says when chosen cards do not fit their size: which card and field, and a
button that chooses the smallest size where they all fit (one click, not a hunt through the list of
sizes). The words keep the dialog's context of translation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bataille.export.errors import CardsDoNotFit
    from bataille.ui.print.dialog import PrintDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")
MAX_PROBLEMS_SHOWN = 8


def problem_lines(error: CardsDoNotFit, lang: str) -> list[str]:
    """The first problems, each with its card and field, and how many more (the dialog says the count
    and the size first: its words have plural forms, kept with the dialog's own)."""
    return ["• " + translate("PrintDialog", "Card %1, field “%2” (%3): %4")
            .replace("%1", p.card_id).replace("%2", p.field).replace("%3", p.lang).replace("%4", p.message_in(lang))
            for p in error.problems[:MAX_PROBLEMS_SHOWN]]


def offer_size(dialog: PrintDialog, larger: str | None) -> None:
    """The button that chooses the size ``larger`` (« Choisir Poker, 63 × 88 mm »), or none."""
    button = dialog.larger_size
    button.setProperty("offered", larger)  # a size key of the list
    if larger is None:
        button.hide()
        return
    button.setText(translate("PrintDialog", "Choose %1").replace("%1", dialog.form.size_name(larger)))
    button.setAccessibleName(button.text())
    button.show()


def choose_offered_size(dialog: PrintDialog) -> None:
    """The size the button offers, chosen in the list of sizes (the dialog follows it as any choice)."""
    size = dialog.larger_size.property("offered")
    index = dialog.form.card_size.findData(size) if size else -1
    if index >= 0:
        dialog.form.card_size.setCurrentIndex(index)
