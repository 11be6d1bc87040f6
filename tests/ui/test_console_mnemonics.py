"""No two controls a window shows at once answer the same Alt+letter: a clash makes Alt+P give
the Projection menu or the Pause button depending on focus, and Qt cycles between them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

_MNEMONIC = re.compile(r"&([^&\s])")


def _letters(console) -> dict[str, list[str]]:
    """Alt letters of what is visible: the menu bar's menus, buttons, labels with a buddy."""
    seen: dict[str, list[str]] = {}
    bar = console.menuBar() if hasattr(console, "menuBar") else None
    texts = [action.text() for action in bar.actions() if action.isVisible()] if bar is not None else []
    texts += [w.text() for w in console.findChildren(QAbstractButton) if w.isVisibleTo(console)]
    texts += [w.text() for w in console.findChildren(QLabel) if w.isVisibleTo(console) and w.buddy() is not None]
    for text in texts:
        found = _MNEMONIC.search(text.replace("&&", ""))
        if found:
            seen.setdefault(found.group(1).casefold(), []).append(text)
    return seen


@pytest.mark.parametrize("phones", [False, True])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_phase_page_has_no_two_controls_on_one_alt_letter(console, translations, lang, phones) -> None:
    translations.set_language(lang)
    c = console.controller
    if phones:
        console.phones.turn_on("127.0.0.1", 0)  # the phones' buttons show; the console's fixture turns them off
    pages = 0
    for phase in [p.id for p in c.state.agenda.phases]:
        c.act(c.session.start_phase, phase)
        if phase == "debates":
            c.act(c.session.open_round)
        for _ in range(3):
            QApplication.processEvents()
        for paused in (False, True):  # "Pause" becomes "Resume": another letter on the same page
            if paused:
                c.act(c.session.pause_timer)
                QApplication.processEvents()
            letters = _letters(console)
            assert len(letters) >= 6, letters  # the page and its menus were read
            clashes = {letter: texts for letter, texts in letters.items() if len(texts) > 1}
            assert not clashes, (phase, paused, clashes)
        c.act(c.session.resume_timer)
        pages += 1
    assert pages == 5


@pytest.mark.parametrize("phones", [False, True])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_debate_page_with_its_votes_shown_has_no_two_controls_on_one_alt_letter(console, translations, lang,
                                                                                     phones) -> None:
    """Once a vote is shown its Record button reads « Corriger (affiché) »: "Correct (sho&wn)" took
    Alt+W from "Dra&w sides"."""
    translations.set_language(lang)
    c = console.controller
    if phones:
        console.phones.turn_on("127.0.0.1", 0)
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    for stage in ("before", "after"):
        c.act(c.session.record_vote, stage, {"agree": 3, "disagree": 2, "undecided": 1})
        c.act(c.session.reveal_votes, stage)
        for _ in range(3):
            QApplication.processEvents()
        letters = _letters(console)
        assert not {letter: texts for letter, texts in letters.items() if len(texts) > 1}, stage


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_start_screen_has_no_two_controls_on_one_alt_letter(qtbot, qapp, translations, lang) -> None:
    from bataille.deck import bundled_deck_path, load_deck
    from bataille.ui.start.window import StartWindow

    translations.set_language(lang)
    start = StartWindow(None, lang)
    qtbot.addWidget(start)
    start.set_deck(load_deck(bundled_deck_path()))
    start.resize(1366, 768)
    start.show()
    QApplication.processEvents()
    letters = _letters(start)
    assert len(letters) >= 10, letters
    assert not {letter: texts for letter, texts in letters.items() if len(texts) > 1}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_deck_window_and_its_print_dialog_have_no_two_controls_on_one_alt_letter(qtbot, translations,
                                                                                      small_deck, lang) -> None:
    from bataille.ui.print.dialog import PrintDialog
    from bataille.ui.settings import Settings

    from .editor_helpers import editor_window

    translations.set_language(lang)
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    for editing in (False, True):
        window.set_editing(editing)
        QApplication.processEvents()
        letters = _letters(window)
        assert len(letters) >= 5, letters
        assert not {letter: texts for letter, texts in letters.items() if len(texts) > 1}, editing
    dialog = PrintDialog(window.deck, Settings(), lang, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    letters = _letters(dialog)
    assert len(letters) >= 3, letters
    assert not {letter: texts for letter, texts in letters.items() if len(texts) > 1}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_labelled_box_of_the_debate_page_has_an_alt_letter(console, translations, lang) -> None:
    """A label names its box for the keyboard too: « Fait : » had no Alt letter in French, where
    English had "&Fact:", and reaching the fact box took Tabs. (The six counts are reached by Tab
    from the first, where the keyboard is when a debate opens.)"""
    translations.set_language(lang)
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    QApplication.processEvents()
    page = console.phase.debate
    counts = [w for box in page.votes.values() for w in box.findChildren(QLabel)]  # Tab from the first
    labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(console) and w.buddy() is not None
              and w not in counts]
    assert len(labels) >= 4, [w.text() for w in labels]
    assert all(_MNEMONIC.search(w.text().replace("&&", "")) for w in labels), [w.text() for w in labels]
