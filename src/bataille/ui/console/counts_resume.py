"""Vote counts typed and not recorded, brought back after an abrupt stop.

The hands counted and typed into a vote's boxes are not an action until the vote is recorded: the
session file does not hold them, and a killed app lost them (the room had to raise its hands again;
the phones' answers, which the file keeps, came back alone). So, as it keeps the stage and the phones
(stage_resume.py, phones_resume.py), the app keeps them in its preferences each time they change
(written at once: a kill loses nothing), and forgets them once they are recorded or emptied, or the
session is closed properly. Closing the console with counts typed asks first (closing_mid_vote.py);
quitting anyway records nothing and keeps them, as an abrupt stop would.

So are the hands typed on top of a vote the phones are asking (the room's hands without a phone,
added to the phones' answers when the vote closes): kept as such, apart from the answers, which the
phones send again once the vote is asked again (phones_resume.py).

Reopened on the same session after an abrupt stop (or a close during the vote), within RECENT_S of the app's last sign of life
for it, the counts are back in their boxes if that debate is still open and its vote not recorded
(hands typed on the phones' vote as well: the answers the session file holds stay beside them);
the recovery banner says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from bataille.ui.console.closing_mid_vote import reopened_under_way, say_when_reopened
from bataille.ui.console.phones_resume import alive_lately
from bataille.ui.settings import CountsLeft

if TYPE_CHECKING:
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController
    from bataille.ui.settings import Settings

# (debate, ((stage, counts), …), stages whose counts are hands typed on top of the phones' open vote)
Typed = tuple[int, tuple[tuple[str, tuple[int, int, int]], ...], tuple[str, ...]]


class CountsKept(QObject):
    """Writes the counts typed and not recorded each time they change."""

    def __init__(self, controller: SessionController, settings: Settings, seed: Callable[[], str | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller, self.settings, self.seed = controller, settings, seed
        self.left = settings.counts_left()  # read before anything here writes
        self._kept: Typed | None = None
        self.keeping = True
        self.held = False  # the console closes with them typed, the vote under way: kept (leave)
        controller.stepChanged.connect(self.keep)  # a count typed (the boxes say so: "next" may take it)
        controller.changed.connect(self.keep)  # recorded, undone, another debate

    def typed(self) -> Typed | None:
        taker, rnd = self.controller.vote_taker, self.controller.state.open_round
        counts = taker.typed_counts() if taker is not None and rnd is not None else {}
        on_phones = tuple(stage for stage in counts if taker.phones_answered(stage) is not None)
        return (rnd.number, tuple(counts.items()), on_phones) if counts else None

    def keep(self, *_args: object) -> None:
        now = self.typed()
        if not self.keeping or now == self._kept:
            return
        self._kept = now
        seed = self.seed()
        if now is not None and seed:
            self.settings.set_counts_left(CountsLeft(seed, now[0], now[1], time.time(), now[2]))
        else:
            self.settings.forget_counts_left()

    def leave(self) -> None:
        """The console closes with a vote under way (closing_mid_vote.py): the counts typed are written
        once more, now, and kept as an abrupt stop would keep them."""
        self._kept = None  # written again, even unchanged: their time is now
        self.keep()
        self.keeping, self.held = False, True

    def forget(self) -> None:
        """The session is closed properly (its typed counts recorded): nothing to bring back."""
        self.keeping = False
        if self.held:
            return
        self.settings.forget_counts_left()

    def left_here(self) -> CountsLeft | None:
        """The counts this session left typed, if the app was alive for it lately; else None."""
        left = self.left
        if left is None or left.seed != self.seed():
            return None
        return left if alive_lately(left.at, self.controller.session.events) else None


def keep_and_bring_back_counts(console: ConsoleWindow) -> CountsKept:
    """Keep the counts typed on the console's debate page; on a session recovered after an abrupt stop
    that left some, put them back in their boxes."""
    kept = CountsKept(console.controller, console.settings, console.phones.session_seed, console)
    console.closed.connect(kept.forget)
    under_way = reopened_under_way(console)  # closed mid-vote: back as after an abrupt stop
    left = kept.left_here() if console.controller.stopped_abruptly or under_way else None
    back = bring_back(console, left) if left is not None else ()
    if back:  # the banner is built with the panels; it says it once the console is shown
        on_phones = left.on_phones
        QTimer.singleShot(0, console, lambda: console.recovery_banner.counts_back(back, on_phones))
    say_when_reopened(console, bool(back))
    kept.keep()  # this session's record settled on what the boxes now hold
    return kept


def bring_back(console: ConsoleWindow, left: CountsLeft) -> tuple[tuple[str, tuple[int, int, int]], ...]:
    """The counts ``left`` typed, in the boxes of the votes still to record of the same debate: the
    hands typed, on the phones' vote too (its answers, which the session file holds, are shown beside
    them and added when the vote is recorded)."""
    c = console.controller
    rnd, taker = c.state.open_round, c.vote_taker
    if rnd is None or rnd.number != left.round or taker is None:
        return ()
    back = []
    for stage, counts in left.counts:
        if rnd.vote(stage) is None and (stage == "before" or rnd.before is not None):
            console.phase.debate.votes[stage].set_counts(*counts)  # the hands: the boxes never hold answers
            back.append((stage, counts))
    return tuple(back)
