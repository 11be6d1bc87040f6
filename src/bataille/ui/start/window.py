"""The start screen: a new session, a 20-minute quick debate, a recent session, or a session file.

It is the app's first window, so it is shown before anything else is read: built without a deck
(its deck-dependent parts say the deck is being read), it gets the deck, the teams editor and the
recent sessions once it is painted (bataille.ui.start.launch). Whatever only those need (the
deck, the session files, the workshop's rules, Qt's big ``Qt`` namespace of enums) is imported
where it is used, not here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.i18n import LANGUAGE_NAMES
from bataille.ui.marked_label import MarkedLabel
from bataille.ui.start.agenda_preview import AgendaPreview
from bataille.ui.start.recent_list import RecentList
from bataille.ui.start.request import NewSessionRequest

if TYPE_CHECKING:
    from bataille.deck.models import Deck
    from bataille.storage import RecentSession
    from bataille.ui.start.deck_trouble import DeckTroubleBar
    from bataille.ui.start.fallback import Fallback
    from bataille.ui.start.teams_editor import TeamsEditor

LENGTHS = (60, 90, 120)

# Dark text on amber for a refusal, as the console's banners; plain for a piece of news.
MESSAGE_STYLES = {
    True: "QFrame#startMessageBar { background: #FFF3CD; border: 2px solid #B71C1C; border-radius: 4px; }"
          " QLabel { color: #1A1A1A; }",
    False: "QFrame#startMessageBar { background: #E3F2FD; border: 1px solid #1565C0; border-radius: 4px; }"
           " QLabel { color: #0D3C78; }",
}


RESUME_HOURS = 3  # a session written to in the last hours is the one Enter resumes


def _there(path: Path) -> bool:
    """The file is there (False as well when its drive answers with an error: pulled out mid-way)."""
    try:
        return path.exists()
    except OSError:
        return False


def fill(template: str, *values: object) -> str:
    """Put ``values`` in place of %1, %2… in one pass (a file name holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0],
                  template)


class StartWindow(QWidget):
    """Three ways in, side by side; errors show in a line at the bottom."""

    newRequested = Signal(object)  # NewSessionRequest
    openRequested = Signal(object)  # Path
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

        self.new_box = QGroupBox()
        self.deck_label = QLabel()
        self.deck_label.setWordWrap(True)
        self.deck_button = QPushButton()
        self.browse_button = QPushButton()
        self.session_lang = QComboBox()
        self.session_lang.setObjectName("sessionLanguage")
        self.length = QComboBox()
        self.length.setObjectName("sessionLength")
        self.agenda = AgendaPreview()  # the phases and their minutes for that length, once the deck is read
        self.teams: TeamsEditor | None = None  # built with the deck (see _complete)
        self.trouble: DeckTroubleBar | None = None  # built when the deck given has problems
        self._teams_place = QVBoxLayout()
        self._teams_place.setContentsMargins(0, 0, 0, 0)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startSession")
        self.start_button.setDefault(True)
        form = QFormLayout()
        self.lang_label, self.length_label, self.teams_label = QLabel(), QLabel(), QLabel()
        deck_row = QHBoxLayout()
        deck_row.addWidget(self.deck_button)
        deck_row.addWidget(self.browse_button)
        form.addRow(self.deck_label)
        form.addRow(deck_row)
        form.addRow(self.lang_label, self.session_lang)
        form.addRow(self.length_label, self.length)
        form.addRow("", self.agenda)
        form.addRow(self.teams_label, self._teams_place)
        new = QVBoxLayout(self.new_box)
        new.addLayout(form)
        new.addStretch(1)
        new.addWidget(self.start_button)

        self.quick_box = QGroupBox()
        self.quick_text = QLabel()
        self.quick_text.setWordWrap(True)
        self.quick_card = QComboBox()  # compact() and its entries elided once the deck is there (see _complete)
        self.quick_card.setObjectName("quickCard")
        self.quick_claim = QLabel()  # the chosen card's claim, whole, however narrow the list
        self.quick_claim.setObjectName("quickClaim")
        self.quick_claim.setWordWrap(True)
        self.quick_card_label = QLabel()
        self.quick_card_label.setBuddy(self.quick_card)
        # The quick debate's own language: its cards and its claim are shown in it, and it runs in it.
        self.quick_lang = QComboBox()
        self.quick_lang.setObjectName("quickLanguage")
        self.quick_lang_label = QLabel()
        self.quick_lang_label.setBuddy(self.quick_lang)
        self.quick_button = QPushButton()
        self.quick_button.setObjectName("startQuick")
        quick = QVBoxLayout(self.quick_box)
        quick.addWidget(self.quick_text)
        quick_lang_row = QHBoxLayout()
        quick_lang_row.addWidget(self.quick_lang_label)
        quick_lang_row.addWidget(self.quick_lang, 1)
        quick.addLayout(quick_lang_row)
        quick.addWidget(self.quick_card_label)
        quick.addWidget(self.quick_card)
        quick.addWidget(self.quick_claim)
        quick.addStretch(1)
        quick.addWidget(self.quick_button)

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

        self.ui_lang = QComboBox()
        self.ui_lang.setObjectName("interfaceLanguage")
        self.ui_lang_label = QLabel()
        self.ui_lang_label.setBuddy(self.ui_lang)
        self.message = MarkedLabel()  # a refusal's ⚠ is drawn before its words
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.recover_button = QPushButton()
        self.recover_button.setObjectName("recoverSession")
        self.recover_button.hide()
        # Across the whole width, above the buttons: a refusal to open a file needs room to say why.
        self.message_bar = QFrame()
        self.message_bar.setObjectName("startMessageBar")
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(10, 6, 6, 6)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.recover_button, 0)  # centred vertically with the first message (_set_message)
        self.message_bar.hide()
        self._open_error: tuple[Path, BaseException] | None = None  # reworded on a language change
        self.preferences_button = QPushButton()
        self.preferences_button.setObjectName("preferences")
        self.welcome_button = QPushButton()
        self.welcome_button.setObjectName("welcome")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.welcome_button)
        bottom.addWidget(self.preferences_button)
        bottom.addWidget(self.ui_lang_label)
        bottom.addWidget(self.ui_lang)

        columns = QHBoxLayout()
        columns.addWidget(self.new_box, 3)
        columns.addWidget(self.quick_box, 2)
        columns.addWidget(self.recent_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)  # the bar of a deck's problems goes above (show_deck_trouble)
        layout.addWidget(self.message_bar)
        layout.addLayout(bottom)

        self.start_button.clicked.connect(self._request_new)
        self.quick_button.clicked.connect(self._request_quick)
        self.resume_button.clicked.connect(self._request_resume)
        self.recent.itemActivated.connect(lambda _item: self._request_resume())
        self.file_button.clicked.connect(self.chooseFileRequested)
        self.recover_button.clicked.connect(self._request_recover)
        self.deck_button.clicked.connect(self.chooseDeckRequested)
        self.browse_button.clicked.connect(self.browseDeckRequested)
        self.quick_card.currentIndexChanged.connect(lambda _i: self._show_claim())
        self.quick_lang.activated.connect(lambda _i: self._fill_quick_cards())
        self.ui_lang.activated.connect(lambda _i: self.uiLanguageChosen.emit(self.ui_lang.currentData()))
        # Enter presses the button that has the focus, as in a dialog (this window is not one: only
        # the default button, Start the session, took Enter, and Tab to Launch the quick debate then
        # Enter did nothing).
        for button in (self.deck_button, self.browse_button, self.quick_button, self.resume_button,
                       self.file_button, self.recover_button, self.preferences_button, self.welcome_button):
            button.setAutoDefault(True)
        if deck is not None:
            self._complete()
        else:  # Resume waits for the recent sessions (set_recent), the others for the deck
            for button in self._deck_buttons() + (self.resume_button,):
                button.setEnabled(False)
        self.retranslate()

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
        for combo in (self.length, self.session_lang):
            combo.currentIndexChanged.connect(lambda _index: self._show_agenda())
        self.teams.show()  # at once: in a window already shown, Qt would show it on the next event-loop turn
        for button in self._deck_buttons():
            button.setEnabled(True)
        if self.isVisible() and self.focusWidget() in (None, self.session_lang):
            # Shown before the deck, the focus went to the first enabled field: back to the first of all.
            self.deck_button.setFocus()

    def _show_agenda(self) -> None:
        self.agenda.show_plan(self.deck, self.length.currentData(), self.session_lang.currentData() or self._lang)

    def _deck_buttons(self) -> tuple[QPushButton, ...]:
        return self.start_button, self.quick_button, self.deck_button, self.browse_button, self.file_button

    def _quick_language(self) -> str:
        """The language the quick debate's cards are listed and run in."""
        languages = self.deck.languages if self.deck is not None else ()
        chosen = self.quick_lang.currentData()
        if chosen in languages:
            return chosen
        return self._lang if self._lang in languages or not languages else languages[0]

    def _fill_quick_cards(self) -> None:
        """The debate cards, theme by theme, in the quick debate's language; the claim of the chosen one."""
        deck, lang = self.deck, self._quick_language()
        keep_card = self.quick_card.currentData()
        self.quick_card.clear()
        for theme in deck.themes if deck is not None else ():
            for card in deck.cards_of("debate", theme.id):
                self.quick_card.addItem(f"{theme.name.get(lang)} — {card.title.get(lang)}", card.id)
        self.quick_card.setCurrentIndex(max(0, self.quick_card.findData(keep_card)))
        if deck is not None:
            from bataille.ui.start.claim_combo import widen_list

            widen_list(self.quick_card)
        self._show_claim()

    def _show_claim(self) -> None:
        """The chosen debate card's claim, in the language of the list, written out whole."""
        card_id, deck = self.quick_card.currentData(), self.deck
        card = deck.card(card_id) if deck is not None and card_id else None
        claim = card.claim.get(self._quick_language()) if card else ""
        self.quick_claim.setVisible(bool(claim))
        if claim:  # a deck's words on screen go through the font's substitutes (after the first paint)
            from bataille.words import for_the_font, quoted

            self.quick_claim.setText(for_the_font(quoted(claim, self._quick_language())))

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
                    self.tr("not found (drive unplugged?)")
                text = f"{session.path.name}\n{short}"
                why = open_error_text(session.path, failure)
            else:  # its name, then when and who: two short lines the column shows whole
                when = QDateTime.fromSecsSinceEpoch(int(session.modified_at)).toString("yyyy-MM-dd HH:mm")
                teams = ", ".join(session.teams) or self.tr("no team")
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
        """A workshop run in the last hours (the app was closed, or stopped, in front of the room):
        Enter resumes it, as « Reprendre » does; else Enter starts a new session, as before. Started
        again in a hurry, the facilitator's Enter must not open an empty session that then heads the list."""
        from time import time

        running = newest is not None and not newest.error and newest.started and \
            time() - newest.modified_at < RESUME_HOURS * 3600
        self.start_button.setDefault(not running)
        self.resume_button.setDefault(running)
        if running and self.isVisible() and self.focusWidget() in (None, self.deck_button, self.start_button):
            self.resume_button.setFocus()  # not while the facilitator types a team's name

    def _hint_recent(self) -> None:
        self.recent.set_hint(self.tr("No session yet: the sessions you run will appear here, to resume one.")
                             if self._recent_read else "")

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

    # -- requests --------------------------------------------------------------------------------

    def _request_new(self) -> None:
        self.newRequested.emit(NewSessionRequest(self.session_lang.currentData(), self.length.currentData(),
                                                 tuple(self.teams.teams())))

    def _request_quick(self) -> None:
        self.newRequested.emit(NewSessionRequest(self._quick_language(), 20,
                                                 debate_card=self.quick_card.currentData()))

    def _request_recover(self) -> None:
        if self._open_error is not None:
            self.recoverRequested.emit(self._open_error[0])

    def _request_resume(self) -> None:
        from PySide6.QtCore import Qt

        item = self.recent.currentItem()
        if item is not None:
            self.openRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_ui_language(self, lang: str, preference: str) -> None:
        self._lang = lang
        self.ui_lang.setCurrentIndex(max(0, self.ui_lang.findData(preference)))
        index = self.session_lang.findData(lang)
        if index >= 0:
            self.session_lang.setCurrentIndex(index)

    def retranslate(self) -> None:
        deck = self.deck
        languages = deck.languages if deck is not None else ()
        lang = self._lang if self._lang in languages or not languages else languages[0]
        self.setWindowTitle(self.tr("Bataille IA — Start"))
        self.new_box.setTitle(self.tr("New session"))
        self._hint_recent()
        if deck is None and self.trouble is not None and self.trouble.isVisibleTo(self):
            self.deck_label.setText(self.tr("No deck to run yet: the one given has problems (above)."))
        elif deck is None:
            self.deck_label.setText(self.tr("Reading the deck…"))
        else:
            self.deck_label.setText(self.tr("Deck: %1 (version %2, %3 cards)").replace("%1", deck.title.get(lang))
                                    .replace("%2", deck.version).replace("%3", str(len(deck.cards))))
        self.deck_button.setText(self.tr("Other &deck…"))
        self.browse_button.setText(self.tr("&Browse the cards"))
        self.lang_label.setText(self.tr("&Language of the cards:"))
        self.lang_label.setBuddy(self.session_lang)
        # The facilitator's choice is kept through a change of interface language; the one shown
        # while the deck is read is only the interface's language, which the deck then confirms.
        chosen = self.session_lang.currentData() if self._langs_from_deck else None
        keep = chosen or lang
        self._langs_from_deck = bool(languages)
        self.session_lang.clear()
        for code in languages or (lang,):
            self.session_lang.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.session_lang.setCurrentIndex(max(0, self.session_lang.findData(keep)))
        self.session_lang.setAccessibleName(self.tr("Language of the cards"))
        self.length_label.setText(self.tr("L&ength:"))
        self.length_label.setBuddy(self.length)
        keep_length = self.length.currentData() or self._default_minutes
        self.length.clear()
        for minutes, text in zip(LENGTHS, (self.tr("1 hour"), self.tr("1 hour 30"), self.tr("2 hours")), strict=True):
            self.length.addItem(text, minutes)
        self.length.setCurrentIndex(max(0, self.length.findData(keep_length)))
        self.length.setAccessibleName(self.tr("Length of the session"))
        self._show_agenda()
        self.teams_label.setText(self.tr("Teams:"))
        self.start_button.setText(self.tr("&Start the session"))
        self.quick_box.setTitle(self.tr("Quick debate (20 minutes)"))
        self.quick_text.setText(self.tr("One debate card for the whole class: vote before, argue, vote after, "
                                        "see the shift. No teams needed."))
        self.quick_card_label.setText(self.tr("Debate &card:"))
        self.quick_lang_label.setText(self.tr("Lan&guage:"))
        keep_quick = self.quick_lang.currentData() if languages and self.quick_lang.count() > 1 else None
        self.quick_lang.clear()
        for code in languages or (lang,):
            self.quick_lang.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.quick_lang.setCurrentIndex(max(0, self.quick_lang.findData(keep_quick or keep)))
        self.quick_lang.setAccessibleName(self.tr("Language of the quick debate"))
        self._fill_quick_cards()
        self.quick_card.setAccessibleName(self.tr("Debate card"))
        self.quick_button.setText(self.tr("Start the &quick debate"))
        self.recent_box.setTitle(self.tr("Recent sessions"))
        self.recent.setAccessibleName(self.tr("Recent sessions (Enter resumes)"))
        self.resume_button.setText(self.tr("&Resume"))
        self.file_button.setText(self.tr("&Open a session file…"))
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
        # Named even while hidden; show_open_error gives it the count of actions it recovers.
        self.recover_button.setText(self.tr("Reco&ver the intact actions"))
        self.recover_button.setAccessibleName(self.recover_button.text().replace("&", ""))
        if self._open_error is not None:
            self.show_open_error(*self._open_error)
