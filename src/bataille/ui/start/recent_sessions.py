"""The start screen's column of recent sessions: two lines a session (its name, then when and who),
a few words and the whole sentence for one that cannot be opened, "Resume", "Open a session file…".

A workshop run in the last hours is the one Enter resumes. The sessions are listed once the window
is painted; the words keep the start screen's context of translation (StartWindow).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QGroupBox, QListWidgetItem, QPushButton, QVBoxLayout

from bataille.ui.start.recent_list import RecentList

if TYPE_CHECKING:
    from bataille.storage import RecentSession

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

RESUME_HOURS = 3  # a session written to in the last hours is the one Enter resumes


def _there(path: Path) -> bool:
    """The file is there (False as well when its drive answers with an error: pulled out mid-way)."""
    try:
        return path.exists()
    except OSError:
        return False


class RecentSessionsColumn:
    """Mixed into StartWindow (which has ``start_button``, ``deck_button``, ``openRequested`` and
    ``chooseFileRequested``)."""

    def _build_recent_sessions(self) -> None:
        self.recent_box = QGroupBox()
        self.recent = RecentList()  # says where sessions will appear while there is none
        self.recent.setSpacing(3)  # two lines a session: a gap where one ends
        self.recent.setObjectName("recentSessions")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeSession")
        self.file_button = QPushButton()
        recent = QVBoxLayout(self.recent_box)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.resume_button)
        recent.addWidget(self.file_button)
        self.resume_button.clicked.connect(self._request_resume)
        self.recent.itemActivated.connect(lambda _item: self._request_resume())
        self.file_button.clicked.connect(self.chooseFileRequested)

    def set_recent(self, sessions: list[RecentSession]) -> None:
        from PySide6.QtCore import Qt

        from bataille.storage import EmptySessionError
        from bataille.ui.marks import list_mark  # the painting classes: once painted, not before
        from bataille.ui.start.open_refusals import open_error_text, short_error

        self.recent.clear()
        # A line longer than the column ends in "…" (the tooltip has it all), never a sideways scroll.
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for session in sessions:
            why = ""
            if session.error:
                failure = session.failure or EmptySessionError(session.error)  # read, but no event in it
                short = short_error(failure) if _there(session.path) else \
                    translate("StartWindow", "not found (drive unplugged?)")
                text = f"{session.path.name}\n{short}"
                why = open_error_text(session.path, failure)
            else:  # its name, then when and who: two short lines the column shows whole
                when = QDateTime.fromSecsSinceEpoch(int(session.modified_at)).toString("yyyy-MM-dd HH:mm")
                teams = ", ".join(session.teams) or translate("StartWindow", "no team")
                if session.over:  # run to its end: said, so that it is not taken for one to resume
                    when = translate("StartWindow", "%1, finished").replace("%1", when)
                text = f"{session.path.stem}\n{when} — {teams}"
                why = str(session.path)
            item = QListWidgetItem(text)
            if session.error:  # the ⚠ is drawn (bataille.ui.marks): the app's font has none
                item.setIcon(list_mark(self.recent, "warning"))
            item.setToolTip(why)
            item.setData(Qt.ItemDataRole.UserRole, str(session.path))
            self.recent.addItem(item)
        self._recent_read = True
        self._hint_recent()
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.resume_button.setEnabled(self.recent.count() > 0)
        self._resume_first(sessions[0] if sessions else None)

    def _resume_first(self, newest: RecentSession | None) -> None:
        """A workshop run in the last hours (the app was closed, or stopped, in front of the room)
        and not run to its end: Enter resumes it, as « Reprendre » does; else Enter starts a new
        session, as before (the next class of the day, after a workshop ended an hour ago). Started
        again in a hurry, the facilitator's Enter must not open an empty session that then heads the list."""
        from time import time

        running = newest is not None and not newest.error and newest.started and not newest.over and \
            time() - newest.modified_at < RESUME_HOURS * 3600
        self.start_button.setDefault(not running)
        self.resume_button.setDefault(running)
        if running and self.isVisible() and self.focusWidget() in (None, self.deck_button, self.start_button):
            self.resume_button.setFocus()  # not while the facilitator types a team's name

    def _hint_recent(self) -> None:
        self.recent.set_hint(translate("StartWindow", "No session yet: the sessions you run will appear here, "
                                                      "to resume one.")
                             if self._recent_read else "")

    def _request_resume(self) -> None:
        from PySide6.QtCore import Qt

        item = self.recent.currentItem()
        if item is not None:
            self.openRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _retranslate_recent_sessions(self) -> None:
        self._hint_recent()
        self.recent_box.setTitle(translate("StartWindow", "Recent sessions"))
        self.recent.setAccessibleName(translate("StartWindow", "Recent sessions (Enter resumes)"))
        self.resume_button.setText(translate("StartWindow", "&Resume"))
        self.file_button.setText(translate("StartWindow", "&Open a session file…"))
