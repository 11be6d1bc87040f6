"""The deck browser against a real deck on disk: cards, filters, language, live reload."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from bataille.ui.deck_window.browser import ALL, ThemeRole
from bataille.ui.deck_window.card_list import NO_THEME
from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.settings import Settings


def visible_ids(window: DeckWindow) -> list[str]:
    return [card.id for card in window.browser.visible_cards()]


def visible_titles(window: DeckWindow) -> list[str]:
    model = window.browser.filter
    return [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def replace_file(path: Path, text: str) -> None:
    """Save as editors do: write a new file, then rename it over the old one."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_browser_shows_every_card_of_the_deck(window: DeckWindow) -> None:
    assert visible_ids(window) == ["env-water", "env-debate", "bias-faces", "ev-1956"]
    assert visible_titles(window)[0] == "L'eau des centres de données"
    themes = [window.browser.theme_list.item(row).text() for row in range(window.browser.theme_list.count())]
    assert themes == ["Tous les thèmes (4)", "Impact environnemental (2)", "Biais algorithmiques (1)",
                      "Frise, sans thème (1)"]
    assert window.browser.count_label.text() == "4 cartes"
    assert not window.problems.isVisible()
    assert "Petit jeu d'essai" in window.windowTitle()


def test_filters_by_theme_kind_and_words(window: DeckWindow) -> None:
    browser = window.browser
    browser.select_theme("bias")
    assert visible_ids(window) == ["bias-faces"]
    browser.select_theme(NO_THEME)
    assert visible_ids(window) == ["ev-1956"]
    browser.select_theme("environment")
    browser.select_kind("debate")
    assert visible_ids(window) == ["env-debate"]
    assert browser.count_label.text() == "1 carte affichée sur 4"

    browser.select_theme(ALL)
    browser.select_kind("fact")
    assert visible_ids(window) == ["env-water", "bias-faces"]
    browser.select_kind(None)
    browser.search.setText("conference")  # no accent typed: still finds « Conférence »
    assert visible_ids(window) == ["ev-1956"]
    browser.search.setText("BUOLAMWINI 2018")  # sources are searched too, every word must match
    assert visible_ids(window) == ["bias-faces"]
    browser.search.setText("no such words")
    assert visible_ids(window) == []
    browser.search.clear()
    assert len(visible_ids(window)) == 4


def test_language_switch_changes_deck_and_interface_texts(qtbot, window: DeckWindow) -> None:
    browser = window.browser
    assert browser.kind_combo.itemText(0) == "Tous les types"
    assert window.file_menu.title() == "&Fichier"

    english = browser.findChild(type(browser.language_buttons.buttons()[0]), "language_en")
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton)

    assert visible_titles(window) == ["Data-centre water", "Frugality first", "Faces misread",
                                      "Dartmouth workshop"]
    # Qt posts LanguageChange to every widget: the interface follows on the next event loop turn.
    qtbot.waitUntil(lambda: browser.kind_combo.itemText(0) == "All kinds")
    assert window.file_menu.title() == "&File"
    assert browser.theme_list.item(1).text() == "Environmental impact (2)"
    assert browser.count_label.text() == "4 cards"
    assert english.isChecked()
    assert Settings().language == "en"  # remembered for the next start


def test_invalid_edit_on_disk_shows_problems_and_keeps_the_last_good_deck(
    qtbot, window: DeckWindow, small_deck: Path
) -> None:
    cards = small_deck / "cards" / "cards.yaml"
    good = cards.read_text(encoding="utf-8")
    replace_file(cards, good.replace("year: 1956", "year: vers 1956"))

    qtbot.waitUntil(lambda: window.problems.isVisible(), timeout=5000)
    assert any("cards.yaml:" in line and "Année" in line for line in window.problems.problems)  # the form's label
    assert visible_ids(window) == ["env-water", "env-debate", "bias-faces", "ev-1956"]
    assert window.deck is not None and window.deck.card("ev-1956").year == 1956

    # The file was replaced, not rewritten: the watcher must still follow the new one.
    replace_file(cards, good.replace("Visages mal reconnus", "Visages méconnus"))
    qtbot.waitUntil(lambda: not window.problems.isVisible(), timeout=5000)
    assert "Visages méconnus" in visible_titles(window)


def test_a_deck_that_never_loaded_shows_problems_and_no_cards(
    qtbot, translations, small_deck: Path
) -> None:
    (small_deck / "cards" / "deck.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    window = DeckWindow(translations, Settings())
    qtbot.addWidget(window)
    window.open_deck(small_deck)
    window.show()
    assert window.deck is None
    assert window.problems.isVisible() and window.problems.problems
    assert visible_ids(window) == []
    assert window.browser.count_label.text() == "Aucune carte à afficher."
    # Not "All themes (0)": no theme is claimed empty; the view says why in a sentence, and what to do.
    assert window.browser.theme_list.count() == 0
    hint = window.browser.view.hint
    assert hint.startswith("Les cartes ne peuvent pas s’afficher ici tant que ") and "cards/deck.yaml" in hint
    assert "Ctrl+E" in hint
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.browser.view.hint.startswith("The cards cannot be shown here until "))


def test_every_control_has_an_accessible_name_and_takes_the_keyboard(window: DeckWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    controls = [w for cls in (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit)
                for w in window.findChildren(cls) if w.isVisibleTo(window)]
    assert len(controls) >= 6
    for control in controls:
        name = control.accessibleName() or (control.text() if isinstance(control, QAbstractButton) else "")
        assert name, f"{control.objectName() or type(control).__name__} has no accessible name"
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


def test_every_theme_entry_has_a_mark_and_says_what_it_shows(window: DeckWindow) -> None:
    """The timeline's entry has a mark of its own (a line with ticks, as on the back of a printed event
    card), not a bare square; "All themes" says what it shows, as each theme does."""
    browser = window.browser
    entries = [browser.theme_list.item(row) for row in range(browser.theme_list.count())]
    timeline = next(item for item in entries if item.data(ThemeRole) == NO_THEME)
    picture = timeline.icon().pixmap(40, 40).toImage()
    colours = {picture.pixelColor(x, y).name() for x in range(40) for y in range(40) if picture.pixelColor(x, y).alpha() == 255}
    assert "#ffffff" in colours and len(colours) > 2
    browser.select_theme(NO_THEME)
    assert browser.theme_description.text() == "Événements datés qui n’appartiennent à aucun thème."
    browser.select_theme(ALL)
    assert browser.theme_description.text().startswith("Toutes les cartes du jeu.")
