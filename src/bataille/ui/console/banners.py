"""Strips across the top of the console for what must not be missed: actions not saved, a recovered file.

And a few notices the facilitator may dismiss: a file converted from an older version, a session
recovered from a damaged file, deck files that changed on disk during the session.

Never on the stage, never a dialog in front of the room: the facilitator sees them on the laptop
and the workshop goes on.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bataille.storage.errors import Failure, failure_of
from bataille.ui.controller import SessionController
from bataille.ui.marked_label import MarkedLabel
from bataille.words import for_the_font

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
            self.name_button(self.tr("&Save a Copy Elsewhere…"))
        else:
            self.name_button(self.tr("&Retry Now"))

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


class RecoveryBanner(Banner):
    """Says the session was recovered after the app stopped abruptly, and where the safety copy is.

    A second line says where the session has come back to (its last saved action, and how long ago),
    and what came back that the file does not hold: the phones on again and their vote asked again
    (its answers were in memory only: each phone sends its own again), its countdown, the stage black
    and the card a team held up (phones_resume.py, stage_resume.py); or what to do again (the timer
    went on counting; phones that could not come back)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__("recoveryBanner", parent)
        self.controller = controller
        self.dismissed = False
        self.phones = (False, False)  # the phones on again by themselves, and their vote asked again
        self.closes_at, self.ran_out = 0.0, False  # when its countdown closes it; it ran out meanwhile
        self.stage: tuple[bool, tuple[str, str] | None] = (False, None)  # black again; the card held up again
        self.detail = QLabel()
        self.detail.setObjectName("recoveryDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        row = self.layout()
        row.removeWidget(self.label)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addWidget(self.detail)
        row.insertLayout(0, column, 1)
        # When the app stopped: its last action's time, taken before anything new is recorded.
        events = controller.session.events
        self._stopped = events[-1] if events else None
        self.button.clicked.connect(self.dismiss)
        self.retranslate()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def phones_back(self, on: bool, asked: bool, closes_at: float = 0.0, ran_out: bool = False) -> None:
        """The app turned the phones on again by itself (and asked their vote again, closed by itself at
        ``closes_at``, after a countdown that ``ran_out`` while it was stopped): said instead of asking
        the facilitator to."""
        self.phones, self.closes_at, self.ran_out = (on, asked), closes_at, ran_out
        self.retranslate()

    def stage_back(self, black: bool, held: tuple[str, str] | None) -> None:
        """The stage came back black, and (team id, card id) the card a team held up is held up again."""
        self.stage = (black, held)
        self.retranslate()

    def retranslate(self) -> None:
        self.name_button(self.tr("OK"))
        copy = self.controller.recovered_copy
        if not self.controller.stopped_abruptly or self.dismissed:
            return
        missing = getattr(self.controller.session.store, "missing", 0)
        if copy is None:  # stopped right after the file was checkpointed: nothing to replay, nothing to copy
            text = self.tr("Session reopened after an abrupt stop; every action was in its file.")
            self.show_message("info", text, button=True)
        elif missing:  # a damaged -wal: SQLite's replay left actions out; the copy holds them, untouched
            text = self.tr("Session recovered after an abrupt stop, but %n action(s) could not be read back "
                           "(the file beside it, its -wal, was damaged). The file as it was is kept untouched "
                           "in %1", "", missing).replace("%1", str(copy))
            self.show_message("error", text, button=True)
        else:
            text = self.tr("Session recovered after an abrupt stop; a safety copy is in %1").replace("%1", str(copy))
            self.show_message("info", text, button=True)
        self.detail.setText(self.resumed_text())
        self.detail.setVisible(bool(self.detail.text()))
        self.setAccessibleName(f"{text} {self.detail.text()}".strip())

    def resumed_text(self) -> str:
        """Where the session is back to, and what to do again (the phones, maybe the timer)."""
        session, stopped = self.controller.session, self._stopped
        if stopped is None:
            return ""
        last = self.controller.said(stopped)  # the action the app stopped after, not one made since
        minutes = max(0, int((session.now() - stopped.at) // 60))
        if minutes:
            text = self.tr("The session is back where it stopped. Last action saved %n minute(s) ago: %1.", "", minutes)
        else:
            text = self.tr("The session is back where it stopped. Last action saved less than a minute ago: %1.")
        text = text.replace("%1", last)
        phase = self.controller.state.agenda.current
        if phase is not None and phase.status == "running":
            text += " " + self.tr("The timer went on counting meanwhile (+1 min or +5 min give time back).")
        return " ".join((text, *self._stage_words(), self._phones_words()))

    def _phones_words(self) -> str:
        on, asked = self.phones
        if asked:
            text = self.tr("The phones are on again at the same address, and their vote is asked again: they "
                           "reconnect by themselves, and each phone that had answered sends its answer again.")
            at = time.strftime("%H:%M:%S", time.localtime(self.closes_at))
            if self.closes_at and self.ran_out:
                text += " " + self.tr("Its countdown ran out meanwhile: the vote closes by itself at %1, time for "
                                      "the phones to send their answers again.").replace("%1", at)
            elif self.closes_at:
                text += " " + self.tr("Its countdown goes on: the vote closes by itself at %1.").replace("%1", at)
            return text
        if on:
            return self.tr("The phones are on again at the same address: they reconnect by themselves.")
        return self.tr("If the phones were on, turn them on again: they reconnect by themselves. For a vote that "
                       "was not closed, press “Ask the phones” again: each phone that had answered sends its "
                       "answer again.")

    def _stage_words(self) -> list[str]:
        black, held = self.stage
        words = [self.tr("The stage stays black, as it was: %1 shows the picture again.")
                 .replace("%1", _blackout_key())] if black else []
        if held is not None:
            c = self.controller
            team = next((t.name for t in c.state.teams if t.id == held[0]), held[0])
            words.append(self.tr("Team %1 holds the card “%2” up again.")
                         .replace("%1", team).replace("%2", for_the_font(c.deck.card_title(held[1], c.lang))))
        return words

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
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


def _blackout_key() -> str:
    """The black screen's shortcut as this platform writes it (Ctrl+B)."""
    from PySide6.QtGui import QKeySequence

    from bataille.ui.commands import SPECS, Command, key_sequences

    spec = next(spec for spec in SPECS if spec.id == Command.BLACKOUT)
    return key_sequences(spec.keys)[0].toString(QKeySequence.SequenceFormat.NativeText)
