"""The deck window (browser and editor) on a school laptop at 150 % display scaling (a window of
895×440 points inside), and at 125 % with a 14-point font (1077×540): in French and in English, every
label and list row whole, nothing off to the right, the window no larger than that.
(test_deck_window_scaled.py opens it at real 125 % and 150 % scaling.)"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.settings import Settings
from tests.deck.conftest import copy_bundled_deck

from .deck_fit import cut_combo, cut_labels, cut_rows, least_within, settle, sideways, whole
from .editor_helpers import forget_edits, wait_refresh

LAPTOP_150 = (895, 440)  # 1366×768 at 150 %, less Windows' taskbar and the window's title bar
LAPTOP_125_LARGE_FONT = (1077, 540)  # 1366×768 at 125 %, the same


@pytest.fixture
def large_font(qapp, app_font):
    before = qapp.font()
    font = QFont(app_font)
    font.setPointSizeF(14)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def deck_window(qtbot, translations, tmp_path, lang: str, size: tuple[int, int]) -> DeckWindow:
    translations.set_language(lang)
    window = DeckWindow(translations, Settings())
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(*size)
    window.show()
    window.open_deck(copy_bundled_deck(tmp_path / "deck"))
    settle()
    return window


def browser_usable(window: DeckWindow, size: tuple[int, int]) -> None:
    browser = window.browser
    assert least_within(window, size), window.minimumSizeHint()
    assert window.size().toTuple() == size
    assert cut_rows(browser.theme_list) == []  # never "Tous les …", nor an icon beside "…"
    search = browser.search  # its hint whole, with the clear button's room
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) + 40 <= search.width()
    assert cut_combo(browser.kind_combo) == []
    for control in (browser.search, browser.kind_combo, *browser.language_buttons.buttons(),
                    window.print_button, window.edit_button):
        assert whole(control), control.objectName()
    assert cut_labels(browser) == []
    assert browser.view.width() >= 2 * 220  # two cards a row at least


def editor_usable(qtbot, window: DeckWindow, size: tuple[int, int]) -> None:
    """Each page of the editor: the window no larger, nothing off to the right, labels and rows whole."""
    assert window.set_editing(True)
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    deck = window.editing.draft.deck
    page = editor.cards
    for kind in ("fact", "debate", "event"):
        page.cards.choose(next(c for c in deck.cards if c.kind == kind).id)
        wait_refresh(qtbot, editor)
        settle()
        assert least_within(window, size) and window.size().toTuple() == size, (kind, window.minimumSizeHint())
        assert sideways(editor) == [], kind
        assert cut_labels(page.form) == [], kind
        viewport = page.scroll.viewport()
        for lang in ("fr", "en"):  # both languages side by side, whole across, with room to write
            field = page.form.field("title", lang)
            left = field.mapTo(viewport, field.rect().topLeft()).x()
            assert left >= 0 and left + field.width() <= viewport.width(), (kind, lang)
            assert field.width() >= 12 * field.fontMetrics().averageCharWidth(), (kind, lang)
        page.scroll.ensureWidgetVisible(page.previews.printed, 0, 0)  # the card as it will be: in reach
        settle()
        printed = page.previews.printed
        assert printed.visibleRegion().boundingRect().height() > 0 and printed.width() >= 260, kind
    for other in (editor.themes, editor.scenarios, editor.agenda):
        editor.tabs.setCurrentWidget(other)
        wait_refresh(qtbot, editor)
        settle()
        assert least_within(window, size) and window.size().toTuple() == size, (other.objectName(), window.minimumSizeHint())
        assert sideways(editor) == [], other.objectName()
        for form in other.forms():
            assert cut_labels(form) == [], other.objectName()
        if hasattr(other, "list"):
            assert cut_rows(other.list) == [], other.objectName()
    editor.tabs.setCurrentWidget(page)
    wait_refresh(qtbot, editor)
    page.cards.choose(next(c for c in deck.cards if c.kind == "fact").id)
    wait_refresh(qtbot, editor)
    for lang in ("fr", "en"):  # two problems listed under the pages
        page.form.field("title", lang).set_text("")
    wait_refresh(qtbot, editor)
    qtbot.waitUntil(lambda: editor.problem_list.count() == 2 and editor.problem_list.isVisible(), timeout=3000)
    settle()
    assert least_within(window, size) and window.size().toTuple() == size, window.minimumSizeHint()
    assert editor.problem_list.height() <= window.height() // 5 + 10  # the pages keep the rest
    assert page.scroll.viewport().height() >= 120


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_browser_at_150_percent(qtbot, translations, in_app_font, tmp_path, lang):
    window = deck_window(qtbot, translations, tmp_path, lang, LAPTOP_150)
    browser_usable(window, LAPTOP_150)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_editor_at_150_percent(qtbot, translations, in_app_font, tmp_path, lang):
    window = deck_window(qtbot, translations, tmp_path, lang, LAPTOP_150)
    editor_usable(qtbot, window, LAPTOP_150)
    assert window.editing.editor.cards.splitter.stacked  # the previews under the form: it keeps its room


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_deck_window_at_125_percent_with_a_larger_font(qtbot, translations, large_font, tmp_path, lang):
    window = deck_window(qtbot, translations, tmp_path, lang, LAPTOP_125_LARGE_FONT)
    browser_usable(window, LAPTOP_125_LARGE_FONT)
    editor_usable(qtbot, window, LAPTOP_125_LARGE_FONT)


def test_a_broken_deck_leaves_the_browser_room_at_150_percent(qtbot, translations, in_app_font, tmp_path):
    """Six problems in the panel: the list scrolls within a fifth of the window, the cards keep the rest."""
    window = deck_window(qtbot, translations, tmp_path, "fr", LAPTOP_150)
    bias = window.watcher.folder / "cards" / "bias.yaml"
    bias.write_text(bias.read_text(encoding="utf-8").replace("title:", "titel:", 3), encoding="utf-8")
    window.watcher.reload()
    qtbot.waitUntil(lambda: window.problems.isVisible() and window.problems.list.count() >= 4, timeout=5000)
    settle()
    assert least_within(window, LAPTOP_150) and window.size().toTuple() == LAPTOP_150, window.minimumSizeHint()
    assert window.problems.list.height() <= LAPTOP_150[1] // 5 + 10
    assert window.problems.reload_button.isVisible() and whole(window.browser.search)


def test_three_columns_where_they_fit_and_back(qtbot, translations, in_app_font, tmp_path):
    """On a laptop at 100 % the previews stand beside the form; narrower, under it; wider again, beside."""
    window = deck_window(qtbot, translations, tmp_path, "fr", (1366, 768))
    assert window.set_editing(True)
    page = window.editing.editor.cards
    wait_refresh(qtbot, window.editing.editor)
    for size, stacked in (((1366, 768), False), (LAPTOP_150, True), ((1366, 768), False)):
        window.resize(*size)
        settle()
        assert page.splitter.stacked is stacked, size
        assert page.previews.isVisible() and sideways(window.editing.editor) == [], size
    assert page.splitter.side_scroll.widget() is page.previews  # back in its own column
