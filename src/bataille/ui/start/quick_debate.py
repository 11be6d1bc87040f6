"""The start screen's column of the quick debate: one debate card for the whole class, in 20 minutes.

Its language (the cards and the claim are shown in it, and the debate runs in it), the debate cards
theme by theme, the chosen card's claim written out whole, and the button that starts it. The
cards come with the deck, after the first paint; the words keep the start screen's context of
translation (StartWindow).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout

from bataille.ui.i18n import LANGUAGE_NAMES
from bataille.ui.start.request import NewSessionRequest

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class QuickDebateColumn:
    """Mixed into StartWindow (which has ``deck``, ``_lang`` and ``newRequested``)."""

    def _build_quick_debate(self) -> None:
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
        self._choices = QGridLayout()
        self._choices.addWidget(self.quick_lang_label, 0, 0)
        self._choices.addWidget(self.quick_lang, 0, 1)
        self._choices.setColumnStretch(1, 1)
        self._card_beside: bool | None = None
        self.place_quick_card(False)
        quick.addLayout(self._choices)
        quick.addWidget(self.quick_claim)
        quick.addStretch(1)
        quick.addWidget(self.quick_button)
        self.quick_button.clicked.connect(self._request_quick)
        self.quick_card.currentIndexChanged.connect(lambda _i: self._show_claim())
        self.quick_lang.activated.connect(lambda _i: self._fill_quick_cards())

    def place_quick_card(self, beside: bool) -> None:
        """The card's list under its label (as wide as the column), or beside it as the language is:
        a line less, so that under this column on a short window (a laptop at 150 %) the recent
        sessions keep « Reprendre » in sight."""
        if beside == self._card_beside:
            return
        self._card_beside = beside
        grid = self._choices
        grid.removeWidget(self.quick_card_label)
        grid.removeWidget(self.quick_card)
        if beside:
            grid.addWidget(self.quick_card_label, 1, 0)
            grid.addWidget(self.quick_card, 1, 1)
        else:
            grid.addWidget(self.quick_card_label, 1, 0, 1, 2)
            grid.addWidget(self.quick_card, 2, 0, 1, 2)

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

    def _request_quick(self) -> None:
        self.newRequested.emit(NewSessionRequest(self._quick_language(), 20,
                                                 debate_card=self.quick_card.currentData()))

    def _retranslate_quick_debate(self, languages: tuple[str, ...], lang: str, keep: str) -> None:
        """Its words; its languages, the deck's (``lang`` while it is read), ``keep`` chosen at first."""
        self.quick_box.setTitle(translate("StartWindow", "Quick debate (20 minutes)"))
        self.quick_text.setText(translate("StartWindow", "One debate card for the whole group: vote before, "
                                                         "argue, vote after, see the shift. No teams needed."))
        self.quick_card_label.setText(translate("StartWindow", "Debate &card:"))
        self.quick_lang_label.setText(translate("StartWindow", "Lan&guage:"))
        keep_quick = self.quick_lang.currentData() if languages and self.quick_lang.count() > 1 else None
        self.quick_lang.clear()
        for code in languages or (lang,):
            self.quick_lang.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.quick_lang.setCurrentIndex(max(0, self.quick_lang.findData(keep_quick or keep)))
        self.quick_lang.setAccessibleName(translate("StartWindow", "Language of the quick debate"))
        self._fill_quick_cards()
        self.quick_card.setAccessibleName(translate("StartWindow", "Debate card"))
        self.quick_button.setText(translate("StartWindow", "Start the &quick debate"))
