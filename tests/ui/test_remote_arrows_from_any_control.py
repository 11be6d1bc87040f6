"""A remote that sends the arrow keys (many do, and so does a laptop's keyboard) after a click on
the console: a button keeps the keyboard once clicked, and the Right arrow moved the keyboard to its
neighbour instead of taking the next step; so did the facilitator's notes once scrolled with the
mouse, and the phase's page. Right and Left now go to the next and previous step from any control
but a text or count box, where they move in the text. Real widgets, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QScrollArea

from .conftest import go_to_phase, open_console


@pytest.fixture
def debates(qtbot, translations, bundled_deck, tmp_path):
    """A French console in the debates phase, no debate open yet, its session in a file."""
    window = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    c = window.controller
    go_to_phase(c)  # the phases before skipped, the debates started
    QApplication.processEvents()
    yield window
    window.phones.turn_off()
    window.controller.close()


def _controls(console) -> dict[str, object]:
    """Controls a facilitator clicks or scrolls during a debate, which then hold the keyboard."""
    plus_one = next(b for b in console.findChildren(QPushButton) if b.text().replace("&", "") == "+1 min")
    page_scroll = next(s for s in console.findChildren(QScrollArea) if s.isVisible()
                       and s.isAncestorOf(console.phase.debate))
    return {"+1 min": plus_one, "notes": console.findChild(object, "notes"), "page": page_scroll,
            "open button": console.phase.debate.open_button, "agenda": console.findChild(object, "agendaList"),
            "phones switch": console.findChild(object, "phonesSwitch")}


@pytest.mark.parametrize("name", ["+1 min", "notes", "page", "open button", "agenda", "phones switch"])
def test_right_takes_the_next_step_and_left_takes_it_back_from(debates, qtbot, name) -> None:
    console, c = debates, debates.controller
    control = _controls(console)[name]
    control.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is control, timeout=2000)
    qtbot.keyClick(control, Qt.Key.Key_Right)
    assert c.state.open_round is not None, f"Right from {name}: no debate opened"
    control.setFocus()  # the debate opened puts the keyboard on its first count: back where the test presses
    qtbot.waitUntil(lambda: QApplication.focusWidget() is control or not control.isEnabled(), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() if control.isEnabled() else console, Qt.Key.Key_Left)
    assert c.state.open_round is None, f"Left from {name}: the debate's opening not taken back"


def test_a_text_box_keeps_its_arrows(debates, qtbot) -> None:
    console, c = debates, debates.controller
    qtbot.keyClick(console, Qt.Key.Key_Right)  # a debate open: its argument box is there
    assert c.state.open_round is not None
    box = console.phase.debate.argument_text
    assert isinstance(box, QLineEdit)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    qtbot.keyClicks(box, "Un argument")
    qtbot.keyClick(box, Qt.Key.Key_Left)
    qtbot.keyClick(box, Qt.Key.Key_Left)
    assert box.cursorPosition() == len("Un argument") - 2  # the cursor moved in the text
    assert c.state.open_round is not None and c.state.open_round.before is None  # no step taken
