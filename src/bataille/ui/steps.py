"""The words of the workshop's steps (the flow itself is in ``bataille.workshop.flow``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from bataille.ui.phase_clock import format_clock
from bataille.workshop import Changes, Session
from bataille.workshop.flow import Step as FlowStep
from bataille.workshop.flow import StepKind, Unfinished

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


@dataclass(frozen=True)
class Step:
    """The next step as the console shows it: its label, and the action (None when it only waits)."""

    label: str
    run: Callable[[Session], object] | None = None
    leaves: bool = False  # the step leaves the current phase (the console may ask first)
    closes_round: bool = False  # the step closes the open debate (a phone vote on it closes first)
    hint: str = ""  # under the button: what to do on the console while it waits, or how else to take it
    over: bool = False  # nothing follows: the console offers the summary's export instead


def _words() -> dict[StepKind, str]:
    return {
        StepKind.START: translate("Steps", "Start the workshop"),
        StepKind.NEXT_PHASE: translate("Steps", "Next phase: %1"),
        StepKind.END: translate("Steps", "End the workshop"),
        StepKind.OVER: translate("Steps", "The workshop is over"),
        StepKind.DEAL_TIMELINE: translate("Steps", "Deal the timeline cards: %1 per team"),
        StepKind.WAIT_PLACEMENTS: translate("Steps", "Waiting for the teams to place their cards"),
        StepKind.OPEN_DEBATE: translate("Steps", "Open the next debate"),
        StepKind.WAIT_VOTE_BEFORE: translate("Steps", "Waiting for the vote before (hands counted, or the phones)"),
        StepKind.REVEAL_BEFORE: translate("Steps", "Show the vote before"),
        StepKind.WAIT_VOTE_AFTER: translate("Steps", "Debate, then take the vote after"),
        StepKind.REVEAL_AFTER: translate("Steps", "Show the vote after and the shift"),
        StepKind.CLOSE_DEBATE: translate("Steps", "Close this debate"),
        StepKind.CLOSE_AND_OPEN: translate("Steps", "Close this debate and open the next"),
        StepKind.CLOSE_AND_END: translate("Steps", "Close the debate and end"),
        StepKind.CLOSE_AND_NEXT_PHASE: translate("Steps", "Close this debate, then next phase: %1"),
        StepKind.START_SCENARIOS: translate("Steps", "Start “%1” for every team"),
        StepKind.WAIT_DECISIONS: translate("Steps", "Waiting for the teams' decisions"),
        StepKind.NEXT_DECISION: translate("Steps", "Show the next decision"),
        StepKind.SHOW_EPILOGUE: translate("Steps", "Show where this future leads"),
    }


def _quick_words() -> dict[StepKind, str]:
    """A quick debate's words where a workshop's would be wrong (it is one debate, not a workshop)."""
    return {
        StepKind.START: translate("Steps", "Start the debate"),
        StepKind.END: translate("Steps", "End the debate"),
        StepKind.OVER: translate("Steps", "The debate is over"),
    }


def _hints() -> dict[StepKind, str]:
    """What a waiting step waits for, said as what to do on the console (never "type it" where
    nothing is typed); the end of the workshop points to the summary. Two lines at most under the
    button, at 1280 pixels wide."""
    return {
        StepKind.WAIT_PLACEMENTS: translate("Steps", "Place each team's cards in the middle panel; a card held "
                                            "up, the remote's PageDown places it."),
        StepKind.WAIT_VOTE_BEFORE: translate("Steps", "Enter and record the vote before, in the middle "
                                             "(or turn the phones on, bottom left)."),
        StepKind.WAIT_VOTE_AFTER: translate("Steps", "Debate, then enter and record the vote after, in the middle."),
        StepKind.START_SCENARIOS: translate("Steps", "Or choose another scenario, or one per team, in the middle."),
        StepKind.WAIT_DECISIONS: translate("Steps", "Each team makes its choices on the scenarios' page, in the middle."),
        StepKind.OVER: translate("Steps", "Workshop over: save the summary (or Session › Export the Summary…)."),
    }


def labelled(step: FlowStep, quick: bool = False) -> Step:
    """The flow's step with its label and its hint in the interface language (``quick``: a quick
    debate's, whose end is a debate's, not a workshop's)."""
    hint = _hints().get(step.kind) or ("" if step.run is None
                                       else translate("Steps", "With the remote, PageDown or this button."))
    if step.time_up:  # "next" moves on rather than into more of the phase: said, with how to stay
        hint = translate("Steps", "Time is up: PageDown moves on. To go on with this phase, +5 min first.")
    if step.late:  # time is up, and "next" still goes through this debate: said, so it is no surprise
        hint = translate("Steps", "Time is up, but this debate, opened after, is played whole.")
    label = _words()[step.kind]
    if quick:  # the session is one debate: its start and end are a debate's
        label = _quick_words().get(step.kind, label)
    if step.time_up and step.vote:  # the room has not voted: the debate closes without that vote
        label, hint = _without_the_vote(step)
    if quick and step.kind == StepKind.OVER:
        hint = translate("Steps", "Debate over: save the summary (or Session › Export the Summary…).")
    return Step(label.replace("%1", step.title), step.run,
                step.kind in (StepKind.NEXT_PHASE, StepKind.END, StepKind.CLOSE_AND_NEXT_PHASE),
                step.kind in (StepKind.CLOSE_DEBATE, StepKind.CLOSE_AND_OPEN, StepKind.CLOSE_AND_END,
                              StepKind.CLOSE_AND_NEXT_PHASE), hint,
                step.kind == StepKind.OVER)


def _without_the_vote(step: FlowStep) -> tuple[str, str]:
    """Time up, a vote not taken: the label of the step that closes the debate without it (the
    summary says so), and its hint: counts entered first are taken, as they would have been."""
    ending = step.kind == StepKind.CLOSE_AND_END
    if step.vote == "before":
        label = (translate("Steps", "Close the debate without a vote, and end") if ending
                 else translate("Steps", "Close without a vote, then next phase: %1"))
    else:
        label = (translate("Steps", "Close the debate without the vote after, and end") if ending
                 else translate("Steps", "Close without the vote after, then next phase: %1"))
    return label, translate("Steps", "Time is up: PageDown moves on, or enter the counts of the vote first.")


def taking_vote(stage: str, phones_answered: int | None, run: Callable[[Session], object],
                left: int | None = None) -> Step:
    """The step that takes a vote the console holds (counts typed, or the phones voting on it with
    answers in): record it and show it to the room, closing the phones' vote first; ``left``: the
    seconds the phones' vote's countdown leaves, said as its close button says them."""
    if phones_answered is not None and left is not None:
        label = translate("Steps", "Close the vote and show it (answers: %1 · closes in %2)").replace(
            "%1", str(phones_answered)).replace("%2", format_clock(left))
    elif phones_answered is not None:
        label = translate("Steps", "Close the vote and show it (answers: %1)").replace("%1", str(phones_answered))
    elif stage == "before":
        label = translate("Steps", "Record and show the vote before")
    else:
        label = translate("Steps", "Record and show the vote after and the shift")
    return Step(label, run, hint=translate("Steps", "With the remote, PageDown or this button."))


def asking_phones(stage: str, run: Callable[[Session], object]) -> Step:
    """The step that puts the claim on the phones for the vote ``stage`` (Phones on, no vote taken).
    The vote after comes once the room has debated: the step says so, as it does without phones."""
    if stage == "before":
        return Step(translate("Steps", "Ask the phones for the vote before"), run,
                    hint=translate("Steps", "With the remote, PageDown or this button; or count hands in the middle."))
    return Step(translate("Steps", "Debate, then ask the phones for the vote after"), run,
                hint=translate("Steps", "Debate first; then with the remote, PageDown or this button."))


def asking_feedback(run: Callable[[Session], object]) -> Step:
    """The debrief, Phones on: the phones' feedback form comes before the end turns them off."""
    return Step(translate("Steps", "Ask the phones for their feedback"), run,
                hint=translate("Steps", "Then the end; to end now: End phase, in the agenda."))


def closing_phones() -> Step:
    """Their vote is closing: its answers come through the network, then it is recorded and shown."""
    return Step(translate("Steps", "Closing the phones' vote…"), None,
                hint=translate("Steps", "Their answers are on their way; the vote is shown as soon as they come."))


def waiting_phones(connected: int, left: int | None = None) -> Step:
    """The phones are asked and none has answered yet: "next" waits for the first answer (``left``: the
    seconds their vote's countdown leaves)."""
    if left is not None:
        label = translate("Steps", "Waiting for the phones (connected: %1 · closes in %2)").replace(
            "%1", str(connected)).replace("%2", format_clock(left))
    else:
        label = translate("Steps", "Waiting for the phones' answers (phones connected: %1)").replace("%1", str(connected))
    hint = (translate("Steps", "From the first answer, this button closes their vote.")
            if connected else
            translate("Steps", "No phone connected: see the Phones panel, or count hands in the middle."))
    return Step(label, None, hint=hint)


def unfinished_words(what: Unfinished) -> str:
    """What leaving the phase would leave undone, in the interface language."""
    return {
        Unfinished.CARDS_IN_HAND: translate("Steps", "teams still hold timeline cards"),
        Unfinished.DEBATE_OPEN: translate("Steps", "a debate is still open (it will be closed)"),
        Unfinished.THEMES_LEFT: translate("Steps", "some themes have not been debated"),
        Unfinished.NO_SCENARIO: translate("Steps", "some teams have not started a scenario"),
        Unfinished.DECISIONS_LEFT: translate("Steps", "some teams have decisions left to make"),
    }[what]


def keeping_feedback(controller, run: Callable[[Session], object]) -> Callable[[Session], object]:
    """``run`` (a press of the console), and when it ends the debrief, the phones' feedback not kept
    yet kept with it by the debrief page (``controller.feedback_asker``): one press, one Ctrl+Z, which
    takes back the end and the keeping together."""
    def in_debrief() -> bool:
        phase = controller.state.agenda.current
        return phase is not None and phase.kind == "debrief"

    def press(session: Session) -> object:
        was, changes = in_debrief(), run(session)
        asker = controller.feedback_asker
        kept = asker.keep_on_leaving(session) if asker is not None and was and not in_debrief() else None
        if kept is None:
            return changes
        parts = changes.parts | kept.parts if isinstance(changes, Changes) else kept.parts
        return Changes(frozenset(parts), kept.event)
    return press


class VoteTaker(Protocol):
    """The console's debate page as "next" sees it: it holds a vote being taken (see next_step)."""

    def vote_ready(self, stage: str) -> bool: ...  # counts typed, or phones' answers in

    def phones_answered(self, stage: str) -> int | None: ...  # None unless the phones vote on it now

    def end_vote_and_show(self) -> None: ...

    def phones_can_ask(self, stage: str) -> bool: ...  # Phones on, nobody voting, nothing typed or shown

    def ask_phones(self, stage: str) -> None: ...

    def phones_connected(self) -> int: ...  # phones connected now (0 with Phones off)

    def phones_seconds_left(self, stage: str) -> int | None: ...  # their vote's countdown, while one closes it

    def phones_closing(self, stage: str) -> bool: ...  # "next" closed their vote; its answers are coming

    def typed_not_recorded(self) -> list[str]: ...  # votes of the open debate with counts typed, not recorded

    def typed_counts(self) -> dict[str, tuple[int, int, int]]: ...  # and their counts, by stage


class FeedbackAsker(Protocol):
    """The console's debrief page as "next" sees it: it may ask the phones for their feedback."""

    def feedback_askable(self) -> bool: ...  # Phones on with phones there, not asked yet

    def ask_feedback(self) -> None: ...

    def keep_on_leaving(self, session: Session) -> Changes | None: ...  # the answers not kept yet, kept
