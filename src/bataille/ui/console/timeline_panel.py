"""Controls of the timeline: deal, then a team puts one of its cards in a gap of the shared timeline."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import EventCard
from bataille.ui.console.common import compact, fill_teams, labelled
from bataille.ui.controller import SessionController
from bataille.workshop.events import Part


class TimelinePanel(QWidget):
    """Deal the event cards; choose a team, one of its cards and a gap; place it (checked and scored)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.deal_box = QGroupBox()
        self.per_team = QSpinBox()
        self.per_team.setRange(1, 20)
        self.per_team_label = QLabel()
        self.deal_button = QPushButton()
        deal = QHBoxLayout(self.deal_box)
        deal.addLayout(labelled(self.per_team_label, self.per_team))
        deal.addWidget(self.deal_button)

        self.place_box = QGroupBox()
        self.team = compact(QComboBox())
        self.team.setObjectName("placeTeam")
        self.card = compact(QComboBox())
        self.card.setObjectName("placeCard")
        self.gap = compact(QComboBox())
        self.gap.setObjectName("placeGap")
        self.team_label, self.card_label, self.gap_label = QLabel(), QLabel(), QLabel()
        self.place_button = QPushButton()
        self.place_button.setObjectName("placeButton")
        self.hands = QLabel()
        self.hands.setWordWrap(True)
        place = QVBoxLayout(self.place_box)
        place.addLayout(labelled(self.team_label, self.team))
        place.addLayout(labelled(self.card_label, self.card))
        place.addLayout(labelled(self.gap_label, self.gap))
        place.addWidget(self.place_button)
        place.addWidget(self.hands)

        layout = QVBoxLayout(self)
        layout.addWidget(self.deal_box)
        layout.addWidget(self.place_box)
        layout.addStretch(1)
        self.deal_button.clicked.connect(lambda: controller.act(controller.session.deal_timeline, self.per_team.value()))
        self.place_button.clicked.connect(self.place)
        self.team.currentIndexChanged.connect(self._team_chosen)
        self.card.currentIndexChanged.connect(self._card_chosen)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def place(self) -> None:
        team_id, card_id, gap = self.team.currentData(), self.card.currentData(), self.gap.currentData()
        if team_id and card_id and gap is not None:
            self.controller.act(self.controller.session.place_card, team_id, card_id, gap)

    def _team_chosen(self) -> None:
        self._fill_hand()
        self._card_chosen()

    def _card_chosen(self) -> None:
        # The room sees the card the team holds up (without its date) as soon as it is chosen.
        self.controller.show_placing(self.team.currentData(), self.card.currentData())

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.TIMELINE, Part.TEAMS, Part.SETTINGS}:
            self.refresh()

    def _title(self, card_id: str) -> str:
        try:
            return self.controller.deck.card(card_id).title.get(self.controller.lang)
        except KeyError:
            return card_id

    def _fill_hand(self) -> None:
        c = self.controller
        keep = self.card.currentData()
        self.card.blockSignals(True)
        self.card.clear()
        for card_id in c.state.timeline.hand(self.team.currentData() or ""):
            self.card.addItem(self._title(card_id), card_id)
        index = self.card.findData(keep)
        self.card.setCurrentIndex(max(0, index) if self.card.count() else -1)
        self.card.blockSignals(False)

    def _fill_gaps(self) -> None:
        c = self.controller
        keep = self.gap.currentData()
        cards = c.state.timeline.cards
        self.gap.clear()
        for position in range(len(cards) + 1):
            before = self._label(cards[position - 1]) if position > 0 else ""
            after = self._label(cards[position]) if position < len(cards) else ""
            if not before:
                text = self.tr("First, before %1").replace("%1", after)
            elif not after:
                text = self.tr("Last, after %1").replace("%1", before)
            else:
                text = self.tr("Between %1 and %2").replace("%1", before).replace("%2", after)
            self.gap.addItem(text, position)
        index = self.gap.findData(keep)
        self.gap.setCurrentIndex(max(0, index))

    def _label(self, card_id: str) -> str:
        try:
            card = self.controller.deck.card(card_id)
        except KeyError:
            return card_id
        year = f"{card.year} " if isinstance(card, EventCard) else ""
        return f"{year}«\u00a0{card.title.get(self.controller.lang)}\u00a0»"

    def refresh(self) -> None:
        c = self.controller
        state = c.state
        timeline = state.timeline
        if not self.per_team.hasFocus():
            self.per_team.setValue(state.rules.timeline_cards_per_team)
        self.deal_box.setEnabled(not timeline.placements)
        self.place_box.setEnabled(timeline.dealt)
        fill_teams(self.team, state)
        self._fill_hand()
        self._fill_gaps()
        counts = [f"{t.name}: {len(timeline.hand(t.id))}" for t in state.teams]
        self.hands.setText(self.tr("Cards left — %1").replace("%1", ", ".join(counts)) if timeline.dealt else "")
        if self.isVisible():
            self._card_chosen()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._card_chosen()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.deal_box.setTitle(self.tr("Deal"))
        self.per_team_label.setText(self.tr("Cards per &team:"))
        self.per_team.setAccessibleName(self.tr("Cards per team"))
        self.deal_button.setText(self.tr("&Deal the cards"))
        self.place_box.setTitle(self.tr("Place a card"))
        self.team_label.setText(self.tr("T&eam:"))
        self.team.setAccessibleName(self.tr("Team placing a card"))
        self.card_label.setText(self.tr("Ca&rd:"))
        self.card.setAccessibleName(self.tr("Card to place (shown on the stage without its date)"))
        self.gap_label.setText(self.tr("&Where:"))
        self.gap.setAccessibleName(self.tr("Place in the timeline"))
        self.place_button.setText(self.tr("&Place and check"))
        self.refresh()
