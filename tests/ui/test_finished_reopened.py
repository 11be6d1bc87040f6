"""A finished workshop opened again from its file (the example session, as `bataille example-session`
writes it) is there to read and export: Ctrl+Z, a point, a rename or the phones ask first, once, and
the default (« Ne rien changer ») changes nothing, in memory or in the file. « Modifier » gives the
session back for the rest of the console's life. A workshop that ends in this console is not held:
Ctrl+Z right after the end takes it back without a question. The console's title names the session.
Real widgets, real session files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox

from bataille.storage import SessionFile, close_session, open_session
from bataille.storage.recent import summarise
from bataille.ui.commands import Command
from bataille.workshop import ManualClock
from bataille.workshop.example import play_example

from .conftest import console_on, go_to_phase, open_console

KEEP, CHANGE = "Ne rien changer", "Modifier"
WEEK = 7 * 24 * 3600


def finished_file(deck, folder: Path, name: str = "2026-11-30 14h05") -> Path:
    """The example workshop, played to its end and written last week, as a file of the data folder."""
    path = folder / f"{name}.bataille"
    play_example(deck, SessionFile.create(path)).close()
    for file in folder.glob(f"{name}.bataille*"):
        os.utime(file, (file.stat().st_atime - WEEK, file.stat().st_mtime - WEEK))
    return path


def reopened(qtbot, deck, path: Path):
    return console_on(qtbot, open_session(path, deck, ManualClock()))


class Questions:
    """Answers every modal question with ``button`` while the test runs, and keeps what each said."""

    def __init__(self, button: str) -> None:
        self.button, self.seen = button, []
        self.timer = QTimer()
        self.timer.timeout.connect(self._answer)
        self.timer.start(20)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self.seen.append(f"{box.text()}\n{box.informativeText()}\n"
                         f"default: {box.defaultButton().text() if box.defaultButton() else ''}")
        match = [b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == self.button]
        (match[0] if match else box.escapeButton() or box.defaultButton()).click()  # never left waiting

    def stop(self) -> None:
        self.timer.stop()


def close(console) -> None:
    console.phones.turn_off()
    console.close()
    QApplication.processEvents()
    console.controller.close()


def test_a_finished_workshop_reopened_changes_nothing_unless_asked(qtbot, translations, bundled_deck, tmp_path):
    path = finished_file(bundled_deck, tmp_path)
    listed = summarise(path)  # as the start screen lists it: last week's, « terminée »
    assert listed.over
    console = reopened(qtbot, bundled_deck, path)
    c = console.controller
    count, scores = c.session.event_count, [t.score for t in c.state.teams]
    said_on_opening = console.status_line.text()
    questions = Questions(KEEP)
    try:
        console.actions_[Command.UNDO].trigger()  # Séance › Annuler, Ctrl+Z
        assert len(questions.seen) == 1
        asked = questions.seen[0].replace("\u202f", " ").replace("\u00a0", " ")  # as the app's font prints them
        assert asked.startswith("Cet atelier est terminé. Le modifier quand même ?")
        assert "Le bilan déjà exporté ne le dira pas." in questions.seen[0]
        assert questions.seen[0].endswith(f"default: {KEEP}")
        assert c.state.agenda.current is None and c.session.event_count == count  # the Bilan stays ended
        assert console.status_line.text().startswith("Rien n’a changé")
        assert "terminée" in said_on_opening and "demande d’abord" in said_on_opening
        console.teams.list.setCurrentRow(0)
        console.teams.plus.click()
        console.teams.minus.click()
        assert [t.score for t in c.state.teams] == scores and len(questions.seen) == 3
        console.teams.rename_button.click()  # asked before a name is typed
        assert len(questions.seen) == 4
        assert not [e for e in console.teams.list.findChildren(QLineEdit) if e.isVisible()]  # no name to type
        console.phones_panel.switch.click()
        assert len(questions.seen) == 5
        assert not console.phones.on and not console.phones_panel.switch.isChecked()  # no server for a past workshop
    finally:
        questions.stop()
    assert c.session.event_count == count
    close(console)
    again = open_session(path, bundled_deck, ManualClock())
    try:
        assert again.event_count == count and [t.score for t in again.state.teams] == scores
    finally:
        close_session(again)
    assert summarise(path) == listed  # still last week's, still « terminée », first no more


def test_change_it_is_asked_once_then_the_session_is_the_facilitators(qtbot, translations, bundled_deck,
                                                                      tmp_path):
    path = finished_file(bundled_deck, tmp_path)
    console = reopened(qtbot, bundled_deck, path)
    c = console.controller
    count = c.session.event_count
    questions = Questions(CHANGE)
    try:
        console.actions_[Command.UNDO].trigger()
        assert len(questions.seen) == 1
        assert c.state.agenda.current.kind == "debrief" and c.session.event_count == count + 1  # the end undone
        console.teams.list.setCurrentRow(0)
        score = c.state.teams[0].score
        console.teams.plus.click()  # asked once: not again
        assert c.state.teams[0].score == score + 1 and len(questions.seen) == 1
    finally:
        questions.stop()
    close(console)


def test_reopening_a_finished_workshop_and_exporting_it_writes_nothing(qtbot, translations, bundled_deck,
                                                                        tmp_path):
    path = finished_file(bundled_deck, tmp_path)
    before, listed = path.read_bytes(), summarise(path)
    console = reopened(qtbot, bundled_deck, path)
    written = console.export_summary(tmp_path / "bilan.pdf")
    assert written == [tmp_path / "bilan.pdf"] and written[0].stat().st_size > 0
    close(console)
    assert path.read_bytes() == before and summarise(path) == listed


def test_ctrl_z_right_after_ending_a_live_workshop_asks_nothing(qtbot, translations, bundled_deck, tmp_path):
    console = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    c = console.controller
    go_to_phase(c, "debrief")
    c.act(c.session.add_takeaway, "Vérifier les sources")  # noted: ending it asks nothing
    questions = Questions(KEEP)
    try:
        assert c.next_step().label == "Terminer l’atelier"
        console.actions_[Command.NEXT].trigger()
        assert c.state.agenda.current is None and c.state.agenda.next_pending is None  # over
        console.actions_[Command.UNDO].trigger()  # the facilitator undoing a mistaken end
        assert c.state.agenda.current.kind == "debrief" and questions.seen == []
    finally:
        questions.stop()
    close(console)


def test_the_console_title_names_the_session_it_opened(qtbot, translations, bundled_deck, tmp_path):
    path = finished_file(bundled_deck, tmp_path)
    console = reopened(qtbot, bundled_deck, path)
    assert console.windowTitle() == "2026-11-30 14h05 — Bataille IA — Console"
    translations.set_language("en")
    assert console.windowTitle() == "2026-11-30 14h05 — Bataille IA — Console"
    translations.set_language("fr")
    close(console)


def test_from_the_start_screen_a_declined_ctrl_z_leaves_it_last_weeks_and_finished(qtbot, bundled_deck,
                                                                                   make_launcher):
    """The whole gesture: the finished workshop opened from the start screen's list, Ctrl+Z, « Ne rien
    changer », the console closed: the list still says it is over, dated last week, and not first
    for Enter to resume."""
    from bataille.ui.paths import sessions_dir

    folder = sessions_dir()
    path = finished_file(bundled_deck, folder)
    launcher = make_launcher(bundled_deck)
    line = launcher.start.recent.item(0).text()
    assert "\n" in line and line.split("\n")[1].endswith(" · terminée"), line
    console = launcher.open(path)
    questions = Questions(KEEP)
    try:
        console.actions_[Command.UNDO].trigger()
        assert len(questions.seen) == 1 and console.controller.state.agenda.current is None
    finally:
        questions.stop()
    console.close()
    qtbot.waitUntil(lambda: launcher.console is None and launcher.start.isVisible(), timeout=3000)
    # Its name, its day and « terminée » unchanged (the teams' line is cut to the list's width, which
    # may differ before the window is first laid out).
    assert launcher.start.recent.item(0).text().split("\n")[:2] == line.split("\n")[:2]


def test_a_finished_quick_debate_reopened_asks_about_the_debate(qtbot, translations, bundled_deck, tmp_path):
    """A teacher's quick debate, ended and opened again: the question and the status line say « débat »."""
    from bataille.storage import new_session

    path = tmp_path / "débat.bataille"
    session = new_session(path, bundled_deck, ManualClock(), "fr", agenda_minutes=20, phase_ids=["debates"])
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.start_phase()
    session.open_round(seed=1)
    for stage in ("before", "after"):
        session.record_vote(stage, {"agree": 5, "disagree": 3, "undecided": 2})
        session.reveal_votes(stage)
    session.close_round()
    session.end_phase()
    close_session(session)
    console = reopened(qtbot, bundled_deck, path)
    c = console.controller
    assert c.quick_debate and c.held_finished
    count = c.session.event_count
    questions = Questions(KEEP)
    try:
        console.actions_[Command.UNDO].trigger()
    finally:
        questions.stop()
    assert len(questions.seen) == 1 and questions.seen[0].startswith("Ce débat est terminé.")
    assert c.session.event_count == count and console.status_line.text().startswith("Rien n’a changé")
    assert "le débat est terminé" in console.status_line.text()
    close(console)
