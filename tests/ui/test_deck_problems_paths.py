"""The deck window names a deck's files as its folder does (cards/cards.yaml:26:11: …), not by their
full paths, long enough to push the message out of sight; the full path stays on hover and in the
copy (`bataille validate` prints its lines as before: it does not share this code)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from .editor_helpers import editor_window


def test_the_problem_list_names_files_in_the_deck_folder_and_in_full_on_hover(qtbot, translations, small_deck):
    cards = small_deck / "cards" / "cards.yaml"
    cards.write_text(cards.read_text(encoding="utf-8").replace("year: 1956", "year: mille"), encoding="utf-8")
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    qtbot.waitUntil(window.problems.isVisible, timeout=3000)
    panel = window.problems
    problem = window.watcher.problems[0]
    assert Path(problem.path).is_absolute()  # the deck is outside the current folder
    item = panel.list.item(0)
    assert item.text().startswith(f"cards/cards.yaml:{problem.line}:{problem.col}: «\u00a0Année\u00a0»"), item.text()
    assert str(small_deck) not in item.text()
    assert item.toolTip().startswith(f"{problem.path}:{problem.line}:{problem.col}: ")
    panel.copy_to_clipboard()  # pasted elsewhere, each line still leads to its file
    assert QGuiApplication.clipboard().text().startswith(f"{problem.path}:{problem.line}:")


def test_the_sentence_why_no_card_shows_names_the_file_in_the_deck_folder(qtbot, translations, small_deck):
    manifest = small_deck / "cards" / "deck.yaml"
    good = manifest.read_text(encoding="utf-8")
    manifest.write_text("id: [unclosed\n", encoding="utf-8")
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    hint, tip = window.browser.view.hint, window.browser.view.toolTip()
    assert "tant que cards/deck.yaml n’est pas corrigé" in hint, hint
    assert str(small_deck) not in hint
    assert tip == window.watcher.problems[0].path and Path(tip).is_absolute()  # in full on hover
    window.choose_language("en")
    qtbot.waitUntil(lambda: "until cards/deck.yaml is fixed" in window.browser.view.hint, timeout=3000)
    manifest.write_text(good, encoding="utf-8")
    window.watcher.reload()
    assert window.deck is not None and window.browser.view.toolTip() == ""
