"""The debates' pace, for the facilitator: how long the debate under way has run, and the time each
debate still to come can have, so five themes in thirty minutes can be paced before the last ones
are lost.

The rules (no planned length of a debate exists in the deck: all is derived from the phase's clock):

- Only in a debate phase under way (running or paused), and not in a quick debate: its one debate
  opened with its phase, so the phase's clock already is the debate's.
- The time left is the phase's, as its clock shows it (``Session.remaining``: pauses and minutes
  added already counted), never below zero.
- The debates still to come are the themes of the deck not debated yet (as "next" counts them), and
  the debate under way. "23 min for 4 debates, ~6 min each" shares the time from now between them:
  the share is what the debate under way has left too.
- The debate under way has run from its opening (the session's events: when it was opened, the
  pauses since) to now, pauses aside, as the phase's clock counts.
- When the share falls under ``SHORT_SHARE_SECONDS``, the line says how many debates still fit.
"""

from __future__ import annotations

from bataille.deck.frozen import Frozen, record
from bataille.words import Catalogue

from . import events as ev
from .flow import is_quick_debate, themes_to_come
from .session import Session

# Under four minutes a debate cannot be played: the claim read, a vote before and a vote after (about
# a minute each, hands counted or phones answering) leave under two minutes of arguments, not enough
# for each side to be heard once. (The agenda's plan gives a debate six: 30 minutes for five themes.)
SHORT_SHARE_SECONDS = 4 * 60.0


@record
class Pace(Frozen):
    """The debates' pace at one moment, in seconds."""

    debate: int | None  # the number of the debate under way, None between two debates
    running: float  # how long it has run, pauses aside (0 between two debates)
    left: float  # the phase's time left, never below zero
    to_come: int  # the debates still to come, the one under way counted

    @property
    def each(self) -> float:
        """The fair share of each debate still to come."""
        return self.left / self.to_come if self.to_come else 0.0

    @property
    def short(self) -> bool:
        """The share is too short for a debate: the line says how many still fit."""
        return self.each < SHORT_SHARE_SECONDS

    @property
    def fits(self) -> int:
        """How many debates still fit at ``SHORT_SHARE_SECONDS`` each; the one under way always
        (it is being played), unless the time is up."""
        fits = int(self.left // SHORT_SHARE_SECONDS)
        if self.debate is not None and self.left > 0:
            fits = max(1, fits)
        return min(self.to_come, fits)

    @property
    def not_opened(self) -> int:
        """The debates still to come that have not opened (the one under way aside)."""
        return self.to_come - (1 if self.debate is not None else 0)


def pace(session: Session) -> Pace | None:
    """The pace of the debates now; None outside a debate phase under way, in a quick debate, or once
    no debate is under way or to come."""
    state = session.state
    phase = state.agenda.current
    if phase is None or phase.kind != "debate" or is_quick_debate(state):
        return None
    remaining = session.remaining()
    rnd = state.open_round
    to_come = themes_to_come(state, session.deck) + (1 if rnd is not None else 0)
    if remaining is None or to_come == 0:
        return None
    running = 0.0
    if rnd is not None:
        until = phase.paused_at if phase.status == "paused" and phase.paused_at is not None else session.now()
        running = _played_since_opened(session, rnd.number, phase.id, until)
    return Pace(rnd.number if rnd is not None else None, running, max(0.0, remaining), to_come)


def _played_since_opened(session: Session, number: int, phase_id: str, until: float) -> float:
    """Seconds of play from the opening of debate ``number`` to ``until``: the pauses of its phase
    since it opened aside (and the end of a pause it opened in). Read from the session's events,
    newest first down to its opening: a debate's few events, not the session's."""
    undone: set[int] = set()
    pauses: list[ev.Event] = []  # the phase's pauses and resumptions since the opening, newest first
    opened_at = None
    for seq in range(session.event_count - 1, -1, -1):
        event = session.event(seq)
        if isinstance(event, ev.Undone):
            undone.add(event.target)
        elif seq in undone:
            continue
        elif isinstance(event, ev.RoundOpened) and event.number == number:
            opened_at = event.at
            break
        elif isinstance(event, ev.TimerPaused | ev.TimerResumed) and event.phase_id == phase_id:
            pauses.append(event)
    if opened_at is None:
        return 0.0
    paused, paused_from = 0.0, None
    for event in reversed(pauses):
        if isinstance(event, ev.TimerPaused):
            paused_from = event.at
        else:  # resumed: the pause since it began, or since the opening when it opened paused
            paused += event.at - max(opened_at, paused_from if paused_from is not None else opened_at)
            paused_from = None
    return max(0.0, until - opened_at - paused)


# Minutes are "min" in both languages (no plural); a no-break space ties them to their number in French.
WORDS = Catalogue("pacing", {
    "running": ("Débat {number} : {minutes}\u00a0min", "Debate {number}: {minutes} min"),
    "share": ("{left}\u00a0min pour {count} débats, ~{each}\u00a0min chacun",
              "{left} min for {count} debates, ~{each} min each"),
    "share_one": ("{left}\u00a0min pour 1 débat", "{left} min for 1 debate"),
    "fits": ("il reste le temps de {fits} débats sur {count}", "time left for {fits} of {count} debates"),
    "fits_one": ("il reste le temps d’un débat sur {count}", "time left for 1 of {count} debates"),
    "none": ("plus le temps pour {count} débats", "no time left for {count} debates"),
    "none_one": ("plus le temps pour 1 débat", "no time left for 1 debate"),
})


def _minutes(seconds: float) -> int:
    """Whole minutes, to the nearest, at least 1 while any time is left."""
    minutes = int(seconds / 60.0 + 0.5)
    return max(1, minutes) if seconds > 0 else 0


def pace_line(p: Pace, lang: str) -> str:
    """« Débat 2 : 7 min · 23 min pour 4 débats, ~6 min chacun »; between debates, the share alone;
    a share too short, « il reste le temps de 2 débats sur 4 »; the time up, the debates it leaves out."""
    return " · ".join(pace_parts(p, lang))


def pace_parts(p: Pace, lang: str) -> tuple[str, ...]:
    """The parts of ``pace_line``: the debate under way and how long it has run (when one is), then
    the share of the debates to come (when there is one to say)."""
    said = []
    if p.debate is not None:  # as a stopwatch reads: the minutes it has run
        said.append(WORDS.text("running", lang).format(number=p.debate, minutes=int(p.running // 60)))
    if p.left <= 0 or (p.short and p.fits == 0):
        count = p.not_opened  # the debate under way is played to its close: the others are left out
        if count:
            said.append(WORDS.text("none_one" if count == 1 else "none", lang).format(count=count))
    elif p.to_come == 1:  # nothing to share: this debate, or the last, has what the clock has
        said.append(WORDS.text("share_one", lang).format(left=_minutes(p.left)))
    elif p.short:
        key = "fits_one" if p.fits == 1 else "fits"
        said.append(WORDS.text(key, lang).format(fits=p.fits, count=p.to_come))
    else:
        said.append(WORDS.text("share", lang).format(left=_minutes(p.left), count=p.to_come,
                                                     each=_minutes(p.each)))
    return tuple(said)
