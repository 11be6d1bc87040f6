"""In English the stage and the status line say "Vote before" / "Vote after", while the console's
buttons, hints and dialog said "first vote" / "second vote" for the same votes ("Ask the phones for
the first vote", "Close without the second vote"). An English console walked through two debates,
counts typed then the phones, the question before closing, back, time up: every text it shows (a
button's, a label's, a tooltip, the status line, the question's buttons) names the votes one way,
and the primary button and the debate's buttons show their words whole at 1366×768."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QPushButton, QWidget

from .conftest import deliberately, go_to_phase

OTHER_NAMES = re.compile(r"\b(first|second)\s+vote", re.IGNORECASE)
NAMED = re.compile(r"\bvote\s+(before|after)\b", re.IGNORECASE)


def _shown(window: QWidget) -> set[str]:
    """Every text ``window`` shows: buttons, labels, group titles, tooltips (a mnemonic's & dropped)."""
    texts = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
    return {" ".join(t.replace("&", "").split()) for t in texts if t}


def _whole(console) -> None:
    """The primary button shows its step's words whole (on two lines at most), and each button of the
    debate that names a vote is as wide as its words."""
    button = console.next_panel.button
    assert button.text().replace("\n", " ") == button.toolTip(), (button.text(), button.toolTip())
    for pushed in console.phase.debate.findChildren(QPushButton):
        if pushed.isVisibleTo(console) and NAMED.search(pushed.text()):
            assert pushed.width() >= pushed.sizeHint().width(), (pushed.text(), pushed.width())


def test_an_english_console_names_the_votes_as_the_stage_does(qtbot, console, translations, in_app_font) -> None:
    translations.set_language("en")
    c, seen = console.controller, set()

    def look(window: QWidget | None = None) -> None:
        QApplication.processEvents()
        seen.update(_shown(window or console))
        if window is None:
            seen.add(console.status_line.text())
            _whole(console)

    def key(k) -> None:
        deliberately(qtbot, console)
        qtbot.keyClick(console, k)
        look()

    go_to_phase(c)
    look()
    key(Qt.Key.Key_PageDown)  # the debate opened: waiting for the vote before
    debate = console.phase.debate
    debate.votes["before"].set_counts(7, 4, 2)
    look()
    key(Qt.Key.Key_PageDown)  # recorded and shown
    key(Qt.Key.Key_PageUp)  # back: the showing taken back, "Show the vote before"
    key(Qt.Key.Key_PageDown)
    qtbot.mouseClick(debate.close_button, Qt.MouseButton.LeftButton)  # no vote after yet: asked first
    qtbot.waitUntil(lambda: debate.close_question is not None and debate.close_question.isVisible())
    look(debate.close_question)
    debate.close_question.reject()  # keep debating
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    debate.votes["after"].set_counts(3, 9, 1)
    look()
    key(Qt.Key.Key_PageDown)  # the vote after and the shift shown: the sides stay
    key(Qt.Key.Key_PageUp)
    key(Qt.Key.Key_PageDown)
    key(Qt.Key.Key_PageDown)  # closed, and the next debate opened
    console.phones.turn_on("127.0.0.1", 0)
    qtbot.waitUntil(lambda: console.phones.on, timeout=5000)
    look()  # ask the phones for the vote before
    key(Qt.Key.Key_PageDown)
    c.act(c.session.record_vote, "before", {"agree": 1, "disagree": 1, "undecided": 0})
    c.act(c.session.reveal_votes, "before")
    console.phones.done_with_vote()
    look()  # debate, then ask the phones for the vote after
    console.phones.turn_off()
    c.session.clock.advance(c.state.agenda.current.remaining(c.session.now()) + 1)
    c._on_tick()  # time is up: close without the vote after
    look()

    others = sorted(t for t in seen if OTHER_NAMES.search(t))
    assert not others, others
    named = sorted(t for t in seen if NAMED.search(t))
    for words in ("Waiting for the vote before", "Record and show the vote before", "Show the vote before",
                  "Debate, then take the vote after", "Close without the vote after",
                  "Record and show the vote after and the shift", "Show the vote after and the shift",
                  "The sides stay once the vote after is shown", "Ask the phones for the vote before",
                  "Debate, then ask the phones for the vote after",
                  "Close without the vote after, then next phase: "):
        assert any(t.startswith(words) for t in seen), (words, named)
