"""The editor as a person sees it, on the bundled deck: a picture of each page, at 1366×768 and 1920×1080.

The pictures go to $BATAILLE_SHOTS when set (to look at them), else to the test's own folder.
Each one is also checked for what a look would catch: labels cut short, an empty preview.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.deck.conftest import copy_bundled_deck

from .editor_helpers import editor_window, wait_refresh


def clipped_labels(widget) -> list[str]:
    """Visible labels narrower than their text (a word cut off)."""
    return [label.text() for label in widget.findChildren(QLabel)
            if label.isVisibleTo(widget) and label.text() and not label.wordWrap()
            and label.width() < label.minimumSizeHint().width()]


# The laptop size in every run; the projector size with the long campaigns (make test-slow).
@pytest.mark.parametrize("size", [(1366, 768), pytest.param((1920, 1080), marks=pytest.mark.slow)])
def test_pictures_of_the_editor(qtbot, translations, tmp_path, size):
    deck = copy_bundled_deck(tmp_path / "deck")
    shots = Path(os.environ.get("BATAILLE_SHOTS", tmp_path))
    window = editor_window(qtbot, translations, deck)
    window.resize(*size)
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    draft_deck = window.editing.draft.deck
    width = size[0]
    for kind in ("fact", "debate", "event"):
        card = next(c for c in draft_deck.cards if c.kind == kind)
        editor.cards.cards.choose(card.id)
        wait_refresh(qtbot, editor)
        assert editor.cards.previews.shown == card.id
        assert editor.cards.previews.stage.scene is not None
        window.grab().save(str(shots / f"editor-{kind}-{width}.png"))
        assert clipped_labels(editor.cards.form) == [], kind
        form = editor.cards.form
        for key in ("title", "text", "claim"):
            if form.field(key, "fr") is not None:  # French and English side by side, as wide as each other
                assert abs(form.field(key, "fr").width() - form.field(key, "en").width()) <= 2, (kind, key)
        # each column says its language, above it, in the interface's language
        for lang, name in (("fr", "Français"), ("en", "Anglais")):
            heading = form.findChild(QLabel, f"languageHeader_{lang}")
            assert heading is not None and name in heading.text() and heading.isVisibleTo(window), (kind, lang)
            title = form.field("title", lang)
            left = title.mapTo(window, title.rect().topLeft())
            assert abs(heading.mapTo(window, heading.rect().topLeft()).x() - left.x()) <= 2, (kind, lang)
            assert heading.mapTo(window, heading.rect().topLeft()).y() < left.y()
        url = form.field("sources", 0, "url")
        if url is not None:  # a long address shows its start (https://…), not its end
            assert url.editor.cursorPosition() == 0
        checked = form.field("sources", 0, "checked")
        if checked is not None:  # beside its label, not adrift in the middle of the row
            label = form.findChild(QLabel, "label_checked")
            assert checked.editor.mapTo(window, checked.editor.rect().topLeft()).x() - \
                label.mapTo(window, label.rect().topRight()).x() < 30
    pages = ((editor.themes, "theme"), (editor.scenarios, "scenario"), (editor.agenda, "agenda"))
    for page, name in pages:
        editor.tabs.setCurrentWidget(page)
        wait_refresh(qtbot, editor)
        qtbot.wait(100)  # the pages' layouts settle on the next turns of the event loop
        window.grab().save(str(shots / f"editor-{name}-{width}.png"))
        for form in page.forms():
            assert clipped_labels(form) == [], name
