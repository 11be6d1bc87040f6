"""Errors a teacher can meet while exporting, each with a message they can act on."""

from __future__ import annotations

from .wording import ExportMessage


class ExportError(Exception):
    """An export could not be made; the message says why and what to do.

    Raised with an ``ExportMessage`` it can be told in French or English (``message_in``);
    ``str()`` is always the English text.
    """

    def __init__(self, message: str | ExportMessage = "", *args: object) -> None:
        self.wording = message if isinstance(message, ExportMessage) else None
        super().__init__(message.render("en") if isinstance(message, ExportMessage) else message, *args)

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` ("fr" or "en"); English when it was raised as plain text."""
        return self.wording.render(lang) if self.wording is not None else str(self)

    text = message_in


class CardsDoNotFit(ExportError):
    """Some card texts do not fit on the chosen card size, even at the smallest legible size."""

    def __init__(self, problems: list) -> None:
        self.problems = list(problems)
        lines = "\n".join(str(p) for p in self.problems)
        head = ExportMessage("problems.one" if len(self.problems) == 1 else "problems.many", count=len(self.problems))
        super().__init__(f"{head.render('en')}\n{lines}")

    def message_in(self, lang: str) -> str:
        """The count and every problem, one a line, in ``lang``."""
        key = "problems.one" if len(self.problems) == 1 else "problems.many"
        head = ExportMessage(key, count=len(self.problems)).render(lang)
        return "\n".join([head, *(p.text(lang) for p in self.problems)])

    text = message_in
