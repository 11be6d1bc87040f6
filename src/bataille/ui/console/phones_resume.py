"""The phones brought back after an abrupt stop.

While the phones are on, the app keeps in its preferences what they are doing: the session (its
room code's seed), the address they open, the question whose vote is open on them, or the debrief's
feedback asked. Turned off, it forgets. Killed meanwhile (a frozen laptop, a dead battery), it has
not forgotten: reopened on the same session after an abrupt stop (``SessionFile.stopped_abruptly``)
within RECENT_S, it turns the phones on again at that address and asks the same again. The room's
phones, which went on knocking at the same address and room code, come back by themselves, and each
sends the answer it had given (the page keeps it, see docs/phones.md): the vote goes on where it
was, without a click. So it does when the console was closed with their vote under way and the
facilitator chose to quit anyway (closing_mid_vote.py): the vote is left as an abrupt stop leaves it.

A vote with a countdown closes by itself when it would have: its countdown goes on for the time left.
One whose countdown ran out while the app was stopped is not closed at once: its answers were in the
app's memory only, and would come back after the close, lost. It gets the shortest countdown the
console offers (GRACE_S), time for the room's phones to come back and send their answers again.
While the session's timer is paused the countdown holds (ui/phones_countdown.py): what is kept then is
the seconds it holds (a negative ``closes_at``), and, once it goes on, its end moved by the pause. Killed
during a long pause (a fire drill), the vote comes back with the seconds it had left: held if the
session's timer comes back paused, else counting down from them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from bataille.ui.console.phones_panel import COUNTDOWNS_S
from bataille.ui.settings import PhonesLeftOn

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.phones import Phones
    from bataille.ui.settings import Settings
    from bataille.workshop.event_registry import Event

# As Enter on the start screen resumes only a workshop written to in the last three hours: older, the
# room the phones were in has gone home.
RECENT_S = 3 * 3600
GRACE_S = COUNTDOWNS_S[0]  # a vote whose countdown ran out while the app was stopped closes after this


def alive_lately(at: float, events: Sequence[Event]) -> bool:
    """The app was alive for the session within RECENT_S: when it wrote a record (at ``at``), or when
    the session recorded its last action (the last of ``events``)."""
    return 0 <= time.time() - max(at, events[-1].at if events else 0.0) <= RECENT_S


class PhonesKept(QObject):
    """Writes what the phones are doing each time it changes (written at once: a kill loses nothing)."""

    def __init__(self, phones: Phones, settings: Settings, parent: QObject | None = None,
                 countdown: Callable[[], int] = lambda: 0,
                 countdown_ends: Callable[[], tuple[int, float] | None] = lambda: None) -> None:
        """``countdown()``: the one chosen; ``countdown_ends()``: (question id, when it closes) of the
        vote asked last with a countdown, or None."""
        super().__init__(parent)
        self.phones, self.settings = phones, settings
        self.countdown, self.countdown_ends = countdown, countdown_ends
        self.left = settings.phones_left_on()  # read before anything here turns them on or off
        self.held = False  # the console closes with their vote under way: kept as they are (leave)
        self.was_held = False  # the open vote's countdown held when last kept
        phones.stateChanged.connect(self.keep)
        phones.openVoteChanged.connect(self.keep)
        phones.countdownChanged.connect(self._held_or_not)

    def _held_or_not(self) -> None:
        """The countdown holds (the timer paused) or goes on: kept once then, not at each second."""
        if self.phones.countdown_held != self.was_held:
            self.keep()

    def leave(self) -> None:
        """The console closes with the phones' vote under way (closing_mid_vote.py): what they are doing
        is written once more, now, and kept when they are turned off, as an abrupt stop would keep it."""
        self.keep()
        self.held = True

    def keep(self, *_args: object) -> None:
        if self.held:
            return
        seed = self.phones.session_seed()
        server = self.phones.server
        if self.phones.on and seed and server is not None and server.port:
            vote, ends = self.phones.open_vote, self.countdown_ends()
            closes_at = self.closes_at(ends[1]) if ends is not None and vote is not None and ends[0] == vote else 0.0
            self.settings.set_phones_left_on(PhonesLeftOn(seed, self.phones.address, server.port, vote,
                                                          self.phones.asking_feedback, time.time(), closes_at,
                                                          self.countdown()))
        else:
            self.settings.forget_phones_left_on()
        self.was_held = self.phones.countdown_held

    def closes_at(self, asked: float) -> float:
        """What is kept of the open vote's countdown: when it closes the vote (time.time()); held, minus
        the seconds it keeps. ``asked``: as the vote was asked (its clock not started yet)."""
        clock = self.phones.clock
        if clock.held is not None:
            return -max(clock.held, 0.001)  # never 0: that says "closed by hand"
        left = clock.left()
        return asked if left is None else time.time() + left

    def left_here(self, events: Sequence[Event] = ()) -> PhonesLeftOn | None:
        """What the app left the phones doing for this session, if it was alive for it lately (see
        alive_lately: the session's ``events`` say when its last action was, the phones still on);
        else None. (From the record alone, phones on for hours without a change of vote, then a
        stop, did not come back.)"""
        left = self.left
        if left is None or left.seed != self.phones.session_seed():
            return None
        return left if alive_lately(left.at, events) else None


def keep_and_bring_back(console: ConsoleWindow) -> PhonesKept:
    """Keep what the console's phones do; on a session recovered after an abrupt stop that left them
    on, bring them back once the console is built: on, the join screen not in the room's way, their
    vote asked again when it is still the open debate's."""
    panel = console.phones_panel
    kept = PhonesKept(console.phones, console.settings, console, panel.countdown_seconds,
                      lambda: getattr(console.phase.pages.get("debate"), "countdown_ends", None))
    panel.countdown.currentIndexChanged.connect(kept.keep)  # the choice, kept while the phones are on
    from bataille.ui.console.closing_mid_vote import reopened_under_way

    resumed = console.controller.stopped_abruptly or reopened_under_way(console)  # or closed mid-vote
    left = kept.left_here(console.controller.session.events) if resumed else None
    if left is not None:
        QTimer.singleShot(0, console, lambda: bring_back(console, left))
    elif kept.left is not None and kept.left.seed == console.phones.session_seed():
        # Not brought back (too old, or the session was closed properly): forgotten now, or its last
        # action, once the workshop goes on, would make it "lately" after a later stop, phones off.
        console.settings.forget_phones_left_on()
    return kept


def bring_back(console: ConsoleWindow, left: PhonesLeftOn) -> None:
    phones = console.phones
    if phones.on or not console.phones_panel.turn_on_at(left.address, left.port):
        return  # already on, or that network is gone: the banner asks the facilitator, as before
    phones.give_way()  # the stage stays on the workshop: the phones know their way back
    console.phones_panel.choose_countdown(left.countdown)
    now = time.time()
    closes_in = countdown_left(left, now)
    if left.question is not None:
        asked = console.phase.debate.ask_again_after_a_stop(left.question, closes_in)
    else:
        asked = left.feedback and console.phase.debrief.ask_feedback_again_after_a_stop()
    # Held (the session's timer came back paused), it has no time of day to close at yet.
    closes_at = now + closes_in if asked and closes_in and not phones.countdown_held else 0.0
    console.recovery_banner.phones_back(True, asked, closes_at, ran_out=0 < left.closes_at <= now,
                                        feedback=left.question is None)


def countdown_left(left: PhonesLeftOn, now: float) -> float:
    """The seconds the vote's countdown has left (0: it had none): what the time the app stayed stopped
    left of it, or the seconds it held (it was held: the timer paused), never less than GRACE_S (the
    phones need that to come back and answer again)."""
    if left.closes_at == 0:
        return 0
    return max(float(GRACE_S), -left.closes_at if left.closes_at < 0 else left.closes_at - now)
