"""The front object of a session: one method per facilitator action, each validated, then recorded."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from bataille.deck.digest import sha256
from bataille.deck.models import Deck

from . import actions_phones as phones
from . import actions_play as play
from . import actions_setup as setup
from .changes import Changes
from .clock import Clock
from .errors import (
    DeckMismatchError,
    NothingToRedoError,
    NothingToUndoError,
    NotSavedError,
    StoreError,
)
from .events import Event, RoundOpened, SidesAssigned, TimelineDealt, Undone
from .fold import Replay
from .state import Rules, SessionState


class EventStore(Protocol):
    """Where events are kept: ``storage.SessionFile``, or ``MemoryStore`` in tests."""

    def append(self, seq: int, event: Event) -> None: ...

    def events(self) -> Iterable[Event]: ...


class MemoryStore:
    """An event store in memory (tests, previews): same contract as the session file."""

    def __init__(self) -> None:
        self.rows: list[Event] = []

    def append(self, seq: int, event: Event) -> None:
        if seq != len(self.rows):
            raise StoreError(f"event {seq} appended after {len(self.rows)} events")
        self.rows.append(event)

    def events(self) -> list[Event]:
        return list(self.rows)


def _seed(seed: int | None) -> int:
    return random.SystemRandom().randrange(2**31) if seed is None else seed


def draw_seed(created: Event, kind: type[Event], number: int, before: int) -> int:
    """The seed of a draw nobody chose a seed for: from the session (the moment its set-up was
    written, and its deck), the draw's kind, its round (0 for the deal) and how many draws of that
    kind are in effect there already (``before``). A draw taken back and done again at the same point
    draws the same cards and sides; another debate, sides drawn again on purpose, a deal done again,
    another session draw differently. Below 2**31, as every recorded seed."""
    deck_hash = getattr(created, "deck_hash", "")
    said = f"{created.at!r}|{deck_hash}|{kind.type}|{number}|{before}".encode()
    return int.from_bytes(sha256(said).digest()[:4], "big") & 0x7FFFFFFF


class Session:
    """A live session: the deck, the events so far, the state they fold to, and the actions."""

    def __init__(self, deck: Deck, store: EventStore, clock: Clock) -> None:
        self.deck = deck
        self.store = store
        self.clock = clock
        self._replay = Replay()
        self._events: list[Event] = []
        self._pending: list[tuple[int, Event]] = []
        self._together = False  # inside ``together``: actions are written when it ends
        self.deck_changed = False  # same deck id, other content hash than at set-up

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def create(cls, deck: Deck, store: EventStore, clock: Clock, lang: str = "fr",
               agenda_minutes: int | None = None, phase_ids: Sequence[str] | None = None,
               rules: Rules | None = None) -> Session:
        """A new session on ``deck``, its set-up written to ``store`` as the first event."""
        session = cls(deck, store, clock)
        session._record(setup.create(deck, clock.now(), lang, agenda_minutes, phase_ids, rules or Rules()))
        return session

    @classmethod
    def resume(cls, deck: Deck, store: EventStore, clock: Clock) -> Session:
        """The session whose events ``store`` holds, replayed (refused if run with another deck)."""
        session = cls(deck, store, clock)
        for event in store.events():
            session._replay.feed(event)
            session._events.append(event)
        state = session.state
        if session._events and state.deck_id != deck.id:
            raise DeckMismatchError(
                f"This session was run with the deck {state.deck_id!r} (version {state.deck_version}), "
                f"not {deck.id!r}: open it with that deck."
            )
        session.deck_changed = bool(session._events) and state.deck_hash != deck.content_hash
        return session

    # --- reading ----------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        """The current state (a frozen value: keep it, compare it, draw from it)."""
        return self._replay.state

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event so far, in order; the index of an event is its seq."""
        return tuple(self._events)

    def event(self, seq: int) -> Event:
        """Event number ``seq`` (an undo's target), without copying them all."""
        return self._events[seq]

    @property
    def event_count(self) -> int:
        """How many events so far (cheaper than ``len(session.events)``, which copies)."""
        return len(self._events)

    @property
    def pending(self) -> int:
        """How many events are waiting to be written to the store."""
        return len(self._pending)

    @property
    def can_undo(self) -> bool:
        return self._replay.undo_target is not None

    @property
    def undo_event(self) -> Event | None:
        """The event an undo would cancel (to label the menu item), if any."""
        target = self._replay.undo_target
        return None if target is None else self._events[target]

    @property
    def redo_events(self) -> tuple[Event, ...]:
        """The actions redo would record again, the next one last (empty unless the last actions were undos)."""
        return self._replay.redoable

    def was_redone(self, seq: int) -> bool:
        """Event number ``seq`` is a redo: an undone action recorded again."""
        return seq in self._replay.redos

    def now(self) -> float:
        return self.clock.now()

    def state_before_undo(self, count: int = 1) -> SessionState | None:
        """The state ``count`` undos would return to (None when fewer can be undone)."""
        return self._replay.state_before(count)

    def _drawn(self, kind: type[Event], number: int) -> int:
        """The seed of a draw of ``kind`` (round ``number``) at this point of the session (draw_seed)."""
        if not self._events:
            return _seed(None)
        before = sum(1 for seq in self._replay.live
                     if type(self._events[seq]) is kind and getattr(self._events[seq], "number", 0) == number)
        return draw_seed(self._events[0], kind, number, before)

    def remaining(self) -> float | None:
        """Seconds left in the current phase (negative when over time), None when no phase runs."""
        phase = self.state.agenda.current
        return None if phase is None else phase.remaining(self.clock.now())

    # --- recording --------------------------------------------------------------------

    def _record(self, event: Event, undone: Event | None = None) -> Changes:
        seq = len(self._events)
        self._replay.feed(event)
        self._events.append(event)
        self._pending.append((seq, event))
        changes = Changes.of(event, undone)
        if not self._together:
            self.flush(changes)
        return changes

    def together(self, run: Callable[[Session], Changes]) -> Changes:
        """``run``'s actions as one press (a debate closed with its points given): each recorded, then
        all written. A disk that fails on the way cannot stop the press half done; NotSavedError then
        carries ``run``'s changes, and every action waits in memory as a single one would. A refusal
        on the way writes what was done before it, and carries that write's failure, if any, as
        ``not_saved``."""
        if self._together:  # a press inside a press: part of the outer one
            return run(self)
        self._together = True
        try:
            changes = run(self)
        except BaseException as refused:
            self._together = False
            if self._pending:  # the actions done before the refusal: written now, as each would be
                try:
                    self.flush()
                except NotSavedError as failure:  # kept in memory: the refusal says so too
                    refused.not_saved = failure  # type: ignore[attr-defined]
            raise
        self._together = False
        self.flush(changes)
        return changes

    def flush(self, changes: Changes | None = None) -> None:
        """Write the events still pending, oldest first; NotSavedError if the store fails again."""
        while self._pending:
            seq, event = self._pending[0]
            try:
                self.store.append(seq, event)
            except StoreError as exc:
                raise NotSavedError(exc, len(self._pending), changes) from exc
            self._pending.pop(0)

    def close(self) -> None:
        """Write what is pending, then close the store (kept open if writing fails, to retry)."""
        self.flush()
        close = getattr(self.store, "close", None)
        if close is not None:
            close()

    # --- set-up -----------------------------------------------------------------------

    def set_agenda(self, minutes: int | None = None, phase_ids: Sequence[str] | None = None) -> Changes:
        """Play only ``phase_ids`` of the deck's agenda, rescaled to ``minutes`` (before the start)."""
        return self._record(setup.set_agenda(self.state, self.deck, self.now(), minutes, phase_ids))

    def set_rules(self, rules: Rules) -> Changes:
        """Change cards per team, points… (before the start)."""
        return self._record(setup.set_rules(self.state, self.now(), rules))

    def set_language(self, lang: str) -> Changes:
        """Switch the session to another language of the deck."""
        return self._record(setup.set_language(self.state, self.deck, self.now(), lang))

    def add_team(self, name: str, colour: str | None = None) -> Changes:
        """Add a team (before the start, 8 at most); a free palette colour when none is given."""
        return self._record(setup.add_team(self.state, self.now(), name, colour))

    def rename_team(self, team_id: str, name: str | None = None, colour: str | None = None) -> Changes:
        """Give a team another name and/or colour."""
        return self._record(setup.rename_team(self.state, self.now(), team_id, name, colour))

    def remove_team(self, team_id: str) -> Changes:
        """Remove a team (before the start)."""
        return self._record(setup.remove_team(self.state, self.now(), team_id))

    def start(self) -> Changes:
        """Begin the workshop (2 to 8 teams); teams are fixed from now on."""
        return self._record(setup.start(self.state, self.now()))

    # --- agenda and timers ------------------------------------------------------------

    def start_phase(self, phase_id: str | None = None) -> Changes:
        """Start a phase (the next pending one by default), ending the one under way."""
        return self._record(setup.start_phase(self.state, self.now(), phase_id))

    def pause_timer(self) -> Changes:
        """Pause the current phase's timer."""
        return self._record(setup.pause_timer(self.state, self.now()))

    def resume_timer(self) -> Changes:
        """Resume the current phase's timer."""
        return self._record(setup.resume_timer(self.state, self.now()))

    def extend_timer(self, minutes: int) -> Changes:
        """Give the current phase ``minutes`` more."""
        return self._record(setup.extend_timer(self.state, self.now(), minutes))

    def skip_phase(self, phase_id: str | None = None) -> Changes:
        """Skip a phase (the current one, else the next pending one)."""
        return self._record(setup.skip_phase(self.state, self.now(), phase_id))

    def end_phase(self) -> Changes:
        """End the current phase."""
        return self._record(setup.end_phase(self.state, self.now()))

    # --- timeline ---------------------------------------------------------------------

    def deal_timeline(self, cards_per_team: int | None = None, seed: int | None = None) -> Changes:
        """Deal event cards: one starts the timeline, each team gets its hand."""
        seed = self._drawn(TimelineDealt, 0) if seed is None else seed
        return self._record(play.deal_timeline(self.state, self.deck, self.now(), cards_per_team, seed))

    def place_card(self, team_id: str, card_id: str, position: int) -> Changes:
        """A team puts a card in gap ``position`` of the timeline; it is checked and scored."""
        return self._record(play.place_card(self.state, self.deck, self.now(), team_id, card_id, position))

    # --- debate -----------------------------------------------------------------------

    def open_round(self, theme_id: str | None = None, card_id: str | None = None,
                   seed: int | None = None) -> Changes:
        """Open a debate round on a chosen card, or one drawn from a theme."""
        seed = self._drawn(RoundOpened, len(self.state.rounds) + 1) if seed is None else seed
        return self._record(play.open_round(self.state, self.deck, self.now(), theme_id, card_id, seed))

    def assign_sides(self, sides: Mapping[str, str] | None = None, seed: int | None = None,
                     round_no: int | None = None) -> Changes:
        """Give teams a side ('for' / 'against'): chosen, or balanced at random."""
        if seed is None and sides is None:
            rnd = self.state.open_round
            number = round_no if round_no is not None else rnd.number if rnd is not None else None
            seed = self._drawn(SidesAssigned, number) if number is not None else None  # refused below
        return self._record(play.assign_sides(self.state, self.now(), sides, _seed(seed), round_no))

    def record_vote(self, stage: str, counts: object, round_no: int | None = None) -> Changes:
        """Record the vote 'before' or 'after' (room counts or per team); hidden until revealed."""
        return self._record(play.record_vote(self.state, self.now(), stage, counts, round_no))

    def record_phone_votes(self, stage: str, votes: dict[str, str], round_no: int | None = None,
                           teams: dict[str, str] | None = None) -> Changes:
        """Keep the phones' answers (token -> choice) when their vote closes: the table of who
        changed their mind is made from them."""
        return self._record(phones.record_phone_votes(self.state, self.now(), stage, votes, round_no, teams))

    def reveal_votes(self, stage: str, round_no: int | None = None) -> Changes:
        """Show a recorded vote to the room."""
        return self._record(play.reveal_votes(self.state, self.now(), stage, round_no))

    def add_argument(self, team_id: str, text: str, side: str | None = None,
                     round_no: int | None = None) -> Changes:
        """Record a team's short argument (side defaults to the team's assigned side)."""
        return self._record(play.add_argument(self.state, self.now(), team_id, text, side, round_no))

    def play_evidence(self, team_id: str, card_id: str, round_no: int | None = None) -> Changes:
        """A team plays a fact card as evidence."""
        return self._record(play.play_evidence(self.state, self.deck, self.now(), team_id, card_id, round_no))

    def close_round(self, round_no: int | None = None) -> Changes:
        """Close the debate round."""
        return self._record(play.close_round(self.state, self.now(), round_no))

    def award_points(self, team_id: str, points: int, reason: str = "",
                     round_no: int | None = None) -> Changes:
        """Give (or take, with a negative number) points to a team."""
        return self._record(play.award_points(self.state, self.now(), team_id, points, reason, round_no))

    # --- scenarios and debrief --------------------------------------------------------

    def start_scenario(self, team_id: str, scenario_id: str) -> Changes:
        """A team begins walking a scenario."""
        return self._record(play.start_scenario(self.state, self.deck, self.now(), team_id, scenario_id))

    def choose_option(self, team_id: str, option_id: str, decision_id: str | None = None) -> Changes:
        """A team chooses an option at its next decision point."""
        return self._record(play.choose_option(self.state, self.deck, self.now(), team_id, option_id, decision_id))

    def leave_consequence(self) -> Changes:
        """The room has seen a choice's consequence: show the team's next decision."""
        return self._record(play.leave_consequence(self.state, self.now()))

    def add_takeaway(self, text: str) -> Changes:
        """Record a key takeaway of the debrief."""
        return self._record(play.add_takeaway(self.state, self.now(), text))

    def add_commitment(self, text: str, team_id: str | None = None) -> Changes:
        """Record a commitment, of the room or of one team."""
        return self._record(play.add_commitment(self.state, self.now(), text, team_id))

    def remove_debrief_line(self, which: str, index: int) -> Changes:
        """Take back a takeaway or a commitment (``which``), line ``index`` of its list."""
        return self._record(play.remove_debrief_line(self.state, self.now(), which, index))

    def record_phone_feedback(self, answers: dict[str, tuple[int, str | None, str]]) -> Changes:
        """Keep the phones' feedback (token -> (rating, theme id, commitment)); the latest replaces it."""
        return self._record(phones.record_phone_feedback(self.state, self.now(), answers))

    # --- undo -------------------------------------------------------------------------

    def undo(self) -> Changes:
        """Cancel the last action not yet undone, with an event of its own."""
        target = self._replay.undo_target
        if target is None:
            raise NothingToUndoError("There is nothing to undo.")
        return self._record(Undone(at=self.now(), target=target), undone=self._events[target])

    def redo(self) -> Changes:
        """Record again the action the last undo cancelled, while no other action came since.

        The same event, its moment (``at``) kept: the state is the one the undo left (a phase's clock
        started when the phase did, its timings in the summary as they were), and the file tells a
        redo from a new action by it, so what can be redone after a reopening is read from the file."""
        redoable = self._replay.redoable
        if not redoable:
            raise NothingToRedoError("There is nothing to redo.")
        return self._record(redoable[-1])
