"""The editor's card list shows each card's whole title: wrapped on two lines at the list's width
(1366×768 and 1920×1080, French and English), "…" only beyond two lines, and wrapped again when
the list grows narrower."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from tests.deck.conftest import copy_bundled_deck

from .deck_fit import cut_rows, settle
from .editor_helpers import editor_window, wait_refresh

IdRole = Qt.ItemDataRole.UserRole + 30


def open_editor(qtbot, translations, tmp_path, lang, size):
    translations.set_language(lang)
    window = editor_window(qtbot, translations, copy_bundled_deck(tmp_path / "deck"))
    window.resize(*size)
    wait_refresh(qtbot, window.editing.editor)
    settle()
    qtbot.wait(150)  # the rows are laid out again 100 ms after the list's width changed
    return window


def two_line_rows(cards) -> int:
    lines = QFontMetrics(cards.font()).lineSpacing()
    return sum(cards.visualItemRect(cards.item(r)).height() >= 2 * lines for r in range(cards.count()))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_title_of_the_bundled_deck_reads_whole_in_the_list(qtbot, translations, in_app_font, tmp_path, lang,
                                                                size):
    window = open_editor(qtbot, translations, tmp_path, lang, size)
    cards = window.editing.editor.cards.cards.list
    longest = max((cards.item(r) for r in range(cards.count())), key=lambda item: len(item.text()))
    assert cards.fontMetrics().horizontalAdvance(longest.text()) > cards.viewport().width()  # too long for one line
    assert cut_rows(cards) == []
    assert two_line_rows(cards) >= 10  # the long titles wrapped, on two lines
    assert cards.horizontalScrollBar().maximum() == 0 and not cards.horizontalScrollBar().isVisible()
    assert all(cards.visualItemRect(cards.item(r)).right() <= cards.viewport().width()
               for r in range(cards.count()))


def test_a_narrower_list_wraps_its_titles_again(qtbot, translations, tmp_path):
    window = open_editor(qtbot, translations, tmp_path, "fr", (1366, 768))
    cards = window.editing.editor.cards.cards.list
    wide = two_line_rows(cards)
    cards.setFixedWidth(cards.width() - 60)  # the splitter's handle dragged to the left
    qtbot.waitUntil(lambda: two_line_rows(cards) > wide, timeout=3000)
    cards.setMinimumWidth(0)
    cards.setMaximumWidth(16777215)
    window.resize(1100, 700)  # narrower and lower at once
    settle()
    qtbot.wait(150)
    assert cut_rows(cards) == []


def test_a_title_longer_than_two_lines_ends_in_an_ellipsis_and_its_tooltip_gives_it_whole(qtbot, translations,
                                                                                          small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("env-water")
    wait_refresh(qtbot, editor)
    long_title = "L’eau des centres de données, " * 8 + "et la fin"
    editor.cards.form.field("title", "fr").set_text(long_title)
    wait_refresh(qtbot, editor)
    settle()
    item = next(cards.list.item(r) for r in range(cards.list.count()) if cards.list.item(r).data(IdRole) == "env-water")
    lines = QFontMetrics(cards.list.font()).lineSpacing()
    height = cards.list.visualItemRect(item).height()
    assert 2 * lines <= height < 3 * lines  # two lines, not eight: the list stays a list
    assert cut_rows(cards.list) == [item.text()]  # the style ends the second line in "…"
    assert item.toolTip().startswith(long_title + "\n")

