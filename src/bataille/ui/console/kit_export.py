"""Session → Workshop Kit…: the kit of `bataille kit` for the live session (its teams on the signs,
its debates and figures on the take-home card) and, while the phones are on, the join poster with
the address and room code the stage shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bataille.ui.controller import SessionController
from bataille.ui.i18n import interface_language
from bataille.ui.pdf_files import ask_pdf_path
from bataille.ui.phones import Phones
from bataille.ui.settings import Settings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def kit_of(controller: SessionController, phones: Phones | None, paper: str):
    """The kit's options for the live session (and the phones, when on)."""
    from bataille.export.kit import KitOptions, session_teams  # reportlab: only when a kit is asked
    from bataille.export.kit_takeaway import JoinInfo, take_home_from_summary
    from bataille.export.kit_tally import debates_of_summary, phases_of_summary
    from bataille.export.summary_model import build_summary

    summary = build_summary(controller.session, controller.deck, controller.lang)
    join = JoinInfo(phones.url, phones.code, phones.wifi_name()) if phones is not None and phones.on else None
    return KitOptions(paper=paper, lang=summary.lang, teams=session_teams(summary, None),
                      take_home=take_home_from_summary(summary), join=join, phases=phases_of_summary(summary),
                      debates=debates_of_summary(summary, controller.deck))


def save_kit_dialog(parent: QWidget, controller: SessionController, settings: Settings,
                    phones: Phones | None, path: Path | None = None) -> Path | None:
    """Ask where (``path`` skips the question), then write the kit whole; a problem in a message box."""
    from bataille.export.atomic import write_atomically
    from bataille.export.errors import ExportError
    from bataille.export.kit import render_kit_pdf

    title = translate("KitExport", "Workshop kit")
    session_path = getattr(controller.session.store, "path", None)
    from bataille.ui.console.summary_export import file_stem

    stem = (file_stem(Path(session_path).stem) if session_path else "") or "bataille"
    path = path or ask_pdf_path(parent, settings, title, f"{stem}-kit.pdf")
    if path is None:
        return None
    try:
        write_atomically(path, render_kit_pdf(kit_of(controller, phones, settings.print_paper)))
    except ExportError as error:
        why = error.message_in(interface_language())
        why = why[:1].lower() + why[1:]  # inside the sentence (French capitalised it, as a line of its own)
        QMessageBox.warning(parent, title, translate("KitExport", "The kit was not saved: %1").replace("%1", why))
        return None
    settings.summary_folder = str(path.parent)  # the summary asked next opens beside the kit
    return path
