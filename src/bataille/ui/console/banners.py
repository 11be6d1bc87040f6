"""Strips across the top of the console for what must not be missed: actions not saved, a recovered
file (recovery_banner.py).

And a few notices the facilitator may dismiss: a file converted from an older version, a session
recovered from a damaged file, deck files that changed on disk during the session.

Never on the stage, never a dialog in front of the room: the facilitator sees them on the laptop
and the workshop goes on.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from bataille.storage.errors import Failure, failure_of
from bataille.ui.controller import SessionController
from bataille.ui.marked_label import MarkedLabel
from bataille.ui.screen_reader import announce

# Dark text on amber, white on green, dark blue on pale blue: all above 7:1 contrast.
STYLES = {
    "error": "QFrame#%s { background: #FFC107; border: 2px solid #B71C1C; border-radius: 4px; }"
             " QLabel { color: #1A1A1A; font-weight: bold; }",
    "saved": "QFrame#%s { background: #1B5E20; border-radius: 4px; } QLabel { color: white; font-weight: bold; }",
    "info": "QFrame#%s { background: #E3F2FD; border: 1px solid #1565C0; border-radius: 4px; }"
            " QLabel { color: #0D3C78; }",
}
SAVED_SHOWN_MS = 4000


class Banner(QFrame):
    """One message with an optional button; it stays until the code (or the button) hides it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.kind = ""
        self.label = MarkedLabel()  # an error's ⚠, a save's ✓: drawn before the words
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setObjectName(f"{name}Button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(self, kind: str, text: str, button: bool = False) -> None:
        self.kind = kind
        self.setStyleSheet(STYLES[kind] % self.objectName())
        self.label.set_mark({"error": "warning", "saved": "done"}.get(kind, ""))
        self.label.setText(text)
        self.setAccessibleName(text)
        self.button.setVisible(button)
        self.show()
        announce(self, text, urgent=kind == "error")  # a banner shows without the keyboard moving

    def name_button(self, text: str) -> None:
        """The button's text, set from the start (and on a language change), shown or not."""
        self.button.setText(text)
        self.button.setAccessibleName(text.replace("&", ""))


class SaveBanner(Banner):
    """"Not saved: N actions kept in memory — why", with Retry now; then "Saved" for a few seconds."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__("saveBanner", parent)
        self.controller = controller
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(SAVED_SHOWN_MS)
        self._hide_timer.timeout.connect(self.hide)
        self.button.clicked.connect(self._on_button)
        self.moved_to: Path | None = None  # the copy the session went on in, after its file was removed
        self._name_for_failure()
        controller.saving.connect(self._on_saving)

    def copy_helps(self) -> bool:
        """A copy elsewhere is what helps: the file was removed or replaced under the app, or its
        drive cannot be reached (a USB stick pulled out: its file will not come back to this
        session). The tick still retries every second, should the drive answer again."""
        controller = self.controller
        if controller.file_moved:
            return True
        return controller.save_error is not None and bool(controller.pending) and \
            failure_of(controller.save_error) is Failure.GONE

    def _name_for_failure(self) -> None:
        if self.copy_helps():
            self.name_button(self.tr("&Save a copy elsewhere…"))
        else:
            self.name_button(self.tr("&Retry now"))

    def _on_button(self) -> None:
        if self.copy_helps():
            self.save_elsewhere()
        else:
            self.controller.retry_save()

    def save_elsewhere(self, path: Path | None = None) -> bool:
        """Ask where (unless ``path`` is given), save every action there and go on in that file."""
        from bataille.storage import SessionFileError
        from bataille.storage.copy import continue_in_copy
        from bataille.ui.console.unsaved import ask_copy_path

        path = path or ask_copy_path(self, getattr(self.controller.session.store, "path", None))
        if path is None:
            return False
        try:
            continue_in_copy(self.controller.session, path)
        except SessionFileError as error:
            from bataille.ui.i18n import error_words

            self.show_message("error", self.tr("The copy could not be saved: %1").replace("%1", error_words(error)),
                              button=True)
            return False
        from bataille.ui.elsewhere import remember_elsewhere
        from bataille.ui.paths import sessions_dir

        remember_elsewhere(Path(path), sessions_dir())  # listed on the start screen, resumed after a crash
        self.moved_to = Path(path)
        self.controller.retry_save()  # announces "saved" (and stops the retries)
        self._hide_timer.stop()  # stays: the facilitator must see where the session now is
        self.show_message("saved", self._moved_text())
        return True

    def _moved_text(self) -> str:
        return self.tr("Saved: every action is in %1, and the session goes on in that file").replace(
            "%1", str(self.moved_to))

    def _on_saving(self, pending: int, reason: str) -> None:
        self._name_for_failure()
        if pending:
            self._hide_timer.stop()
            self.show_message("error", self._not_saved_text(pending, reason), button=True)
        elif not self.isHidden() and self.kind == "error":
            self.show_message("saved", self.tr("Saved: every action is written to the session file"))
            self._hide_timer.start()

    def _not_saved_text(self, pending: int, reason: str) -> str:
        return self.tr("Not saved: %n action(s) kept in memory — %1", "", pending).replace("%1", reason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_for_failure()
        if event.type() == QEvent.Type.LanguageChange and not self.isHidden():
            pending = self.controller.pending
            if pending:
                self._on_saving(pending, self.controller.save_reason)
            elif self.kind == "saved":
                self.label.setText(self.tr("Saved: every action is written to the session file"))
        super().changeEvent(event)


class Notice(Banner):
    """An info strip with an OK button; once dismissed it stays hidden. Subclasses word ``text()``."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.dismissed = False
        self.button.clicked.connect(self.dismiss)
        self.name_button(self.tr("OK"))

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def text(self) -> str:
        """The notice in the interface language, or "" when there is nothing to say."""
        return ""

    def refresh(self) -> None:
        text = self.text()
        if text and not self.dismissed:
            self.show_message("info", text, button=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.name_button(self.tr("OK"))
            self.refresh()
        super().changeEvent(event)


class MigrationBanner(Notice):
    """Says the file came from an older version and was converted, and where the original is kept."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__("migrationBanner", parent)
        self.controller = controller
        self.refresh()

    def text(self) -> str:
        copy = self.controller.migrated_copy
        if copy is None:
            return ""
        return self.tr("Session file from an earlier version of Bataille IA, converted; the original is kept "
                       "as it was in %1").replace("%1", str(copy))


class RescueBanner(Notice):
    """After "Recover the first N actions": where the new file is, and the damaged one, left untouched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rescueBanner", parent)
        self.rescue: tuple[Path, Path, int] | None = None  # (damaged file, new file, actions in it)

    def show_rescue(self, damaged: Path, recovered: Path, count: int) -> None:
        self.rescue = (Path(damaged), Path(recovered), count)
        self.dismissed = False
        self.refresh()

    def text(self) -> str:
        if self.rescue is None:
            return ""
        damaged, recovered, count = self.rescue
        text = self.tr("Recovered from a damaged file: %n action(s) in the new file %1; the damaged file is "
                       "left as it was: %2", "", count)
        names = {"%1": recovered.name, "%2": str(damaged)}
        return re.sub(r"%[12]", lambda m: names[m[0]], text)  # one pass: a name holding "%2" stays as is


class DeckChangedBanner(Notice):
    """The deck files changed (or broke) on disk mid-session: the session keeps the deck it started with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("deckChangedBanner", parent)
        self.changed = False

    def show_changed(self) -> None:
        self.changed = True
        self.refresh()

    def text(self) -> str:
        if not self.changed:
            return ""
        return self.tr("The deck files changed on disk; the session goes on with the deck loaded at the start.")


class WalNotice(Notice):
    """The session's -wal was removed or replaced under the app: said once; nothing was lost."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__("walNotice", parent)
        self.controller = controller
        self._seen = 0
        controller.changed.connect(lambda _parts: self.check())

    def check(self) -> None:
        count = getattr(self.controller.session.store, "wal_replaced", 0)
        if count != self._seen:
            self._seen = count
            self.dismissed = False
            self.refresh()

    def text(self) -> str:
        if not self._seen:
            return ""
        name = getattr(self.controller.session.store, "path", None)
        return self.tr("The file beside the session file (%1-wal) was removed or replaced during the session; "
                       "every action is still saved in the session file.").replace("%1", name.name if name else "")
