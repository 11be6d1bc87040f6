"""A team's name on the start screen: clicking « Équipe 1 » and typing gave « Équipe 1Les Lynx » (the
default name is real text, and a click placed the cursor). Now the name is whole selected when the
box gets the focus, by a click, Tab or Enter in the previous name: typing replaces it. Left as it is,
the session still gets « Équipe 1 ». Real widgets, real clicks and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt


@pytest.fixture
def start(qtbot, translations, bundled_deck):
    from bataille.ui.start.window import StartWindow

    window = StartWindow(bundled_deck, "fr")
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def requested(start) -> list[str]:
    asked = []
    start.newRequested.connect(asked.append)
    start.start_button.click()
    return [name for name, _colour in asked[0].teams]


def test_a_click_then_typing_gives_the_name_typed(qtbot, start) -> None:
    names = ["Les Lynx", "Les Hiboux"]
    for row, name in zip(start.teams.rows, names, strict=False):
        qtbot.mouseClick(row.name, Qt.MouseButton.LeftButton, pos=row.name.rect().center())
        assert row.name.hasFocus()
        qtbot.keyClicks(row.name, name)
        assert row.name.text() == name
    assert requested(start) == ["Les Lynx", "Les Hiboux", "Équipe 3", "Équipe 4"]  # the others as they were


def test_a_second_click_places_the_cursor(qtbot, start) -> None:
    box = start.teams.rows[0].name
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    qtbot.keyClicks(box, "Les Lynx")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 4, box.height() // 2))
    qtbot.keyClicks(box, " 2")
    assert box.text() == "Les Lynx 2"  # correcting a name typed: never lost to a second click


def test_tab_and_enter_from_name_to_name_type_over_each(qtbot, start) -> None:
    rows = start.teams.rows
    start.length.setFocus()
    qtbot.keyClick(start.length, Qt.Key.Key_Tab)
    for i, row in enumerate(rows[:3]):
        assert row.name.hasFocus()
        qtbot.keyClicks(row.name, f"Table {i + 1}")
        if i < 2:
            qtbot.keyClick(row.name, Qt.Key.Key_Return)  # on to the next name, whole selected
    assert [row.name.text() for row in rows] == ["Table 1", "Table 2", "Table 3", "Équipe 4"]


def test_a_team_added_is_typed_over_too(qtbot, start) -> None:
    qtbot.mouseClick(start.teams.add_button, Qt.MouseButton.LeftButton)
    added = start.teams.rows[-1].name
    assert added.hasFocus() and added.text() == "Équipe 5"
    qtbot.keyClicks(added, "Les Loutres")
    assert requested(start) == ["Équipe 1", "Équipe 2", "Équipe 3", "Équipe 4", "Les Loutres"]
