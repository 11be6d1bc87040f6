"""Cards too long for the size chosen: the print dialog named the smallest size where they all fit,
and left the teacher to find it in the list of sizes. One button now chooses it, and the dialog
follows as for any choice (the problem goes, the preview and the counts come)."""

from __future__ import annotations

from pathlib import Path

from bataille.deck import load_deck
from bataille.deck.models import Deck
from bataille.export.cards_sheets import smallest_size_that_fits

from .test_print_dialog import bundled, change, french, open_dialog  # noqa: F401 - fixtures


def test_one_click_chooses_the_smallest_size_where_the_cards_fit(qtbot, bundled: Deck) -> None:  # noqa: F811
    dialog = open_dialog(qtbot, bundled)
    assert not dialog.larger_size.isVisibleTo(dialog)  # everything fits: nothing offered
    change(qtbot, dialog, lambda: dialog.card_size.setCurrentIndex(dialog.card_size.findData("mini")))
    larger = smallest_size_that_fits(bundled, dialog.options())
    assert larger not in (None, "mini")
    name = dialog.form.size_name(larger)
    assert dialog.larger_size.isVisibleTo(dialog) and dialog.larger_size.text() == f"Choisir {name}"
    assert f"Choisissez {name}" in dialog.error_text()
    change(qtbot, dialog, dialog.larger_size.click)
    assert dialog.card_size.currentData() == larger
    assert dialog.error_text() == "" and not dialog.larger_size.isVisibleTo(dialog)
    assert dialog.page_count() > 0 and not dialog.preview_image().isNull()


def test_a_custom_size_too_small_is_offered_the_smallest_size_of_the_list(qtbot, small_deck: Path) -> None:
    deck = load_deck(small_deck)
    dialog = open_dialog(qtbot, deck, lang="en")
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("custom"))
    dialog.custom_width.setValue(25)
    change(qtbot, dialog, lambda: dialog.custom_height.setValue(30))
    larger = smallest_size_that_fits(deck, dialog.options())
    assert larger is not None and dialog.larger_size.isVisibleTo(dialog)
    assert dialog.larger_size.text() == f"Choisir {dialog.form.size_name(larger)}"  # the interface's words
    change(qtbot, dialog, dialog.larger_size.click)
    assert dialog.card_size.currentData() == larger and dialog.error_text() == ""


def test_nothing_is_offered_when_no_size_holds_the_cards(qtbot, small_deck: Path) -> None:
    """A text no card size holds: the dialog says so, and offers no button that would lead nowhere."""
    cards = small_deck / "cards" / "cards.yaml"
    long = " ".join(["Refroidir les serveurs consomme de l'eau douce."] * 38)
    cards.write_text(cards.read_text(encoding="utf-8").replace(
        "fr: Refroidir les serveurs qui entraînent un grand modèle consomme de l'eau douce.", f"fr: {long}"),
        encoding="utf-8")
    deck = load_deck(small_deck)
    dialog = open_dialog(qtbot, deck)
    change(qtbot, dialog, lambda: dialog.card_size.setCurrentIndex(dialog.card_size.findData("mini")))
    assert smallest_size_that_fits(deck, dialog.options()) is None
    assert "ni à aucun format plus grand" in dialog.error_text(), dialog.error_text()
    assert not dialog.larger_size.isVisibleTo(dialog)
