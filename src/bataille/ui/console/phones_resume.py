"""The phones brought back after an abrupt stop.

While the phones are on, the app keeps in its preferences what they are doing: the session (its
room code's seed), the address they open, the question whose vote is open on them, or the debrief's
feedback asked. Turned off, it forgets. Killed meanwhile (a frozen laptop, a dead battery), it has
not forgotten: reopened on the same session after an abrupt stop (``SessionFile.stopped_abruptly``)
within RECENT_S, it turns the phones on again at that address and asks the same again. The room's
phones, which went on knocking at the same address and room code, come back by themselves, and each
sends the answer it had given (the page keeps it, see docs/phones.md): the vote goes on where it
was, without a click.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from bataille.ui.settings import PhonesLeftOn

if TYPE_CHECKING:
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.phones import Phones
    from bataille.ui.settings import Settings

# As Enter on the start screen resumes only a workshop written to in the last three hours: older, the
# room the phones were in has gone home.
RECENT_S = 3 * 3600


class PhonesKept(QObject):
    """Writes what the phones are doing each time it changes (written at once: a kill loses nothing)."""

    def __init__(self, phones: Phones, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phones, self.settings = phones, settings
        self.left = settings.phones_left_on()  # read before anything here turns them on or off
        phones.stateChanged.connect(self.keep)
        phones.openVoteChanged.connect(self.keep)

    def keep(self, *_args: object) -> None:
        seed = self.phones.session_seed()
        server = self.phones.server
        if self.phones.on and seed and server is not None and server.port:
            self.settings.set_phones_left_on(PhonesLeftOn(seed, self.phones.address, server.port, self.phones.open_vote,
                                                          self.phones.asking_feedback, time.time()))
        else:
            self.settings.forget_phones_left_on()

    def left_here(self) -> PhonesLeftOn | None:
        """What the app left the phones doing for this session, lately; else None."""
        left = self.left
        if left is None or left.seed != self.phones.session_seed() or not 0 <= time.time() - left.at <= RECENT_S:
            return None
        return left


def keep_and_bring_back(console: ConsoleWindow) -> PhonesKept:
    """Keep what the console's phones do; on a session recovered after an abrupt stop that left them
    on, bring them back once the console is built: on, the join screen not in the room's way, their
    vote asked again when it is still the open debate's."""
    kept = PhonesKept(console.phones, console.settings, console)
    left = kept.left_here() if console.controller.stopped_abruptly else None
    if left is not None:
        QTimer.singleShot(0, console, lambda: bring_back(console, left))
    return kept


def bring_back(console: ConsoleWindow, left: PhonesLeftOn) -> None:
    phones = console.phones
    if phones.on or not console.phones_panel.turn_on_at(left.address, left.port):
        return  # already on, or that network is gone: the banner asks the facilitator, as before
    phones.give_way()  # the stage stays on the workshop: the phones know their way back
    if left.question is not None:
        asked = console.phase.debate.ask_again_after_a_stop(left.question)
    else:
        asked = left.feedback and console.phase.debrief.ask_feedback_again_after_a_stop()
    console.recovery_banner.phones_back(True, asked)
