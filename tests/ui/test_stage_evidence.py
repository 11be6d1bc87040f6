"""Every team's fact on the wall: with four teams each playing a card, the stage showed three (the
first team's went, under « Faits joués (4) »), and a figure shared its line with the team's name,
cut to « 6 … ». Now up to six cards, each with its team's name on a line of its own and its figure
whole; beyond six, the latest six, and the heading says so."""

from __future__ import annotations

import pytest

from bataille.deck.models import FactCard
from bataille.words import for_the_font

from .test_stage import SIZES
from .test_stage_scores import assert_legible_and_apart, stage_of


@pytest.mark.parametrize(("teams", "played"), [(2, 3), (4, 4), (6, 6), (6, 7)])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_each_fact_played_shows_its_team_and_whole_figure(qtbot, translations, bundled_deck, app_font, teams,
                                                          played, size) -> None:
    stage = stage_of(qtbot, bundled_deck, app_font, teams, "debate", size)
    s = stage.controller.session
    facts = sorted((c for c in bundled_deck.cards_of("fact") if isinstance(c, FactCard) and c.figure.get("fr")),
                   key=lambda c: -len(c.figure.get("fr")))  # the longest figures
    already = {e.card_id for e in s.state.open_round.evidence}
    ids = [t.id for t in s.state.teams]
    for i, card in enumerate(c for c in facts if c.id not in already):
        if len(s.state.open_round.evidence) == played:
            break
        s.play_evidence(ids[i % len(ids)], card.id)
    evidence = s.state.open_round.evidence
    assert len(evidence) == played
    scene = stage.build()
    shown = evidence[-6:]
    figures = [bundled_deck.card(e.card_id).figure.get("fr") for e in shown]
    assert scene.texts("evidence-figure") == [for_the_font(f) for f in figures]
    assert scene.texts("evidence-team") == [s.state.team(e.team_id).name for e in shown]
    heading = f"Faits joués ({played})" + (", les 6 derniers" if played > 6 else "")
    assert scene.texts("evidence-heading") == [heading]
    assert_legible_and_apart(scene, size, may_cut=("evidence",))  # a title may end in « … », never a figure
