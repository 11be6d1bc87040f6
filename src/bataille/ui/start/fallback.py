"""Another deck to run the workshop on when the one given at launch has problems.

The last deck the start screen took (remembered in the settings), else the bundled deck: never the
broken folder itself, and only a deck that loads now.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bataille.deck import Deck, bundled_deck_path, load_deck


@dataclass(frozen=True)
class Fallback:
    deck: Deck
    remembered: bool  # the last deck that loaded (True) or the bundled deck (False)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return False


def fallback_deck(remembered: str, broken: Path) -> Fallback | None:
    """The deck to offer in place of the one at ``broken``; None when there is none that loads."""
    bundled = bundled_deck_path()
    candidates = [(Path(remembered), True)] if remembered else []
    candidates.append((bundled, False))
    for folder, is_remembered in candidates:
        if _same(folder, broken) or (is_remembered and _same(folder, bundled) and not _same(bundled, broken)):
            continue  # the bundled deck remembered is offered as the bundled deck, below
        try:
            deck = load_deck(folder)
        except Exception:  # noqa: BLE001 - DeckError, OSError: that one is not offered
            continue
        if _same(deck.root, broken):
            continue
        return Fallback(deck, is_remembered)
    return None
