"""The welcome: what the workshop is, the two windows, the guide and the cards to print.

It opens by itself on the first run only (``Settings.welcome_shown``) and again from the start
screen's Welcome button and from Help › Welcome in the other windows (``bataille.ui.dialogs.app_menu``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import Deck
from bataille.ui.i18n import interface_language
from bataille.ui.identity import APPLICATION_DISPLAY_NAME
from bataille.ui.screen_fit import fit_to_screen
from bataille.ui.settings import Settings


class WelcomeDialog(QDialog):
    """A short page for a first-time facilitator, with the two PDFs to prepare a session."""

    def __init__(self, settings: Settings, deck: Callable[[], Deck | None] = lambda: None,
                 parent: QWidget | None = None, cards_language: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self._settings = settings
        self._deck = deck
        # The language of the session open behind this page (the console's), None without one: the
        # cards saved from it are the room's, in the session's language, as its stage and phones.
        self._cards_language = cards_language
        self.text = QLabel(objectName="welcomeText", wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach it by Tab
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll = scroll = QScrollArea()  # Tab stops on it too: named in retranslate
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)
        self.guide_button = QPushButton(objectName="saveGuide")
        self.cards_button = QPushButton(objectName="saveCards")
        self.guide_button.clicked.connect(self.save_guide)
        self.cards_button.clicked.connect(self.save_cards)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.guide_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cards_button, QDialogButtonBox.ButtonRole.ActionRole)
        # A button of its own (named in retranslate) that closes as Close does: a renamed standard
        # Close button would carry a close cross where the style puts icons on buttons.
        self.start_button = QPushButton(objectName="letsGo")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 650)  # all of it without scrolling on a 1366x768 laptop; scrolled on a smaller screen
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.start_button.setFocus()  # Enter or Space closes it; Tab reaches the text and the PDFs

    def done(self, result: int) -> None:
        self._settings.welcome_shown = True  # seen once: it will not open by itself again
        self._settings.sync()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:

        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APPLICATION_DISPLAY_NAME))
        self.guide_button.setText(self.tr("Save the &facilitator's guide…"))
        session = self._cards_language()
        self.cards_button.setText(self.tr("Save the &cards to print, in French…") if session == "fr"
                                  else self.tr("Save the &cards to print, in English…") if session == "en"
                                  else self.tr("Save the &cards to print…"))
        self.start_button.setText(self.tr("&Let's go"))
        for button in (self.guide_button, self.cards_button, self.start_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.text.setAccessibleName(self.tr("Welcome text"))
        self.scroll.setAccessibleName(self.text.accessibleName())
        self.text.setText(
            "<h2>" + self.tr("Welcome to %1").replace("%1", APPLICATION_DISPLAY_NAME) + "</h2>"
            + "<p>" + self.tr("%1 helps you run a card-game workshop on the social and environmental "
                         "stakes of generative AI with a class or a group, in about 90 minutes "
                         "(from 20 minutes to 2 hours).").replace("%1", APPLICATION_DISPLAY_NAME) + "</p>"
            + "<h3>" + self.tr("How a session goes") + "</h3><ol>"
            + "<li>" + self.tr("<b>Timeline:</b> teams place dated events of AI history in order.") + "</li>"
            + "<li>" + self.tr("<b>Debates:</b> a claim, fact cards to argue with, a vote before and after.") + "</li>"
            + "<li>" + self.tr("<b>Scenarios:</b> teams steer a 2035 future and see what their choices cost.") + "</li>"
            + "<li>" + self.tr("<b>Debrief:</b> what the room takes away, and what it commits to.") + "</li></ol>"
            + "<h3>" + self.tr("Two windows") + "</h3><ul>"
            + "<li>" + self.tr("<b>The console</b>, on your screen: the agenda and timers, the teams and "
                          "their scores, the controls of each phase and your notes. Only you see it.") + "</li>"
            + "<li>" + self.tr("<b>The stage</b>, on the projector: the card in play, the timer, the scores "
                          "and the votes in large type. It shows only what you have revealed. Its text "
                          "size is set in “Preferences…”.") + "</li></ul><p>"
            + self.tr("A projector that copies your screen? Put the stage in full screen (F5, then F5 again) "
                      "before the room looks: it then sees only the stage, and the remote, PageDown and "
                      "the keys act on it. Esc leaves full screen.") + "</p>"
            + "<h3>" + self.tr("Before the session") + "</h3><p>"
            + self.tr("Read the facilitator's guide (rules, timings, answers and sources) and print the "
                 "cards on both sides: the buttons below save them as PDF files. Paper and card size "
                 "are set in “Preferences…”.") + "</p><p>"
            + self.tr("This page opens again from “Welcome” (a button of the start screen, in the Help "
                      "menu of the other windows).") + "</p>")

    # -- the two PDFs: the same saving as the deck window's and the print dialog's ----------------

    def _language(self) -> str:
        """The language this page speaks: a guide or cards in another (the one saved in the settings
        while ``--lang`` chose this one, or the system's) would not be what the reader asked for."""
        return interface_language()

    def _language_of(self, what: str) -> str:
        """The guide in the page's language (the facilitator reads it); the cards in the session's
        when one is open (the room holds them), else in the page's, as the button says."""
        return (self._cards_language() or self._language()) if what == "save_cards" else self._language()

    def _save(self, what: str) -> Path | None:
        from bataille.ui import (
            pdf_files,  # imported when asked for: reportlab is not needed to start
        )

        save: Callable[[QWidget, Deck, str, Settings], Path | None] = getattr(pdf_files, what)
        deck = self._deck()
        if deck is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("No deck is open: open a deck folder first."))
            return None
        path = save(self, deck, self._language_of(what), self._settings)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_guide(self) -> Path | None:
        return self._save("save_guide")

    def save_cards(self) -> Path | None:
        return self._save("save_cards")
