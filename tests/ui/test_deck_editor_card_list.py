"""The editor's list of cards: every card file the deck reads, new cards where they belong, a filter,
and a file that can no longer be read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from .editor_helpers import editor_window, wait_refresh

IdRole = Qt.ItemDataRole.UserRole + 30

EVENTS_YML = """cards:
  - id: ev-2022
    kind: event
    theme: null
    title: {fr: Sortie de ChatGPT, en: ChatGPT comes out}
    year: 2022
    text: {fr: Un agent conversationnel pour tous., en: A chatbot for everyone.}
    sources:
      - title: Introducing ChatGPT
        publisher: OpenAI
        year: 2022
        url: https://openai.com/blog/chatgpt
"""


def listed_ids(editor) -> list[str]:
    cards = editor.cards.cards.list
    return [cards.item(r).data(IdRole) for r in range(cards.count()) if cards.item(r).data(IdRole)]


def test_cards_of_a_yml_file_are_listed_and_edited_as_the_browser_shows_them(qtbot, translations, small_deck):
    (small_deck / "cards" / "events.yml").write_text(EVENTS_YML, encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    assert window.deck is not None and len(window.deck.cards) == 5  # the browser reads .yml
    editor = window.editing.editor
    assert listed_ids(editor) == ["env-water", "env-debate", "bias-faces", "ev-1956", "ev-2022"]
    editor.cards.cards.choose("ev-2022")
    wait_refresh(qtbot, editor)
    assert editor.cards.form.where == ("cards/events.yml", ("cards", 0))
    assert editor.cards.form.field("title", "fr").text() == "Sortie de ChatGPT"


BIAS_YAML = """theme: bias
cards:
  - id: bias-cv
    kind: fact
    title: {fr: Le robot recruteur, en: The hiring robot}
    text: {fr: Il écartait les CV de femmes., en: It marked women down.}
    figure: {fr: "2018", en: "2018"}
    sources:
      - title: Amazon scraps secret AI recruiting tool
        publisher: Reuters
        year: 2018
        url: https://www.reuters.com/article/idUSKCN1MK08G
"""


def test_a_new_card_takes_the_theme_of_the_chosen_card_and_an_id_like_its_neighbours(qtbot, translations, small_deck):
    (small_deck / "cards" / "bias.yaml").write_text(BIAS_YAML, encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    draft = window.editing.draft

    cards.choose("bias-cv")  # "+ Fact" after a card of bias.yaml: a bias card, in bias.yaml
    cards.add_buttons["fact"].click()
    assert cards.current_id() == "bias-fact"
    assert cards.current_where() == ("cards/bias.yaml", ("cards", 1))
    assert "theme" not in draft.value(cards.current_where())  # the file's theme, not written again

    cards.choose("env-water")  # a card of the file's theme
    cards.add_buttons["fact"].click()
    assert cards.current_id() == "env-fact"
    assert cards.current_where() == ("cards/cards.yaml", ("cards", 1))
    assert "theme" not in draft.value(cards.current_where())  # the file's theme, not written again
    wait_refresh(qtbot, editor)
    assert editor.cards.form.field("theme").editor.currentData() == "\x00none"  # "(the theme of the file)"

    cards.choose("bias-faces")  # a card that says its own theme
    cards.add_buttons["debate"].click()
    assert cards.current_id() == "bias-debate" and cards.current_where()[0] == "cards/cards.yaml"
    assert draft.value((*cards.current_where()[:1], (*cards.current_where()[1], "theme"))) == "bias"

    cards.choose("ev-1956")  # a timeline event, no theme
    cards.add_buttons["event"].click()
    new = draft.value(cards.current_where())
    assert cards.current_id() == "ev-new" and new["theme"] is None
    assert "year" not in new and "year" not in new["sources"][0]  # no `year: null` to find and fix
    assert "null" not in draft.texts["cards/cards.yaml"].split("id: ev-new")[1].replace("theme: null", "")
    cards.add_buttons["fact"].click()  # a fact needs a theme: the file's
    assert cards.current_id() == "env-fact-2"
    assert draft.value((*cards.current_where()[:1], (*cards.current_where()[1], "theme"))) is None
    assert window.editing.editor.cards.cards.current_where()[0] == "cards/cards.yaml"


def test_a_fact_added_on_a_timeline_event_goes_to_its_theme_s_file(qtbot, translations, small_deck):
    """A teacher on a timeline event of the bias theme presses « + Fait »: the fact goes among the bias
    cards, not among the timeline's events (where it took the id "ev-fact")."""
    (small_deck / "cards" / "bias.yaml").write_text(BIAS_YAML, encoding="utf-8")
    (small_deck / "cards" / "events.yml").write_text(EVENTS_YML.replace("theme: null", "theme: bias"),
                                                     encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    cards, draft = window.editing.editor.cards.cards, window.editing.draft
    cards.choose("ev-2022")
    cards.add_buttons["fact"].click()
    assert cards.current_id() == "bias-fact"
    assert cards.current_where() == ("cards/bias.yaml", ("cards", 1))
    assert "bias-fact" not in draft.texts["cards/events.yml"]
    cards.choose("ev-2022")
    cards.add_buttons["event"].click()  # another event: right after it, among the events
    assert cards.current_where() == ("cards/events.yml", ("cards", 1))


def visible_ids(editor) -> list[str]:
    cards = editor.cards.cards.list
    return [cards.item(r).data(IdRole) for r in range(cards.count()) if not cards.item(r).isHidden()]


def test_ctrl_f_filters_the_editors_cards_as_the_browser_searches(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    window.activateWindow()
    editor = window.editing.editor
    cards = editor.cards.cards
    editor.tabs.setCurrentWidget(editor.themes)  # Ctrl+F from another page comes to the cards
    wait_refresh(qtbot, editor)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(cards.filter.hasFocus, timeout=3000)
    assert editor.tabs.currentWidget() is editor.cards and not window.browser.search.hasFocus()

    qtbot.keyClicks(cards.filter, "conference")  # no accent typed: « Conférence de Dartmouth »
    assert visible_ids(editor) == ["ev-1956"] and cards.current_id() == "ev-1956"
    assert cards.heading.accessibleName() == "Cartes\u00a0: 1 sur 4"
    cards.filter.clear()
    cards.filter.insert("l’eau des")  # typed with a typeset apostrophe, it finds the file's straight one
    assert visible_ids(editor) == ["env-water"] and cards.current_id() == "env-water"
    qtbot.keyClick(cards.filter, Qt.Key.Key_Down)
    assert cards.list.hasFocus()
    cards.filter.setFocus()
    qtbot.keyClicks(cards.filter, "xyzzy")
    assert visible_ids(editor) == ["env-water"]  # the chosen card stays, and the heading says why
    assert "aucune" in cards.heading.accessibleName()
    qtbot.keyClick(cards.filter, Qt.Key.Key_Escape)
    assert cards.filter.text() == "" and len(visible_ids(editor)) == 4

    window.set_editing(False)  # browsing again: Ctrl+F is the browser's search
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.browser.search.hasFocus, timeout=3000)


def test_larger_and_smaller_cards_resize_the_page_shown_and_it_alone(qtbot, translations, small_deck):
    from PySide6.QtWidgets import QApplication

    window = editor_window(qtbot, translations, small_deck)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    before, browser_before = editor.cards.previews.width(), window.browser.card_width()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.cards.previews.width() > before, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.cards.previews.width() == before, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert window.browser.card_width() == browser_before  # the hidden browser's cards stay as they were

    window.set_editing(False)  # browsing again: the browser's cards, and not the editor's previews
    shown = editor.cards.previews.width()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert window.browser.card_width() > browser_before and editor.cards.previews.width() == shown



def test_a_long_title_stays_within_the_list_and_its_tooltip_gives_it_whole(qtbot, translations, small_deck):
    """At 1366×768 the list is narrower than most titles: each row fits the list (its text wrapped,
    see test_deck_editor_card_titles.py), and no horizontal scroll bar hides the rows' ends; the
    filter's placeholder fits too."""
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards.list
    cards.setFixedWidth(170)  # as narrow as a splitter lets it be
    qtbot.waitUntil(lambda: cards.viewport().width() < 170)
    row = next(r for r in range(cards.count()) if cards.item(r).data(IdRole) == "env-water")
    item = cards.item(row)
    assert cards.fontMetrics().horizontalAdvance(item.text()) > cards.viewport().width()  # a title too long
    assert cards.visualItemRect(item).width() <= cards.viewport().width()
    assert cards.horizontalScrollBar().maximum() == 0 and not cards.horizontalScrollBar().isVisible()
    assert cards.textElideMode() == Qt.TextElideMode.ElideRight
    assert item.toolTip().startswith("L'eau des centres de données\nenv-water — cards/")
    list_filter = editor.cards.cards.filter
    assert list_filter.placeholderText() == "Filtrer les cartes…"
    assert "identifiant" in list_filter.toolTip()


def test_each_list_of_a_form_adds_an_item_it_names(qtbot, translations, small_deck):
    """« + Source », « + Argument »: the buttons above a form's lists say what they add, as the card
    list's « + Fait » does."""
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    for card_id, names in (("env-water", {"add_sources": "+ Source"}),
                           ("env-debate", {"add_prompts_for": "+ Argument", "add_prompts_against": "+ Argument"})):
        editor.cards.cards.choose(card_id)
        wait_refresh(qtbot, editor)
        for name, text in names.items():
            button = editor.cards.form.findChild(QPushButton, name)
            assert button is not None and button.text() == text, name
    headings = [label.text() for label in editor.cards.form.findChildren(QLabel)]
    assert "<b>Arguments pour</b>" in headings and "<b>Arguments contre</b>" in headings
    # The themes' and the scenarios' lists, as the card list: what they add, and « Supprimer ».
    for page, text in ((editor.themes, "+ Thème"), (editor.scenarios, "+ Scénario")):
        assert (page.add_button.text(), page.remove_button.text()) == (text, "Supprimer")
