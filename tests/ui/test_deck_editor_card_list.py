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
