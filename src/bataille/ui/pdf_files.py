"""Saving the PDFs, from the print dialog, the deck window and the welcome alike: the cards (or the
calibration sheet) and the facilitator's guide.

Asking where (in the folder used last time), writing whole or not at all, and telling a problem
in the interface language. The strings keep the "PrintDialog" translation context,
where they always were. (The problem panel of the dialog stays in the dialog: lupdate finds a
plural only in ``self.tr(text, "", n)``, not in ``translate()`` with a counted argument.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bataille.deck.models import Deck
from bataille.export.atomic import write_atomically
from bataille.export.cards_sheets import (
    PrintOptions,
    plan_sheets,
    render_calibration_pdf,
    render_sheets_pdf,
)
from bataille.export.errors import ExportError
from bataille.export.kit import KitOptions, kit_pages, render_kit_pdf
from bataille.ui.i18n import interface_language
from bataille.ui.replace_asked import with_suffix_asked
from bataille.ui.settings import Settings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def ask_pdf_path(parent: QWidget, settings: Settings, title: str, file_name: str) -> Path | None:
    """Ask where to save a PDF, starting in the folder used last time, and remember the folder chosen.
    A name typed without « .pdf » gets it, and a file of that name already there is asked about (the
    dialog asked about the name typed, not that one): No brings the dialog back on that name."""
    suggested = Path(settings.print_folder or Path.home()) / file_name
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                translate("PrintDialog", "PDF files (*.pdf)"))
        if not chosen:
            return None
        path = (Path(chosen) if chosen.lower().endswith(".pdf")
                else with_suffix_asked(parent, Path(chosen), ".pdf", title))
        if path is not None:
            break
        suggested = Path(chosen + ".pdf")  # not replaced: the dialog again, on that name
    settings.print_folder = str(path.parent)
    return path


def write_print_run(path: Path, deck: Deck, options: PrintOptions, calibration: bool,
                    kit: KitOptions | None = None) -> int:
    """Render the cards (or the calibration sheet, or the workshop kit) and write them to ``path``
    whole; the page count.

    Raises ExportError (or ValueError for impossible options), and then nothing is written.
    """
    if kit is not None:
        pdf, pages = render_kit_pdf(kit), len(kit_pages(kit))
    elif calibration:
        pdf, pages = render_calibration_pdf(options), 2
    else:
        pdf, pages = render_sheets_pdf(deck, options), len(plan_sheets(deck, options).pages)
    write_atomically(path, pdf)
    return pages


def print_options(settings: Settings, language: str) -> PrintOptions:
    """The print options the preferences hold (paper, card size, cut marks, duplex)."""
    from bataille.export.imposition import parse_card_size

    return PrintOptions(paper=settings.print_paper, size=parse_card_size(settings.print_card_size),
                        cut_marks=settings.print_cut_marks, duplex=settings.print_duplex, lang=language)


def save_cards(parent: QWidget, deck: Deck, language: str, settings: Settings) -> Path | None:
    """Ask where, then save the card sheets with the preferred print options."""
    title = translate("PrintDialog", "Cards to print")
    path = ask_pdf_path(parent, settings, title, f"{deck.id}-cards-{language}.pdf")
    if path is None:
        return None
    return path if write_cards(parent, deck, print_options(settings, language), path) else None


def write_cards(parent: QWidget | None, deck: Deck, options: PrintOptions, path: Path) -> bool:
    """Render and write the card sheets to ``path``; a problem is shown in a message box, never a traceback."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_print_run(path, deck, options, calibration=False)
    except (ExportError, ValueError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        reason = exc.message_in(interface_language()) if isinstance(exc, ExportError) else str(exc)
        QMessageBox.warning(parent, translate("PrintDialog", "Cards to print"),
                            translate("PrintDialog", "The cards were not saved: %1").replace("%1", reason))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def save_guide(parent: QWidget, deck: Deck, language: str, settings: Settings) -> Path | None:
    """Ask where, then save the facilitator's guide (in ``language``, on the preferred paper)."""
    path = ask_pdf_path(parent, settings, translate("PrintDialog", "Facilitator's guide"),
                        f"{deck.id}-guide-{language}.pdf")
    if path is None:
        return None
    return path if write_guide(parent, deck, language, settings.print_paper, path) else None


def write_guide(parent: QWidget | None, deck: Deck, language: str, paper: str, path: Path) -> bool:
    """Render and write the guide to ``path``; a problem is shown in a message box, never a traceback."""
    from bataille.export.guide import render_guide_pdf

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_atomically(path, render_guide_pdf(deck, language, paper))
    except (ExportError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        reason = exc.message_in(interface_language()) if isinstance(exc, ExportError) else str(exc)
        QMessageBox.warning(parent, translate("PrintDialog", "Facilitator's guide"),
                            translate("PrintDialog", "The guide was not saved: %1").replace("%1", reason))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True
