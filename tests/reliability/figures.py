"""Figures the reliability tests measure (cases tried, memory, latency), printed after the run."""

from __future__ import annotations

from collections import defaultdict

FIGURES: dict[str, list[str]] = defaultdict(list)
COUNTS: dict[str, int] = defaultdict(int)


def count(name: str, n: int = 1) -> None:
    """Add ``n`` to the counter ``name`` (e.g. fuzz cases tried)."""
    COUNTS[name] += n


def note(section: str, line: str) -> None:
    """Keep one line of figures for ``section``."""
    FIGURES[section].append(line)
