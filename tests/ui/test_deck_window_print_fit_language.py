"""What the printed card cannot hold is said in the interface's language as soon as the teacher changes it
(Preferences), for every card listed, not only the card shown: no edit of the deck is needed first."""

from __future__ import annotations

from bataille.ui.deck_window.editor.editor import WhereRole

from .editor_helpers import editor_window, wait_refresh

LONG = " ".join(["Une phrase bien trop longue pour tenir sur la carte imprimée."] * 20)
FACES = ("cards/cards.yaml", ("cards", 2))  # bias-faces, the third card of the small deck, never opened here


def make_too_long(folder) -> None:
    cards = folder / "cards" / "cards.yaml"
    text = cards.read_text(encoding="utf-8")
    before = "fr: Les systèmes commerciaux se trompaient bien plus souvent sur les femmes à peau foncée."
    assert before in text
    cards.write_text(text.replace(before, f"fr: {LONG}"), encoding="utf-8")


def settled(qtbot, editor) -> None:
    wait_refresh(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.print_fits.busy, timeout=10_000)
    wait_refresh(qtbot, editor)


def speak(qtbot, translations, editor, lang: str) -> None:
    """The interface in ``lang``, as Preferences sets it: the editor makes its pages again in it."""
    pages = editor.cards
    translations.set_language(lang)
    qtbot.waitUntil(lambda: editor.cards is not pages, timeout=3000)
    wait_refresh(qtbot, editor)


def said_of(editor, where) -> str:
    rows = (editor.problem_list.item(r) for r in range(editor.problem_list.count()))
    return next(item.text() for item in rows if item.data(WhereRole) == where)


def test_the_warnings_of_cards_not_shown_follow_the_language_at_once(qtbot, translations, small_deck):
    make_too_long(small_deck)
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    settled(qtbot, editor)
    assert editor.cards.cards.current_id() == "env-water"
    french = said_of(editor, FACES)
    assert "dépasse de" in french and "Ne tiendra pas" in french, french
    version = window.editing.draft.texts["cards/cards.yaml"]
    speak(qtbot, translations, editor, "en")
    assert not editor.print_fits.busy  # nothing laid out again: the deck has not changed
    assert window.editing.draft.texts["cards/cards.yaml"] == version
    english = said_of(editor, FACES)
    assert english.startswith("cards/cards.yaml:") and "Will not fit on the printed card" in english
    assert "needs" in english and "shorten it or choose a larger card size" in english, english
    assert "dépasse" not in english
    speak(qtbot, translations, editor, "fr")
    assert said_of(editor, FACES) == french


def test_the_warnings_follow_the_language_from_another_page_too(qtbot, translations, small_deck):
    make_too_long(small_deck)
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("bias-faces")  # the card shown, then another page
    settled(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    assert "dépasse de" in said_of(editor, FACES)
    speak(qtbot, translations, editor, "en")
    english = said_of(editor, FACES)
    assert "needs" in english and "dépasse" not in english, english
