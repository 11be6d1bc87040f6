"""The start screen's column of a new session: the deck (another one, or browse its cards), the
cards' language, the length and the agenda it makes, the teams, and the button that starts it.

The teams editor and the agenda come with the deck, after the first paint; the words keep the
start screen's context of translation (StartWindow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from bataille.lengths import LENGTHS
from bataille.ui.i18n import LANGUAGE_NAMES
from bataille.ui.start.agenda_preview import AgendaPreview
from bataille.ui.start.request import NewSessionRequest

if TYPE_CHECKING:
    from bataille.ui.start.teams_editor import TeamsEditor

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class NewSessionColumn:
    """Mixed into StartWindow (which has ``deck``, ``_lang``, ``_default_minutes``, ``newRequested``,
    ``chooseDeckRequested``, ``browseDeckRequested``, ``trouble``, the bar of a deck's problems, ``new_area``,
    the scroll area this column is shown in, and ``columns_area``, the page's)."""

    def _build_new_session(self) -> None:
        """The column of a new session: the deck, the cards' language, the length and its agenda, the teams."""
        self.new_box = QGroupBox()
        self.deck_label = QLabel()
        self.deck_label.setWordWrap(True)
        self.deck_button = QPushButton()
        self.browse_button = QPushButton()
        self.session_lang = QComboBox()
        self.session_lang.setObjectName("sessionLanguage")
        # Picked by hand (or from an earlier session, « Same teams »): kept when the interface changes language.
        self.cards_language_chosen = False
        self.session_lang.activated.connect(lambda _i: setattr(self, "cards_language_chosen", True))
        self.length = QComboBox()
        self.length.setObjectName("sessionLength")
        self.agenda = AgendaPreview()  # the phases and their minutes for that length, once the deck is read
        self.teams: TeamsEditor | None = None  # built with the deck (see _complete)
        self._teams_place = QVBoxLayout()
        self._teams_place.setContentsMargins(0, 0, 0, 0)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startSession")
        self.start_button.setDefault(True)
        form = self.new_form = QFormLayout()  # its labels above the fields beside another column (StartWindow)
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
        new.addStretch(1)  # the start button is in the window's bottom row, always in sight (StartWindow)
        self.start_button.clicked.connect(self._request_new)
        self.deck_button.clicked.connect(self.chooseDeckRequested)
        self.browse_button.clicked.connect(self.browseDeckRequested)

    def new_session_width(self, labels_above: bool) -> int:
        """The least width of the new session's column with its labels above its fields or beside
        them: measured as it is, the labels' width added or taken away (as close as a form allows)."""
        width = self.new_area.minimumSizeHint().width()
        labels = max(label.minimumSizeHint().width() for label in (self.lang_label, self.length_label, self.teams_label))
        beside = self.new_form.rowWrapPolicy() != QFormLayout.RowWrapPolicy.WrapAllRows
        if labels_above == beside:
            gap = max(0, self.new_form.horizontalSpacing())
            width += -(labels + gap) if labels_above else labels + gap
        return width

    def _show_agenda(self) -> None:
        self.agenda.show_plan(self.deck, self.length.currentData(), self.session_lang.currentData() or self._lang)

    def fill_new_session(self, lang: str, minutes: int, teams: tuple[tuple[str, str], ...]) -> None:
        """Set the form as an earlier session was (« Same teams »): its cards' language when the deck
        has it, its length, its teams' names and colours. Nothing starts: the facilitator checks,
        then starts."""
        index = self.session_lang.findData(lang)
        if index >= 0:
            self.session_lang.setCurrentIndex(index)
            self.cards_language_chosen = True
        index = self.length.findData(minutes)
        if index >= 0:
            self.length.setCurrentIndex(index)
        if self.teams is not None and teams:
            self.teams.set_teams(teams)
            self.teams.rows[0].name.setFocus()
            # On a short window the column (and the page, under a message) scrolls: the teams just
            # filled in come into sight, once the window has placed the note that says so.
            QTimer.singleShot(0, self, self._show_teams)

    def _show_teams(self) -> None:
        if self.teams is not None:
            for area in (self.new_area, self.columns_area):
                area.ensureWidgetVisible(self.teams.rows[0].name)

    def _request_new(self) -> None:
        self.newRequested.emit(NewSessionRequest(self.session_lang.currentData(), self.length.currentData(),
                                                 tuple(self.teams.teams())))

    def _retranslate_new_session(self, languages: tuple[str, ...], lang: str) -> str:
        """Its words; the cards' languages, the deck's (``lang`` while it is read); returns the one chosen."""
        deck = self.deck
        self.new_box.setTitle(translate("StartWindow", "New session"))
        if deck is None and self.trouble is not None and self.trouble.isVisibleTo(self):
            self.deck_label.setText(translate("StartWindow", "No deck to run yet: the one given has problems "
                                                             "(above)."))
        elif deck is None:
            self.deck_label.setText(translate("StartWindow", "Reading the deck…"))
        else:
            self.deck_label.setText(translate("StartWindow", "Deck: %1 (version %2, %3 cards)")
                                    .replace("%1", deck.title.get(lang)).replace("%2", deck.version)
                                    .replace("%3", str(len(deck.cards))))
        self.deck_button.setText(translate("StartWindow", "Other &deck…"))
        self.browse_button.setText(translate("StartWindow", "&Browse the cards"))
        self.lang_label.setText(translate("StartWindow", "&Language of the cards:"))
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
        self.session_lang.setAccessibleName(translate("StartWindow", "Language of the cards"))
        self.length_label.setText(translate("StartWindow", "L&ength:"))
        self.length_label.setBuddy(self.length)
        keep_length = self.length.currentData() or self._default_minutes
        self.length.clear()
        texts = (translate("StartWindow", "1 hour"), translate("StartWindow", "1½ hours"),
                 translate("StartWindow", "2 hours"))
        for minutes, text in zip(LENGTHS, texts, strict=True):
            self.length.addItem(text, minutes)
        self.length.setCurrentIndex(max(0, self.length.findData(keep_length)))
        self.length.setAccessibleName(translate("StartWindow", "Length of the session"))
        self._show_agenda()
        self.teams_label.setText(translate("StartWindow", "Teams:"))
        self.start_button.setText(translate("StartWindow", "&Start the session"))
        return keep
