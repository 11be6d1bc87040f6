"""A card shown large in its own window, to read it or check how it looks at projector size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from bataille.deck.models import Card, Deck
from bataille.ui.deck_window.card_widget import CardWidget


class CardPreview(QDialog):
    """One card, as large as the window; the text grows with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPreview")
        self.card_widget = CardWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card_widget, 1)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.retranslate()

    def show_card(self, card: Card, deck: Deck, lang: str) -> None:
        self.card_widget.show_card(card, deck, lang)
        self.setWindowTitle(card.title.get(lang))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Card preview"))
