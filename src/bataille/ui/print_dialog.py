"""Print the cards from the GUI: every option of `bataille print`, a live preview of one page, Save as PDF.

The dialog only gathers :class:`PrintOptions`; the counts, the preview and the saved file all
come from the export code (``plan_sheets``, ``render_sheet_pdf``, ``render_sheets_pdf``), so
what the teacher sees is what the printer gets. ``save_guide`` saves the facilitator's guide.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import CARD_KINDS, Deck
from bataille.export.atomic import write_atomically
from bataille.export.cards_sheets import (
    PrintOptions,
    SheetPlan,
    plan_sheets,
    render_calibration_pdf,
    render_sheets_pdf,
)
from bataille.export.errors import CardsDoNotFit, ExportError
from bataille.export.imposition import (
    CARD_SIZES_MM,
    MAX_BACK_OFFSET_MM,
    MAX_BLEED_MM,
    PAPERS_MM,
    parse_card_size,
)
from bataille.ui.i18n import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from bataille.ui.print_preview import (
    PageView,
    PreviewRenderer,
    PreviewResult,
    paint_plan_page,
    preview_dpi,
)
from bataille.ui.settings import Settings

DEBOUNCE_MS = 250  # an option change waits this long for the next one before the page is drawn again
CUSTOM_SIZE = "custom"
MAX_PROBLEMS_SHOWN = 8


def _theme_icon(path: Path, colour: str, size: int = 22) -> QIcon:
    """The theme's icon on its colour (the icons are drawn white, for the card bands)."""
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    icon = QIcon()
    for px in (size, 2 * size):
        pixmap = QPixmap(px, px)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(0, 0, px, px), px * 0.2, px * 0.2)
        if renderer is not None and renderer.isValid():
            renderer.render(painter, QRectF(px * 0.14, px * 0.14, px * 0.72, px * 0.72))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _plain(label: str) -> str:
    """A label without its mnemonic ampersand, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
        self.renderer = PreviewRenderer(self, use_tool=use_pdftoppm)
        self.renderer.finished.connect(self._on_preview)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._render_preview)

        self._build()
        self._load_defaults()
        self.retranslate()
        self._connect()
        self._refresh()
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1200, round(screen.width() * 0.92)), min(820, round(screen.height() * 0.92)))

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.paper = QComboBox(objectName="paper")
        self.size = QComboBox(objectName="cardSize")
        self.custom_width = self._mm_spin("customWidth", 20, 250, 1, 63)
        self.custom_height = self._mm_spin("customHeight", 20, 250, 1, 88)
        self.bleed = self._mm_spin("bleed", 0, MAX_BLEED_MM, 0.5, 0)
        self.cut_marks = QCheckBox(objectName="cutMarks")
        self.duplex = QComboBox(objectName="duplex")
        self.offset_x = self._mm_spin("backOffsetX", -MAX_BACK_OFFSET_MM, MAX_BACK_OFFSET_MM, 0.1, 0)
        self.offset_y = self._mm_spin("backOffsetY", -MAX_BACK_OFFSET_MM, MAX_BACK_OFFSET_MM, 0.1, 0)
        self.calibration = QCheckBox(objectName="calibration")
        self.language = QComboBox(objectName="cardLanguage")
        for lang in SUPPORTED_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.theme_boxes: dict[str, QCheckBox] = {}
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in CARD_KINDS:
            box = QCheckBox(objectName=f"kind_{kind}")
            box.setChecked(True)
            self.kind_boxes[kind] = box
        self.page = QSpinBox(objectName="page")
        self.page.setRange(1, 1)
        self.page_of = QLabel(objectName="pageOf")
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.error = QLabel(objectName="printError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error.setStyleSheet("QLabel#printError { background: #fde7e9; color: #7a0010; "
                                 "border: 1px solid #e3a1a8; border-radius: 4px; padding: 6px; }")
        self.error.hide()
        self.status = QLabel(objectName="printStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = PageView()
        self.save_button = QPushButton(objectName="savePdf")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(objectName="close")
        self.close_button.setAutoDefault(False)

        self.sheet_box = QGroupBox(objectName="sheetBox")
        sheet = QFormLayout(self.sheet_box)
        self.paper_label = self._row(sheet, self.paper)
        self.size_label = self._row(sheet, self.size)
        custom = QHBoxLayout()
        custom.setContentsMargins(0, 0, 0, 0)
        self.custom_width_label, self.custom_height_label = QLabel(), QLabel()
        for label, spin in ((self.custom_width_label, self.custom_width), (self.custom_height_label, self.custom_height)):
            label.setBuddy(spin)
            custom.addWidget(label)
            custom.addWidget(spin, 1)
        self.custom_row = QWidget()
        self.custom_row.setLayout(custom)
        sheet.addRow("", self.custom_row)
        self.bleed_label = self._row(sheet, self.bleed)
        sheet.addRow("", self.cut_marks)

        self.duplex_box = QGroupBox(objectName="duplexBox")
        duplex = QFormLayout(self.duplex_box)
        self.duplex_label = self._row(duplex, self.duplex)
        offsets = QHBoxLayout()
        offsets.setContentsMargins(0, 0, 0, 0)
        self.offset_x_label, self.offset_y_label = QLabel(), QLabel()
        for label, spin in ((self.offset_x_label, self.offset_x), (self.offset_y_label, self.offset_y)):
            label.setBuddy(spin)
            offsets.addWidget(label)
            offsets.addWidget(spin, 1)
        self.offset_row = QWidget()
        self.offset_row.setLayout(offsets)
        self.offset_label = QLabel()
        duplex.addRow(self.offset_label, self.offset_row)
        duplex.addRow("", self.calibration)

        self.cards_box = QGroupBox(objectName="cardsBox")
        cards = QVBoxLayout(self.cards_box)
        language_form = QFormLayout()
        self.language_label = self._row(language_form, self.language)
        cards.addLayout(language_form)
        self.themes_label = QLabel()
        cards.addWidget(self.themes_label)
        self.themes_grid = QGridLayout()
        self.themes_grid.setContentsMargins(8, 0, 0, 0)
        cards.addLayout(self.themes_grid)
        self.no_theme_hint = QLabel()
        self.no_theme_hint.setWordWrap(True)
        self.no_theme_hint.setStyleSheet("color: palette(placeholder-text);")
        cards.addWidget(self.no_theme_hint)
        self.kinds_label = QLabel()
        cards.addWidget(self.kinds_label)
        kinds = QHBoxLayout()
        kinds.setContentsMargins(8, 0, 0, 0)
        for box in self.kind_boxes.values():
            kinds.addWidget(box)
        kinds.addStretch(1)
        cards.addLayout(kinds)
        self._build_theme_boxes()

        options = QWidget()
        column = QVBoxLayout(options)
        column.setContentsMargins(0, 0, 6, 0)
        for box in (self.sheet_box, self.duplex_box, self.cards_box):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(options)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(options.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        pager = QHBoxLayout()
        self.page_label = QLabel()
        self.page_label.setBuddy(self.page)
        pager.addWidget(self.page_label)
        pager.addWidget(self.page)
        pager.addWidget(self.page_of)
        pager.addSpacing(12)
        self.side = QLabel(objectName="pageSide")
        pager.addWidget(self.side, 1)
        preview = QVBoxLayout()
        preview.addLayout(pager)
        preview.addWidget(self.view, 1)
        preview.addWidget(self.summary)

        top = QHBoxLayout()
        top.addWidget(scroll, 0)
        top.addLayout(preview, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        main = QVBoxLayout(self)
        main.addLayout(top, 1)
        main.addWidget(self.error)
        main.addLayout(buttons)

    def _mm_spin(self, name: str, low: float, high: float, step: float, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(1)
        spin.setValue(value)
        spin.setSuffix(" mm")
        spin.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
        return spin

    @staticmethod
    def _row(form: QFormLayout, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)  # Alt+letter of the label moves to the field
        form.addRow(label, field)
        return label

    def _build_theme_boxes(self) -> None:
        for box in self.theme_boxes.values():
            self.themes_grid.removeWidget(box)
            box.deleteLater()
        self.theme_boxes = {}
        for i, theme in enumerate(self._deck.themes):
            box = QCheckBox(objectName=f"theme_{theme.id}")
            box.setChecked(True)
            box.setIcon(_theme_icon(self._deck.asset_path(theme.icon), theme.colour) if theme.icon else QIcon())
            box.setIconSize(QSize(22, 22))
            box.toggled.connect(self._refresh)
            self.theme_boxes[theme.id] = box
            self.themes_grid.addWidget(box, i, 0)

    def _load_defaults(self) -> None:
        """Start from the default print settings of the preferences."""
        s = self._settings
        self._fill_static()
        self._select(self.paper, s.print_paper)
        self._select(self.size, s.print_card_size)
        self._select(self.duplex, s.print_duplex)
        self.cut_marks.setChecked(s.print_cut_marks)
        self._select(self.language, self._ui_language)

    def _fill_static(self) -> None:
        if self.paper.count() == 0:
            for key in PAPERS_MM:
                self.paper.addItem("", key)
            for key in CARD_SIZES_MM:
                self.size.addItem("", key)
            self.size.addItem("", CUSTOM_SIZE)
            for key in ("long", "short", "none"):
                self.duplex.addItem("", key)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _connect(self) -> None:
        for combo in (self.paper, self.size, self.duplex, self.language):
            combo.currentIndexChanged.connect(self._refresh)
        for spin in (self.custom_width, self.custom_height, self.bleed, self.offset_x, self.offset_y):
            spin.valueChanged.connect(self._refresh)
        for box in (self.cut_marks, self.calibration, *self.kind_boxes.values()):
            box.toggled.connect(self._refresh)
        self.page.valueChanged.connect(self._on_page)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)

    # -- translation ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print the Cards"))
        self.sheet_box.setTitle(self.tr("Paper and cards"))
        self.duplex_box.setTitle(self.tr("Both sides"))
        self.cards_box.setTitle(self.tr("Which cards"))
        papers = {"a4": self.tr("A4"), "letter": self.tr("US Letter")}
        sizes = {"poker": self.tr("Poker, 63 × 88 mm"), "tarot": self.tr("Tarot, 70 × 120 mm"),
                 "a7": self.tr("A7, 74 × 105 mm"), "mini": self.tr("Mini, 44 × 63 mm"),
                 CUSTOM_SIZE: self.tr("Custom size")}
        duplex = {"long": self.tr("Both sides, flip on the long edge"),
                  "short": self.tr("Both sides, flip on the short edge"),
                  "none": self.tr("Fronts only")}
        for combo, names in ((self.paper, papers), (self.size, sizes), (self.duplex, duplex)):
            for i in range(combo.count()):
                combo.setItemText(i, names[combo.itemData(i)])
        kinds = {"fact": self.tr("&Facts"), "debate": self.tr("&Debates"), "event": self.tr("&Events")}
        for kind, box in self.kind_boxes.items():
            box.setText(kinds[kind])
        for theme in self._deck.themes:
            box = self.theme_boxes[theme.id]
            box.setText(theme.name.get(self._ui_language).replace("&", "&&"))
            box.setAccessibleName(self.tr("Theme: %1").replace("%1", theme.name.get(self._ui_language)))
        labels = {
            self.paper_label: self.tr("&Paper"),
            self.size_label: self.tr("Card si&ze"),
            self.custom_width_label: self.tr("&Width"),
            self.custom_height_label: self.tr("&Height"),
            self.bleed_label: self.tr("&Bleed"),
            self.duplex_label: self.tr("Pri&nting"),
            self.offset_x_label: self.tr("&X"),
            self.offset_y_label: self.tr("&Y"),
            self.language_label: self.tr("&Language of the cards"),
            self.page_label: self.tr("Pa&ge"),
        }
        for label, text in labels.items():
            label.setText(text)
            label.buddy().setAccessibleName(_plain(text))
        self.custom_width.setAccessibleName(self.tr("Custom card width"))
        self.custom_height.setAccessibleName(self.tr("Custom card height"))
        self.offset_label.setText(self.tr("Back offset"))
        self.offset_x.setAccessibleName(self.tr("Back offset, horizontal"))
        self.offset_y.setAccessibleName(self.tr("Back offset, vertical"))
        tip = self.tr("Shift the backs by this much to make up for the printer; "
                      "print the calibration page to measure it")
        for widget in (self.offset_x, self.offset_y):
            widget.setToolTip(tip)
        self.bleed.setToolTip(self.tr("Colour runs this far past the cut line, so that a cut a little "
                                      "off the line leaves no white edge"))
        self.cut_marks.setText(self.tr("Print &cut marks"))
        self.calibration.setText(self.tr("Print the c&alibration page instead of the cards"))
        self.calibration.setToolTip(self.tr("A double-sided sheet that measures how far your printer "
                                            "shifts the backs: read X and Y on it, then set the back offset"))
        self.themes_label.setText(self.tr("Themes"))
        self.kinds_label.setText(self.tr("Kinds of card"))
        self.no_theme_hint.setText(self.tr("Timeline events without a theme are printed only when "
                                           "every theme is ticked."))
        for widget in (*self.theme_boxes.values(), *self.kind_boxes.values(), self.cut_marks, self.calibration):
            if widget not in self.theme_boxes.values():
                widget.setAccessibleName(_plain(widget.text()))
        self.page.setAccessibleName(self.tr("Page shown in the preview"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.view.setAccessibleName(self.tr("Preview of one page"))
        self.error.setAccessibleName(self.tr("Problem"))
        self.summary.setAccessibleName(self.tr("Cards and pages"))
        if self.renderer.exact:
            self.view.setToolTip(self.tr("The page exactly as it will print: the PDF page, rendered by pdftoppm"))
        else:
            self.view.setToolTip(self.tr("Approximate preview: pdftoppm (poppler-utils) is not installed, so "
                                         "the cards are drawn at their real places by the screen renderer; "
                                         "the saved PDF is exact"))
        self._update_summary()

    # -- options -------------------------------------------------------------------------------

    def options(self) -> PrintOptions:
        """The print options the controls show (ValueError for an impossible custom size)."""
        size_key = self.size.currentData()
        if size_key == CUSTOM_SIZE:
            size = parse_card_size(f"{self.custom_width.value():g}x{self.custom_height.value():g}")
        else:
            size = parse_card_size(size_key)
        all_themes = all(box.isChecked() for box in self.theme_boxes.values())
        all_kinds = all(box.isChecked() for box in self.kind_boxes.values())
        # Everything ticked means no filter, as the command line without --theme / --kind: it keeps
        # the timeline events that have no theme.
        themes = () if all_themes else tuple(t for t, box in self.theme_boxes.items() if box.isChecked())
        kinds = () if all_kinds else tuple(k for k, box in self.kind_boxes.items() if box.isChecked())
        return PrintOptions(
            paper=self.paper.currentData(),
            size=size,
            bleed_mm=round(self.bleed.value(), 1),
            cut_marks=self.cut_marks.isChecked(),
            duplex=self.duplex.currentData(),
            back_offset_mm=(round(self.offset_x.value(), 1), round(self.offset_y.value(), 1)),
            lang=self.language.currentData(),
            themes=themes,
            kinds=kinds,
        )

    def _nothing_selected(self) -> bool:
        return (not any(b.isChecked() for b in self.theme_boxes.values())
                or not any(b.isChecked() for b in self.kind_boxes.values()))

    @property
    def deck(self) -> Deck:
        return self._deck

    def set_deck(self, deck: Deck) -> None:
        """Follow the deck as it is reloaded (its themes may have changed)."""
        ticked = {t for t, box in self.theme_boxes.items() if box.isChecked()}
        known = set(self.theme_boxes)
        self._deck = deck
        self._build_theme_boxes()
        for theme, box in self.theme_boxes.items():
            box.setChecked(theme in ticked or theme not in known)
        self.retranslate()
        self._refresh()

    # -- counts and preview --------------------------------------------------------------------

    def _refresh(self) -> None:
        """Recount cards and pages now (cheap), and draw the page again after a pause (debounced)."""
        calibration = self.calibration.isChecked()
        self.custom_row.setVisible(self.size.currentData() == CUSTOM_SIZE)
        # The calibration sheet has no cards; its instructions still follow the language chosen.
        for widget in (self.size, self.custom_row, self.bleed, self.cut_marks, self.themes_label,
                       self.no_theme_hint, self.kinds_label, *self.theme_boxes.values(), *self.kind_boxes.values()):
            widget.setEnabled(not calibration)
        self._plan, self._plan_error = None, None
        pages = 1
        try:
            options = self.options()
            if calibration:
                if options.duplex == "none":
                    raise ExportError(self.tr("The calibration page is double-sided: choose a "
                                              "double-sided printing mode."))
                pages = 2
            elif self._nothing_selected():
                raise ExportError(self.tr("No card is selected: tick at least one theme and one kind."))
            else:
                self._plan = plan_sheets(self._deck, options)
                pages = len(self._plan.pages)
        except (ExportError, ValueError) as exc:
            self._plan_error = exc if isinstance(exc, ExportError) else ExportError(str(exc))
        self.page.blockSignals(True)
        self.page.setRange(1, max(1, pages))
        self.page.blockSignals(False)
        self.page_of.setText(self.tr("of %1").replace("%1", str(pages)))
        self._update_summary()
        self._show_error(self._plan_error)
        self._debounce.start()  # restarts: many quick changes give one rendering

    def _update_summary(self) -> None:
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
        text = self.tr("%n card(s)", "", len(plan.cards)) + " · " + self.tr("%n page(s)", "", len(plan.pages))
        text += " · " + self.tr("%n sheet(s) of paper", "", sheets)
        text += " · " + self.tr("%n card(s) per sheet", "", plan.layout.per_sheet)
        self.summary.setText(text)
        page = plan.pages[min(self.page.value(), len(plan.pages)) - 1]
        if page.side == "front":
            side = self.tr("Sheet %1, fronts")
        else:
            side = self.tr("Sheet %1, backs (as seen from the back of the sheet)")
        self.side.setText(side.replace("%1", str(page.sheet + 1)))

    def _on_page(self) -> None:
        self._update_summary()
        self._debounce.start()

    def card_count(self) -> int:
        return len(self._plan.cards) if self._plan else 0

    def page_count(self) -> int:
        return self.page.maximum() if (self._plan or self.calibration.isChecked()) and not self._plan_error else 0

    def _render_preview(self) -> None:
        if self._plan_error is not None:
            self.view.set_message(self.tr("No preview: see the problem below."))
            self.previewUpdated.emit()
            return
        options = self.options()
        paper = PAPERS_MM[options.paper]
        size_pt = (paper[0] * 72 / 25.4, paper[1] * 72 / 25.4)
        dpi = preview_dpi(size_pt, self.view.size() - QSize(24, 24), self.view.devicePixelRatioF())
        self.renderer.request(self._deck, options, self.page.value() - 1, self.calibration.isChecked(), dpi)

    def _on_preview(self, result: PreviewResult) -> None:
        if result.error is not None:
            self._show_error(result.error)
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
        self._debounce.start()  # a sharper page for the new size

    # -- errors --------------------------------------------------------------------------------

    def _show_error(self, error: Exception | None) -> None:
        if error is None:
            self.error.hide()
            self.error.clear()
            return
        lang = _interface_language()
        if isinstance(error, CardsDoNotFit):
            lines = [self.tr("%n card text(s) do not fit on this card size: shorten them in the deck "
                             "files or choose a larger card size.", "", len(error.problems))]
            for p in error.problems[:MAX_PROBLEMS_SHOWN]:
                lines.append("• " + self.tr("Card %1, field “%2” (%3): %4")
                             .replace("%1", p.card_id).replace("%2", p.field)
                             .replace("%3", p.lang).replace("%4", p.message_in(lang)))
            more = len(error.problems) - MAX_PROBLEMS_SHOWN
            if more > 0:
                lines.append(self.tr("… and %n more.", "", more))
            text = "\n".join(lines)
        else:
            text = error.message_in(lang) if isinstance(error, ExportError) else str(error)
        self.error.setText(text)
        self.error.show()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    # -- saving --------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        o = self.options()
        if self.calibration.isChecked():
            return f"calibration-{o.paper}-{o.duplex}.pdf"
        return f"{self._deck.id}-{o.size.name}-{o.paper}-{o.lang}.pdf"

    def save_as(self) -> Path | None:
        """Ask where, then save (the folder chosen is remembered for next time)."""
        folder = Path(self._settings.print_folder or Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the cards as PDF"),
                                                str(folder / self.default_file_name()),
                                                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        self._settings.print_folder = str(path.parent)
        return path if self.save_to(path) else None

    def save_to(self, path: Path) -> bool:
        """Write the print run (or the calibration sheet) to ``path``, whole or not at all."""
        self.status.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            options = self.options()
            if self.calibration.isChecked():
                pdf, pages = render_calibration_pdf(options), 2
            else:
                if self._nothing_selected():
                    raise ExportError(self.tr("No card is selected: tick at least one theme and one kind."))
                pdf, pages = render_sheets_pdf(self._deck, options), len(plan_sheets(self._deck, options).pages)
            write_atomically(path, pdf)
        except (ExportError, ValueError) as exc:
            self._show_error(exc)
            self.status.setText(self.tr("Nothing was saved."))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_error(None)
        self.status.setText(self.tr("Saved %1 (%n page(s)).", "", pages).replace("%1", str(path)))
        return True


def _interface_language() -> str:
    """The interface language: the default locale, which Translations.set_language sets."""
    return "fr" if QLocale().name().startswith("fr") else "en"


def save_guide(parent: QWidget, deck: Deck, language: str, settings: Settings) -> Path | None:
    """Ask where, then save the facilitator's guide (in ``language``, on the preferred paper)."""
    title = QCoreApplication.translate("PrintDialog", "Facilitator's guide")
    folder = Path(settings.print_folder or Path.home())
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(folder / f"{deck.id}-guide-{language}.pdf"),
                                            QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    settings.print_folder = str(path.parent)
    return path if write_guide(parent, deck, language, settings.print_paper, path) else None


def write_guide(parent: QWidget | None, deck: Deck, language: str, paper: str, path: Path) -> bool:
    """Render and write the guide to ``path``; a problem is shown in a message box, never a traceback."""
    from bataille.export.guide import render_guide_pdf

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_atomically(path, render_guide_pdf(deck, language, paper))
    except ExportError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, QCoreApplication.translate("PrintDialog", "Facilitator's guide"),
                            QCoreApplication.translate("PrintDialog", "The guide was not saved: %1")
                            .replace("%1", exc.message_in(_interface_language())))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True
