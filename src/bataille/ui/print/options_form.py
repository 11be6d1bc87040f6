"""The option controls of the print dialog: paper, card size, ink, bleed, marks, both sides, language, cards.

The form reads its controls into a :class:`PrintOptions` and starts from the preferences; it
emits ``changed`` on every edit and leaves counting, previewing and saving to the dialog. Its
strings keep the "PrintDialog" translation context: the teacher sees them in that dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import CARD_KINDS, Deck
from bataille.export.calibration import RULER_MM
from bataille.export.cards_sheets import PrintOptions
from bataille.export.imposition import (
    CARD_SIZES_MM,
    DUPLEX_MODES,
    LAYOUTS,
    MAX_BACK_OFFSET_MM,
    MAX_BLEED_MM,
    PAPERS_MM,
    SHOP_BLEED_MM,
    parse_card_size,
)
from bataille.ui.i18n import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from bataille.ui.print import remembered
from bataille.ui.print.chosen_cards import ChosenCards
from bataille.ui.print.form_parts import (
    form_row,
    mm_spin,
    pair_row,
    select_data,
    theme_icon,
)
from bataille.ui.print.options_words import CUSTOM_SIZE, duplex_names, retranslate_form
from bataille.ui.settings import Settings


class PrintOptionsForm(QWidget):
    """The print options as controls, in three boxes side by side: paper and cards above both sides,
    and which cards (with, below it, what the dialog adds in ``side_column``: the kit)."""

    changed = Signal()  # any option was edited

    def __init__(self, deck: Deck, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._ui_language = ui_language
        self._build_controls()
        self._build_boxes()
        # Two columns: every choice a school makes in sight without scrolling on a 1366×768 screen
        # (one above the other on a narrower one: the dialog sets ``columns``' direction).
        self.columns = columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 6, 0)
        first, self.side_column = QVBoxLayout(), QVBoxLayout()
        first.addWidget(self.sheet_box)
        first.addWidget(self.duplex_box)
        first.addStretch(1)
        self.side_column.addWidget(self.cards_box)
        columns.addLayout(first)  # each as wide as its texts: a stretch would share the width out evenly
        columns.addLayout(self.side_column)
        self._duplex_chosen = "long"  # the mode chosen, kept while a layout that leaves no choice shows its own
        self.duplex.currentIndexChanged.connect(self._on_duplex)
        self.layout_choice.currentIndexChanged.connect(self._on_layout)
        for combo in (self.layout_choice, self.paper, self.card_size, self.duplex, self.language):
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.custom_width, self.custom_height, self.bleed, self.offset_x, self.offset_y):
            spin.valueChanged.connect(self.changed)
        for box in (self.cut_marks, self.edge_marks, self.ruler, self.calibration, self.ink_saving,
                    *self.kind_boxes.values()):
            box.toggled.connect(self.changed)

    def _build_controls(self) -> None:
        self.layout_choice = QComboBox(objectName="layout")
        for key in LAYOUTS:
            self.layout_choice.addItem("", key)
        self.paper = QComboBox(objectName="paper")
        self.card_size = QComboBox(objectName="cardSize")
        self.custom_width = mm_spin("customWidth", 20, 250, 1, 63)
        self.custom_height = mm_spin("customHeight", 20, 250, 1, 88)
        self.bleed = mm_spin("bleed", 0, MAX_BLEED_MM, 0.5, 0)
        self.cut_marks = QCheckBox(objectName="cutMarks")
        self.edge_marks = QCheckBox(objectName="edgeMarks")
        self.ruler = QCheckBox(objectName="ruler")
        self.ruler.setChecked(True)
        self.duplex = QComboBox(objectName="duplex")
        self.offset_x = mm_spin("backOffsetX", -MAX_BACK_OFFSET_MM, MAX_BACK_OFFSET_MM, 0.1, 0)
        self.offset_y = mm_spin("backOffsetY", -MAX_BACK_OFFSET_MM, MAX_BACK_OFFSET_MM, 0.1, 0)
        self.calibration = QCheckBox(objectName="calibration")
        self.ink_saving = QCheckBox(objectName="inkSaving")
        # What to set on the printer for the layout chosen, and the way out for a printer that does
        # not print both sides (fronts only would leave out the events' years and the debates' ideas).
        self.duplex_hint = QLabel(objectName="duplexHint")
        self.duplex_hint.setWordWrap(True)
        self.fold_instead = QPushButton(objectName="foldInstead")
        self.fold_instead.setAutoDefault(False)
        self.fold_instead.clicked.connect(self.choose_fold)
        self.language = QComboBox(objectName="cardLanguage")
        for lang in SUPPORTED_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.theme_boxes: dict[str, QCheckBox] = {}
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in CARD_KINDS:
            box = QCheckBox(objectName=f"kind_{kind}")
            box.setChecked(True)
            self.kind_boxes[kind] = box

    def _build_boxes(self) -> None:
        self.sheet_box = QGroupBox(objectName="sheetBox")
        sheet = QFormLayout(self.sheet_box)
        self.layout_label = form_row(sheet, self.layout_choice)
        self.paper_label = form_row(sheet, self.paper)
        self.size_label = form_row(sheet, self.card_size)
        self.custom_width_label, self.custom_height_label = QLabel(), QLabel()
        self.custom_row = pair_row((self.custom_width_label, self.custom_width),
                                (self.custom_height_label, self.custom_height))
        sheet.addRow("", self.custom_row)
        self.bleed_label = form_row(sheet, self.bleed)
        # The tick boxes take the whole row: the column stays narrow enough for two side by side.
        for box in (self.ink_saving, self.cut_marks, self.edge_marks, self.ruler):
            sheet.addRow(box)

        self.duplex_box = QGroupBox(objectName="duplexBox")
        duplex = QFormLayout(self.duplex_box)
        self.duplex_label = form_row(duplex, self.duplex)
        duplex.addRow(self.duplex_hint)
        duplex.addRow(self.fold_instead)
        self.offset_x_label, self.offset_y_label = QLabel(), QLabel()
        self.offset_row = pair_row((self.offset_x_label, self.offset_x), (self.offset_y_label, self.offset_y))
        self.offset_label = QLabel()
        duplex.addRow(self.offset_label, self.offset_row)
        # Beyond the calibration page's rulers (±5 mm) a shift was not measured there: said, still allowed.
        self.offset_warning = QLabel(objectName="offsetWarning")
        self.offset_warning.setWordWrap(True)
        self.offset_warning.setStyleSheet("QLabel#offsetWarning { color: #9a3b00; font-weight: bold; }")
        self.offset_warning.hide()
        duplex.addRow("", self.offset_warning)
        duplex.addRow(self.calibration)

        self.cards_box = QGroupBox(objectName="cardsBox")
        cards = QVBoxLayout(self.cards_box)
        language_form = QFormLayout()
        self.language_label = form_row(language_form, self.language)
        cards.addLayout(language_form)
        self.chosen = ChosenCards()  # "Print This Card…": the card chosen, in place of themes and kinds
        self.chosen.changed.connect(self.changed)
        cards.addWidget(self.chosen)
        self.themes_label = QLabel()
        cards.addWidget(self.themes_label)
        self.themes_grid = QGridLayout()
        self.themes_grid.setContentsMargins(8, 0, 0, 0)
        cards.addLayout(self.themes_grid)
        self.no_theme_hint = QLabel()
        self.no_theme_hint.setWordWrap(True)
        self.no_theme_hint.setStyleSheet("QLabel:enabled { color: palette(placeholder-text); }")  # greyed with the themes
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

    def _build_theme_boxes(self) -> None:
        for box in self.theme_boxes.values():
            self.themes_grid.removeWidget(box)
            box.deleteLater()
        self.theme_boxes = {}
        for i, theme in enumerate(self._deck.themes):
            box = QCheckBox(objectName=f"theme_{theme.id}")
            box.setChecked(True)
            box.setIcon(theme_icon(self._deck.icon_path(theme), theme.colour))
            box.setIconSize(QSize(22, 22))
            box.toggled.connect(self.changed)
            self.theme_boxes[theme.id] = box
            self.themes_grid.addWidget(box, i, 0)

    def load_defaults(self, settings: Settings) -> None:
        """Start from the default print settings of the preferences, cards in the interface language."""
        if self.paper.count() == 0:
            for key in PAPERS_MM:
                self.paper.addItem("", key)
            for key in CARD_SIZES_MM:
                self.card_size.addItem("", key)
            self.card_size.addItem("", CUSTOM_SIZE)
            for key in ("long", "short", "none"):
                self.duplex.addItem("", key)
        select_data(self.paper, settings.print_paper)
        select_data(self.card_size, settings.print_card_size)
        select_data(self.duplex, settings.print_duplex)
        self._duplex_chosen = self.duplex.currentData()
        self.cut_marks.setChecked(settings.print_cut_marks)
        select_data(self.language, self._ui_language)
        remembered.recall(self)  # the last PDF's layout, ink, marks and back offset

    @property
    def duplex_chosen(self) -> str:
        """The sides chosen, kept while a layout that leaves no choice shows its own."""
        return self._duplex_chosen

    def set_deck(self, deck: Deck) -> None:
        """Show the themes of the reloaded deck, keeping each known theme ticked or not (new ones ticked)."""
        ticked = {t for t, box in self.theme_boxes.items() if box.isChecked()}
        known = set(self.theme_boxes)
        self._deck = deck
        self._build_theme_boxes()
        for theme, box in self.theme_boxes.items():
            box.setChecked(theme in ticked or theme not in known)
        self.chosen.set_deck(deck)

    def choose_cards(self, ids) -> None:
        """Print only the cards ``ids`` (() : the cards the themes and kinds choose)."""
        self.chosen.choose(ids, self._deck, self.language.currentData() or self._ui_language)

    # -- reading -------------------------------------------------------------------------------

    def options(self) -> PrintOptions:
        """The print options the controls show (ValueError for an impossible custom size)."""
        size_key = self.card_size.currentData()
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
        if self.chosen.ids:  # cards chosen by name: the themes and kinds do not apply
            themes, kinds = (), ()
        return PrintOptions(
            paper=self.paper.currentData(),
            size=size,
            bleed_mm=round(self.bleed.value(), 1),
            cut_marks=self.cut_marks.isChecked(),
            layout=self.layout_choice.currentData(),
            ruler=self.ruler.isChecked(),
            edge_marks=self.edge_marks.isChecked(),
            duplex=self._duplex_chosen,
            back_offset_mm=(round(self.offset_x.value(), 1), round(self.offset_y.value(), 1)),
            lang=self.language.currentData(),
            themes=themes,
            kinds=kinds,
            cards=self.chosen.ids,
            ink_saving=self.ink_saving.isChecked(),
        )

    def size_name(self, key: str | None = None) -> str:
        """The card size ``key`` (None: the one chosen) as the list names it (« Mini, 44 × 63 mm »)."""
        key = key or self.card_size.currentData()
        if key == CUSTOM_SIZE:
            return f"{self.custom_width.value():g} × {self.custom_height.value():g} mm"
        return self.card_size.itemText(self.card_size.findData(key))

    def nothing_selected(self) -> bool:
        """No theme or no kind is ticked (and no card chosen by name): no card would be printed."""
        return not self.chosen.ids and (not any(b.isChecked() for b in self.theme_boxes.values())
                or not any(b.isChecked() for b in self.kind_boxes.values()))

    def choose_fold(self) -> None:
        """The layout for a printer that prints one side only: fronts and backs on one page, folded."""
        select_data(self.layout_choice, "fold")

    def show_duplex_hint(self, text: str, warning: bool, offer_fold: bool) -> None:
        """Say what to set on the printer (``text``, none: hidden), as a warning when backs that
        carry words are left out; ``offer_fold``: show the button that switches to the fold layout."""
        self.duplex_hint.setText(text)
        self.duplex_hint.setVisible(bool(text))
        self.duplex_hint.setStyleSheet("QLabel#duplexHint { color: #9a3b00; font-weight: bold; }" if warning else "")
        self.fold_instead.setVisible(offer_fold)
        self.fold_instead.setEnabled(offer_fold)  # hidden, it is no stop for the keyboard either

    def _on_duplex(self) -> None:
        if self.duplex.currentData() in DUPLEX_MODES:  # not what a fold or shop layout shows in its place
            self._duplex_chosen = self.duplex.currentData()

    def _show_duplex_of(self, layout: str | None) -> None:
        """The greyed "Printing" list shows what ``layout`` ("fold", "shop") prints; None: the mode
        chosen, back in place."""
        self.duplex.blockSignals(True)  # not an edit: no ``changed``
        for key in ("fold", "shop"):
            index = self.duplex.findData(key)
            if index >= 0 and key != layout:
                self.duplex.removeItem(index)
        if layout is not None and self.duplex.findData(layout) < 0:
            self.duplex.addItem(duplex_names()[layout], layout)
        select_data(self.duplex, layout or self._duplex_chosen)
        self.duplex.blockSignals(False)

    def _on_layout(self) -> None:
        """A print shop wants a bleed: the shop layout starts at 3 mm when there was none."""
        if self.layout_choice.currentData() == "shop" and self.bleed.value() == 0:
            self.bleed.setValue(SHOP_BLEED_MM)

    def follow_choices(self, kit: bool = False) -> None:
        """Show the custom size fields only for a custom size; the calibration sheet and the kit have
        no cards; only the grid layout prints double-sided; a print shop takes no paper or ruler."""
        calibration = self.calibration.isChecked() and not kit
        layout = self.layout_choice.currentData()
        self.custom_row.setVisible(self.card_size.currentData() == CUSTOM_SIZE)
        # Its instructions still follow the language chosen, so the language stays enabled.
        for widget in (self.layout_choice, self.card_size, self.custom_row, self.bleed, self.cut_marks, self.chosen):
            widget.setEnabled(not calibration and not kit)
        for widget in (self.themes_label, self.no_theme_hint, self.kinds_label, *self.theme_boxes.values(),
                       *self.kind_boxes.values()):  # cards chosen by name take their place
            widget.setEnabled(not calibration and not kit and not self.chosen.ids)
        cards = not calibration and not kit
        self.edge_marks.setEnabled(cards and self.cut_marks.isChecked() and layout != "shop")
        self.ruler.setEnabled(cards and layout != "shop")
        self.paper.setEnabled(kit or calibration or layout != "shop")
        self.duplex.setEnabled(not kit and (calibration or layout == "grid"))
        # Fronts only: no back to shift (the calibration sheet, double-sided, keeps it).
        backs = not kit and (calibration or (layout == "grid" and self._duplex_chosen != "none"))
        for widget in (self.offset_label, self.offset_row):
            widget.setEnabled(backs)
        far = max(abs(self.offset_x.value()), abs(self.offset_y.value())) > RULER_MM
        self.offset_warning.setVisible(far and self.offset_row.isEnabled())
        self.ink_saving.setEnabled(cards)
        self._show_duplex_of(layout if cards and layout in ("fold", "shop") else None)
        self.calibration.setEnabled(not kit and layout == "grid")

    # -- translation ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text of the form in the interface language."""
        retranslate_form(self)
