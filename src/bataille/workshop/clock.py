"""Where the engine gets the time: injected, so tests (and replays) control it."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything with ``now()`` returning seconds since the epoch."""

    def now(self) -> float: ...


class SystemClock:
    """The wall clock: timestamps stay meaningful across a restart of the app."""

    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that moves only when told to (tests, demos)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``."""
        self._now += seconds

    def set(self, now: float) -> None:
        """Jump to an absolute time."""
        self._now = float(now)
