"""The phones in the console's session: their server (off until the facilitator turns it on), told
the session's language, Wi-Fi, quick debate, room code and teams; the panel that shows it; the join
screen that gives way once the workshop moves on; the status line, when the laptop loses the address
the phones open (phones_moving.py). What the phones were doing, and the stage as the
room saw it, are kept against an abrupt stop (phones_resume.py, stage_resume.py).
"""

from __future__ import annotations


class SessionPhones:
    """Mixed into ConsoleWindow (its ``controller``, ``settings``, ``stage``, ``phase``, ``preview``)."""

    def _add_phones(self) -> None:
        """The phones' server (off until the facilitator turns it on) and what shows it."""
        from bataille.ui.console.phones_panel import PhonesPanel
        from bataille.ui.phones import Phones

        self.phones = Phones(self)
        self.phones.session_language = lambda: self.controller.lang if self.controller is not None else None
        self.phones.wifi_name = lambda: str(getattr(self.settings, "wifi_name", "") or "")
        self.phones.quick_debate = lambda: self.controller is not None and self.controller.quick_debate
        self.phones.session_seed = self._room_seed
        self.phones.session_teams = self._teams_for_phones
        self.phones_panel = PhonesPanel(self.phones, controller=self.controller)
        self.phones_panel.move.told.connect(self.show_status)  # the laptop's address gone, the phones moved
        self.leave_guard.also = self.phones_panel.feedback_coming
        self.phase.attach_phones(self.phones, self.phones_panel.countdown_seconds)
        self.stage.attach_phones(self.phones)
        self.phones.stateChanged.connect(self._phones_teams)
        self.controller.changed.connect(self._teams_changed)
        self._moment = self._workshop_moment()
        self.controller.changed.connect(self._join_gives_way)
        self.controller.changed.connect(self._countdown_follows_the_timer)
        self._countdown_follows_the_timer()
        self.phones.stateChanged.connect(lambda *_: self.preview.update())
        self.phones.countChanged.connect(lambda *_: self.preview.update())
        self.phones.countdownChanged.connect(self.preview.update)  # the time a phone vote has left, as the room sees it
        self.phones.addressLost.connect(lambda *_: self.preview.update())  # the stage's copy: no dead address
        from bataille.ui.console.phones_resume import keep_and_bring_back

        self.phones_kept = keep_and_bring_back(self)  # after an abrupt stop, the phones come back
        from bataille.ui.console.closing_mid_vote import MidVoteClose

        self.mid_vote = MidVoteClose(self)  # closing with a vote under way asks first
        from bataille.ui.console.stage_resume import keep_and_bring_back_stage

        self.stage_kept = keep_and_bring_back_stage(self)  # and the stage, black or a card held up, as it was

    def _workshop_moment(self) -> tuple:
        state = self.controller.state
        phase, rnd = state.agenda.current, state.open_round
        choices = sum(len(path.choices) for path in state.scenarios)
        return (phase.id if phase else None, state.timeline.dealt, len(state.timeline.placements),
                rnd.number if rnd else None, choices, state.consequence_shown)

    def _join_gives_way(self, _parts: frozenset) -> None:
        """The join screen, shown while the room joins, gives way once the workshop moves on: a phase
        starts or ends, the timeline is dealt or a card placed on it, a debate opens or closes, a
        team chooses in its scenario. Not for a point or a vote. (Phones turned on in the middle of
        the timeline: the room placed every card with the join screen over it.)"""
        moment = self._workshop_moment()
        if moment != self._moment:
            self._moment = moment
            self.phones.give_way()

    def _countdown_follows_the_timer(self, _parts: frozenset = frozenset()) -> None:
        """The session's timer paused (the Pause button, or a resume taken back by Ctrl+Z): a phone vote's
        countdown holds too; running again, it goes on (Phones.hold)."""
        phase = self.controller.state.agenda.current
        self.phones.hold(phase is not None and phase.status == "paused")

    def _room_seed(self) -> str | None:
        """The room code's seed: the session file and when its session was created, so that the app
        restarted shows the phones the code they know; None for a session with no file."""
        import os

        path = getattr(self.controller.session.store, "path", None) if self.controller is not None else None
        if path is None:
            return None
        return f"{os.path.realpath(path)}|{self.controller.state.created_at!r}"

    def _teams_changed(self, parts: frozenset) -> None:
        """A team renamed, added or removed while the phones are on: their team menus follow."""
        from bataille.workshop.events import Part

        if Part.TEAMS in parts and self.phones.on:
            self._phones_teams(True)

    def _teams_for_phones(self) -> tuple[tuple[str, str], ...]:
        """The teams a phone may say it belongs to (id, name); none in a quick debate, whose two camps
        are the debate's sides, not teams the room was split into."""
        teams = () if self.controller.quick_debate else self.controller.state.teams
        return tuple((t.id, t.name) for t in teams)

    def _phones_teams(self, on: bool) -> None:
        if on:
            self.phones.set_teams(self._teams_for_phones())
