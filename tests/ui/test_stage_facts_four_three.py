"""Facts played on a 4:3 projector (1024×768) and a 5:4 screen (1280×1024): five facts of the deck's
first debate showed their teams and figures alone (« 51 % » under « Les Loutres », not one title:
their titles lacked 20 px, and the rows shared that lack out among them all); now every card with its
team and figure whole (« 5,85\u00a0milliards » was cut in a third of a 5:4 screen: those cards go two
a row), and as many titles whole as the room holds (three of the five), none cut; three
facts, one titled « Des images «\u00a0déshabillées\u00a0» sans consentement », cut it to « Des
images … » (its word held by no-break spaces wider than a third of the card), now laid out two and
one, the title whole and its quotes not doubled."""

from __future__ import annotations

import re

import pytest

from bataille.words import for_the_font

from .test_stage_debate_facts_and_close import debate_of

FOUR_THREE = [(1024, 768), (1280, 1024)]


def facts_read_whole(scene, titles: bool = True) -> list[str]:
    """What is wrong with the fact cards drawn: a card without its team or its figure (or its title,
    with ``titles``), a text cut, two texts over each other."""
    wrong = []
    teams, figures, said = (scene.texts(role) for role in ("evidence-team", "evidence-figure", "evidence"))
    if len(teams) != len(figures) or (titles and len(said) != len(figures)):
        wrong.append(f"{len(teams)} teams, {len(figures)} figures, {len(said)} titles")
    texts = [t for t in scene.text_items() if t.text.strip()]
    wrong += [f"cut {t.role} {t.text!r}" for t in texts if t.cut]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            overlap = a.used.intersected(b.used)
            if a.role.startswith("evidence") and overlap.width() > 2 and overlap.height() > 2:
                wrong.append(f"{a.text!r} over {b.text!r}")
    return wrong


@pytest.mark.parametrize("size", FOUR_THREE, ids=lambda size: f"{size[0]}x{size[1]}")
def test_five_facts_keep_every_card_and_their_titles_whole(qtbot, translations, bundled_deck, app_font, size) -> None:
    for theme in bundled_deck.themes:
        stage = debate_of(qtbot, bundled_deck, app_font, theme.id)
        s = stage.controller.session
        for team, card in zip([t.id for t in s.state.teams], bundled_deck.cards_of("fact", theme.id)[:5], strict=True):
            s.play_evidence(team, card.id)
        stage.resize(*size)
        scene = stage.build()
        assert facts_read_whole(scene, titles=False) == [], theme.id
        assert scene.texts("evidence-team") == [t.name for t in s.state.teams], theme.id
        assert scene.texts("evidence-heading") == ["Faits joués (5)"], theme.id
        if theme.id == "reliability":  # not one title before
            assert len(scene.texts("evidence")) >= 3, scene.texts("evidence")


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_title_with_its_own_quotes_reads_whole_quoted_once(qtbot, translations, bundled_deck, app_font,
                                                            size) -> None:
    stage = debate_of(qtbot, bundled_deck, app_font, "reliability")
    s = stage.controller.session
    facts = bundled_deck.cards_of("fact", "reliability")
    undressed = next(card for card in facts if card.id == "rel-grok-undressing")
    for team, card in zip([t.id for t in s.state.teams][:3], [undressed, *facts[:2]], strict=True):
        s.play_evidence(team, card.id)
    stage.resize(*size)
    scene = stage.build()
    assert facts_read_whole(scene) == []
    [title] = [t for t in scene.texts("evidence") if "déshabillées" in t]
    assert title.split() == for_the_font(undressed.title.get("fr")).split()
    assert len(re.findall("«", title)) == 1 and len(re.findall("»", title)) == 1
