"""A check of the deck being edited, run off the typing: begun ``delay_ms`` after the last change, then
taken on ``slice_s`` at a time between the window's events, so that it never holds the window (what
the printed card cannot hold, ``print_fit``; what the stage would cut, ``warnings.StageWatch``, and of
the deck browsed, once loaded, ``problems.DeckStageWatch``)."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal


class SlicedWatch(QObject):
    """``_start`` (when the delay runs out) sets ``_check``, an iterator that yields None after each
    piece of work and its result last, and calls ``_go_on``; ``_done`` gets the result. A check that
    fails is printed and dropped: it must not stop the editing."""

    found = Signal()

    def __init__(self, delay_ms: int, slice_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check: Iterator | None = None
        self._slice_s = slice_s
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(delay_ms)
        self._delay.timeout.connect(self._start)
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.timeout.connect(self._go_on)

    @property
    def busy(self) -> bool:
        return self._delay.isActive() or self._check is not None

    def _start(self) -> None:
        raise NotImplementedError

    def _done(self, result) -> None:
        raise NotImplementedError

    def _go_on(self) -> None:
        if self._check is None:
            return
        until, result = time.monotonic() + self._slice_s, None
        try:
            while result is None and time.monotonic() < until:
                result = next(self._check)
        except Exception:  # a check that fails must not stop the editing
            traceback.print_exc(file=sys.stderr)
            self._check = None
            return
        if result is None:
            self._slice.start(0)  # the next piece, after the events waiting
            return
        self._check = None
        self._done(result)
