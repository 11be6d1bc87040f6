"""The guide's annex of fact cards: theme by theme, each card's figure, whether it is contested
(and then what its notes say is disputed) and its sources in short, for the facilitator to answer
"where does that come from?" without the card in hand."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, TableStyle

from bataille.deck.models import Deck, FactCard
from bataille.words import Catalogue

from .deck_order import in_workshop_order
from .guide_parts import p, table
from .wording import word as card_word

_FACTS: dict[str, tuple[str, str]] = {
    "title": ("Annexe : les cartes « fait »", "Annex: the fact cards"),
    "intro": (
        "Par thème, dans l’ordre du jeu : le chiffre de chaque carte, s’il est contesté ce qu’en disent "
        "les notes, et ses sources en bref (le détail est dans « Sources »).",
        "By theme, in the deck’s order: each card’s figure, what its notes say when it is contested, "
        "and its sources in short (the details are under “Sources”).",
    ),
    "card": ("Carte", "Card"),
    "figure": ("Chiffre", "Figure"),
    "sources": ("Sources", "Sources"),
}
FACTS = Catalogue("guide fact cards", _FACTS)


def fact_cards(deck: Deck, lang: str, st) -> list:
    """The annex (nothing when the deck has no fact cards)."""
    facts = [card for card in in_workshop_order(deck) if isinstance(card, FactCard)]
    if not facts:
        return []
    out = [p(FACTS.text("title", lang), st["h1"]), p(FACTS.text("intro", lang), st["small"])]
    themes = [theme.id for theme in deck.themes]
    for theme_id in [*themes, None]:
        cards = [c for c in facts if (c.theme if c.theme in themes else None) == theme_id]
        if not cards:
            continue
        rows = [[p(FACTS.text(k, lang), st["cellb"]) for k in ("card", "figure", "sources")]]
        for card in cards:
            named = [p(card.title.get(lang), st["cell"])]
            figure = [p(card.figure.get(lang), st["cellb"])]
            if card.contested:
                figure.append(p(card_word("contested", lang), st["cellnote"]))
                if card.notes:
                    named.append(p(card.notes.get(lang), st["cellnote"]))
            rows.append([named, figure, p(" · ".join(s.short(lang) for s in card.sources), st["cellnote"])])
        name = deck.theme(theme_id).name.get(lang) if theme_id else "—"
        # a theme's title never alone at a page's foot, and a long table not pushed whole to the next page
        ruled = table(rows, [85 * mm, 32 * mm, 53 * mm])
        ruled.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        out += [CondPageBreak(40 * mm), p(name, st["h2"]), ruled]
    return out
