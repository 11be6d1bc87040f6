"""Print the cards from the GUI: every option of `bataille print`, a live preview of one page, Save as PDF.

The dialog lays out the options form (``options_form``), the preview and the buttons, and wires
them: the counts, the preview and the saved file all come from the export code (``plan_sheets``,
``render_sheet_pdf``, ``render_sheets_pdf``), so what the teacher sees is what the printer gets.
Saving lives in ``bataille.ui.pdf_files``, shared with the welcome and the deck window; the words
that count nothing, in ``run_summary`` (of the print run) and ``dialog_words`` (of its widgets).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from bataille.deck.models import Deck
from bataille.export.cards import check_fits
from bataille.export.cards_sheets import (
    PrintOptions,
    SheetPlan,
    plan_sheets,
    smallest_size_that_fits,
)
from bataille.export.errors import CardsDoNotFit, ExportError
from bataille.export.kit import KitOptions, kit_pages
from bataille.ui.i18n import SUPPORTED_LANGUAGES, interface_language
from bataille.ui.pdf_files import ask_pdf_path, write_print_run
from bataille.ui.print import remembered, run_summary, save_problem, too_long
from bataille.ui.print.dialog_ui import fit_options_column, place_options, setup_ui
from bataille.ui.print.dialog_words import retranslate_ui
from bataille.ui.print.kit_form import KitForm
from bataille.ui.print.options_form import PrintOptionsForm
from bataille.ui.print.preview import (
    PreviewRenderer,
    PreviewResult,
    paint_plan_page,
    preview_dpi,
)
from bataille.ui.screen_fit import fit_to_screen
from bataille.ui.settings import Settings

DEBOUNCE_MS = 250  # an option change waits this long for the next one before the page is drawn again


class PrintDialog(QDialog):
    """Choose paper, card size, bleed, marks, duplex, back offset, language and cards; preview; save."""

    previewUpdated = Signal()  # a preview (or the reason there is none) is on screen

    def __init__(self, deck: Deck, settings: Settings, language: str = "fr", parent: QWidget | None = None,
                 use_pdftoppm: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self._deck = deck
        self._settings = settings
        self._ui_language = language if language in SUPPORTED_LANGUAGES else "fr"
        self._plan: SheetPlan | None = None
        self._plan_error: ExportError | None = None
        # Every chosen card's texts checked on the card size (40 ms for the bundled deck), told at
        # once: the preview only checks the page it draws, and the save came too late to say it.
        self._fit_error: CardsDoNotFit | None = None
        self._fits_checked: tuple = ()
        self._kit: KitOptions | None = None
        self._saved: Path | None = None  # the last file saved, that « Ouvrir » opens
        self._shown = self._asked = None  # what the picture on screen, and the one asked for, are of
        self.renderer = PreviewRenderer(self, use_tool=use_pdftoppm)
        self.renderer.finished.connect(self._on_preview)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._render_preview)

        setup_ui(self, PrintOptionsForm(self._deck, self._ui_language), KitForm())
        self.form.load_defaults(settings)
        remembered.recall_kit(self.kit_form)
        self.retranslate()
        self._connect()
        self._refresh()
        fit_to_screen(self, 1320, 820)

    # -- building ------------------------------------------------------------------------------

    @property
    def theme_boxes(self) -> dict[str, QCheckBox]:
        """The theme check boxes of the deck shown, by theme id."""
        return self.form.theme_boxes

    def _connect(self) -> None:
        self.form.changed.connect(self._options_changed)
        self.kit_form.changed.connect(self._options_changed)
        self.page.valueChanged.connect(self._on_page)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_saved)
        self.larger_size.clicked.connect(lambda: too_long.choose_offered_size(self))

    # -- translation ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._ui_language = self.form._ui_language = interface_language()  # the themes' names, a file's name
            self.retranslate()
            self._refresh()  # the lines worked out from the options: « of 2 », the printer's setting, a problem
        super().changeEvent(event)

    def retranslate(self) -> None:
        retranslate_ui(self)
        self.form.retranslate()
        self.kit_form.retranslate()
        self._name_open_button()
        self._update_summary()
        fit_options_column(self)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        fit_options_column(self)  # the texts' widths are known once the fonts are polished
        # The page waited for is drawn at once, the layout done: the pause is for options changed in a row.
        QTimer.singleShot(0, self, self._render_waiting_page)

    def _render_waiting_page(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._render_preview()

    # -- options -------------------------------------------------------------------------------

    def options(self) -> PrintOptions:
        """The print options the controls show (ValueError for an impossible custom size)."""
        return self.form.options()

    @property
    def deck(self) -> Deck:
        return self._deck

    def choose_cards(self, ids, opened: Deck | None = None) -> None:
        """Print only the cards ``ids`` ("Print This Card…"), or () every card the themes and kinds keep;
        ``opened``: the deck as it was opened, whose cards since added or changed are offered in one click."""
        self.form.chosen.set_opened(opened)
        self.form.choose_cards(ids)
        self._options_changed()

    def set_deck(self, deck: Deck) -> None:
        """Follow the deck as it is reloaded (its themes may have changed)."""
        self._deck = deck
        self.form.set_deck(deck)
        self.retranslate()
        self._options_changed()

    # -- counts and preview --------------------------------------------------------------------

    def _options_changed(self) -> None:
        """An option changed: the file saved is no longer what the preview shows, so « Ouvrir » goes
        and the status line says so (opening it would print the previous options)."""
        if self._saved is not None:
            self.status.setText(self.tr("Options changed since %1 was saved: save again to print "
                                        "these.").replace("%1", self._saved.name))
            self._saved = None
            self.open_button.hide()
        self._refresh()

    def _refresh(self) -> None:
        """Recount cards and pages now (cheap), and draw the page again after a pause (debounced)."""
        kit = self.kit_form.is_on()
        calibration = self.calibration.isChecked() and not kit
        self.kit_form.follow_choices()
        self.form.follow_choices(kit)
        self._plan, self._plan_error, self._kit = None, None, None
        pages = 1
        try:
            options = self.options()
            if kit:
                self._kit = self.kit_form.kit_options(self._deck, options.paper, options.lang)
                pages = len(kit_pages(self._kit))
            elif calibration:
                if options.duplex == "none":
                    raise ExportError(self.tr("The calibration page is double-sided: choose a "
                                              "double-sided printing mode."))
                pages = 2
            elif self.form.nothing_selected():
                raise ExportError(self.tr("No card is selected: tick at least one theme and one kind."))
            else:
                self._plan = plan_sheets(self._deck, options)
                pages = len(self._plan.pages)
                self._check_fits(options)
        except (ExportError, ValueError) as exc:
            self._plan_error = exc if isinstance(exc, ExportError) else ExportError(str(exc))
        self.page.blockSignals(True)
        self.page.setRange(1, max(1, pages))
        self.page.blockSignals(False)
        self.page_of.setText(self.tr("of %1").replace("%1", str(pages)))
        self._update_summary()
        self._update_duplex_hint()
        self._show_error(self._plan_error or (self._fit_error if self._plan is not None else None))
        if self._what_is_shown() != self._shown and not self.view.image.isNull():
            self.view.set_message(self.tr("Preparing the preview…"))  # never the cards of other options
        self._debounce.start()  # restarts: many quick changes give one rendering

    def _check_fits(self, options) -> None:
        """Every text of the cards chosen, on their size: the problems of them all, or None."""
        checked = (options.size, options.lang, self._plan.cards)  # a deck reloaded is another object
        if not self._fits_checked or self._fits_checked[0] is not self._deck or self._fits_checked[1:] != checked:
            problems = check_fits(self._deck, options.size, options.lang, self._plan.cards)
            self._fit_error = CardsDoNotFit(problems) if problems else None
            self._fit_larger = smallest_size_that_fits(self._deck, options) if problems else None  # as the CLI
            self._fits_checked = (self._deck, *checked)

    def _update_summary(self) -> None:
        if self.kit_form.is_on():
            self._update_kit_summary()
            return
        if self.calibration.isChecked():
            self.summary.setText(self.tr("Calibration sheet: 2 pages, one sheet printed on both sides."))
            side = self.tr("Front") if self.page.value() == 1 else self.tr("Back")
            self.side.setText(side)
            return
        plan = self._plan
        if plan is None:
            self.summary.setText(self.tr("Nothing to print with these options."))
            self.side.setText("")
            return
        sheets = len({p.sheet for p in plan.pages})
        parts = (self.tr("%n card(s)", "", len(plan.cards)), self.tr("%n page(s)", "", len(plan.pages)),
                 self.tr("%n sheet(s) of paper", "", sheets), self.tr("%n card(s) per sheet", "", plan.layout.per_sheet))
        # A narrow dialog wraps the line between two groups, never inside one ("9 / cards per sheet").
        self.summary.setText(" · ".join(part.replace(" ", "\u00a0") for part in parts))
        self.side.setText(run_summary.page_side(plan, self.page.value()))

    def _update_duplex_hint(self) -> None:
        """What to set on the printer (``printer_setting``), and, where the backs would be printed or
        are lost, the way out for a printer that prints one side only (fold and glue)."""
        first, lost, sheets = run_summary.printer_setting(self._deck, self._plan)
        if sheets is None:
            self.form.show_duplex_hint(first, lost, False)
            return
        then = self.tr("No double-sided printer? Fold and glue instead (%n sheet(s)).", "", sheets)
        then = then.replace(f"({sheets} ", f"({sheets}\u00a0")  # the number keeps its noun on its line
        self.form.show_duplex_hint(f"{first} {then}", lost, True)

    def _update_kit_summary(self) -> None:
        if self._kit is None:
            self.summary.setText(self.tr("Nothing to print with these options."))
            self.side.setText("")
            return
        pages = kit_pages(self._kit)
        self.summary.setText(self.tr("Workshop kit: %n page(s)", "", len(pages)))
        self.side.setText(run_summary.kit_page_name(pages, self.page.value()))

    def _on_page(self) -> None:
        self._update_summary()
        self._debounce.start()

    def card_count(self) -> int:
        return len(self._plan.cards) if self._plan else 0

    def page_count(self) -> int:
        shown = self._plan or self._kit or self.calibration.isChecked()
        return self.page.maximum() if shown and not self._plan_error else 0

    def _what_is_shown(self) -> tuple:
        """What the preview's picture is of: the kit, the calibration sheet, or the cards chosen (other
        cards, another theme: the picture goes until its own page comes)."""
        return (self._kit is not None, self.calibration.isChecked(),
                tuple(card.id for card in self._plan.cards) if self._plan is not None else None)

    def _render_preview(self) -> None:
        if self._plan_error is not None:
            self.view.set_message(self.tr("No preview: see the problem below."))
            self.previewUpdated.emit()
            return
        options = self.options()
        size_pt = run_summary.page_size_pt(options, self._plan if self._kit is None else None)
        dpi = preview_dpi(size_pt, self.view.size() - QSize(24, 24), self.view.devicePixelRatioF())
        if self.view.image.isNull():  # the page takes a moment: say so rather than show grey
            self.view.set_message(self.tr("Preparing the preview…"))
        self._asked = self._what_is_shown()
        self.renderer.request(self._deck, options, self.page.value() - 1,
                              self.calibration.isChecked() and self._kit is None, dpi, self._kit)

    def _on_preview(self, result: PreviewResult) -> None:
        self._shown = self._asked  # only the latest request's result comes
        if result.error is not None:  # the page's own problems: those of every card chosen, when known
            self._show_error(self._fit_error if isinstance(result.error, CardsDoNotFit) and self._fit_error
                             else result.error)
            self.view.set_message(self.tr("No preview: see the problem below."))
        elif result.image is not None:
            self.view.set_image(result.image)
        elif result.plan is not None:
            width = max(200, round(self.view.page_rect().width() or self.view.width()) * 2)
            image = paint_plan_page(result.plan, self.page.value() - 1, self._deck,
                                    self.language.currentData(), width)
            self.view.set_image(image, self.tr("approximate preview"))
        else:
            self.view.set_message(self.tr("No preview without pdftoppm (poppler-utils)."))
        self.previewUpdated.emit()

    def preview_image(self) -> QImage:
        """The page picture on screen (null when there is none)."""
        return self.view.image

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        place_options(self)  # the options' columns side by side or not, for the new width
        self._debounce.start()  # a sharper page for the new size

    # -- errors --------------------------------------------------------------------------------

    def _show_error(self, error: Exception | None) -> None:
        too_long.offer_size(self, None)
        if error is None:
            self.error.hide()
            self.error.clear()
            return
        lang = interface_language()
        if isinstance(error, CardsDoNotFit):
            larger = self._fit_larger if self._fit_error else smallest_size_that_fits(self._deck, self.options())
            more = len(error.problems) - too_long.MAX_PROBLEMS_SHOWN
            text = "\n".join([self._too_long(error, larger), *too_long.problem_lines(error, lang),
                              *([self.tr("… and %n more.", "", more)] if more > 0 else [])])
            too_long.offer_size(self, larger)
        else:
            text = error.message_in(lang) if isinstance(error, ExportError) else str(error)
            text = text[:1].upper() + text[1:]  # a sentence of its own (the command line leads it with its name)
        self.error.setText(text)
        self.error.show()

    def _too_long(self, error: CardsDoNotFit, larger: str | None) -> str:
        """How many chosen cards do not fit, and the smallest size they all fit (as `bataille print`)."""
        cards, size = len({p.card_id for p in error.problems}), self.form.size_name()
        if larger is None:
            return self.tr("%n card(s) chosen do not fit on the size %1, nor on any larger one: nothing can "
                           "be saved; shorten their texts in the deck files.", "", cards).replace("%1", size)
        return (self.tr("%n card(s) chosen do not fit on the size %1: nothing can be saved at this size. "
                        "Choose %2, the smallest size where they all fit, or shorten their texts in the "
                        "deck files.", "", cards).replace("%1", size).replace("%2", self.form.size_name(larger)))

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    # -- saving --------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        return run_summary.file_name(self._deck, self.options(), self.kit_form.is_on(), self.calibration.isChecked(),
                                     self._ui_language)

    def save_as(self) -> Path | None:
        """Ask where, then save (the folder chosen is remembered for next time)."""
        path = ask_pdf_path(self, self._settings, self.tr("Save the cards as PDF"), self.default_file_name())
        if path is None:
            return None
        return path if self.save_to(path) else None

    def _name_open_button(self) -> None:
        if self._saved is not None:
            self.open_button.setText(self.tr("Open %1").replace("%1", self._saved.name))
            self.open_button.setAccessibleName(self.open_button.text())
            self.open_button.setToolTip(self.tr("Open the PDF just saved in your PDF viewer, to print it from there"))

    def open_saved(self) -> None:
        """The file just saved, in the system's PDF viewer: that is where it is printed."""
        if self._saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved)))

    def save_to(self, path: Path) -> bool:
        """Write the print run (or the calibration sheet) to ``path``, whole or not at all."""
        self.status.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kit = self.kit_form.is_on()
            calibration = self.calibration.isChecked() and not kit
            options = self.options()
            if not calibration and not kit and self.form.nothing_selected():
                raise ExportError(self.tr("No card is selected: tick at least one theme and one kind."))
            if kit and self._kit is None:
                raise self._plan_error or ExportError(self.tr("Nothing to print with these options."))
            self.renderer.wait()  # the preview's layout first: never two at once
            pages = write_print_run(path, self._deck, options, calibration, self._kit if kit else None)
        except (ExportError, ValueError) as exc:
            self._show_error(exc)
            hint = save_problem.open_elsewhere_hint(path, exc)
            self.error.setText(f"{self.error.text()}\n{hint}" if hint else self.error.text())
            self.status.setText(self.tr("Nothing was saved."))
            self._saved = None
            self.open_button.hide()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_error(None)
        remembered.remember(self.form, self._settings, self.kit_form)  # the next time the window opens, as now
        run = run_summary.print_run_words(path, options, kit, calibration, interface_language())  # as the CLI says
        said = self.tr("Saved %1: %2").replace("%2", run) if run else self.tr("Saved %1 (%n page(s)).", "", pages)
        self.status.setText(said.replace("%1", str(path)))
        self._saved = path
        self._name_open_button()
        self.open_button.show()
        return True
