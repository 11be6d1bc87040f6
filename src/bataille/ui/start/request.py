"""What the start screen asks of the launcher, apart from the screen itself.

A session opened from a file (``bataille --session FILE``) goes through the launcher without ever
showing the start screen, so these live here rather than beside the window (1.2 MiB of widgets'
code not loaded when a session opens on its own).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class DeckNotFoundError(Exception):
    """A session was played with a deck this computer cannot find (``deck_id``)."""

    def __init__(self, path: Path, deck_id: str, title: str = "", folder: str = "") -> None:
        super().__init__(f"{path.name} was run with the deck {deck_id!r}: open that deck first "
                         "(Other deck…), then the session.")
        self.deck_id = deck_id
        self.title = title  # the deck's title when a session last ran it here ("" when never)
        self.folder = folder  # where it was then ("" when never)


class NewSessionRequest(NamedTuple):  # not a dataclass: dataclasses cost a few ms to import at start
    """What the start screen asks for: a full session with teams, or a quick debate on one card."""

    lang: str
    minutes: int
    teams: tuple[tuple[str, str], ...] = ()
    debate_card: str | None = None  # set for a quick debate
