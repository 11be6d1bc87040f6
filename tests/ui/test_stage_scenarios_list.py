"""The scenarios phase before any team has a scenario: the stage lists the deck's scenarios, all of
them (a deck with a fifth one once showed only the first four, the fifth dropped without a word), or
as many as the picture holds and how many more."""

from __future__ import annotations

import dataclasses

import pytest

from bataille.words import for_the_font

from .test_stage import SIZES
from .test_stage_scores import assert_legible_and_apart, stage_of


def _with_scenarios(deck, count: int):
    base = deck.scenarios
    more = [dataclasses.replace(base[i % len(base)], id=f"extra-{i}") for i in range(count - len(base))]
    return dataclasses.replace(deck, scenarios=(*base, *more))


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("count", [5, 6, 12])
def test_every_scenario_is_listed_or_counted(qtbot, translations, bundled_deck, app_font, size, count) -> None:
    deck = _with_scenarios(bundled_deck, count)
    stage = stage_of(qtbot, deck, app_font, 4, "debate", size)
    s = stage.controller.session
    s.close_round()
    s.start_phase()  # the scenarios: no team has one yet
    scene = stage.build()
    assert_legible_and_apart(scene, size)
    lines = scene.texts("message-line")
    titles = [for_the_font(sc.title.get("fr")) for sc in deck.scenarios]
    if count == 5 and size[1] >= 1080:
        assert lines == titles  # a fifth scenario, on a projector: listed with the others
    if lines == titles:
        return
    shown, more = lines[:-1], lines[-1]
    assert shown == titles[:len(shown)] and more == f"+ {len(titles) - len(shown)} autres"
