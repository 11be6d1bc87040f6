"""The welcome phase's page on the console: what to have ready while the room arrives (the projection,
the phones, the teams), each line with its state drawn before it and a button that runs the console's
own command (the menu's QAction, the Phones box's switch, the Teams box's Rename); then what the stage
shows and the next step. Between phases and at the end, the page keeps its one sentence."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from websockets.sync.client import connect

from bataille.ui.commands import Command

from .conftest import open_console

NAMES = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues")


@pytest.fixture
def welcome_console(qtbot, translations, bundled_deck, monkeypatch):
    """A French console on six teams, the welcome started; the phones' server, once on, on a free port."""
    monkeypatch.setattr("bataille.phones.join.PORT", 0)  # the Phones box's default port: any free one
    monkeypatch.setattr("bataille.ui.phones.Phones.addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = open_console(qtbot, bundled_deck, NAMES)
    c = console.controller
    c.act(c.session.start_phase)  # the welcome
    yield console
    console.phones.turn_off()  # the phones' server never outlives its console


def _lines(console) -> dict[str, str]:
    page = console.phase.stack.currentWidget()
    assert page.objectName() == "welcomePage", page.objectName()
    return {name: page.lines[name].text() for name in ("projection", "phones", "teams")} | {"then": page.then.text()}


def _marks(console) -> dict[str, str]:
    page = console.phase.welcome
    return {name: line.mark for name, line in page.lines.items()}


def test_the_welcome_page_lists_what_to_have_ready_in_french(welcome_console, qtbot) -> None:
    console = welcome_console
    assert console.phase.title() == "Accueil et règles du jeu"
    lines = _lines(console)
    assert lines["projection"] == "Projection\u00a0: non affichée"
    assert lines["phones"] == "Téléphones\u00a0: désactivés (facultatif)"
    assert lines["teams"] == "6 équipes\u00a0: " + ", ".join(NAMES)
    assert lines["then"] == ("La projection montre les thèmes, le déroulé et les règles. "
                             "Étape suivante\u00a0: La frise de l’IA (Page suiv.).")
    page = console.phase.welcome
    assert _marks(console) == {"projection": "pending", "phones": "pending", "teams": "done"}
    assert page.lines["projection"].accessibleDescription() == "À faire"
    assert [page.buttons[n].text() for n in ("projection", "phones", "teams")] == [
        "Afficher en plein écran (F5)", "Activer les téléphones", "Renommer…"]
    assert all(page.buttons[n].accessibleName() for n in page.buttons)
    # The idle sentence is gone from the welcome; the page fits the middle column without scrolling.
    assert "Échangez avec la salle" not in console.phase.idle.text() or not console.phase.idle.isVisible()
    qtbot.waitUntil(lambda: page.buttons["teams"].isVisible())
    assert not console.phase.scroll.verticalScrollBar().isVisible()


def test_the_welcome_page_in_english(welcome_console, translations, qtbot) -> None:
    translations.set_language("en")
    qtbot.waitUntil(lambda: welcome_console.phase.welcome.heading.text() == "While the room arrives, check:")
    lines = _lines(welcome_console)
    assert lines["projection"] == "Projection: not shown"
    assert lines["phones"] == "Phones: off (optional)"
    assert lines["teams"] == "6 teams: " + ", ".join(NAMES)
    assert lines["then"] == "The stage shows the themes, the plan and the rules. Next phase: La frise de l’IA (PageDown)."
    page = welcome_console.phase.welcome
    assert [page.buttons[n].text() for n in ("projection", "phones", "teams")] == [
        "Show full screen (F5)", "Turn the phones on", "Rename…"]


def test_the_projection_button_runs_the_menu_s_show_the_stage(welcome_console, qtbot) -> None:
    console = welcome_console
    page = console.phase.welcome
    fired: list[str] = []
    console.actions_[Command.SHOW_STAGE].triggered.connect(lambda: fired.append("show"))
    console.actions_[Command.FULLSCREEN].triggered.connect(lambda: fired.append("full"))
    console.controller.set_blackout(True)
    page.buttons["projection"].click()
    assert fired == ["show"] and console.stage.isVisible() and not console.controller.blackout
    qtbot.waitUntil(lambda: page.lines["projection"].mark == "done")
    assert page.lines["projection"].text().startswith("Projection\u00a0: affichée ")
    assert page.lines["projection"].text().endswith("sur l’écran 1")
    if not console.stage.isFullScreen():  # no projector: a window beside the console, put full screen
        assert page.buttons["projection"].text() == "Plein écran (F11)"
        page.buttons["projection"].click()
        assert fired == ["show", "full"]
        qtbot.waitUntil(lambda: "en plein écran" in page.lines["projection"].text())
    console.controller.set_blackout(True)  # Ctrl+B: the room sees black
    assert page.lines["projection"].text() == "Projection\u00a0: écran noir, sur l’écran 1"
    assert page.lines["projection"].mark == "pending"
    console.controller.set_blackout(False)
    console.stage.hide()  # its title bar's X, the window manager: the line follows
    qtbot.waitUntil(lambda: page.lines["projection"].text() == "Projection\u00a0: non affichée")
    assert page.lines["projection"].mark == "pending"


def test_the_phones_button_turns_them_on_and_shows_who_joined(welcome_console, qtbot) -> None:
    console = welcome_console
    page, phones = console.phase.welcome, console.phones
    switched: list[bool] = []
    console.phones_panel.switch.toggled.connect(switched.append)
    page.buttons["phones"].click()  # the Phones box's switch, as if clicked there
    assert switched == [True] and phones.on and phones.url.startswith("http://127.0.0.1:")
    assert phones.port != 0 and phones.join_shown
    assert page.lines["phones"].text() == "Téléphones activés\u00a0: aucun connecté pour l’instant"
    assert page.buttons["phones"].text() == "Masquer l’écran pour rejoindre"
    joined: list[bool] = []
    console.actions_[Command.JOIN].triggered.connect(lambda: joined.append(True))
    with connect(phones.url.replace("http", "ws") + "ws") as ws:
        ws.send(json.dumps({"type": "hello", "token": None}))
        qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
        assert page.lines["phones"].text() == "1 téléphone connecté"
        assert page.lines["phones"].mark == "done"
        page.buttons["phones"].click()  # Stage → Phones: Join Screen, the menu's command
        assert joined == [True] and not phones.join_shown
        assert page.buttons["phones"].text() == "Écran pour rejoindre"
        page.buttons["phones"].click()
        assert joined == [True, True] and phones.join_shown
    qtbot.waitUntil(lambda: phones.connected == 0, timeout=5000)
    console.phones_panel.switch.click()  # off, from the Phones box: the page follows
    assert not phones.on and page.lines["phones"].text() == "Téléphones\u00a0: désactivés (facultatif)"


def test_the_rename_button_opens_the_teams_name_editor_and_the_line_follows(welcome_console, qtbot) -> None:
    console = welcome_console
    page, teams = console.phase.welcome, console.teams
    page.buttons["teams"].click()  # the Teams box's Rename, on its first team when none is clicked
    editor = teams.list.findChild(QLineEdit, "teamNameEditor")
    assert editor is not None and editor.isVisible() and editor.text() == "Les Hiboux"
    assert teams.list.state() == QAbstractItemView.State.EditingState
    editor.setText("Les Chouettes")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.controller.state.teams[0].name == "Les Chouettes")
    assert page.lines["teams"].text().startswith("6 équipes\u00a0: Les Chouettes, Les Loutres")


def test_tab_goes_down_the_page_s_buttons(welcome_console, qtbot) -> None:
    page = welcome_console.phase.welcome
    buttons = [page.buttons[n] for n in ("projection", "phones", "teams")]
    buttons[0].setFocus()
    for button in buttons[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is button


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_page_is_whole_on_a_small_laptop(welcome_console, qtbot, size, translations) -> None:
    console = welcome_console
    console.resize(*size)
    for lang, heading in (("fr", "Pendant que la salle s’installe, vérifiez\u00a0:"),
                          ("en", "While the room arrives, check:")):
        translations.set_language(lang)
        qtbot.waitUntil(lambda heading=heading: console.phase.welcome.heading.text() == heading)
        console.phones_panel.switch.click()  # on, then off: both wordings
        for _ in range(2):
            qtbot.wait(50)
            page = console.phase.welcome
            assert not console.phase.scroll.verticalScrollBar().isVisible()
            assert not console.phase.scroll.horizontalScrollBar().isVisible()
            for name, button in page.buttons.items():
                assert button.width() >= button.sizeHint().width(), (lang, name)
                assert page.rect().contains(button.geometry()), (lang, name)
            assert page.then.geometry().bottom() < console.phase.scroll.viewport().height()
            console.phones_panel.switch.click()


def test_between_phases_and_at_the_end_the_idle_sentence_stays(welcome_console) -> None:
    console = welcome_console
    c = console.controller
    c.act(c.session.end_phase)  # between phases
    assert console.phase.stack.currentWidget() is console.phase.idle
    assert console.phase.idle.text() == "Rien n’est en cours. Étape suivante\u00a0: La frise de l’IA."
    for phase in c.state.agenda.phases:
        if phase.status == "pending":
            c.act(c.session.skip_phase, phase.id)
    assert console.phase.stack.currentWidget() is console.phase.idle
    assert console.phase.title() == "Atelier terminé"
    assert console.phase.idle.text().startswith("L’atelier est terminé")


def test_a_session_opened_again_in_its_welcome_has_its_buttons(qtbot, translations, bundled_deck) -> None:
    """The page built with the console (the session reopened during its welcome), before the console
    handed it its commands: its buttons work all the same."""
    from bataille.workshop import ManualClock, MemoryStore, Session

    from .conftest import console_on

    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), "fr")
    for name in NAMES[:2]:
        session.add_team(name)
    session.start()
    session.start_phase()
    console = console_on(qtbot, session)
    page = console.phase.welcome
    assert all(button.isEnabled() for button in page.buttons.values())
    page.buttons["projection"].click()
    assert console.stage.isVisible()
    qtbot.waitUntil(lambda: page.lines["projection"].mark == "done")
    assert page.lines["teams"].text() == "2 équipes\u00a0: Les Hiboux, Les Loutres"
