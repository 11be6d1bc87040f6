"""A team renamed from the console once the session has started (the teams are formed during the
welcome, after the start screen): double-click, F2 or « Renommer », by the engine's rules, undone by
Ctrl+Z, on the stage at once. And a point given only to a team the facilitator chose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from .conftest import open_console


def _console(qtbot, deck):
    return open_console(qtbot, deck, ("Équipe 1", "Équipe 2", "Équipe 3"))


def _editor(console) -> QLineEdit:
    editor = console.teams.list.findChild(QLineEdit, "teamNameEditor")
    assert editor is not None and editor.isVisible(), "no name editor open"
    return editor


def _row_centre(listed, row: int):
    return listed.visualItemRect(listed.item(row)).center()


def _on_stage(console) -> str:
    """The team names under the stage's picture, as painted now."""
    console.stage.grab()  # painted as the room sees it
    assert console.stage.scene is not None
    return " ".join(console.stage.scene.texts("score-name"))


def _type(editor: QLineEdit, text: str) -> None:
    """Keys typed one by one, accents too (QTest types ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def _type_name(qtbot, editor: QLineEdit, name: str) -> None:
    editor.selectAll()
    _type(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    for _ in range(3):
        QApplication.processEvents()


def test_double_click_renames_on_the_stage_at_once_and_ctrl_z_undoes_it(qtbot, translations, bundled_deck) -> None:
    console = _console(qtbot, bundled_deck)
    c, listed = console.controller, console.teams.list
    c.act(c.session.start_phase, "welcome")  # the teams are formed now, the scores under the stage
    console.stage.show()
    qtbot.waitExposed(console.stage)
    assert "Équipe 2" in _on_stage(console)
    team = c.state.teams[1]
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(listed, 1))
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(listed, 1))
    editor = _editor(console)
    assert editor.text() == "Équipe 2"  # the name alone, not its score
    _type_name(qtbot, editor, "Les Hiboux")
    assert c.state.team(team.id).name == "Les Hiboux"
    assert listed.item(1).text().startswith("Les Hiboux — 0")
    assert "Les Hiboux" in _on_stage(console) and "Équipe 2" not in _on_stage(console)
    assert "Les Hiboux" in console.status_line.text()  # « Équipe renommée : Les Hiboux »
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.team(team.id).name == "Équipe 2"
    assert listed.item(1).text().startswith("Équipe 2 — 0")
    assert "Équipe 2" in _on_stage(console)


def test_f2_and_a_taken_name_refused_in_french(qtbot, translations, bundled_deck) -> None:
    console = _console(qtbot, bundled_deck)
    c, listed = console.controller, console.teams.list
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(listed, 0))
    qtbot.keyClick(listed, Qt.Key.Key_F2)
    _type_name(qtbot, _editor(console), "équipe 3")  # another team's name, whatever its case
    assert [t.name for t in c.state.teams] == ["Équipe 1", "Équipe 2", "Équipe 3"]
    assert console.status_line.warning
    assert "Il y a déjà une équipe appelée" in console.status_line.text(), console.status_line.text()
    assert listed.item(0).text().startswith("Équipe 1 — ")
    # Enter on the name unchanged changes nothing, and says no refusal.
    qtbot.keyClick(listed, Qt.Key.Key_F2)
    events = c.session.event_count
    qtbot.keyClick(_editor(console), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert c.session.event_count == events


def test_the_rename_button_an_empty_name_a_long_one_and_escape(qtbot, translations, bundled_deck) -> None:
    console = _console(qtbot, bundled_deck)
    c, teams = console.controller, console.teams
    assert teams.rename_button.isVisible() and teams.rename_button.text() == "Renommer"
    assert not teams.rename_button.isEnabled()  # no team chosen yet
    qtbot.mouseClick(teams.list.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(teams.list, 2))
    assert teams.rename_button.isEnabled()
    qtbot.mouseClick(teams.rename_button, Qt.MouseButton.LeftButton)
    _type_name(qtbot, _editor(console), "   ")
    assert c.state.teams[2].name == "Équipe 3"
    assert "Donnez un nom à l’équipe" in console.status_line.text()
    qtbot.mouseClick(teams.rename_button, Qt.MouseButton.LeftButton)
    _type_name(qtbot, _editor(console), "Les Loutres de la 4e B du collège")  # the stage's limit: 22
    assert c.state.teams[2].name == "Les Loutres de la 4e B"
    qtbot.mouseClick(teams.rename_button, Qt.MouseButton.LeftButton)
    editor = _editor(console)
    _type(editor, "Oubli")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # leaves the name as it was
    QApplication.processEvents()
    assert c.state.teams[2].name == "Les Loutres de la 4e B"
    assert not editor.isVisible() or teams.list.findChild(QLineEdit, "teamNameEditor") is None


def test_no_team_gets_a_point_until_one_is_chosen(qtbot, translations, bundled_deck) -> None:
    console = _console(qtbot, bundled_deck)
    c, teams = console.controller, console.teams
    assert teams.selected_team() is None and not teams.list.selectedItems()
    assert not teams.plus.isEnabled() and not teams.minus.isEnabled()
    qtbot.mouseClick(teams.list.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(teams.list, 1))
    assert teams.plus.isEnabled() and "Équipe 2" in teams.plus.accessibleName()
    assert "Équipe 2" in teams.minus.toolTip()
    qtbot.mouseClick(teams.plus, Qt.MouseButton.LeftButton)
    assert [t.score for t in c.state.teams] == [0, 1, 0]
    assert teams.selected_team() == c.state.teams[1].id  # still the team chosen, for a second point
