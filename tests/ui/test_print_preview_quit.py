"""Quitting the app while the print preview is still drawing its page: no trace on the terminal.
The drawing went on in its thread after the dialog was gone, and its report raised « Signal source
has been deleted » from ``QRunnable::run``; now it learns that nobody waits for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.settings import Settings, use_settings_folder

use_settings_folder(sys.argv[1])
app = QApplication(sys.argv)
dialog = PrintDialog(load_deck(bundled_deck_path()), Settings(), "fr")
dialog.show()

def quit_while_drawing():
    if dialog.renderer.busy():
        print("DRAWING", flush=True)
        app.quit()
    else:
        QTimer.singleShot(5, quit_while_drawing)

QTimer.singleShot(5, quit_while_drawing)
app.exec()
"""


def test_quitting_while_the_preview_is_drawn_prints_no_trace(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(src),
           "BATAILLE_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "settings")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "DRAWING" in done.stdout, done.stderr  # it did quit with a page on the way
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Error calling Python override" not in done.stderr, done.stderr
