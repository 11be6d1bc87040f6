"""The cards chosen by name in the print dialog ("Print This Card…" in the deck window): said above
the themes and kinds, which they replace, with the way back to the whole deck; and the cards added
or changed since the deck was opened, offered in one click (the cards a teacher has just written)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bataille.deck.models import Deck
from bataille.words import for_the_font

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def changed_since(before: Deck | None, now: Deck) -> tuple[str, ...]:
    """The cards of ``now`` that ``before`` did not have, or had otherwise written, in ``now``'s order."""
    if before is None or before is now:
        return ()
    old = {card.id: card for card in before.cards}
    return tuple(card.id for card in now.cards if old.get(card.id) != card)


class ChosenCards(QWidget):
    """Hidden while the themes and kinds choose the cards; ``ids`` the cards chosen, in their order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chosenCards")
        self.ids: tuple[str, ...] = ()
        self.recent: tuple[str, ...] = ()  # added or changed since the deck was opened
        self._opened: Deck | None = None
        self._deck: Deck | None = None
        self._lang = "fr"
        self.label = QLabel()
        self.label.setObjectName("chosenCardsLabel")
        self.label.setWordWrap(True)
        self.all_button = QPushButton()
        self.all_button.setObjectName("printAllCards")
        self.all_button.clicked.connect(lambda: self.choose(()))
        self.recent_button = QPushButton()
        self.recent_button.setObjectName("printRecentCards")
        self.recent_button.clicked.connect(lambda: self.choose(self.recent))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.all_button)
        column.addLayout(row)
        column.addWidget(self.recent_button)
        self.hide()

    def choose(self, ids, deck: Deck | None = None, lang: str | None = None) -> None:
        """Print only the cards ``ids`` (() : the themes and kinds choose again)."""
        self._deck = deck or self._deck
        self._lang = lang or self._lang
        ids = tuple(dict.fromkeys(ids))
        if self._deck is not None:
            known = {c.id for c in self._deck.cards}
            ids = tuple(i for i in ids if i in known)
        changed = ids != self.ids
        self.ids = ids
        self.retranslate()
        if changed:
            self.changed.emit()

    def set_deck(self, deck: Deck) -> None:
        """The deck reloaded: a chosen card it no longer has is dropped."""
        self.choose(self.ids, deck)

    def set_opened(self, opened: Deck | None) -> None:
        """The deck as it was opened: its cards since added or changed are offered in one click."""
        self._opened = opened
        self.retranslate()

    def retranslate(self) -> None:
        self.recent = changed_since(self._opened, self._deck) if self._deck is not None else ()
        self.recent_button.setVisible(bool(self.recent) and self.recent != self.ids)
        self.recent_button.setText(self.tr("Only the %n card(s) added or changed since the deck was opened", "",
                                           len(self.recent)))
        self.recent_button.setToolTip(", ".join(self.recent))
        self.setVisible(bool(self.ids) or not self.recent_button.isHidden())
        self.label.setVisible(bool(self.ids))
        self.all_button.setVisible(bool(self.ids))
        self.all_button.setText(translate("PrintDialog", "All the cards"))
        self.all_button.setToolTip(translate("PrintDialog", "Choose the cards by theme and kind again"))
        if not self.ids or self._deck is None:
            self.label.setText("")
            return
        if len(self.ids) == 1:
            card = self._deck.card(self.ids[0])
            title = card.title.get(self._lang if self._lang in self._deck.languages else self._deck.languages[0])
            text = translate("PrintDialog", "Only the card “%1” (%2)").replace("%1", for_the_font(title)).replace("%2", card.id)
        else:
            text = translate("PrintDialog", "Only the %1 cards chosen").replace("%1", str(len(self.ids)))
        self.label.setText(text)
