"""The start screen: a new session, a 20-minute quick debate, a recent session, or a session file.

It is the app's first window, so it is shown before anything else is read: built without a deck
(its deck-dependent parts say the deck is being read), it gets the deck, the teams editor and the
recent sessions once it is painted (bataille.ui.start.launch). Whatever only those need (the
deck, the session files, the workshop's rules, Qt's big ``Qt`` namespace of enums) is imported
where it is used, not here. Its three columns are mixed in from new_session.py, quick_debate.py and
recent_sessions.py; why a file is not opened is worded in open_refusals.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.i18n import LANGUAGE_NAMES
from bataille.ui.marked_label import MarkedLabel
from bataille.ui.start.column_area import ColumnArea, ColumnsBody, LeastHeightLayout
from bataille.ui.start.new_session import LENGTHS, NewSessionColumn
from bataille.ui.start.quick_debate import QuickDebateColumn
from bataille.ui.start.recent_sessions import RecentSessionsColumn

if TYPE_CHECKING:
    from bataille.deck.models import Deck
    from bataille.ui.start.deck_trouble import DeckTroubleBar
    from bataille.ui.start.fallback import Fallback

# Dark text on amber for a refusal, as the console's banners; plain for a piece of news.
MESSAGE_STYLES = {
    True: "QFrame#startMessageBar { background: #FFF3CD; border: 2px solid #B71C1C; border-radius: 4px; }"
          " QLabel { color: #1A1A1A; }",
    False: "QFrame#startMessageBar { background: #E3F2FD; border: 1px solid #1565C0; border-radius: 4px; }"
           " QLabel { color: #0D3C78; }",
}


def fill(template: str, *values: object) -> str:
    """Put ``values`` in place of %1, %2… in one pass (a file name holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0],
                  template)


class StartWindow(NewSessionColumn, QuickDebateColumn, RecentSessionsColumn, QWidget):
    """Three ways in, side by side; errors show in a line at the bottom."""

    newRequested = Signal(object)  # NewSessionRequest
    openRequested = Signal(object)  # Path
    sameTeamsRequested = Signal(object)  # Path of a session whose set-up a new session takes
    chooseFileRequested = Signal()
    chooseDeckRequested = Signal()
    browseDeckRequested = Signal()
    fixDeckRequested = Signal()  # the deck given has problems: open the deck editor at the first one
    fallbackDeckRequested = Signal()  # ...or run the workshop on the other deck offered
    textEditorRequested = Signal(object)  # Path of a deck file YAML cannot read
    recoverRequested = Signal(object)  # Path of a damaged session file
    uiLanguageChosen = Signal(str)  # "" follows the system
    firstPainted = Signal()  # once, after the window's first paint: time to read what it shows

    def __init__(self, deck: Deck | None, ui_language: str, minutes: int = 90,
                 parent: QWidget | None = None) -> None:
        """``deck`` None: the window shows that the deck is being read until :meth:`set_deck`."""
        super().__init__(parent)
        self.setObjectName("startWindow")
        self.deck = deck
        self._painted = False
        self._message_ready = False
        self._recent_read = False  # the recent sessions have been looked for (a hint if none)
        self._langs_from_deck = False  # the cards' languages offered are the deck's (not a placeholder)
        self._lang = ui_language
        self._default_minutes = minutes if minutes in LENGTHS else 90
        self.trouble: DeckTroubleBar | None = None  # built when the deck given has problems
        self._build_new_session()
        self._build_quick_debate()
        self._build_recent_sessions()
        bottom = self._build_bottom_row()
        self._build_message_bar()
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_columns(), 1)  # the bar of a deck's problems goes above (show_deck_trouble)
        layout.addLayout(bottom)
        self._place_message_bar(self._arrangement > 1)
        # Enter presses the button that has the focus, as in a dialog (this window is not one: only
        # the default button, Start the session, took Enter, and Tab to Launch the quick debate then
        # Enter did nothing).
        for button in (self.deck_button, self.browse_button, self.quick_button, self.resume_button,
                       self.same_button, self.file_button, self.recover_button, self.preferences_button, self.welcome_button):
            button.setAutoDefault(True)
        if deck is not None:
            self._complete()
        else:  # Resume waits for the recent sessions (set_recent), the others for the deck
            for button in self._deck_buttons() + (self.resume_button,):
                button.setEnabled(False)
        self.retranslate()

    def _build_columns(self) -> QScrollArea:
        """New session, quick debate, recent sessions side by side; on a narrow window (a laptop at
        150 %: 911 points) the recent sessions under the quick debate, on a narrower one all three
        one above the other; never scrolled sideways. On a short window the new session's column
        scrolls by itself (the teams editor) and the recent sessions' list shrinks, so that the
        quick debate's and the recent sessions' buttons stay in sight; one above the other, the
        page scrolls."""
        self._columns = QGridLayout()
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._arrangement: int | None = None  # the columns side by side: 3, 2 or 1
        self.new_area = ColumnArea(self.new_box)
        self.new_side = QWidget()  # the new session's column, and the message bar under it (_place_message_bar)
        side = LeastHeightLayout(self.new_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.new_area, 1)
        body = ColumnsBody()
        body.setLayout(self._columns)
        # A column grows after the first paint (the teams editor, the sessions, another language):
        # placed again by the widths it then needs.
        body.installEventFilter(self)
        self.columns_area = QScrollArea()
        self.columns_area.setObjectName("startColumns")
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFrameShape(QFrame.Shape.NoFrame)
        # No stop of its own for Tab, which goes to the controls, scrolled into sight: set once painted
        # (reading or naming a focus policy builds Qt's enums, 30 ms before the first paint).
        self.firstPainted.connect(self._no_tab_stop)
        self.columns_area.setWidget(body)
        self._place_columns(3)
        return self.columns_area

    def _no_tab_stop(self) -> None:
        from PySide6.QtCore import Qt

        for area in (self.columns_area, self.new_area):  # the new session's column too: a stop named by nothing
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _place_columns(self, side_by_side: int) -> None:
        if side_by_side == self._arrangement:
            return
        self._arrangement = side_by_side
        grid = self._columns
        boxes = (self.new_side, self.quick_box, self.recent_box)
        for box in boxes:
            grid.removeWidget(box)
        self.new_area.set_whole(side_by_side == 1)
        # Beside the other two, the new session's labels above its fields: the room they took goes
        # to the quick debate and the recent sessions, whose words then wrap on fewer lines.
        policy = QFormLayout.RowWrapPolicy
        self.new_form.setRowWrapPolicy(policy.WrapAllRows if side_by_side == 2 else policy.DontWrapRows)
        self.place_recent_buttons(side_by_side == 2)
        self.place_quick_card(side_by_side == 2)
        places = {3: ((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1)),
                  2: ((0, 0, 2, 1), (0, 1, 1, 1), (1, 1, 1, 1)),
                  1: ((0, 0, 1, 1), (1, 0, 1, 1), (2, 0, 1, 1))}[side_by_side]
        for box, place in zip(boxes, places, strict=True):
            grid.addWidget(box, *place)
        # Two side by side: the new session's column at its width (it scrolls by itself), the rest
        # to the quick debate and the recent sessions, whose words wrap on fewer lines.
        for column, stretch in enumerate({3: (3, 2, 2), 2: (0, 1, 0), 1: (1, 0, 0)}[side_by_side]):
            grid.setColumnStretch(column, stretch)
        # Under the quick debate, the recent sessions take what height is left (their list scrolls).
        for row, stretch in enumerate({3: (1, 0, 0), 2: (0, 1, 0), 1: (0, 0, 1)}[side_by_side]):
            grid.setRowStretch(row, stretch)
        if self.layout() is not None:  # else placed once the window's layout is made
            self._place_message_bar(side_by_side > 1)

    def _place_message_bar(self, in_column: bool) -> None:
        """Beside the other columns, the message bar under the new session's column, which scrolls by
        itself and gives up the height (under the whole page, the bar scrolled it, « Reprendre » below
        the window's edge); its words above the recovery button. One column above the other (the
        page scrolls), across the window above the buttons, never scrolled away."""
        from PySide6.QtWidgets import QBoxLayout

        bar, hidden = self.message_bar, self.message_bar.isHidden()
        if in_column:
            self.new_side.layout().addWidget(bar)
        else:
            self.layout().insertWidget(self.layout().count() - 1, bar)  # above the bottom row
        direction = QBoxLayout.Direction
        bar.layout().setDirection(direction.TopToBottom if in_column else direction.LeftToRight)
        bar.setHidden(hidden)

    def columns_that_fit(self) -> int:
        """How many columns fit side by side, each at its least width, beside a vertical scroll bar."""
        quick = self.quick_box.minimumSizeHint().width()
        gap = max(0, self._columns.horizontalSpacing())
        room = self.columns_area.width() - self.columns_area.verticalScrollBar().sizeHint().width()
        if room >= self.new_session_width(False) + quick + self.recent_width(False) + 2 * gap:
            return 3
        return 2 if room >= self.new_session_width(True) + max(quick, self.recent_width(True)) + gap else 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest and watched is self.columns_area.widget():
            self._place_columns(self.columns_that_fit())
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # the scroll area already has its new width
        self._place_columns(self.columns_that_fit())

    def _build_message_bar(self) -> None:
        """A refusal to open a file needs room to say why: placed by _place_message_bar."""
        self.message = MarkedLabel()  # a refusal's ⚠ is drawn before its words
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.recover_button = QPushButton()
        self.recover_button.setObjectName("recoverSession")
        self.recover_button.hide()
        self.message_bar = QFrame()
        self.message_bar.setObjectName("startMessageBar")
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(10, 6, 6, 6)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.recover_button, 0)  # centred vertically with the first message (_set_message)
        self.message_bar.hide()
        self._open_error: tuple[Path, BaseException] | None = None  # reworded on a language change
        self.recover_button.clicked.connect(self._request_recover)

    def _build_bottom_row(self) -> QHBoxLayout:
        """Start the session at the bottom left, in sight however small the window and whatever the
        columns scroll; Welcome, Preferences and the interface's language at the bottom right."""
        self.ui_lang = QComboBox()
        self.ui_lang.setObjectName("interfaceLanguage")
        self.ui_lang_label = QLabel()
        self.ui_lang_label.setBuddy(self.ui_lang)
        self.preferences_button = QPushButton()
        self.preferences_button.setObjectName("preferences")
        self.welcome_button = QPushButton()
        self.welcome_button.setObjectName("welcome")
        bottom = QHBoxLayout()
        bottom.addWidget(self.start_button)
        bottom.addStretch(1)
        bottom.addWidget(self.welcome_button)
        bottom.addWidget(self.preferences_button)
        bottom.addWidget(self.ui_lang_label)
        bottom.addWidget(self.ui_lang)
        self.ui_lang.activated.connect(lambda _i: self.uiLanguageChosen.emit(self.ui_lang.currentData()))
        return bottom

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the first frame reaches the screen before whatever is connected runs.
            QTimer.singleShot(0, self, self.firstPainted.emit)  # none if the window is gone

    def _complete(self) -> None:
        """The parts that wait for the deck: the teams editor (the workshop's palette) and the
        quick debate's card list."""
        from bataille.ui.console.common import compact
        from bataille.ui.start.claim_combo import elide_entries
        from bataille.ui.start.teams_editor import TeamsEditor

        compact(self.quick_card, 20)  # the window fits a 1024-pixel screen (a mirrored projector)
        elide_entries(self.quick_card)
        self.teams = TeamsEditor()
        self._teams_place.addWidget(self.teams)
        self.teams.order_tabs(self.length, self.start_button)
        self.teams.finished.connect(self.start_button.click)  # Enter in the last team's name
        for combo in (self.length, self.session_lang):
            combo.currentIndexChanged.connect(lambda _index: self._show_agenda())
        self.teams.show()  # at once: in a window already shown, Qt would show it on the next event-loop turn
        for button in self._deck_buttons():
            button.setEnabled(True)
        if self.isVisible() and self.focusWidget() in (None, self.session_lang):
            # Shown before the deck, the focus went to the first enabled field: back to the first of all.
            self.deck_button.setFocus()

    def _deck_buttons(self) -> tuple[QPushButton, ...]:
        return self.start_button, self.quick_button, self.deck_button, self.browse_button, self.file_button

    # -- filling ---------------------------------------------------------------------------------

    def set_deck(self, deck: Deck) -> None:
        first = self.deck is None
        self.deck = deck
        if self.trouble is not None:
            self.trouble.hide()
        if first:
            self._complete()
        self.retranslate()

    def show_deck_trouble(self, folder: Path, problems: list, fallback: Fallback | None) -> None:
        """The deck at ``folder`` cannot be run: its problems above the columns, with the ways out."""
        from bataille.ui.start.deck_trouble import DeckTroubleBar

        if self.trouble is None:
            self.trouble = DeckTroubleBar()
            self.trouble.fixRequested.connect(self.fixDeckRequested)
            self.trouble.fallbackRequested.connect(self.fallbackDeckRequested)
            self.trouble.textEditorRequested.connect(self.textEditorRequested)
            self.layout().insertWidget(0, self.trouble)
        self.trouble.show_trouble(folder, problems, fallback)
        self.retranslate()

    def show_message(self, text: str, error: bool = True) -> None:
        self._open_error = None
        self.recover_button.hide()
        self._set_message(text, error)

    def _set_message(self, text: str, error: bool) -> None:
        if not self._message_ready:  # set with the first message: nothing shows them before
            from PySide6.QtCore import Qt

            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.message_bar.layout().setAlignment(self.recover_button, Qt.AlignmentFlag.AlignVCenter)
            self._message_ready = True
        self.message_bar.setStyleSheet(MESSAGE_STYLES[error])
        self.message.set_warning(error and bool(text))
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message_bar.setVisible(bool(text))

    def show_open_error(self, path: Path, error: BaseException) -> None:
        """Say why ``path`` cannot be opened, in the interface language; offer recovery for a damaged file."""
        from bataille.storage import DamagedSessionError
        from bataille.ui.start.open_refusals import open_error_text

        self._open_error = (Path(path), error)
        self._set_message(open_error_text(Path(path), error), True)
        intact = error.seq if isinstance(error, DamagedSessionError) else 0
        if intact:  # every intact action is recovered, those after the damage too
            self.recover_button.setText(self.tr("Reco&ver the intact actions"))
            self.recover_button.setAccessibleName(self.recover_button.text().replace("&", ""))
        self.recover_button.setVisible(bool(intact))
        if intact:
            self.recover_button.setFocus()

    def show_recovery_error(self, path: Path, error: BaseException) -> None:
        """Recovery itself failed: a lock is worded as for an open; anything else says nothing was written."""
        from bataille.storage import SessionLockedError
        from bataille.ui.start.open_refusals import recovery_error_text

        if isinstance(error, SessionLockedError):
            self.show_open_error(path, error)
            return
        self.show_message(recovery_error_text(path, error))

    def _request_recover(self) -> None:
        if self._open_error is not None:
            self.recoverRequested.emit(self._open_error[0])

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_ui_language(self, lang: str, preference: str) -> None:
        self._lang = lang
        self._retranslate_recent_sessions()  # the dates and phases in that language
        self.ui_lang.setCurrentIndex(max(0, self.ui_lang.findData(preference)))
        index = self.session_lang.findData(lang)
        if index >= 0 and not self.cards_language_chosen:  # the cards follow the interface until one is chosen
            self.session_lang.setCurrentIndex(index)

    def retranslate(self) -> None:
        deck = self.deck
        languages = deck.languages if deck is not None else ()
        lang = self._lang if self._lang in languages or not languages else languages[0]
        self.setWindowTitle(self.tr("Bataille IA — Start"))
        keep = self._retranslate_new_session(languages, lang)
        self._retranslate_quick_debate(languages, lang, keep)
        self._retranslate_recent_sessions()
        self._retranslate_bottom_row()
        # Named even while hidden; show_open_error gives it the count of actions it recovers.
        self.recover_button.setText(self.tr("Reco&ver the intact actions"))
        self.recover_button.setAccessibleName(self.recover_button.text().replace("&", ""))
        if self._open_error is not None:
            self.show_open_error(*self._open_error)

    def _retranslate_bottom_row(self) -> None:
        self.preferences_button.setText(self.tr("&Preferences…"))
        self.welcome_button.setText(self.tr("&Welcome"))
        self.ui_lang_label.setText(self.tr("&Interface:"))
        keep_ui = self.ui_lang.currentData()
        self.ui_lang.clear()
        self.ui_lang.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.ui_lang.addItem(name, code)
        self.ui_lang.setCurrentIndex(max(0, self.ui_lang.findData(keep_ui)))
        self.ui_lang.setAccessibleName(self.tr("Interface language"))
