"""The print options form's words, as Qt Designer's ``retranslateUi`` would set them: the boxes'
titles, the labels, the tooltips, the combo boxes' items, the kinds and the themes (named in the
interface language). ``options_form`` calls it at each change of language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from bataille.export.calibration import RULER_MM
from bataille.ui.print.form_parts import plain_label

if TYPE_CHECKING:
    from bataille.ui.print.options_form import PrintOptionsForm

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

CUSTOM_SIZE = "custom"


def retranslate_form(form: PrintOptionsForm) -> None:
    """Set every text of the form in the interface language."""
    form.sheet_box.setTitle(translate("PrintDialog", "Paper and cards"))
    form.duplex_box.setTitle(translate("PrintDialog", "Both sides"))
    form.cards_box.setTitle(translate("PrintDialog", "Which cards"))
    form.chosen.retranslate()
    _retranslate_choices(form)
    labels = {
        form.layout_label: translate("PrintDialog", "Lay&out"),
        form.paper_label: translate("PrintDialog", "&Paper"),
        form.size_label: translate("PrintDialog", "Card si&ze"),
        form.custom_width_label: translate("PrintDialog", "&Width"),
        form.custom_height_label: translate("PrintDialog", "&Height"),
        form.bleed_label: translate("PrintDialog", "&Bleed"),
        form.duplex_label: translate("PrintDialog", "Pri&nting"),
        form.offset_x_label: translate("PrintDialog", "&X"),
        form.offset_y_label: translate("PrintDialog", "&Y"),
        form.language_label: translate("PrintDialog", "&Language of the cards"),
    }
    for label, text in labels.items():
        label.setText(text)
        label.buddy().setAccessibleName(plain_label(text))
    form.custom_width.setAccessibleName(translate("PrintDialog", "Custom card width"))
    form.custom_height.setAccessibleName(translate("PrintDialog", "Custom card height"))
    form.offset_label.setText(translate("PrintDialog", "Back offset"))
    form.offset_x.setAccessibleName(translate("PrintDialog", "Back offset, horizontal"))
    form.offset_y.setAccessibleName(translate("PrintDialog", "Back offset, vertical"))
    form.offset_warning.setText(translate("PrintDialog", "Beyond %1 mm, check the measurement on the calibration "
                                          "page: its rulers read only ±%1 mm.").replace("%1", f"{RULER_MM:g}"))
    _retranslate_tips(form)
    form.cut_marks.setText(translate("PrintDialog", "Print &cut marks"))
    form.edge_marks.setText(translate("PrintDialog", "Cut &marks to the sheet's edges"))
    form.ruler.setText(translate("PrintDialog", "&Ruler and “print at 100%”"))
    form.ink_saving.setText(translate("PrintDialog", "Save ink (black-and-white printer)"))
    form.fold_instead.setText(translate("PrintDialog", "My printer does not print double-sided"))
    form.calibration.setText(translate("PrintDialog", "Print the c&alibration page instead of the cards"))
    form.themes_label.setText(translate("PrintDialog", "Themes"))
    form.kinds_label.setText(translate("PrintDialog", "Kinds of card"))
    form.no_theme_hint.setText(translate("PrintDialog", "Timeline events without a theme are printed only "
                                         "when every theme is ticked."))
    for widget in (*form.kind_boxes.values(), form.cut_marks, form.edge_marks, form.ruler, form.calibration,
                   form.fold_instead, form.ink_saving):
        widget.setAccessibleName(plain_label(widget.text()))


def _retranslate_tips(form: PrintOptionsForm) -> None:
    """The tooltips: what each option does, in plain words."""
    tip = translate("PrintDialog", "Shift the backs by this much to make up for the printer; "
                    "print the calibration page to measure it")
    for widget in (form.offset_x, form.offset_y):
        widget.setToolTip(tip)
    bleed = translate("PrintDialog", "Bleed: the cards' colour is printed this far past the cut line, so "
                      "that scissors a little off the line leave no white edge. Keep 0 mm to cut at school; "
                      "a print shop asks for 3 mm.")
    for widget in (form.bleed, form.bleed_label):
        widget.setToolTip(bleed)
    form.ink_saving.setToolTip(translate("PrintDialog", "The backs and the coloured areas of the fronts as light "
                                         "tints and outlines: the theme's icon and name stay, the words print "
                                         "dark on light, and no page is a solid dark block"))
    form.edge_marks.setToolTip(translate("PrintDialog", "The cut marks run from the cards to the edges of "
                                         "the sheet, to line up a guillotine"))
    form.ruler.setToolTip(translate("PrintDialog", "A 50 mm ruler in the margin of every sheet: measure it "
                                    "to check that the printer did not shrink the page"))
    form.layout_choice.setToolTip(translate("PrintDialog", "Sheets: backs on the next page, printed on both sides. "
                                     "Fold: fronts and backs on one page, folded and glued. Print shop: "
                                     "one card per page with its bleed"))
    form.fold_instead.setToolTip(translate("PrintDialog", "Choose the “Fold and glue, one side” layout: "
                                           "each front and its back on one page, folded along the dashes "
                                           "and glued"))
    form.calibration.setToolTip(translate("PrintDialog", "A double-sided sheet that measures how far your "
                                          "printer shifts the backs: read X and Y on it, then set the "
                                          "back offset"))


def duplex_names() -> dict[str, str]:
    """The items of the "Printing" list: the three modes, and what the layouts that leave the
    printer no choice print (shown, greyed, in their place)."""
    return {"long": translate("PrintDialog", "Both sides, flip on the long edge"),
            "short": translate("PrintDialog", "Both sides, flip on the short edge"),
            "none": translate("PrintDialog", "Fronts only"),
            "fold": translate("PrintDialog", "One side, to fold"),
            "shop": translate("PrintDialog", "Front page, then back page")}


def _retranslate_choices(form: PrintOptionsForm) -> None:
    """The items of the combo boxes, the kinds and the themes (named in the interface language)."""
    papers = {"a4": translate("PrintDialog", "A4"), "letter": translate("PrintDialog", "US Letter")}
    sizes = {"poker": translate("PrintDialog", "Poker, 63 × 88 mm"),
             "tarot": translate("PrintDialog", "Tarot, 70 × 120 mm"),
             "a7": translate("PrintDialog", "A7, 74 × 105 mm"),
             "mini": translate("PrintDialog", "Mini, 44 × 63 mm"),
             CUSTOM_SIZE: translate("PrintDialog", "Custom size")}
    duplex = duplex_names()
    layouts = {"grid": translate("PrintDialog", "Sheets, backs on the next page"),
               "fold": translate("PrintDialog", "Fold and glue, one side"),
               "shop": translate("PrintDialog", "Print shop, one card per page")}
    for combo, names in ((form.layout_choice, layouts), (form.paper, papers), (form.card_size, sizes),
                         (form.duplex, duplex)):
        for i in range(combo.count()):
            combo.setItemText(i, names[combo.itemData(i)])
    mini = form.card_size.findData("mini")  # too small for most texts: said where it is chosen
    form.card_size.setItemData(mini, translate("PrintDialog", "Only for decks with short texts: many cards of "
                                               "the bundled deck do not fit on 44 × 63 mm"),
                               Qt.ItemDataRole.ToolTipRole)
    kinds = {"fact": translate("PrintDialog", "&Facts"), "debate": translate("PrintDialog", "&Debates"),
             "event": translate("PrintDialog", "&Events")}
    for kind, box in form.kind_boxes.items():
        box.setText(kinds[kind])
    for theme in form._deck.themes:
        box = form.theme_boxes[theme.id]
        name = theme.name.get(form._ui_language)
        box.setText(name.replace("&", "&&"))
        box.setAccessibleName(translate("PrintDialog", "Theme: %1").replace("%1", name))
