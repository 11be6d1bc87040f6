"""The teams' names over or beside the scenarios' indicators (the debrief's « Nos indicateurs en
2035 », the scenario phase's table) break between words only: « Extraordinary / Thinkers », never
« Extraordina / ry Thinkers » (5 teams at 1920×1080); a single word too long for its column reads
in a shorter form the stage uses elsewhere (without its article, its initials), never cut inside,
and every figure of the table stays on the screen, whole. Two to eight teams, French and English,
on each classroom screen, at 100 % and 150 %."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bataille.ui.stage.indicator_team_names import leading_words
from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.scene import WRAP
from bataille.ui.stage.timeline_parts import name_forms
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop.actions_setup import MAX_NAME

from .conftest import stage_on

SIZES = [(1920, 1080), (1280, 720), (1024, 768), (1280, 1024)]
LONG = ["Extraordinary Thinkers", "Les Extraordinaires", "Anticonstitutionnelles"]
OTHERS = {"fr": ["Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours"],
          "en": ["Owls", "Otters", "Foxes", "Beavers", "Lynxes", "Woodpeckers", "Bears"]}
ROLES = {"indicator-team-name"}


def lines_between_words(lines: list[str], name: str) -> bool:
    """Do ``lines``, put end to end, make ``name`` with each break at a space or after a hyphen?"""
    at = 0
    for line in lines:
        if name[at:at + len(line)] != line:
            return False
        at += len(line)
        if at < len(name):
            if name[at] == " ":
                at += 1
            elif name[at - 1] != "-":
                return False  # the line ends inside a word
    return at == len(name)


def forms(name: str, names: list[str]) -> list[str]:
    """The forms a team's name may read in: whole, without its article, its leading words (no other
    team's), its initials (numbered where another team's are the same)."""
    return [for_the_font(name.strip()), *name_forms(names)[name], *leading_words(name, names)]


def _stage(qtbot, deck, font, lang: str, names: list[str]) -> StageWindow:
    return stage_on(qtbot, deck, font, lang, names)


def _to_scenarios(stage: StageWindow) -> None:
    s = stage.controller.session
    teams = [t.id for t in s.state.teams]
    for _ in range(4):
        s.start_phase()
    for i, team in enumerate(teams):
        s.start_scenario(team, s.deck.scenarios[i % len(s.deck.scenarios)].id)
    s.choose_option(teams[0], "a")
    s.choose_option(teams[1], "b")


def problems_in(stage: StageWindow, names: list[str], where: str) -> list[str]:
    found = []
    for width, height in SIZES:
        for percent in (100, 150):
            with to_the_room(stage.controller.lang):
                scene = build_scene(replace(stage.context()), width, height, stage.font(), percent / 100)
            at = f"{where} {width}x{height} {percent}%"
            shown = [t for t in scene.text_items() if t.role in ROLES]
            for item in shown:
                assert not int(item.flags) & int(WRAP), (at, item.text)  # its lines are the text's own
                lines = item.text.split("\n")
                if item.cut or not any(lines_between_words(lines, form) for n in names for form in forms(n, names)):
                    found.append(f"{at}: {item.text!r}")
            if where.startswith("debrief") and len(shown) != len(names):
                found.append(f"{at}: {len(shown)} names of {len(names)}")
            for t in scene.text_items() if where == "debrief" else []:  # the scenario phase: see below
                if t.role.startswith("indicator") and (t.cut or t.used.right() > width + 1 or t.used.bottom() > height + 1):
                    found.append(f"{at}: {t.role} {t.text!r} cut or off the screen")
    return found


def _names(lang: str, teams: int, spread: bool) -> list[str]:
    """``teams`` names: the three long ones among short ones, or only long ones (« spread »)."""
    if spread:
        many = LONG + ["Les Loutres de la 4e B", "Équipe Wagner-Mozart 2", "Les Hiboux du CDI 2nde",
                       "Woodpeckers of Room 12", "Les Ours du lycée Zola"]
        return many[:teams]
    return (LONG + OTHERS[lang])[:teams] if teams >= 3 else LONG[:teams]


@pytest.mark.parametrize("spread", [False, True], ids=["long-among-short", "all-long"])
@pytest.mark.parametrize("teams", [2, 3, 4, 5, 6, 7, 8])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_indicator_team_names_break_only_between_words(qtbot, translations, bundled_deck, app_font, lang, teams,
                                                        spread) -> None:
    names = _names(lang, teams, spread)
    assert max(len(n) for n in names) == MAX_NAME
    translations.set_language(lang)
    stage = _stage(qtbot, bundled_deck, app_font, lang, names)
    _to_scenarios(stage)
    found = problems_in(stage, names, "scenario")
    stage.controller.session.start_phase()
    found += problems_in(stage, names, "debrief")
    assert not found, "\n".join(found[:40]) + f"\n({len(found)} in all)"
