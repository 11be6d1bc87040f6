"""The editor's list of cards: every card file the deck reads, new cards where they belong, a filter,
and a file that can no longer be read."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
