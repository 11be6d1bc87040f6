"""Measure one call: wall time, this process's CPU time, peak Python memory (tracemalloc), and what it raised.

The hang guards compare CPU time: what the call itself costs, which other programs on a busy
machine do not inflate as they inflate the wall clock.
"""

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
    cpu_seconds: float = 0.0


def measure(fn: Callable[[], object], trace_memory: bool = True) -> Measured:
    """Run ``fn`` once; catch whatever it raises so the caller can judge the exception type."""
    started_here = trace_memory and not tracemalloc.is_tracing()
    if started_here:
        tracemalloc.start()
    if trace_memory:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    result: object = None
    error: BaseException | None = None
    try:
        result = fn()
    except Exception as exc:  # the caller asserts on the type; we only record it
        error = exc
    seconds, cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
    peak = 0
    if trace_memory:
        peak = tracemalloc.get_traced_memory()[1] - base
        if started_here:
            tracemalloc.stop()
    return Measured(seconds, peak, result, error, cpu_seconds)


def best_of(runs: int, fn: Callable[[], object]) -> Measured:
    """The cheapest of ``runs`` untraced calls in CPU time: the cost of the work, not of a busy machine."""
    return min((measure(fn, trace_memory=False) for _ in range(runs)), key=lambda m: m.cpu_seconds)
