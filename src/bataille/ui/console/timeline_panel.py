"""Controls of the timeline: deal, then each card in two actions, pick it and put it in a gap.

The team whose turn it is holds its cards up as buttons; the shared timeline is a strip of gaps
between the cards placed. Pick a card (click, or Enter), then a gap (click, or the arrows then
Enter, or the remote's PageDown), or drag the card onto it: it is placed, checked and scored, and the
turn passes on. A team's last card is held up by itself: one action places it (timeline_cards.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import EventCard
from bataille.ui.console.common import WholeEntries, compact, fill_teams, labelled
from bataille.ui.console.timeline_cards import MIME, Gap, GapArrows, HandCard  # noqa: F401 - MIME: the tests drag with it
from bataille.ui.controller import SessionController
from bataille.ui.i18n import interface_language
from bataille.ui.marks import button_mark
from bataille.words import for_the_font
from bataille.workshop.events import Part
from bataille.workshop.flow import timeline_turn


class TimelinePanel(QWidget):
    """Deal the event cards; then the team whose turn it is picks a card and a gap."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.deal_box = QGroupBox()
        self.per_team = QSpinBox(minimum=1, maximum=20)
        self.per_team_label = QLabel()
        self.deal_button = QPushButton()  # deals again, until a card is down (the first deal is "next")
        self.deal_hint = QLabel(wordWrap=True)  # before the deal: the button on the right deals this number
        self.deal_row = QWidget()  # the number and « Deal again »: moved by _fold_the_deal
        deal = QHBoxLayout(self.deal_row)
        deal.setContentsMargins(0, 0, 0, 0)
        deal.addLayout(labelled(self.per_team_label, self.per_team, stretch_last=False))  # a number: no wider
        deal.addWidget(self.deal_button)
        deal.addWidget(self.deal_hint, 1)
        QVBoxLayout(self.deal_box).addWidget(self.deal_row)

        self.place_box = QGroupBox()
        self.team = compact(QComboBox())  # whose turn: set by itself, changed for a team out of turn
        self.team.setObjectName("placeTeam")
        self.team_label = QLabel()
        self.hand_row = QVBoxLayout()
        self.hand_row.setSpacing(2)  # the cards close together: the strip below takes the height
        self.hand_group = QButtonGroup(self)  # exclusive: one card held up
        self.hand_buttons: list[HandCard] = []
        self.hint = QLabel(wordWrap=True)
        self.strip = QWidget()
        self.strip_layout = QVBoxLayout(self.strip)
        self.strip_layout.setSpacing(2)
        self.gaps: list[Gap] = []
        self.scroll = scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.strip)
        self.hands = WholeEntries()  # a team's name and count whole on a line
        self._arrows = GapArrows(self)
        place = QVBoxLayout(self.place_box)
        self.turn_row = labelled(self.team_label, self.team)
        place.addLayout(self.turn_row)
        place.addLayout(self.hand_row)
        place.addWidget(self.hint)
        place.addWidget(scroll, 1)
        place.addWidget(self.hands)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the phase's frame is margin enough: a line more for the strip
        layout.addWidget(self.deal_box)
        layout.addWidget(self.place_box, 1)
        self.deal_button.clicked.connect(lambda: controller.act(controller.session.deal_timeline, self.per_team.value()))
        # "Next" (its button, PageDown) deals the number chosen here; this box only deals again.
        self.per_team.setValue(controller.state.rules.timeline_cards_per_team)
        controller.deal_chosen = self.per_team.value
        controller.card_placing = self._arrows.step  # PageDown: the card held up, in the gap chosen
        self.per_team.valueChanged.connect(lambda _value: controller.stepChanged.emit())
        self.team.currentIndexChanged.connect(self._team_chosen)
        controller.changed.connect(self._on_changed)
        self._turn: str | None = None
        self._placed = 0  # the cards placed when the turn was last given its team
        self._last: tuple[str, str] | None = None  # (team, card) of the last placement seen
        self.retranslate()

    @property
    def picked(self) -> str | None:
        button = self.hand_group.checkedButton()
        return button.card_id if isinstance(button, HandCard) else None

    def pick(self, card_id: str) -> None:
        """The team holds ``card_id`` up: the room sees it (without its date); the gaps wait for it."""
        for button in self.hand_buttons:
            button.setChecked(button.card_id == card_id)
        self.controller.show_placing(self.team.currentData(), card_id)
        if self.gaps and self.window().focusWidget() not in self.gaps:
            self.focus_gap(self.gaps[len(self.gaps) // 2])  # then the arrows, then Enter

    def focus_gap(self, gap: Gap) -> None:
        """The keyboard on ``gap``, scrolled into view: a long timeline's middle gap was focused out
        of sight, and the arrows moved it there unseen."""
        gap.setFocus()
        self.scroll.ensureWidgetVisible(gap)

    def place(self, position: int, card_id: str | None = None) -> None:
        """Put the picked card (or ``card_id``, dropped) in gap ``position``."""
        card_id = card_id or self.picked
        team_id = self.team.currentData()
        if team_id and not card_id:
            self.controller.status.emit("error", self.tr("Pick one of the team's cards first, then its place."))
        elif team_id and card_id:
            self.controller.act(self.controller.session.place_card, team_id, card_id, position)

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.TIMELINE, Part.TEAMS, Part.SETTINGS}:
            self.refresh()

    def _title(self, card_id: str) -> str:
        return for_the_font(self.controller.deck.card_title(card_id, self.controller.lang))

    def _team_chosen(self) -> None:
        """Another team chosen by hand (its hand seen, or out of turn): no card held up before one is picked."""
        self.controller.show_placing(None, None)
        self._fill_hand()
        self._say_turn()

    def back_to_turn(self) -> None:
        """The hand of the team whose turn it is, again (the facilitator looked at the others' hands to
        hand them out): the next card placed is that team's unless another is chosen for it."""
        turn = timeline_turn(self.controller.state)
        if turn is not None and self.team.currentData() != turn and self.team.findData(turn) >= 0:
            self.team.setCurrentIndex(self.team.findData(turn))

    def _say_turn(self) -> None:
        """The hint: how to place a card, or that the hand shown is not the turn's team's."""
        state = self.controller.state
        turn, shown = timeline_turn(state), self.team.currentData()
        if state.timeline.all_placed:
            self.hint.setText(self.tr("Every card is on the timeline, and the stage shows it whole, page after page if "
                                      "it is long (the arrows under its picture turn and hold a page). Comment on a "
                                      "surprise or two, then go on to the next phase."))
        elif turn is not None and shown and shown != turn and state.has_team(shown) and state.has_team(turn):
            self.hint.setText(self.tr("Out of turn: hand shown — %1. Next: %2; Page Down goes back to "
                                      "it, or choose that team above.").replace("%1", state.team(shown).name)
                              .replace("%2", state.team(turn).name))
        else:  # once a card is down, the way is known: the strip takes its line
            self.hint.setText("" if state.timeline.placements else self.tr(
                "Pick a card, then its gap in the timeline (or drag it there)."))
        self.hint.setVisible(bool(self.hint.text()))

    def _fill_hand(self, keep: str | None = None) -> None:  # the card picked (or ``keep``) stays held up
        keep = keep or self.picked
        for button in self.hand_buttons:
            self.hand_group.removeButton(button)
            self.hand_row.removeWidget(button)
            button.hide()  # out of sight now, not at the next turn of the event loop
            button.deleteLater()
        self.hand_buttons = []
        hand = self.controller.state.timeline.hand(self.team.currentData() or "")
        if len(hand) == 1:  # one card left: no choice to make, it is held up (one click, or Enter, places it)
            keep = hand[0]
        for card_id in hand:
            button = HandCard(card_id, self._title(card_id))
            button.setToolTip(self._title(card_id))
            button.setAccessibleName(self.tr("Card in hand: %1").replace("%1", self._title(card_id)))
            button.clicked.connect(lambda _on=False, c=card_id: self.pick(c))
            self.hand_group.addButton(button)
            self.hand_row.addWidget(button)
            button.show()
            self.hand_buttons.append(button)
        if keep in hand:  # the card the facilitator picked stays held up; none is picked for them
            for button in self.hand_buttons:
                button.setChecked(button.card_id == keep)
            if self.isVisible():
                self.controller.show_placing(self.team.currentData(), keep)

    def _fill_strip(self) -> None:
        while self.strip_layout.count():
            widget = self.strip_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.gaps = []
        self._arrows.chosen = None  # until a gap of the new strip has the keyboard
        cards = self.controller.state.timeline.cards
        here = button_mark(self, "running")  # ▸, drawn: not in the font
        done = self.controller.state.timeline.all_placed
        for position in range(len(cards) + 1):
            if done:  # nothing left to place: the timeline alone, to comment on
                if position < len(cards):
                    self._add_card_line(cards[position])
                continue
            gap = Gap(position)
            gap.setIcon(here)
            gap.setText(self.tr("Here"))
            where = self._where(*(self._label(c) if c else "" for c in self._beside(cards, position)))
            # The dates alone (or a title without one): the primary button names the place chosen in a line or two.
            gap.short = self._where(*(self._label(c).split(" — ")[0] if c else "" for c in self._beside(cards, position)))
            gap.setToolTip(where)
            gap.setAccessibleName(where)
            gap.clicked.connect(lambda _on=False, p=position: self.place(p))
            gap.dropped.connect(self.place)
            gap.installEventFilter(self._arrows)
            self.strip_layout.addWidget(gap)
            gap.show()
            self.gaps.append(gap)
            if position < len(cards):
                self._add_card_line(cards[position])
        self.strip_layout.addStretch(1)

    @staticmethod
    def _beside(cards: tuple[str, ...], position: int) -> tuple[str, str]:
        """The cards before and after gap ``position`` ("" at either end)."""
        return cards[position - 1] if position > 0 else "", cards[position] if position < len(cards) else ""

    def _where(self, before: str, after: str) -> str:
        if not before:
            return self.tr("First, before %1").replace("%1", after) if after else self.tr("First card")
        if not after:
            return self.tr("Last, after %1").replace("%1", before)
        return self.tr("Between %1 and %2").replace("%1", before).replace("%2", after)

    def _add_card_line(self, card_id: str) -> None:
        label = QLabel(self._label(card_id))
        label.setWordWrap(True)
        label.setObjectName("timelineCard")
        self.strip_layout.addWidget(label)
        label.show()

    def _label(self, card_id: str) -> str:
        try:
            card = self.controller.deck.card(card_id)
        except KeyError:
            return card_id
        lang, date = self.controller.lang, ""
        if isinstance(card, EventCard):  # the month too, as the stage dates the card (« févr. 2023 »)
            month = QLocale(lang).standaloneMonthName(card.month, QLocale.FormatType.ShortFormat) if card.month else ""
            date = f"{month} {card.year} — ".lstrip()
        return for_the_font(f"{date}{card.title.get(lang)}")

    def refresh(self) -> None:
        c = self.controller
        state = c.state
        timeline = state.timeline
        if timeline.dealt and not self.per_team.hasFocus():  # the number dealt; before, the one chosen
            self.per_team.setValue(max((len(cards) for _team, cards in timeline.hands), default=0))
        # Until a card is down, the deal may be made again (the button says what it takes back).
        self.deal_row.setEnabled(not timeline.placements)
        self.deal_button.setVisible(timeline.dealt)
        self.deal_hint.setVisible(not timeline.dealt)
        self.deal_button.setToolTip(self.tr("Takes every hand back and deals new ones (Ctrl+Z undoes it)"))
        self._fold_the_deal(timeline.dealt, bool(timeline.placements))
        self.place_box.setEnabled(timeline.dealt)
        fill_teams(self.team, state)
        turn = timeline_turn(state)
        placed = len(timeline.placements)
        # The turn passes by itself after each card, a team's out of turn too (or one taken back).
        passed = turn != self._turn or placed != self._placed
        # A placement taken back (Ctrl+Z): its card held up again for its team, ready for « Here ».
        back = self._last if placed < self._placed and self._last and \
            self._last[1] in timeline.hand(self._last[0]) else None
        self._last = (timeline.placements[-1].team_id, timeline.placements[-1].card_id) if placed else None
        if passed or not state.timeline.hand(self.team.currentData() or ""):
            self._turn, self._placed = turn, placed
            team = back[0] if back else turn
            if team is not None and self.team.findData(team) >= 0:
                self.team.blockSignals(True)
                self.team.setCurrentIndex(self.team.findData(team))
                self.team.blockSignals(False)
        self._fill_hand(back[1] if back else None)
        self._fill_strip()
        if passed:
            self._keyboard_to_the_hand()
        done = timeline.all_placed
        self.team.setVisible(not done)
        self.team_label.setVisible(not done)
        self.place_box.setTitle(self.tr("The timeline") if done else self.tr("Place a card"))
        self._say_turn()
        colon = "\u00a0: " if interface_language() == "fr" else ": "  # the sentence's language, not the cards'
        counts = [f"{t.name}{colon}{len(timeline.hand(t.id))}" for t in state.teams]
        self.hands.set_entries(self.tr("Cards left — %1"), counts if timeline.dealt and not done else [])
        c.stepChanged.emit()  # the card held up and its place, new: what the remote's PageDown does

    def _fold_the_deal(self, dealt: bool, placed: bool) -> None:
        """Before the deal, its box; dealt, its number and « Deal again » beside whose turn it is (the
        box left the strip one gap and one card on a laptop at 150 %); once a card is down, neither."""
        home = self.turn_row if dealt else self.deal_box.layout()
        if home.indexOf(self.deal_row) < 0:
            self.deal_row.setParent(None)
            home.addWidget(self.deal_row)
        self.per_team_label.setVisible(not dealt)  # beside « Deal again »: its number says itself
        self.deal_box.setVisible(not dealt)
        self.deal_row.setVisible(not placed)

    def _keyboard_to_the_hand(self) -> None:
        """The deal made, or a card placed: the keyboard on the first card of the hand whose turn it is
        (Space picks it, the arrows its gap, Enter places it); every card placed, on the timeline. Never
        out of a box being typed in."""
        focus = QApplication.focusWidget()  # the number of cards dealt, once dealt, is not a box being typed in
        if not self.isVisible() or (isinstance(focus, (QLineEdit, QAbstractSpinBox)) and focus is not self.per_team) \
                or (isinstance(focus, QComboBox) and focus.isEditable()):
            return
        if self.picked and self.gaps:  # the card held up by itself: Enter (or PageDown) puts it in the gap
            self.focus_gap(self.gaps[len(self.gaps) // 2])
        elif self.hand_buttons:
            self.hand_buttons[0].setFocus()
        elif self.controller.state.timeline.all_placed:
            self.scroll.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous() and not self.picked:
            self.back_to_turn()  # the page again: whose turn it is, not the last hand looked at
        if self.picked:
            self.controller.show_placing(self.team.currentData(), self.picked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.deal_box.setTitle(self.tr("Deal"))
        self.deal_button.setText(self.tr("&Deal again"))
        self.deal_hint.setText(self.tr("The cards are dealt by the button on the right (or PageDown)."))
        self.per_team_label.setText(self.tr("Cards per tea&m:"))
        self.per_team.setAccessibleName(self.tr("Cards per team"))
        self.per_team.setToolTip(self.tr("Cards per team"))  # said once dealt, its label gone
        self.team_label.setText(self.tr("T&urn:"))
        self.team.setAccessibleName(self.tr("Team placing a card (the next one comes by itself)"))
        self.refresh()  # the box's title and the hint: they depend on whether cards are left
