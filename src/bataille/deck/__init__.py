"""The deck: card, theme, source, scenario and agenda models, and their YAML reader (no Qt)."""

from .loader import bundled_deck_path, deck_files, find_deck_root, load_deck
from .models import (
    CARD_KINDS,
    PHASE_KINDS,
    Agenda,
    Card,
    DebateCard,
    Decision,
    Deck,
    EventCard,
    FactCard,
    Indicator,
    Name,
    Option,
    Phase,
    Scenario,
    Source,
    Text,
    Theme,
)
from .problems import DeckError, Problem

__all__ = [
    "CARD_KINDS", "PHASE_KINDS", "Agenda", "Card", "DebateCard", "Deck", "DeckError", "Decision",
    "EventCard", "FactCard", "Indicator", "Name", "Option", "Phase", "Problem", "Scenario", "Source", "Text",
    "Theme", "bundled_deck_path", "deck_files", "find_deck_root", "load_deck",
]
