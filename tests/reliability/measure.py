"""Measure one call: wall time and peak Python memory (tracemalloc), and what it raised."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass
class Measured:
    """The outcome of one measured call."""

    seconds: float
    peak_bytes: int
    result: object = None
    error: BaseException | None = None


def measure(fn: Callable[[], object], trace_memory: bool = True) -> Measured:
    """Run ``fn`` once; catch whatever it raises so the caller can judge the exception type."""
    started_here = trace_memory and not tracemalloc.is_tracing()
    if started_here:
        tracemalloc.start()
    if trace_memory:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
    t0 = time.perf_counter()
    result: object = None
    error: BaseException | None = None
    try:
        result = fn()
    except Exception as exc:  # the caller asserts on the type; we only record it
        error = exc
    seconds = time.perf_counter() - t0
    peak = 0
    if trace_memory:
        peak = tracemalloc.get_traced_memory()[1] - base
        if started_here:
            tracemalloc.stop()
    return Measured(seconds, peak, result, error)


def best_of(runs: int, fn: Callable[[], object]) -> Measured:
    """The fastest of ``runs`` untraced calls: the cost of the work, not of a busy machine."""
    return min((measure(fn, trace_memory=False) for _ in range(runs)), key=lambda m: m.seconds)
