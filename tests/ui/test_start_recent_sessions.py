"""The recent sessions after a few weeks of workshops: every one reachable, each told apart at a
glance (when, how far, which teams, which deck), a stick taken out kept in its place, and a new
session set up as an old one in one action."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.ui.paths import sessions_dir
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.workshop import SystemClock

SIX = ("Les Hiboux", "Les Loutres", "Les Castors", "Les Renards", "Les Blaireaux", "Les Écureuils")


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def a_session(path: Path, deck, teams=SIX, lang: str = "fr", minutes: int = 90, phase: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    session = new_session(path, deck, SystemClock(), lang, minutes)
    colours = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00")
    for name, colour in zip(teams, colours, strict=False):
        session.add_team(name, colour)
    session.start()
    if phase:
        session.start_phase(session.state.agenda.phases[0].id)
    close_session(session)
    return path


def aged(path: Path, days: float) -> Path:
    then = time.time() - days * 86400
    os.utime(path, (then, then))
    return path


def shown(qtbot, translations, deck, size=(1366, 768)) -> Launcher:
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    launcher.start.resize(*size)
    launcher.start.show()
    qtbot.waitExposed(launcher.start)
    launcher.list_recent()
    return launcher


def test_every_session_of_the_folder_is_listed_and_read_once_in_sight(qtbot, translations, deck) -> None:
    """Twenty sessions: all twenty listed (twelve before), the last one read once scrolled to."""
    first = a_session(sessions_dir() / "atelier 00.bataille", deck)
    for number in range(1, 20):
        aged(shutil.copy(first, sessions_dir() / f"atelier {number:02}.bataille"), number)
    launcher = shown(qtbot, translations, deck)
    recent = launcher.start.recent
    assert recent.count() == 20
    assert recent.item(19).text().startswith("atelier 19\n")  # not read while out of sight
    assert "Les Hiboux" not in recent.item(19).text()
    recent.scrollToBottom()
    qtbot.waitUntil(lambda: "Les Hiboux" in recent.item(19).text(), timeout=2000)
    assert recent.item(19).text().startswith("atelier 19 · Bataille IA\n")


def test_a_stick_taken_out_stays_in_its_place_among_many(qtbot, translations, deck, tmp_path) -> None:
    """Fifteen sessions in the folder, older than the one on the stick: its line stays first, saying
    why (before, a missing file sorted last and the twelve newest pushed it off)."""
    for number in range(15):
        aged(a_session(sessions_dir() / f"ancien {number:02}.bataille", deck, ("A", "B")), 2 + number)
    stick = a_session(tmp_path / "stick" / "clé.bataille", deck)
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.open(stick)
    qtbot.addWidget(console.stage)
    console.close()
    stick.parent.rename(tmp_path / "ailleurs")  # the stick is out
    recent = shown(qtbot, translations, deck).start.recent
    assert recent.count() == 16
    assert recent.item(0).text() == "clé.bataille\nintrouvable (clé débranchée\u00a0?)"
    assert recent.currentRow() == 1 and recent.item(1).text().startswith("ancien 00 · ")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_each_line_says_when_how_far_and_which_teams_within_its_width(qtbot, translations, deck, tmp_path,
                                                                      size) -> None:
    a_session(sessions_dir() / "mardi.bataille", deck, phase=True)
    finished = sessions_dir() / "fini.bataille"
    subprocess.run([sys.executable, "-m", "bataille", "example-session", "-o", str(finished), "--teams", "3"],
                   check=True, capture_output=True, env={**os.environ, "PYTHONPATH": "src"})
    aged(finished, 1)
    launcher = shown(qtbot, translations, deck, size)
    recent = launcher.start.recent
    title = deck.agenda.phases[0].title.get("fr")
    name, progress, teams = recent.item(0).text().split("\n")
    assert name == "mardi · Bataille IA"
    whole = recent.item(0).toolTip().split("\n")[1]  # the line whole; cut with "…" when the column is narrow
    assert whole.endswith(f" · arrêtée pendant «\u00a0{title}\u00a0»")
    assert progress == whole or (progress.endswith("…") and whole.startswith(progress[:-1]))
    metrics, width = recent.fontMetrics(), recent.viewport().width()
    assert all(metrics.horizontalAdvance(line) <= width for line in (name, progress, teams))
    shown_names = teams.split(" +")[0].split(", ")
    more = int(teams.split(" +")[1]) if " +" in teams else 0
    assert tuple(shown_names) == SIX[:len(shown_names)] and len(shown_names) + more == 6, teams
    assert all(f"• {team}" in recent.item(0).toolTip() for team in SIX)
    assert recent.item(1).toolTip().split("\n")[1].endswith(" · terminée")

    launcher.choose_ui_language("en")
    assert recent.item(1).toolTip().split("\n")[1].endswith(" · finished")
    assert f"stopped during “{deck.agenda.phases[0].title.get('en')}”" in recent.item(0).toolTip()


def test_same_teams_fills_the_new_session_and_starts_nothing(qtbot, translations, deck, small_deck) -> None:
    """Last week's session on another deck, in English, one hour: « Mêmes équipes » sets the form
    (deck, language, length, names and colours); no session starts, no file is written."""
    small = load_deck(small_deck)
    teams = ("Les Hiboux", "Les Loutres", "Les Castors")
    Settings().set_deck_folder(small.id, str(small_deck))
    old = aged(a_session(sessions_dir() / "la semaine dernière.bataille", small, teams, lang="en", minutes=60), 7)
    launcher = shown(qtbot, translations, deck)
    start = launcher.start
    assert start.same_button.isEnabled() and start.same_button.text().replace("&", "") == "Mêmes équipes"
    start.same_button.setFocus()
    qtbot.keyClick(start.same_button, Qt.Key.Key_Space)  # by keyboard (Alt+M too: its mnemonic)

    assert launcher.deck.id == small.id and start.deck.id == small.id
    assert start.session_lang.currentData() == "en" and start.length.currentData() == 60
    assert start.teams.teams() == [("Les Hiboux", "#E69F00"), ("Les Loutres", "#56B4E9"), ("Les Castors", "#009E73")]
    assert launcher.console is None and sorted(sessions_dir().iterdir()) == [old]
    assert start.message.text() == ("Formulaire rempli d’après «\u00a0la semaine dernière\u00a0»\u00a0: vérifiez, "
                                    "puis commencez la séance."), start.message.text()
    launcher.choose_ui_language("en")  # the names typed stay through a change of language
    assert [name for name, _colour in start.teams.teams()] == list(teams)


def test_a_day_of_this_year_is_said_without_its_year(qapp, translations):
    """« sam. 5 déc., 23:22 »: the year only for another year's sessions, so that the line keeps room
    for how far the session went (« jusqu’à « Accueil et règles du jeu » » was cut at 1366 px)."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    from bataille.ui.start.recent_words import when

    year = QDate.currentDate().year()
    this = QDateTime(QDate(year, 3, 7), QTime(14, 5)).toSecsSinceEpoch()
    last = QDateTime(QDate(year - 1, 11, 30), QTime(9, 0)).toSecsSinceEpoch()
    assert str(year) not in when(this, "fr") and when(this, "fr").endswith("7 mars, 14:05")
    assert when(last, "fr").endswith(f"30 nov. {year - 1}, 09:00")
    assert when(this, "en").endswith("7 Mar, 14:05")
