"""The print window's preview asks for no more work than the page shown: the first page is drawn
as soon as the window shows (the pause is for options changed in a row, not for opening), a page
drawn before comes back from memory, and a page being drawn is not started over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import Deck
from bataille.export.cards_sheets import PrintOptions
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.print.preview import PreviewRenderer, pdftoppm_path
from bataille.ui.settings import Settings

from .test_print_dialog import PREVIEW_TIMEOUT_MS, needs_poppler, open_dialog


@pytest.fixture(scope="module")
def bundled() -> Deck:
    return load_deck(bundled_deck_path())


def test_the_first_page_is_asked_for_as_the_window_shows(qtbot, bundled: Deck) -> None:
    dialog = PrintDialog(bundled, Settings(), "fr")
    qtbot.addWidget(dialog)
    asked: list[int] = []
    dialog.renderer.request = lambda deck, options, page, *rest, **kw: asked.append(page)  # held back
    dialog._debounce.setInterval(600_000)  # the pause after an option change never ends here
    dialog.resize(1366, 768)
    dialog.show()
    QCoreApplication.processEvents()
    assert asked == [0]  # the page shown, and that one only
    assert not dialog._debounce.isActive()


@needs_poppler
def test_a_page_seen_before_comes_back_without_being_drawn_again(qtbot, bundled: Deck) -> None:
    dialog = open_dialog(qtbot, bundled)
    first = dialog.preview_image()
    assert not first.isNull()
    with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        dialog.page.setValue(2)
    assert dialog.preview_image().cacheKey() != first.cacheKey()
    dialog.page.setValue(1)
    with qtbot.waitSignal(dialog.previewUpdated, timeout=1000):
        dialog._render_preview()  # as the pause's end does
    assert not dialog.renderer.busy()  # nothing started on the pool
    assert dialog.preview_image().cacheKey() == first.cacheKey()
    assert dialog.side.text() and dialog.page.value() == 1


@needs_poppler
def test_a_page_being_drawn_is_not_started_over(qtbot, bundled: Deck) -> None:
    renderer = PreviewRenderer(tool=pdftoppm_path())
    options = PrintOptions()
    first = renderer.request(bundled, options, 0, False, 40)
    again = renderer.request(bundled, options, 0, False, 40)  # a resize that keeps the resolution
    assert again == first and len(renderer._jobs) == 1
    with qtbot.waitSignal(renderer.finished, timeout=PREVIEW_TIMEOUT_MS) as done:
        pass
    assert done.args[0].generation == first and done.args[0].image is not None
    # The same deck read again is another object: its pages are drawn anew, never taken from memory.
    reread = load_deck(bundled_deck_path())
    renderer.request(reread, options, 0, False, 40)
    assert renderer.busy()
    renderer.wait()
