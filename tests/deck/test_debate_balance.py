"""The bundled deck's debate claims do not all lean one way.

Each debate card's claim is read as *restrictive* (agreeing with it would limit, ban, tax or
hold to account a use of AI, or it judges AI harmful) or *permissive* (agreeing with it would
allow or welcome a use of AI, or it judges AI's effects acceptable). The reading of every
claim is written down below, so a new debate card fails this test until someone has read its
claim and said which way it leans, and so does a claim whose words have changed since it was
read (its English words are kept with the reading). Within each theme the two kinds differ by at most one, and
so do they over the whole deck: a class that agrees with every claim it hears does not end up
arguing only against AI, nor only for it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bataille.deck import Deck, bundled_deck_path, load_deck

RESTRICTIVE = "restrictive"
PERMISSIVE = "permissive"

# Card id -> (the way its claim leans, the English claim it was read from).
LEANING: dict[str, tuple[str, str]] = {
    # reliability
    "rel-debate-label": (
        RESTRICTIVE,
        "Every piece of content created or altered by AI should carry a mandatory visible"
        " label.",
    ),
    "rel-debate-chatbot-news": (PERMISSIVE, "A chatbot can be trusted as a source of news."),
    "rel-debate-liability": (
        RESTRICTIVE,
        "When an AI gives false information, the company that provides it should be held "
        "responsible, not the person using it.",
    ),
    "rel-debate-voice-cloning": (
        RESTRICTIVE,
        "Tools that can imitate a real person’s voice or face should be banned for the "
        "general public.",
    ),
    "rel-debate-seeing-believing": (
        PERMISSIVE,
        "Despite AI, we will still be able to trust a photo or a video, as long as we "
        "check where it comes from.",
    ),
    # environment
    "env-debate-footprint-label": (
        RESTRICTIVE,
        "Every AI answer should display its energy and water footprint.",
    ),
    "env-debate-freeze-datacentres": (
        RESTRICTIVE,
        "New data centres should be frozen until the electricity grid is decarbonised.",
    ),
    "env-debate-thank-you": (RESTRICTIVE, "Saying “thank you” to an AI is a waste of energy."),
    "env-debate-efficiency": (
        PERMISSIVE,
        "Technical progress will make AI efficient enough that its environmental impact "
        "stops being a problem.",
    ),
    "env-debate-climate-benefits": (
        PERMISSIVE,
        "AI’s benefits for the climate will far outweigh its own environmental footprint.",
    ),
    # bias
    "bias-debate-fixable": (
        PERMISSIVE,
        "A biased AI is less of a problem than a biased human, because it can be measured"
        " and fixed.",
    ),
    "bias-debate-public-checks": (
        RESTRICTIVE,
        "Public bodies should never use algorithms to decide whom to investigate.",
    ),
    "bias-debate-hiring": (
        RESTRICTIVE,
        "Companies should not be allowed to let an AI screen job applications.",
    ),
    "bias-debate-mirror": (
        PERMISSIVE,
        "An AI that repeats stereotypes just mirrors society: it is not its job to "
        "correct it.",
    ),
    "bias-debate-face-recognition": (
        PERMISSIVE,
        "The police should be allowed to use facial recognition in public spaces, with a "
        "judge’s approval.",
    ),
    # creativity
    "cre-debate-contests": (
        RESTRICTIVE,
        "An AI-generated image should not be allowed to win an art competition.",
    ),
    "cre-debate-pay-creators": (
        RESTRICTIVE,
        "AI companies must pay the creators whose work was used to train their models.",
    ),
    "cre-debate-prompt-author": (
        PERMISSIVE,
        "The person who writes the prompt is the author of the generated image.",
    ),
    "cre-debate-artist-style": (
        PERMISSIVE,
        "Using AI to imitate a living artist’s style should remain allowed.",
    ),
    "cre-debate-ai-music": (
        PERMISSIVE,
        "Streaming platforms should accept fully AI-generated tracks like any others, as "
        "long as they are labelled as such.",
    ),
    # society
    "soc-debate-homework": (RESTRICTIVE, "Schools should ban generative AI for homework."),
    "soc-debate-click-workers": (
        RESTRICTIVE,
        "The click-workers who train AI should have the same rights as the employees of "
        "AI companies.",
    ),
    "soc-debate-europe-regulates": (
        PERMISSIVE,
        "Europe regulates AI too much and innovates too little.",
    ),
    "soc-debate-public-photos": (
        PERMISSIVE,
        "Posting a photo online means accepting that it may be used to train AI.",
    ),
    "soc-debate-ai-tax": (
        RESTRICTIVE,
        "Companies that replace workers with AI should pay a special tax.",
    ),
    "soc-debate-companions-minors": (
        RESTRICTIVE,
        "AI companions, chatbots built for personal conversation, should be banned for "
        "under-18s.",
    ),
    "soc-debate-open-models": (
        PERMISSIVE,
        "AI models should be released openly, so that anyone can study, change and use "
        "them.",
    ),
    "soc-debate-who-enforces": (
        PERMISSIVE,
        "To enforce AI rules, voluntary commitments by companies work better than "
        "penalties from an authority.",
    ),
}


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(bundled_deck_path())


def test_every_debate_claim_has_been_read_for_its_leaning(deck: Deck) -> None:
    debates = {card.id for card in deck.cards_of("debate")}
    unread = sorted(debates - LEANING.keys())
    gone = sorted(LEANING.keys() - debates)
    assert not unread, f"say in LEANING which way these claims lean: {unread}"
    assert not gone, f"these debate cards are no longer in the deck: {gone}"
    assert {leaning for leaning, _ in LEANING.values()} <= {RESTRICTIVE, PERMISSIVE}


def test_each_reading_is_of_the_claim_the_card_makes_today(deck: Deck) -> None:
    changed = [
        f"{card.id}: the claim now reads {card.claim.get('en')!r}; read it again and update LEANING"
        for card in deck.cards_of("debate")
        if card.id in LEANING and card.claim.get("en") != LEANING[card.id][1]
    ]
    assert not changed, "\n".join(changed)


def _leaning(card_id: str) -> str | None:
    return LEANING[card_id][0] if card_id in LEANING else None


def _unbalanced(counts: Counter[str]) -> bool:
    return abs(counts[RESTRICTIVE] - counts[PERMISSIVE]) > 1


def test_each_theme_balances_restrictive_and_permissive_claims(deck: Deck) -> None:
    bad = []
    for theme in deck.themes:
        counts = Counter(_leaning(card.id) for card in deck.cards_of("debate", theme.id))
        if _unbalanced(counts):
            bad.append(f"{theme.id}: {counts[RESTRICTIVE]} restrictive, {counts[PERMISSIVE]} permissive")
    assert not bad, "\n".join(bad)


def test_the_whole_deck_balances_restrictive_and_permissive_claims(deck: Deck) -> None:
    counts = Counter(_leaning(card.id) for card in deck.cards_of("debate"))
    assert not _unbalanced(counts), dict(counts)


def test_an_unbalanced_theme_is_caught() -> None:
    assert _unbalanced(Counter({RESTRICTIVE: 4, PERMISSIVE: 1}))
    assert not _unbalanced(Counter({RESTRICTIVE: 3, PERMISSIVE: 2}))
