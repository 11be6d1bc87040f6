"""After a team's choice the stage shows what it led to, until the facilitator moves on; the console
names the indicators too."""

from __future__ import annotations

from bataille.words import for_the_font


def test_a_choice_shows_its_consequence_until_next(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "scenarios")
    team = c.state.teams[0].id
    scenario = c.deck.scenarios[0]
    c.act(c.session.start_scenario, team, scenario.id)
    first, second = scenario.decisions[0], scenario.decisions[1]
    option = next(o for o in first.options if o.effects)
    c.act(c.session.choose_option, team, option.id, first.id)
    texts = " | ".join(console.stage.build().texts())  # the stage draws a narrow space as a no-break one
    assert for_the_font(option.consequence.get("fr"))[:40] in texts
    assert for_the_font(option.label.get("fr"))[:30] in texts
    assert for_the_font(second.title.get("fr")) not in texts
    # the decision it answers heads the choice, so the room knows which question was answered
    asked = f"Décision 1 sur {len(scenario.decisions)} — {first.title.get('fr')}"
    assert for_the_font(asked) in texts, texts
    names = {i.id: i.name.get("fr") for i in scenario.indicators}
    assert all(for_the_font(names[k]) in texts for k, _v in option.effects)  # names, never ids
    told = console.phase.scenario._last_consequence(c.state.scenario_path(team))  # the console says the same
    assert all(names[k] in told and f"{k} " not in told.replace(names[k], "") for k, _v in option.effects)
    assert told.startswith(f"Dernier choix ({c.state.teams[0].name})\u00a0: "), told  # whose choice it was
    c.act(c.session.award_points, team, 1)  # another action does not hide it: only "next" does
    assert for_the_font(option.consequence.get("fr"))[:40] in " | ".join(console.stage.build().texts())
    assert c.next_step().label == "Afficher la décision suivante"
    c.advance()
    texts = " | ".join(console.stage.build().texts())
    assert for_the_font(second.title.get("fr")) in texts and c.consequence_of is None


def test_the_indicators_a_choice_moved_take_the_tables_colours(qtbot, translations, bundled_deck, app_font) -> None:
    """« Confiance +1   Créativité −2 » was one grey line under the consequence, where the table below
    says the same changes with green and red marks: each now stands apart, whole, at every projector
    size, in the stage's ink with its mark in the table's colour (tests/ui/test_stage_colour_marks.py)."""
    from bataille.ui.stage.colours import INK, MUTED
    from bataille.words import minus_sign

    from .test_stage_colour_marks import choose_the_option_moving_most
    from .test_stage_scores import stage_of

    for size in ((1920, 1080), (1280, 720), (1024, 768)):
        stage = stage_of(qtbot, bundled_deck, app_font, 4, "scenario", size)
        c = stage.controller
        scenario = c.deck.scenario(c.state.scenario_path(c.state.teams[0].id).scenario_id)
        option = choose_the_option_moving_most(stage, key=lambda o: len(o.effects))
        items = [i for i in stage.build().text_items() if i.role == "consequence-effects"]
        names = {i.id: i.name.get("fr") for i in scenario.indicators}
        assert [i.text for i in items] == [for_the_font(f"{names[k]} {minus_sign(f'{v:+d}')}") for k, v in option.effects]
        for item, (_k, v) in zip(items, option.effects, strict=True):
            assert item.colour == (INK if v else MUTED), (size, item.text)
            assert not item.cut
