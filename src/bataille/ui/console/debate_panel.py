"""Controls of a debate round: choose the card, sides, votes before/after (hidden, then shown), arguments, evidence."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.console.common import compact, fill_teams, labelled
from bataille.ui.console.debate_facts import (
    fill_facts,
    find_fact,
    first_fact,
    played_fact,
    search_facts_only,
)
from bataille.ui.console.debate_phones import PhoneVoting
from bataille.ui.console.debate_votes import DebateVotes
from bataille.ui.controller import SessionController
from bataille.ui.screen_reader import unseen_label
from bataille.words import for_the_font
from bataille.workshop.events import ArgumentAdded, Part, RoundClosed, Undone
from bataille.workshop.flow import open_debate


class DebatePanel(DebateVotes, PhoneVoting, QWidget):
    """One round at a time: open it, record and reveal the votes, note arguments and evidence, close it."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build_round_box()
        self.init_phone_voting()
        self.init_votes()
        self._build_play_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.round_box)
        layout.addWidget(self.vote_boxes["before"])
        layout.addWidget(self.play_box)
        layout.addWidget(self.vote_boxes["after"])
        layout.addStretch(1)
        controller.changed.connect(self._on_changed)
        # Counts typed for the vote after (recorded as it closes), the phones' answers: said as they come.
        controller.stepChanged.connect(lambda: self._word_close(controller.state.open_round))
        self._seen = controller.session.event_count  # the actions the page has drawn (an argument taken back since?)
        self.retranslate()

    def _build_round_box(self) -> None:
        """The debate's box: what is open, the card to debate, Open, Draw sides, Close."""
        self.round_label = QLabel()
        self.round_label.setWordWrap(True)
        self.round_label.setObjectName("roundLabel")
        self.card_combo = compact(QComboBox())
        self.card_combo.setObjectName("debateCard")
        self.card_label = QLabel()
        self.open_button = QPushButton()
        self.close_button = QPushButton()
        self.sides_button = QPushButton()
        self.round_box = QGroupBox()
        top = QVBoxLayout(self.round_box)
        top.addWidget(self.round_label)
        top.addLayout(labelled(self.card_label, self.card_combo))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.sides_button, self.close_button):
            buttons.addWidget(button)
        top.addLayout(buttons)
        self.open_button.clicked.connect(self.open_round)
        self.close_button.clicked.connect(self.close_pressed)  # asks before losing the vote after
        self.sides_button.clicked.connect(lambda: self.controller.act(self.controller.session.assign_sides))

    def _build_play_box(self) -> None:
        """The arguments and evidence box: the team speaking (its side), its argument, the fact it plays.
        One team speaks at a time: one list of teams, on a row of its own, leaves the argument and
        the fact's title a row's width each (the teams' names whole, 22 characters, at 1366 px)."""
        self.argument_team = QComboBox()  # the team speaking: its argument, its fact
        self.argument_side = compact(QComboBox())  # either side, at any time: drawing sides is optional
        self.argument_side.setObjectName("argumentSide")
        self.argument_side.setMaximumWidth(90)  # "pour" / "contre": the argument's text gets the room
        # A team's name whole (up to 22 characters) when the column has the room; down to 120 px,
        # a laptop mirrored at 1024 px still keeps the whole page in its middle column.
        self.argument_team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.argument_team.setMinimumWidth(120)
        self.team_label = QLabel()
        self.team_label.setBuddy(self.argument_team)
        self.side_name = unseen_label(self.argument_side)  # for Orca: "for"/"against" alone says not what
        self.argument_text = QLineEdit()
        self.argument_text.setObjectName("argumentText")
        self.argument_text.setMinimumWidth(72)  # at 1024 px, in the app's font, the row still fits its column
        self.argument_button = QPushButton()
        self.argument_label = QLabel()
        self.argument_label.setBuddy(self.argument_text)
        self.evidence_card = compact(QComboBox())
        self._evidence_round: int | None = None  # the round the evidence list was filled for
        self._played: set[str] = set()  # the facts played in it then
        self.evidence_card.setObjectName("evidenceCard")
        # Searchable by any word of its title or figure: type "eau" to find the water cards.
        self.evidence_card.setEditable(True)
        self.evidence_card.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.evidence_card.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.evidence_card.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        search_facts_only(self.evidence_card)  # the themes' headings are never offered
        self.evidence_button = QPushButton()
        self.evidence_label = QLabel()
        self.evidence_label.setBuddy(self.evidence_card)
        self.play_box = QGroupBox()
        grid = QGridLayout(self.play_box)
        team = QHBoxLayout()
        team.addWidget(self.argument_team)
        team.addWidget(self.argument_side)
        team.addWidget(self.side_name)
        team.addStretch(1)
        grid.addWidget(self.team_label, 0, 0)
        grid.addLayout(team, 0, 1, 1, 2)
        for row, (label, field, button) in enumerate(((self.argument_label, self.argument_text, self.argument_button),
                                                      (self.evidence_label, self.evidence_card, self.evidence_button)),
                                                     start=1):
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)  # the room left goes to the argument and the card's title
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        self._connect_play()

    def _connect_play(self) -> None:
        """Add and Play, by their buttons or Enter."""
        self.argument_button.clicked.connect(self.add_argument)
        self.argument_team.currentIndexChanged.connect(lambda _i: self._follow_drawn_side())
        self.argument_text.returnPressed.connect(self.add_argument)
        self.evidence_button.clicked.connect(self.play_evidence)
        self.evidence_card.lineEdit().returnPressed.connect(self.play_evidence)  # search, then Enter plays it

    # -- commands --------------------------------------------------------------------------------

    def open_round(self) -> None:
        """Open the chosen card's debate (or one drawn), the teams' sides drawn with it."""
        self.controller.act(open_debate, self.controller.session, card_id=self.card_combo.currentData() or None)

    def add_argument(self) -> None:
        team_id = self.argument_team.currentData()
        if team_id is None:
            return
        side = self.argument_side.currentData()
        if self.controller.act(self.controller.session.add_argument, team_id, self.argument_text.text(), side=side):
            self.argument_text.setText("")  # a refused argument stays in the box, to be corrected

    def _follow_drawn_side(self) -> None:
        """The side the team drew, when sides were drawn; else whatever the facilitator picks."""
        rnd = self.controller.state.open_round
        team_id = self.argument_team.currentData()
        drawn = rnd.side_of(team_id) if rnd is not None and team_id else None
        if drawn:
            self.argument_side.setCurrentIndex(max(0, self.argument_side.findData(drawn)))

    def play_evidence(self) -> None:
        # What is written, not a stale pick; words typed: the first card that holds them, as the list shows.
        index = find_fact(self.evidence_card, self.evidence_card.currentText())
        team_id, card_id = self.argument_team.currentData(), self.evidence_card.itemData(index)
        if team_id and card_id:
            self.controller.act(self.controller.session.play_evidence, team_id, card_id)
        elif team_id:
            c = self.controller
            played = played_fact(c.deck, c.state.open_round, c.lang, self.evidence_card.currentText())
            c.status.emit("error", self._already_played(played) if played is not None
                          else self.tr("Choose a fact card from the list (type a word to find it)."))

    def _already_played(self, played) -> str:
        """Who played the fact asked for (it has left the list), and how to give it to another team:
        Ctrl+Z undoes the actions back to it, as many presses as it says (an argument undone comes back
        to its box). Short enough for the status line of a laptop (1366 px)."""
        c = self.controller
        rnd = c.state.open_round
        team = next((t.name for t in c.state.teams if t.id == played.team_id), played.team_id)
        undos, before = 0, None
        while (state := c.session.state_before_undo(undos + 1)) is not None:
            undos += 1
            if state.open_round is None or all(e.card_id != played.card_id for e in state.open_round.evidence):
                before = state.open_round
                break
        if before is None:  # out of Ctrl+Z's reach
            try:
                title = for_the_font(c.deck.card(played.card_id).title.get(c.lang))
            except KeyError:
                title = played.card_id
            said = self.tr("Card already played by %1 in this debate (“%2”).").replace("%2", title)
        elif undos == 1:
            said = self.tr("Card already played by %1: to give it to another team, Ctrl+Z undoes the "
                           "last action, then play it again.")
        elif rnd is not None and len(rnd.arguments) > len(before.arguments):
            said = self.tr("Card already played by %1: to give it to another team, Ctrl+Z undoes the "
                           "last %2 actions (an undone argument returns to its box), then play it again.")
        else:
            said = self.tr("Card already played by %1: to give it to another team, Ctrl+Z undoes the "
                           "last %2 actions, then play it again.")
        return said.replace("%2", str(undos)).replace("%1", for_the_font(team))

    def _argument_back(self) -> None:
        """An argument just taken back (Ctrl+Z) comes back to the box, with its team and side, to be
        corrected or added again, as an undone edit would: never retyped. A box holding words typed
        since keeps them (the status line and the history still say the argument taken back)."""
        session = self.controller.session
        seen, self._seen = self._seen, session.event_count
        if session.event_count <= seen:
            return
        last = session.event(session.event_count - 1)
        argument = session.event(last.target) if isinstance(last, Undone) else None
        if not isinstance(argument, ArgumentAdded) or self.argument_text.text().strip():
            return
        self.argument_team.setCurrentIndex(max(0, self.argument_team.findData(argument.team_id)))
        self.argument_side.setCurrentIndex(max(0, self.argument_side.findData(argument.side)))
        self.argument_text.setText(argument.text)

    # -- drawing ---------------------------------------------------------------------------------

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.DEBATE, Part.TEAMS, Part.SETTINGS, Part.AGENDA}:
            self.refresh()

    def _fill_cards(self) -> None:
        c = self.controller
        keep = self.card_combo.currentData()
        open_round = c.state.open_round
        under_way = open_round.card_id if open_round is not None else None
        used = {r.card_id for r in c.state.rounds if open_round is None or r.number != open_round.number}
        self.card_combo.blockSignals(True)
        self.card_combo.clear()
        self.card_combo.addItem(self.tr("Draw from the next theme"), None)
        for theme in c.deck.themes:
            for card in c.deck.cards_of("debate", theme.id):
                label = for_the_font(f"{theme.name.get(c.lang)} — {card.title.get(c.lang)}")
                if card.id == under_way:  # the debate open now is not one already done
                    label = self.tr("%1 (under way)").replace("%1", label)
                elif card.id in used:  # in words: the app's font has no ✓
                    label = self.tr("%1 (already debated)").replace("%1", label)
                self.card_combo.addItem(label, card.id)
        index = self.card_combo.findData(keep)
        self.card_combo.setCurrentIndex(max(0, index))
        self.card_combo.blockSignals(False)

    def _fill_evidence(self) -> None:
        c = self.controller
        rnd = c.state.open_round
        number = rnd.number if rnd else None
        # A pick is kept while its round lasts; a new round starts from the fact closest to its debate.
        keep = self.evidence_card.currentData() if number == self._evidence_round else None
        played = {e.card_id for e in rnd.evidence} if rnd else set()
        back = self._played - played if number == self._evidence_round else set()
        if len(back) == 1:  # a card played, taken back (Ctrl+Z): picked again, as it was before it was played
            keep = back.pop()
        self._evidence_round, self._played = number, played
        fill_facts(self.evidence_card, c.deck, rnd, c.lang)
        index = self.evidence_card.findData(keep) if keep else -1
        self.evidence_card.setCurrentIndex(index if index >= 0 else first_fact(self.evidence_card))
        self.evidence_card.lineEdit().setCursorPosition(0)  # a long title shows its start, not its end

    def refresh(self) -> None:
        c = self.controller
        state = c.state
        rnd = state.open_round
        self.drop_stale_question()
        self._fill_cards()
        fill_teams(self.argument_team, state)
        self._word_speaker()
        self._follow_drawn_side()
        self._argument_back()
        self._fill_evidence()
        over = rnd is None and c.quick_debate and bool(state.rounds)  # its one debate is closed
        # A debate just closed without its vote after (the action Ctrl+Z would take back): Ctrl+Z
        # reopens it, said where it was; not after a debate played to its shift.
        closed = state.rounds[-1] if rnd is None and state.rounds else None
        back = " " + self.tr("Debate closed too soon? Ctrl+Z reopens it.") \
            if closed is not None and closed.after is None and isinstance(c.session.undo_event, RoundClosed) else ""
        if over:
            self.round_label.setText(self.tr("The quick debate is over: press “End the debate”, on the right, "
                                             "then export its summary.") + back)
        elif rnd is None:
            self.round_label.setText(self.tr("No debate open: choose a card or draw one, then open the debate.")
                                     + back)
        else:
            try:
                title = c.deck.card(rnd.card_id).title.get(c.lang)
            except KeyError:
                title = rnd.card_id
            said = (self.tr("Debate open: %2") if c.quick_debate  # its one debate: no number
                    else self.tr("Debate %1 open: %2").replace("%1", str(rnd.number)))
            self.round_label.setText(said.replace("%2", for_the_font(title)))
        self.open_button.setEnabled(rnd is None and not over)
        self.card_combo.setEnabled(rnd is None and not over)
        for widget in (self.close_button, self.play_box):
            widget.setEnabled(rnd is not None)
        self._word_close(rnd)
        # Once the room has seen the verdict, the sides stay: its points go to them (Ctrl+Z goes back).
        self.sides_button.setEnabled(rnd is not None and not rnd.revealed_after)
        self.sides_button.setToolTip(self.tr("The sides stay once the vote after is shown: the verdict and its "
                                             "points go to them (Ctrl+Z takes the showing back)")
                                     if rnd is not None and rnd.revealed_after else "")
        self.sides_button.setVisible(not c.quick_debate)
        # The quick debate's one card was chosen on the start screen: no other to choose or open.
        for widget in (self.card_label, self.card_combo, self.open_button):
            widget.setVisible(not (c.quick_debate and (rnd is not None or over)))
        self.argument_side.setVisible(not c.quick_debate)  # a camp is its side: "For" needs no "for"
        self._refresh_votes(rnd)
        self._show_shift(rnd)
        self._refresh_phones()

    def _word_close(self, rnd) -> None:
        """« Clore le débat », or, while its vote after is not taken, « Clore sans le vote après »: not
        to be read as "stop arguing, vote again"."""
        without = rnd is not None and self.loses_the_shift(rnd)
        self.close_button.setText(self.tr("C&lose without the vote after") if without
                                  else self.tr("C&lose the debate"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _word_speaker(self) -> None:
        """« Équipe : », or in a quick debate « Camp : » (Side in English), as its summary names its camps."""
        if self.controller.quick_debate:
            self.team_label.setText(self.tr("&Side:"))
            self.argument_team.setAccessibleName(self.tr("Side speaking (its argument, its fact)"))
        else:
            self.team_label.setText(self.tr("Tea&m:"))
            self.argument_team.setAccessibleName(self.tr("Team speaking (its argument, its fact)"))

    def retranslate(self) -> None:
        self.round_box.setTitle(self.tr("Debate"))
        self.card_label.setText(self.tr("&Card:"))
        self.card_combo.setAccessibleName(self.tr("Debate card"))
        self.open_button.setText(self.tr("&Open the debate"))
        self.sides_button.setText(self.tr("Dra&w sides"))
        self.sides_button.setAccessibleName(self.tr("Give each team a side at random"))
        self._word_close(self.controller.state.open_round)
        for stage, title in (("before", self.tr("Vote before the debate")), ("after", self.tr("Vote after the debate"))):
            self.vote_boxes[stage].setTitle(title)
            self.votes[stage].retranslate(self.tr("Agree"), self.tr("Disagree"), self.tr("Undecided"), title)
            self.record_buttons[stage].setAccessibleName(self.tr("Record: %1").replace("%1", title))
            self.reveal_buttons[stage].setAccessibleName(self.tr("Show on the stage: %1").replace("%1", title))
        self.reveal_buttons["before"].setText(self.tr("Show &before"))
        self.reveal_buttons["after"].setText(self.tr("Show &after"))
        self.play_box.setTitle(self.tr("Arguments and facts"))
        self._word_speaker()
        self.argument_label.setText(self.tr("Arg&ument:"))
        keep = self.argument_side.currentData() or "for"
        self.argument_side.clear()
        self.argument_side.addItem(self.tr("for"), "for")
        self.argument_side.addItem(self.tr("against"), "against")
        self.argument_side.setCurrentIndex(max(0, self.argument_side.findData(keep)))
        self.argument_side.setAccessibleName(self.tr("Side of the argument"))
        self.side_name.setText(self.argument_side.accessibleName())
        self.argument_text.setAccessibleName(self.tr("Argument text"))
        self.argument_text.setPlaceholderText(self.tr("A short argument (Enter adds it)"))
        self.argument_button.setText(self.tr("A&dd"))
        self.argument_button.setAccessibleName(self.tr("Add the argument"))
        kept = self.tr("Kept in the session and its summary; not shown on the stage (the room hears it)")
        for widget in (self.argument_text, self.argument_button):
            widget.setToolTip(kept)
        self.evidence_label.setText(self.tr("&Fact:"))
        self.evidence_card.setAccessibleName(self.tr("Fact card played as evidence"))
        self.evidence_card.lineEdit().setAccessibleName(self.tr("Fact card played as evidence"))
        self.evidence_card.lineEdit().setPlaceholderText(self.tr("Type a word of the card"))
        self.evidence_button.setText(self.tr("Pla&y"))
        self.evidence_button.setAccessibleName(self.tr("Play the fact card"))
        self.refresh()
