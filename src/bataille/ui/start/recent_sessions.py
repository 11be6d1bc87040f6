"""The start screen's column of recent sessions: every session of the sessions folder and those
opened elsewhere, three lines each (its name and deck, when and how far it went, its teams), read
only once scrolled into sight; a few words and the whole sentence for one that cannot be opened;
"Resume", "Same teams" (a new session set up as that one), "Open a session file…".

A workshop run in the last hours is the one Enter resumes. The sessions are listed once the window
is painted; the words keep the start screen's context of translation (StartWindow).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QListWidgetItem, QPushButton, QVBoxLayout

from bataille.ui.start.recent_list import RecentList

if TYPE_CHECKING:
    from bataille.storage import RecentSession

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

FIRST_READ = 6  # the sessions read before the list is shown: about what its column shows
RESUME_HOURS = 3  # a session written to in the last hours is the one Enter resumes


def _there(path: Path) -> bool:
    """The file is there (False as well when its drive answers with an error: pulled out mid-way)."""
    try:
        return path.exists()
    except OSError:
        return False


class RecentSessionsColumn:
    """Mixed into StartWindow (which has ``deck``, ``_lang``, ``start_button``, ``deck_button``,
    ``openRequested``, ``sameTeamsRequested`` and ``chooseFileRequested``)."""

    def _build_recent_sessions(self) -> None:
        self.recent_box = QGroupBox()
        self.recent = RecentList()  # says where sessions will appear while there is none
        self.recent.setSpacing(3)  # three lines a session: a gap where one ends
        self.recent.setObjectName("recentSessions")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeSession")
        self.same_button = QPushButton()  # a new session with that one's teams, deck, language, length
        self.same_button.setObjectName("sameTeams")
        self.same_button.setEnabled(False)
        self.file_button = QPushButton()
        self._listed: list = []  # what set_recent was given, row by row
        self._read: dict[int, RecentSession] = {}  # the rows read so far (those shown)
        self._worded_width = -1  # the width their lines were cut to
        self._buttons = QGridLayout()  # under the list, which takes whatever height the column has left
        self._buttons_in_a_row: bool | None = None
        self.place_recent_buttons(False)
        recent = QVBoxLayout(self.recent_box)
        recent.addWidget(self.recent, 1)
        recent.addLayout(self._buttons)
        self.resume_button.clicked.connect(self._request_resume)
        self.same_button.clicked.connect(self._request_same_teams)
        self.recent.itemActivated.connect(lambda _item: self._request_resume())
        self.recent.currentRowChanged.connect(lambda _row: self._enable_same())
        self.recent.viewChanged.connect(self._read_shown)
        self.file_button.clicked.connect(self.chooseFileRequested)

    def place_recent_buttons(self, in_a_row: bool) -> None:
        """« Ouvrir un fichier de séance… » under Resume and Same teams, or beside them (under the
        quick debate on a short window: a line less, and « Reprendre » stays in sight)."""
        if in_a_row == self._buttons_in_a_row:
            return
        self._buttons_in_a_row = in_a_row
        grid = self._buttons
        for button in (self.resume_button, self.same_button, self.file_button):
            grid.removeWidget(button)
        grid.addWidget(self.resume_button, 0, 0)
        grid.addWidget(self.same_button, 0, 1)
        grid.addWidget(self.file_button, *((0, 2) if in_a_row else (1, 0, 1, 2)))
        for column in range(3):
            grid.setColumnStretch(column, 1 if in_a_row or column < 2 else 0)

    def recent_width(self, in_a_row: bool) -> int:
        """The least width of the recent sessions' column with its buttons in a row or on two lines."""
        resume, same, file = (button.minimumSizeHint().width()
                              for button in (self.resume_button, self.same_button, self.file_button))
        gap = max(0, self._buttons.horizontalSpacing())
        row = resume + same + file + 2 * gap
        lines = max(resume + same + gap, file)
        now = row if self._buttons_in_a_row else lines
        return self.recent_box.minimumSizeHint().width() - now + (row if in_a_row else lines)

    def set_recent(self, sessions: list) -> None:
        """``sessions``: newest first, each a RecentSession (read) or a session_files.Listed, read
        only once scrolled into sight (a sessions folder of a year of workshops lists at once)."""
        from PySide6.QtCore import Qt

        self.recent.clear()
        self._listed, self._read = list(sessions), {}
        # A line longer than the column ends in "…" (the tooltip has it all), never a sideways scroll.
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for listed in self._listed:  # three lines until read, so that the list does not jump
            item = QListWidgetItem(f"{listed.path.stem}\n\n")
            item.setData(Qt.ItemDataRole.UserRole, str(listed.path))
            self.recent.addItem(item)
        first = next((row for row, listed in enumerate(self._listed) if not getattr(listed, "missing", False)), 0)
        self._read_shown(at_least=first)
        self._recent_read = True
        self._hint_recent()
        if self.recent.count():
            self.recent.setCurrentRow(first)  # a stick taken out is listed, not preselected
        self.resume_button.setEnabled(self.recent.count() > 0)
        self._enable_same()
        self._resume_first(self._read.get(first))

    def _read_shown(self, at_least: int = -1) -> None:
        """Read and word the rows in sight (and ``at_least`` that one); word again those read, to
        the column's width."""
        from PySide6.QtCore import QPoint

        count = self.recent.count()
        if not count:
            return
        if self.recent.isVisible():
            port = self.recent.viewport()
            top = max(0, self.recent.indexAt(QPoint(4, 1)).row())
            bottom = self.recent.indexAt(QPoint(4, port.height() - 2)).row()
            rows = set(range(top, count if bottom < 0 else min(count, bottom + 2)))
        else:  # not laid out yet: the first few, those a window shows at first
            rows = set(range(min(count, FIRST_READ)))
        if at_least >= 0:
            rows.add(at_least)
        new = sorted(rows - set(self._read))
        for row in new:
            self._read[row] = self._summary(self._listed[row])
        width = self.recent.viewport().width()
        for row in self._read if width != self._worded_width else new:  # cut again to a new width
            self._word(row)
        self._worded_width = width

    def _summary(self, listed) -> RecentSession:  # noqa: ANN001 - a Listed or a RecentSession
        from bataille.storage import RecentSession

        if isinstance(listed, RecentSession):
            return listed
        from bataille.ui.start.session_files import read_listed

        return read_listed(listed)

    def _word(self, row: int) -> None:
        from bataille.storage import EmptySessionError
        from bataille.ui.marks import list_mark  # the painting classes: once painted, not before
        from bataille.ui.settings import Settings
        from bataille.ui.start.open_refusals import open_error_text, short_error
        from bataille.ui.start.recent_words import session_lines

        session, item = self._read[row], self.recent.item(row)
        if session.error:
            failure = session.failure or EmptySessionError(session.error)  # read, but no event in it
            short = short_error(failure) if _there(session.path) else \
                translate("StartWindow", "not found (drive unplugged?)")
            text, why = f"{session.path.name}\n{short}", open_error_text(session.path, failure)
            if item.icon().isNull():  # the ⚠ is drawn (bataille.ui.marks): the app's font has none
                item.setIcon(list_mark(self.recent, "warning"))
        else:
            width = self.recent.viewport().width() - 12
            other = self.deck is None or session.deck_id != self.deck.id
            remembered = Settings().deck_title(session.deck_id, self._lang) if other else ""
            text, why = session_lines(session, self.deck, self._lang, self.recent.fontMetrics(), width, remembered)
        if item.text() != text:
            item.setText(text)
        item.setToolTip(why)

    def _current(self) -> RecentSession | None:
        row = self.recent.currentRow()
        if row < 0 or row >= len(self._listed):
            return None
        if row not in self._read:
            self._read[row] = self._summary(self._listed[row])
            self._word(row)
        return self._read[row]

    def _enable_same(self) -> None:
        current = self._current() if self.recent.count() else None
        self.same_button.setEnabled(current is not None and not current.error and bool(current.teams)
                                    and self.deck is not None)

    def _request_same_teams(self) -> None:
        current = self._current()
        if current is not None and not current.error:
            self.sameTeamsRequested.emit(current.path)

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
        self.same_button.setText(translate("StartWindow", "Sa&me teams"))
        self.same_button.setToolTip(translate("StartWindow", "A new session with this one's teams (names and "
                                                             "colours), deck, language and length: the form is "
                                                             "filled in, nothing starts"))
        for row in self._read:  # the dates and phases in the interface's language
            self._word(row)
        self._enable_same()
        self.file_button.setText(translate("StartWindow", "&Open a session file…"))
