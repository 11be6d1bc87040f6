"""The stage brought back as the room last saw it, after an abrupt stop.

Three things the stage shows are not the session's, and its file does not hold them: the black screen
(the facilitator blanked the projector), the timeline card a team holds up, picked and not placed
yet, and the team whose scenario it follows (chosen on the console's scenario page). The controller
keeps them in memory (``blackout``, ``placing``, ``scenario_team``): killed, the app lost them, and
reopened it showed the room the picture again (the answers, maybe), no card, and another team's
scenario. So, as it keeps what the phones are doing (phones_resume.py), the app keeps them in its
preferences each time they change (written at once: a kill loses nothing), and forgets them once the
session is closed properly.

Reopened on the same session after an abrupt stop, the stage is black again before it is first
painted, the team holds its card up again, and the stage follows the same team's scenario, if the app
was alive for that session within RECENT_S: the record's time, or the session's last action, which
its file holds (the record is rewritten only when what it keeps changes: a stage blanked four hours
before the stop, with the workshop going on since, is still recent, and no write or timer is added).
Opening the session settles the record on the stage as it now is, so a record too old to be brought
back, or a part of it that no longer fits, does not come back after a later stop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from bataille.ui.console.phones_resume import alive_lately
from bataille.ui.settings import StageLeft
from bataille.workshop.flow import followed_path

if TYPE_CHECKING:
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController
    from bataille.ui.settings import Settings


class StageKept(QObject):
    """Writes the stage's black screen, the card held up and the scenario's team each time they change."""

    def __init__(self, controller: SessionController, settings: Settings, seed: Callable[[], str | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller, self.settings, self.seed = controller, settings, seed
        self.left = settings.stage_left()  # read before anything here changes the stage
        # As a session opens: nothing to write until that changes (another session's, left after its
        # own abrupt stop, stays there until this one blanks the stage, holds a card up or shows a
        # team's scenario; this session's is settled once brought back, see settle).
        self._kept: tuple[bool, tuple[str, str] | None, str | None] | None = (False, None, None)
        self.keeping = True
        controller.changed.connect(self.keep)

    def keep(self, *_args: object) -> None:
        c = self.controller
        now = (c.blackout, c.placing, c.scenario_team)
        if not self.keeping or now == self._kept:
            return
        self._kept = now
        seed = self.seed()
        if seed and any(now):
            self.settings.set_stage_left(StageLeft(seed, c.blackout, c.placing, time.time(), c.scenario_team))
        else:
            self.settings.forget_stage_left()

    def settle(self) -> None:
        """This session's record, brought back or not, says the stage as it is now: a record too old,
        or a card no longer in its team's hand, is not brought back after a later stop. (Anything
        brought back has written it already.)"""
        if self.left is not None and self.left.seed == self.seed() and self._kept == (False, None, None):
            self._kept = None
            self.keep()

    def forget(self) -> None:
        """The session is closed properly: nothing to bring back next time."""
        self.keeping = False
        self.settings.forget_stage_left()

    def left_here(self) -> StageLeft | None:
        """How the app left the stage of this session, if it was alive for it lately (when it wrote the
        record, or when the session recorded its last action, the stage still as kept); else None."""
        left = self.left
        if left is None or left.seed != self.seed():
            return None
        events = self.controller.session.events
        return left if alive_lately(left.at, events) else None


def keep_and_bring_back_stage(console: ConsoleWindow) -> StageKept:
    """Keep the console's stage (black, a card held up, a team's scenario); on a session recovered
    after an abrupt stop that left it so, bring it back at once, while the console is being built:
    before the stage paints."""
    kept = StageKept(console.controller, console.settings, console.phones.session_seed, console)
    console.closed.connect(kept.forget)
    left = kept.left_here() if console.controller.stopped_abruptly else None
    if left is not None:
        bring_back(console, left)
    kept.settle()
    return kept


def bring_back(console: ConsoleWindow, left: StageLeft) -> None:
    """The stage as ``left`` says, what of it still fits the session; the recovery banner says what."""
    black = left.blackout
    if black:  # before anything is painted; the launcher then shows the stage as it is (present_stage)
        console.controller.set_blackout(True)
    held = hold_up_again(console, left.placing) if left.placing is not None else None
    shown = show_scenario_again(console, left.scenario_team) if left.scenario_team is not None else None
    if black or held is not None or shown is not None:  # the banner is built after the phones and the stage
        QTimer.singleShot(0, console, lambda: console.recovery_banner.stage_back(black, held, shown))


def hold_up_again(console: ConsoleWindow, placing: tuple[str, str]) -> tuple[str, str] | None:
    """The team holds its card up again, as the facilitator's click had it (the team chosen by hand
    when it was not the turn's); None when that card is no longer in its hand, or the timeline is over."""
    team, card = placing
    state = console.controller.state
    phase = state.agenda.current
    if phase is None or phase.kind != "timeline" or card not in state.timeline.hand(team):
        return None
    panel = console.phase.timeline
    if panel.team.currentData() != team:
        index = panel.team.findData(team)
        if index < 0:
            return None
        panel.team.setCurrentIndex(index)  # its hand, as a team chosen by hand
    panel.pick(card)
    return placing if console.controller.placing == placing else None


def show_scenario_again(console: ConsoleWindow, team: str) -> str | None:
    """The stage follows that team's scenario again, as the scenario page chose it; None when the
    scenarios are not under way, or the stage shows another path all the same (a consequence shown)."""
    c = console.controller
    phase = c.state.agenda.current
    if phase is None or phase.kind != "scenario":
        return None
    panel = console.phase.scenario  # built with its phase, before the phones and the stage's keeper
    index = panel.team.findData(team)
    if index < 0:
        return None
    panel.team.setCurrentIndex(index)  # the page on that team: shown, it tells the stage the same
    c.show_scenario_team(team)
    path = followed_path(c.state, c.consequence_of, c.scenario_team)
    return team if path is not None and path.team_id == team else None
