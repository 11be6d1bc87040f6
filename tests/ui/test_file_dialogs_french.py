"""Qt's own file dialog, shown where the desktop gives none of its own, in French: every label."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel


@pytest.mark.parametrize("mode", ["save", "open", "folder"])
def test_every_file_dialog_speaks_french(qtbot, translations, tmp_path, mode) -> None:
    """Qt 6's file dialog says « &Look in: » and « Files of &type: », which Qt's French catalogue
    lacks: the print dialog's, the deck window's, the start screen's dialogs all showed them in
    English among French words."""
    dialog = QFileDialog(None, "Bataille IA", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    buttons = [w.text() or w.toolTip() for w in dialog.findChildren(QAbstractButton)]
    assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels, labels
    english = ("Look in", "Files of", "File name", "Cancel", "Save", "Open", "Choose", "Back", "Forward")
    assert not [text for text in labels + buttons if any(word in text.replace("&", "") for word in english)]
