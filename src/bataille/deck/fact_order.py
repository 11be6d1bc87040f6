"""The fact cards in the order a facilitator looks for them during a debate.

The open debate's theme first, its facts closest to the debate first; then every other theme, in the
deck's order. How close a fact is to a debate is a count anyone can check by reading both cards: the
significant words the fact (its title and its text) shares with the debate card (its title, its
claim and its context), accents and case folded, a plural's final « s » or « x » dropped, short
words and the commonest words left out (« l’IA » is in every card: it tells none apart).
"""

from __future__ import annotations

import re

from . import search
from .models import DebateCard, Deck, FactCard

MIN_LETTERS = 4  # shorter words (« IA », « les », « pour »…) say nothing about what a card is about
_WORD = re.compile(r"[^\W\d_]+")  # letters only: « l’école » is « l » and « école »
# Words of four letters or more that any card may hold, in French and in English.
_COMMON_WORDS = """
    ainsi aussi autre avec avoir cela celle celui cette comme dans deja depuis deux donc elle entre
    encore etait etaient etre fait faire fois jour leur mais meme moins nous part peut plus pour puis
    quand quel quelle sans selon sont souvent sous temps tous tout toute tres trois vous votre
    about after already also been before does every from have into just like made more most much
    often only other over since some still such than that their them then there these they this
    those time under very were what when which will with would year
"""


def stem(word: str) -> str:
    """``word`` as it is compared: folded as the deck's search folds it (lower case, no accents), and
    without its plural mark (« Écoles » is « ecole »)."""
    bare = search.fold(word)
    return bare[:-1] if len(bare) > MIN_LETTERS and bare[-1] in "sx" else bare


_COMMON = frozenset(stem(w) for w in _COMMON_WORDS.split())


def significant_words(text: str) -> frozenset[str]:
    """The words of ``text`` that say what it is about, folded (see ``stem``)."""
    folded = (stem(w) for w in _WORD.findall(text) if len(w) >= MIN_LETTERS)
    return frozenset(w for w in folded if w not in _COMMON)


def debate_words(debate: DebateCard, lang: str) -> frozenset[str]:
    """The significant words of a debate card: its title, its claim, its context."""
    return significant_words(" ".join((debate.title.get(lang), debate.claim.get(lang), debate.context.get(lang))))


def fact_words(fact: FactCard, lang: str) -> frozenset[str]:
    """The significant words of a fact card: its title and its text."""
    return significant_words(f"{fact.title.get(lang)} {fact.text.get(lang)}")


def shared_words(fact: FactCard, debate: DebateCard, lang: str) -> frozenset[str]:
    """The significant words ``fact`` (its title and its text) shares with ``debate``."""
    return fact_words(fact, lang) & debate_words(debate, lang)


def fact_score(fact: FactCard, debate: DebateCard, lang: str) -> int:
    """How close ``fact`` is to ``debate``: how many significant words they share."""
    return len(shared_words(fact, debate, lang))


def facts_by_theme(deck: Deck, debate: DebateCard | None, lang: str) -> list[tuple[str, list[FactCard]]]:
    """The deck's fact cards, grouped by theme: the debate's theme first, its facts by closeness to
    the debate (most shared words first, the deck's order between equals), then the other themes in
    the deck's order, each in the deck's order. Without a debate: every theme in the deck's order."""
    facts = [card for card in deck.cards_of("fact") if isinstance(card, FactCard)]
    order = [t.id for t in deck.themes]
    order += [card.theme for card in facts if card.theme not in order]  # a fact of a theme the deck lacks
    first = debate.theme if debate is not None else None
    groups: list[tuple[str, list[FactCard]]] = []
    for theme in ([first] if first in order else []) + [t for t in dict.fromkeys(order) if t != first]:
        mine = [card for card in facts if card.theme == theme]
        if theme == first:  # sorted is stable: the deck's order between equals
            wanted = debate_words(debate, lang)  # once, not for each fact
            mine.sort(key=lambda card: -len(fact_words(card, lang) & wanted))
        if mine:
            groups.append((theme, mine))
    return groups
