"""Once the workshop is over, the big next-step button reads « Export the summary… » and its words
had promised « With the remote, PageDown or this button »: PageDown did nothing. It now does what
the button says: the export opens. Real console, real keys, a real session file."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from .conftest import deliberately, go_to_phase


def test_pagedown_once_over_opens_the_export(file_console, qtbot) -> None:
    console, c = file_console, file_console.controller
    go_to_phase(c, "debrief")
    c.act(c.session.add_takeaway, "Vérifier les sources")  # noted: ending it asks nothing
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # « Terminer l’atelier »
    assert c.state.agenda.current is None and c.next_step().over
    assert console.next_panel.button.text().startswith("Exporter le bilan")
    asked = []

    def answer() -> None:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QFileDialog) and dialog.isVisible():
                asked.append(dialog.windowTitle())
                dialog.reject()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    deliberately(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # what the button says
    timer.stop()
    assert asked == [console.next_panel.button.text().rstrip("…")]  # « Exporter le bilan »
