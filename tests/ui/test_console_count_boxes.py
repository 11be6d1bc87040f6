"""A vote count typed into its box replaces what the box holds, however it was reached: clicked
after its « 0 », « 12 » made 120 raised hands (Tab selected the number; a click put the cursor
where it fell)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest


def test_a_count_clicked_into_is_typed_over(console, qtbot) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    box = console.phase.debate.votes["before"].boxes["agree"]
    qtbot.waitUntil(box.isVisible, timeout=2000)
    edit = box.lineEdit()
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 4, edit.height() // 2))
    qtbot.waitUntil(lambda: edit.selectedText() == "0", timeout=1000)
    QTest.keyClicks(edit, "12")
    assert box.value() == 12
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(2, edit.height() // 2))  # already in it: a cursor
    QTest.keyClicks(edit, "1")
    assert box.value() == 112  # a digit put before the others, as a click inside a number means
