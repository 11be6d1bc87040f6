"""Errors a teacher can meet while exporting, each with a message they can act on."""

from __future__ import annotations


class ExportError(Exception):
    """An export could not be made; the message says why and what to do."""


class CardsDoNotFit(ExportError):
    """Some card texts do not fit on the chosen card size, even at the smallest legible size."""

    def __init__(self, problems: list) -> None:
        self.problems = list(problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{len(self.problems)} card text(s) do not fit:\n{lines}")
