"""The shortcut sheet (F1): every key of the console and the remote, on the laptop only, written from
the one table of commands (``bataille.ui.commands``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bataille.ui.commands import Commands
from bataille.ui.rich_text import escape
from bataille.ui.screen_fit import fit_to_screen


class ShortcutSheet(QDialog):
    """A non-modal sheet beside the console (never on the stage)."""

    def __init__(self, commands: tuple[Commands, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._commands = commands
        self.view = QTextBrowser()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 560)
        self.retranslate()

    def rows(self) -> list[tuple[str, str]]:
        return [row for commands in self._commands for row in commands.sheet()]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        body = "".join(f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>"
                       for what, keys in self.rows())
        note = self.tr("Keys typed in a text box stay in the text box.")
        self.view.setHtml(f"<table cellpadding='4'>{body}</table><p>{escape(note)}</p>")
        self.view.setAccessibleName(self.windowTitle())
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
