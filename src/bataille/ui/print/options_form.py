"""The option controls of the print dialog: paper, card size, bleed, marks, both sides, language, cards.

The form reads its controls into a :class:`PrintOptions` and starts from the preferences; it
emits ``changed`` on every edit and leaves counting, previewing and saving to the dialog. Its
strings keep the "PrintDialog" translation context: the teacher sees them in that dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
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
from bataille.export.cards_sheets import PrintOptions
from bataille.export.imposition import (
    CARD_SIZES_MM,
    LAYOUTS,
    MAX_BACK_OFFSET_MM,
    MAX_BLEED_MM,
    PAPERS_MM,
    SHOP_BLEED_MM,
    parse_card_size,
)
from bataille.ui.i18n import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from bataille.ui.print.chosen_cards import ChosenCards
from bataille.ui.print.form_parts import (
    form_row,
    mm_spin,
    pair_row,
    plain_label,
    select_data,
    theme_icon,
)
from bataille.ui.settings import Settings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

CUSTOM_SIZE = "custom"


class PrintOptionsForm(QWidget):
    """The print options as controls, in three boxes: paper and cards, both sides, which cards."""

    changed = Signal()  # any option was edited

    def __init__(self, deck: Deck, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._ui_language = ui_language
        self._build_controls()
        self._build_boxes()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 6, 0)
        for box in (self.sheet_box, self.duplex_box, self.cards_box):
            column.addWidget(box)
        column.addStretch(1)
        self.layout_choice.currentIndexChanged.connect(self._on_layout)
        for combo in (self.layout_choice, self.paper, self.card_size, self.duplex, self.language):
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.custom_width, self.custom_height, self.bleed, self.offset_x, self.offset_y):
            spin.valueChanged.connect(self.changed)
        for box in (self.cut_marks, self.edge_marks, self.ruler, self.calibration, *self.kind_boxes.values()):
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
        sheet.addRow("", self.cut_marks)
        sheet.addRow("", self.edge_marks)
        sheet.addRow("", self.ruler)

        self.duplex_box = QGroupBox(objectName="duplexBox")
        duplex = QFormLayout(self.duplex_box)
        self.duplex_label = form_row(duplex, self.duplex)
        duplex.addRow(self.duplex_hint)
        duplex.addRow(self.fold_instead)
        self.offset_x_label, self.offset_y_label = QLabel(), QLabel()
        self.offset_row = pair_row((self.offset_x_label, self.offset_x), (self.offset_y_label, self.offset_y))
        self.offset_label = QLabel()
        duplex.addRow(self.offset_label, self.offset_row)
        duplex.addRow("", self.calibration)

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
        self.cut_marks.setChecked(settings.print_cut_marks)
        select_data(self.language, self._ui_language)

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
            duplex=self.duplex.currentData(),
            back_offset_mm=(round(self.offset_x.value(), 1), round(self.offset_y.value(), 1)),
            lang=self.language.currentData(),
            themes=themes,
            kinds=kinds,
            cards=self.chosen.ids,
        )

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
        for widget in (self.duplex, self.offset_row):
            widget.setEnabled(not kit and (calibration or layout == "grid"))
        self.calibration.setEnabled(not kit and layout == "grid")

    # -- translation ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text of the form in the interface language."""
        self.sheet_box.setTitle(translate("PrintDialog", "Paper and cards"))
        self.duplex_box.setTitle(translate("PrintDialog", "Both sides"))
        self.cards_box.setTitle(translate("PrintDialog", "Which cards"))
        self.chosen.retranslate()
        self._retranslate_choices()
        labels = {
            self.layout_label: translate("PrintDialog", "Lay&out"),
            self.paper_label: translate("PrintDialog", "&Paper"),
            self.size_label: translate("PrintDialog", "Card si&ze"),
            self.custom_width_label: translate("PrintDialog", "&Width"),
            self.custom_height_label: translate("PrintDialog", "&Height"),
            self.bleed_label: translate("PrintDialog", "&Bleed"),
            self.duplex_label: translate("PrintDialog", "Pri&nting"),
            self.offset_x_label: translate("PrintDialog", "&X"),
            self.offset_y_label: translate("PrintDialog", "&Y"),
            self.language_label: translate("PrintDialog", "&Language of the cards"),
        }
        for label, text in labels.items():
            label.setText(text)
            label.buddy().setAccessibleName(plain_label(text))
        self.custom_width.setAccessibleName(translate("PrintDialog", "Custom card width"))
        self.custom_height.setAccessibleName(translate("PrintDialog", "Custom card height"))
        self.offset_label.setText(translate("PrintDialog", "Back offset"))
        self.offset_x.setAccessibleName(translate("PrintDialog", "Back offset, horizontal"))
        self.offset_y.setAccessibleName(translate("PrintDialog", "Back offset, vertical"))
        tip = translate("PrintDialog", "Shift the backs by this much to make up for the printer; "
                        "print the calibration page to measure it")
        for widget in (self.offset_x, self.offset_y):
            widget.setToolTip(tip)
        self.bleed.setToolTip(translate("PrintDialog", "Colour runs this far past the cut line, so that a cut "
                                        "a little off the line leaves no white edge"))
        self.cut_marks.setText(translate("PrintDialog", "Print &cut marks"))
        self.edge_marks.setText(translate("PrintDialog", "Cut &marks to the sheet's edges"))
        self.edge_marks.setToolTip(translate("PrintDialog", "The cut marks run from the cards to the edges of "
                                             "the sheet, to line up a guillotine"))
        self.ruler.setText(translate("PrintDialog", "&Ruler and “print at 100%”"))
        self.ruler.setToolTip(translate("PrintDialog", "A 50 mm ruler in the margin of every sheet: measure it "
                                        "to check that the printer did not shrink the page"))
        self.layout_choice.setToolTip(translate("PrintDialog", "Sheets: backs on the next page, printed on both sides. "
                                         "Fold: fronts and backs on one page, folded and glued. Print shop: "
                                         "one card per page with its bleed"))
        self.fold_instead.setText(translate("PrintDialog", "My printer does not print double-sided"))
        self.fold_instead.setToolTip(translate("PrintDialog", "Choose the “Fold and glue, one side” layout: "
                                               "each front and its back on one page, folded along the dashes "
                                               "and glued"))
        self.calibration.setText(translate("PrintDialog", "Print the c&alibration page instead of the cards"))
        self.calibration.setToolTip(translate("PrintDialog", "A double-sided sheet that measures how far your "
                                              "printer shifts the backs: read X and Y on it, then set the "
                                              "back offset"))
        self.themes_label.setText(translate("PrintDialog", "Themes"))
        self.kinds_label.setText(translate("PrintDialog", "Kinds of card"))
        self.no_theme_hint.setText(translate("PrintDialog", "Timeline events without a theme are printed only "
                                             "when every theme is ticked."))
        for widget in (*self.kind_boxes.values(), self.cut_marks, self.edge_marks, self.ruler, self.calibration,
                       self.fold_instead):
            widget.setAccessibleName(plain_label(widget.text()))

    def _retranslate_choices(self) -> None:
        """The items of the combo boxes, the kinds and the themes (named in the interface language)."""
        papers = {"a4": translate("PrintDialog", "A4"), "letter": translate("PrintDialog", "US Letter")}
        sizes = {"poker": translate("PrintDialog", "Poker, 63 × 88 mm"),
                 "tarot": translate("PrintDialog", "Tarot, 70 × 120 mm"),
                 "a7": translate("PrintDialog", "A7, 74 × 105 mm"),
                 "mini": translate("PrintDialog", "Mini, 44 × 63 mm"),
                 CUSTOM_SIZE: translate("PrintDialog", "Custom size")}
        duplex = {"long": translate("PrintDialog", "Both sides, flip on the long edge"),
                  "short": translate("PrintDialog", "Both sides, flip on the short edge"),
                  "none": translate("PrintDialog", "Fronts only")}
        layouts = {"grid": translate("PrintDialog", "Sheets, backs on the next page"),
                   "fold": translate("PrintDialog", "Fold and glue, one side"),
                   "shop": translate("PrintDialog", "Print shop, one card per page")}
        for combo, names in ((self.layout_choice, layouts), (self.paper, papers), (self.card_size, sizes),
                             (self.duplex, duplex)):
            for i in range(combo.count()):
                combo.setItemText(i, names[combo.itemData(i)])
        kinds = {"fact": translate("PrintDialog", "&Facts"), "debate": translate("PrintDialog", "&Debates"),
                 "event": translate("PrintDialog", "&Events")}
        for kind, box in self.kind_boxes.items():
            box.setText(kinds[kind])
        for theme in self._deck.themes:
            box = self.theme_boxes[theme.id]
            name = theme.name.get(self._ui_language)
            box.setText(name.replace("&", "&&"))
            box.setAccessibleName(translate("PrintDialog", "Theme: %1").replace("%1", name))
