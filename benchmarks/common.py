"""Shared helpers for benchmarks: best-of timing and the row format every bench returns."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the rest of the machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def row(name: str, value: float, unit: str, floor: float, target: str, ok: bool) -> dict:
    """One line of the table: the figure, the floor it is compared with, and the target."""
    return {"name": name, "value": value, "unit": unit, "floor": floor,
            "ratio": value / floor if floor else float("nan"), "target": target, "ok": ok}
