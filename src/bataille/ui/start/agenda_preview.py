"""The start screen's agenda under the session's length: each phase and its minutes, as the
console's agenda will list them, so that choosing "1 hour" shows what it shortens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:  # the start screen paints before the deck's code is imported
    from bataille.deck.models import Deck


class AgendaPreview(QLabel):
    """A phase a line ("La frise de l’IA — 20 min"); empty before the deck is read."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("agendaPreview")
        self.setWordWrap(True)

    def show_plan(self, deck: Deck | None, minutes: int | None, lang: str) -> None:
        if deck is None or minutes is None:
            self.clear()
            return
        from bataille.workshop import SetupError  # the engine: once the deck is there, not before
        from bataille.workshop.actions_setup import agenda_plan

        try:
            plan = agenda_plan(deck, minutes, None)
        except SetupError:  # a deck without an agenda, or too many phases for the time
            self.clear()
            return
        self.setText("\n".join(f"{deck.phase_title(phase_id, lang)} — {phase_minutes} min"
                               for phase_id, _kind, phase_minutes in plan))
