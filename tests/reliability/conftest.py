"""Reliability tests: print the figures they measured at the end of the run (see docs/reliability.md)."""

from __future__ import annotations

from .figures import COUNTS, FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if not COUNTS and not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for name, n in sorted(COUNTS.items()):
        terminalreporter.write_line(f"{name}: {n}")
    for section, lines in FIGURES.items():
        terminalreporter.write_line(f"[{section}]")
        for line in lines:
            terminalreporter.write_line(f"  {line}")
