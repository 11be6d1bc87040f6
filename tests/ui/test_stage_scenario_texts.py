"""Every text of the bundled scenarios reads whole on the stage: each introduction, decision, option,
consequence and epilogue, in French and in English, on a 720p projector and a 4:3 one. The stage
cuts a text it cannot fit even at its smallest size with « … »; the room would never read the end
of a consequence, and nothing but the stage lays these texts out at their projected size."""

from __future__ import annotations

import pytest

from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font

from .test_stage_debrief_gauges import open_stage

SCENARIO_ROLES = ("scenario-intro", "scenario-title", "decision-title", "situation", "option",
                  "consequence-decision", "consequence-title", "consequence", "consequence-effects", "epilogue")


def _cut_texts(stage: StageWindow, where: str) -> list[str]:
    return [f"{where}: {item.role}: {item.text[:60]!r}" for item in stage.build().text_items()
            if item.role in SCENARIO_ROLES and item.cut]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_scenario_text_reads_whole_on_the_stage(qtbot, translations, bundled_deck, app_font, lang, size) -> None:
    deck = bundled_deck
    widest = max(len(d.options) for s in deck.scenarios for d in s.decisions)
    cut: list[str] = []
    shown = 0
    for k in range(widest):  # the k-th option at every decision (the last one where there are fewer)
        stage = open_stage(qtbot, deck, app_font, len(deck.scenarios), lang)
        stage.resize(*size)
        c = stage.controller
        session = c.session
        session.start_phase("scenarios")
        for team, scenario in zip(c.state.teams, deck.scenarios, strict=False):
            c.act(session.start_scenario, team.id, scenario.id)
            c.show_scenario_team(team.id)
            for decision in scenario.decisions:
                cut += _cut_texts(stage, f"{scenario.id}/{decision.id}")  # the decision (with the introduction first)
                option = decision.options[min(k, len(decision.options) - 1)]
                c.act(session.choose_option, team.id, option.id, decision.id)
                assert c.consequence_of == team.id
                cut += _cut_texts(stage, f"{scenario.id}/{decision.id}/{option.id}")  # what the choice led to
                c.advance()
                shown += 2
            cut += _cut_texts(stage, f"{scenario.id}/epilogue")
            assert any(i.role == "epilogue" for i in stage.build().text_items()), scenario.id
        # Every team done: each future's epilogue, side by side or a page at a time, whole on its page.
        read = set()
        for page in range(stage.build().pages):
            cut += _cut_texts(stage, f"endings, page {page + 1}")
            read |= {i.text for i in stage.build().text_items() if i.role == "epilogue"}
            stage.turn_page(1)
        assert read == {for_the_font(s.epilogue.get(lang)) for s in deck.scenarios}
        stage.close()
    assert shown > 20
    assert not cut, "\n".join(cut)
