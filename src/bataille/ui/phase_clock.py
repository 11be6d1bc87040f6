"""The phase's clock, as the console and the stage show it: mm:ss, the seconds left, the last
minute, time up (with its beep), and a wake-up only when the shown second changes or actions wait
to be saved.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication


def format_clock(seconds: float | None) -> str:
    """mm:ss of a timer: counts down to 0:00, then up with a minus sign when over time."""
    if seconds is None:
        return "--:--"
    if seconds > 0:
        whole = math.ceil(seconds)
        return f"{whole // 60}:{whole % 60:02d}"
    whole = math.floor(-seconds)
    return f"−{whole // 60}:{whole % 60:02d}" if whole else "0:00"


class PhaseClock:
    """Mixed into SessionController (its ``session``, ``state``, ``tick`` and ``timeUp``)."""

    def _start_clock(self) -> None:
        """The phase's clock, woken only when the shown second changes (see _schedule)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may fire up to 5 % early, just before the second turns,
        # and then once more right after it (two wake-ups for one change on screen).
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)
        self.timer_ticks = 0  # for the idle test: how often the clock woke us
        self._schedule()
        self._time_up = self._is_time_up()

    def remaining(self) -> float | None:
        """Seconds left in the phase; over time, the whole overrun, below zero. (It stopped at minus
        the phase's length, so a phase 20 minutes over read −7:00, and « +1 min », which lengthens
        the phase, made it read −8:00: later, for more time given.)"""
        return self.session.remaining()

    @property
    def last_minute(self) -> bool:
        """The phase's timer runs and less than a minute is left: the stage and console warn."""
        left, phase = self.session.remaining(), self.state.agenda.current
        return phase is not None and phase.status == "running" and left is not None and 0 < left <= 60

    @property
    def time_up(self) -> bool:
        return self._time_up

    def _is_time_up(self) -> bool:
        phase = self.state.agenda.current
        return phase is not None and phase.remaining(self.session.now()) <= 0

    def _check_time_up(self) -> None:
        up = self._is_time_up()
        if up != self._time_up:
            self._time_up = up
            if up and self.beep_on_time_up:
                QApplication.beep()
            self.timeUp.emit(up)

    def _schedule(self) -> None:
        """Wake up when the shown second changes, only while a timer runs or actions wait to be saved."""
        phase = self.state.agenda.current
        if phase is None or phase.status != "running":
            if self.session.pending:
                self._timer.start(1000)  # retry writing once a second; stops once all is written
            else:
                self._timer.stop()
            return
        remaining = phase.remaining(self.session.now())
        fraction = remaining - math.floor(remaining)
        delay = fraction if fraction > 0.001 else 1.0
        self._timer.start(max(50, round(delay * 1000) + 20))

    def _on_tick(self) -> None:
        self.timer_ticks += 1
        if self.session.pending:
            self.retry_save()
        self._schedule()
        self._check_time_up()
        self.tick.emit()
