"""A rise and a fall on the stage are told apart by more than green and red: a red–green colour
deficiency (about one boy in twelve) reads them alike, and a washed-out projector took the green and
red numbers of the indicators' table down to 2.0:1 and 1.6:1. The table's numbers are in the stage's
ink with the colour on their ▲ ▼ marks; the consequence of a choice carries the same marks (it had
only a sign, « +1 » / « −1 », in green or red)."""

from __future__ import annotations

from bataille.ui.stage.colours import INK, MUTED
from bataille.ui.stage.scene import MarkItem

from .test_stage_scores import stage_of

UP, DOWN = "#66BB6A", "#EF5350"


def _marks_left_of(scene, item) -> list[MarkItem]:
    """The marks on ``item``'s line that end where its glyphs start (within a mark's width)."""
    return [m for m in scene.items if isinstance(m, MarkItem) and abs(m.rect.center().y() - item.used.center().y()) < 4
            and item.used.left() - item.px * 1.2 <= m.rect.left() < item.used.left()]


def choose_the_option_moving_most(stage, key=lambda option: sum(1 for _k, v in option.effects if v)):
    """The first team, at its next decision, chooses the option that moves the most indicators
    (``key``); returns it."""
    c = stage.controller
    team = c.state.teams[0].id
    path = c.state.scenario_path(team)
    decision = next(d for d in c.deck.scenario(path.scenario_id).decisions if d.id == path.next_decision)
    option = max(decision.options, key=key)
    c.act(c.session.choose_option, team, option.id, decision.id)
    return option


def test_each_change_a_choice_made_has_its_mark_beside_it(qtbot, translations, bundled_deck, app_font) -> None:
    for size in ((1920, 1080), (1280, 720), (1024, 768)):
        stage = stage_of(qtbot, bundled_deck, app_font, 4, "scenario", size)
        option = choose_the_option_moving_most(stage)
        assert any(v > 0 for _k, v in option.effects) or any(v < 0 for _k, v in option.effects)
        scene = stage.build()
        items = [i for i in scene.text_items() if i.role == "consequence-effects"]
        assert len(items) == len(option.effects), size
        for item, (_k, value) in zip(items, option.effects, strict=True):
            assert item.colour == (INK if value else MUTED), (size, item.text)
            marks = _marks_left_of(scene, item)
            if value:
                assert [(m.kind, m.colour) for m in marks] == [("up", UP) if value > 0 else ("down", DOWN)], (size, item.text)
            else:
                assert marks == [], (size, item.text)
        for before, after in zip(items, items[1:], strict=False):  # a mark never sits on the change before it
            assert all(m.rect.left() > before.used.right() for m in _marks_left_of(scene, after)), size


def test_the_tables_numbers_are_in_ink_and_their_marks_in_colour(qtbot, translations, bundled_deck, app_font) -> None:
    for teams in (3, 6):
        stage = stage_of(qtbot, bundled_deck, app_font, teams, "scenario", (1920, 1080))
        choose_the_option_moving_most(stage)
        scene = stage.build()
        values = [i for i in scene.text_items() if i.role == "indicator-value" and i.text not in ("0", "–")]
        assert values, teams
        for item in values:
            assert item.colour == INK, (teams, item.text)
            [mark] = _marks_left_of(scene, item)
            assert (mark.kind, mark.colour) == (("down", DOWN) if item.text.startswith("\u2212") else ("up", UP))
