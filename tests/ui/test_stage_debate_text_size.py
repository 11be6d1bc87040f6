"""The debate with both votes and facts played, at a larger text size on a 4:3 or 5:4 projector and in a
stage window narrower still. The facts' titles, larger, took the card's room down to what its claim
needs at its smallest, so the claim read smaller than at 100 % and the whole picture fell back to
100 % (1024×768 and 1280×1024 at 150 %, two teams; 784×720 at 125 and 150 %, six). The card now keeps
its 100 % height before the titles take their share: the debate holds a larger step everywhere."""

from __future__ import annotations

import pytest

from bataille.ui.stage.layout import _held_step
from bataille.ui.stage.room_words import to_the_room

from .test_stage_text_size import _stage, debate_voted_with_facts, wrong

SIZES = [(1024, 768), (1280, 1024), (784, 720)]


@pytest.mark.parametrize("teams", [2, 6])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_debate_with_votes_and_facts_holds_a_larger_text_size_on_a_classroom_projector(
        qtbot, translations, bundled_deck, app_font, lang, teams) -> None:
    translations.set_language(lang)
    stage = _stage(qtbot, bundled_deck, app_font, lang, teams)
    debate_voted_with_facts(stage, 2)
    held = {}
    with to_the_room(lang):
        for size in SIZES:
            for percent in (125, 150):
                scene, step = _held_step(stage.context(), *size, stage.font(), percent / 100)
                assert not wrong(scene), (size, percent, wrong(scene))
                held[size, percent] = step
    assert all(step > 1 for step in held.values()), held
