"""What a choice led to, on the stage: the consequence reads right under « Choix : … » and its
effects right under it. With two or three teams (a low table below, a tall panel above) it stood
centred, some 80 px below its title and as far above its effects at the panel's foot: the room read
three pieces apart. Every size and text size still shows each whole, apart, none cut."""

from __future__ import annotations

import pytest

from .test_stage_text_size import CLASSROOM, _check, _pictures, _stage


def _chosen(stage) -> None:
    s = stage.controller.session
    for _ in range(4):
        s.start_phase()  # the scenarios
    for team in s.state.teams:
        s.start_scenario(team.id, s.deck.scenarios[0].id)
    s.choose_option(s.state.teams[0].id, "a")


@pytest.mark.parametrize(("lang", "teams"), [("fr", 2), ("en", 2), ("fr", 3), ("en", 4)])
def test_the_consequence_reads_under_its_choice_and_above_its_effects(qtbot, translations, bundled_deck, app_font,
                                                                      lang, teams) -> None:
    stage = _stage(qtbot, bundled_deck, app_font, lang, teams)
    _chosen(stage)
    for size in [*CLASSROOM, (1366, 768)]:
        for percent in (100, 150):
            (scene,) = _pictures(stage, size, percent)
            roles = {t.role: t for t in scene.text_items()}
            title, said = roles["consequence-title"], roles["consequence"]
            effects = [t for t in scene.text_items() if t.role == "consequence-effects"]
            assert 0 <= said.used.top() - title.used.bottom() <= 32 * scene.u, (size, percent)
            gap = min(t.used.top() for t in effects) - said.used.bottom()
            assert 0 <= gap <= 40 * scene.u, (size, percent, gap / scene.u)
    problems: list[str] = []
    _check(stage, "consequence", problems, sizes=[*CLASSROOM, (1366, 768)])
    assert problems == [], problems
