"""The order the workshop runs a deck in, for what prints it: the themes in the deck's order
(``themes:`` in deck.yaml, as the start screen, the debates and the deck window run them), each
theme's cards in the deck's order, then the timeline's events.

The deck's own ``cards`` come in the order of its files (bias.yaml, creativity.yaml…, alphabetical),
which is not the workshop's: the guide and the card sheets go through here.
"""

from __future__ import annotations

from collections.abc import Iterable

from bataille.deck.models import Card, Deck, EventCard


def in_workshop_order(deck: Deck, cards: Iterable[Card] | None = None) -> tuple[Card, ...]:
    """``cards`` (default: the whole deck) as the workshop runs them: the fact and debate cards
    theme by theme in the deck's order of themes, each theme's in deck order; then the event cards
    and any card of no known theme, in deck order."""
    rank = {theme.id: i for i, theme in enumerate(deck.themes)}
    last = len(rank)

    def place(card: Card) -> int:
        return last if isinstance(card, EventCard) else rank.get(card.theme, last)

    return tuple(sorted(deck.cards if cards is None else cards, key=place))  # stable: deck order within


def theme_ids(deck: Deck) -> list[str]:
    """The deck's theme ids in its own order, to list them (``reliability, environment, bias…``)."""
    return [theme.id for theme in deck.themes]
