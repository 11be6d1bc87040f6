"""A card drawn at any size: a thumbnail, a preview, or the whole projector."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bataille.deck.models import Card, Deck
from bataille.ui.card_face import CARD_ASPECT, CardFaceOptions, card_summary, paint_card


class CardWidget(QWidget):
    """Shows one card of a deck; text sizes follow the widget's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: Card | None = None
        self._deck: Deck | None = None
        self._lang = "fr"
        self._options = CardFaceOptions()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(126, 176)

    def show_card(self, card: Card | None, deck: Deck | None, lang: str,
                  options: CardFaceOptions | None = None) -> None:
        """Draw ``card`` of ``deck`` in ``lang`` (None clears the widget)."""
        self._card, self._deck, self._lang = card, deck, lang
        if options is not None:
            self._options = options
        summary = card_summary(card, deck, lang, self._options.reveal_year) if card and deck else ""
        self.setAccessibleName(card.title.get(lang) if card else "")
        self.setAccessibleDescription(summary)
        self.setToolTip("")
        self.update()

    @property
    def card(self) -> Card | None:
        return self._card

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return round(width * CARD_ASPECT)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(315, 440)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._card is None or self._deck is None:
            return
        painter = QPainter(self)
        paint_card(painter, QRectF(self.rect()), self._card, self._deck, self._lang, self._options)
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
