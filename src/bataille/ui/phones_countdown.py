"""The countdown that closes the phones' open vote, held while the session's timer is paused.

The room steps out (a fire drill) and the facilitator pauses: the phase's clock stops, and so does
the vote's countdown, its seconds left kept; resumed (or the pause taken back, Ctrl+Z), it goes on
from there. It used to run on: the vote closed while the room was outside. While it holds, the
stage, the console and the phones show the seconds it keeps, standing still (the server tells the
phones those seconds, ``held``, and how many are left once it runs again: a phone counts them down itself).
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class VoteCountdown(QObject):
    """Running: ``ends`` (time.monotonic()); held: ``held`` (the seconds it keeps); else none."""

    changed = Signal()  # the whole seconds left (``seconds``) changed, or it held or went on
    ranOut = Signal()  # its time is over: the open vote closes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ends: float | None = None
        self.held: float | None = None
        self.paused = False  # the session's timer is paused: a countdown started now holds at once
        self._said: tuple[int | None, bool] = (None, False)  # what ``changed`` said last: none
        # Wakes once a second, when the seconds shown change; coarse: it may wake early, then sleeps the rest.
        self.ticker = QTimer(self, singleShot=True)
        self.ticker.timeout.connect(self.tick)
        # Precise: Qt's default (coarse) timer may fire up to 5 % early, 3 s of a minute the phones
        # count down to the second.
        self.closer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self.closer.timeout.connect(self._over)

    def start(self, seconds: float) -> float | None:
        """A countdown of ``seconds`` (0: none) for the vote just asked; when it ends, if it runs now."""
        self.stop()
        if seconds > 0:
            if self.paused:
                self.held = float(seconds)
            else:
                self.ends = time.monotonic() + seconds
                self.closer.start(round(seconds * 1000))
        self.tick()
        return self.ends

    def left(self) -> float | None:
        """The seconds left, exactly (held: those it keeps); None when no countdown closes the vote."""
        if self.held is not None:
            return self.held
        return None if self.ends is None else max(0.0, self.ends - time.monotonic())

    def seconds(self) -> int | None:
        """The whole seconds left, rounded up: "0:01" until it closes."""
        left = self.left()
        return None if left is None else math.ceil(left)

    def hold(self, paused: bool) -> bool:
        """The session's timer paused (True) or running: the countdown holds or goes on. True when it did."""
        if paused == self.paused:
            return False
        self.paused = paused
        if paused and self.ends is not None:
            self.held, self.ends = max(0.0, self.ends - time.monotonic()), None
            self.closer.stop()
            self.ticker.stop()
        elif not paused and self.held is not None:
            self.ends, self.held = time.monotonic() + self.held, None
            self.closer.start(max(0, round((self.ends - time.monotonic()) * 1000)))
        else:
            return False
        self.tick()
        return True

    def tick(self) -> None:
        """Says when the seconds left change (or it holds), and wakes again when they next will."""
        left, seconds = self.left(), self.seconds()
        said = (seconds, self.held is not None)
        if said != self._said:
            self._said = said
            self.changed.emit()
        if self.ends is not None and seconds:
            self.ticker.start(max(1, math.ceil((left - (seconds - 1)) * 1000)))

    def stop(self) -> None:
        self.closer.stop()
        self.ticker.stop()
        had = self.ends is not None or self.held is not None
        self.ends = self.held = None
        if had or self._said != (None, False):
            self._said = (None, False)
            self.changed.emit()

    def _over(self) -> None:
        if self.ends is None:
            return
        rest = self.ends - time.monotonic()
        if rest > 0.001:  # woken early: sleeps the rest
            self.closer.start(max(1, math.ceil(rest * 1000)))
            return
        self.tick()
        self.ranOut.emit()
