"""The debrief of a big class: eight teams with long names, every debate voted twice, every team
scored and on a scenario. The podium's names took two lines each and left « How opinion moved » a
sliver (its one row 10 pixels high, cut); the gauges' table broke « Équipe Wagner-Mozart 2 » inside
« Wagner »."""

from __future__ import annotations

import pytest

from bataille.ui.controller import SessionController
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session

from .test_stage_scores import assert_legible_and_apart

CLASSES = ("5e A Marie-Curie", "Équipe Wagner-Mozart 2", "La classe d’Anaïs 4e C", "Seconde 7 Condorcet",
           "3e Prépa-Métiers", "Terminale NSI", "CM2 Saint-Exupéry", "6e B Jules-Verne")


def crowded_debrief(qtbot, deck, app_font, teams: int = 8) -> StageWindow:
    s = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    for name in CLASSES[:teams]:
        s.add_team(name)
    s.start()
    ids = [t.id for t in s.state.teams]
    s.start_phase()  # welcome
    s.start_phase()  # timeline
    s.start_phase()  # debates
    for number in range(5):
        s.open_round(seed=number)
        s.record_vote("before", {"agree": 12 + number, "disagree": 9, "undecided": 5})
        s.reveal_votes("before")
        s.play_evidence(ids[number % teams], deck.cards_of("fact")[number].id)
        s.record_vote("after", {"agree": 8, "disagree": 16 + number, "undecided": 2})
        s.reveal_votes("after")
        s.award_points(ids[number % teams], 3)
        s.close_round()
    s.start_phase()  # scenarios
    for i, team in enumerate(ids):
        s.start_scenario(team, deck.scenarios[i % 2].id)
        s.choose_option(team, "a")
        s.leave_consequence()
    s.start_phase()  # debrief
    s.add_takeaway("Une IA se trompe avec aplomb : on vérifie.")
    s.add_commitment("Citer nos sources.", ids[1])
    window = StageWindow(SessionController(s))
    qtbot.addWidget(window)
    window.setFont(app_font)
    window.show()
    return window


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_eight_teams_debrief_reads_whole(qtbot, translations, bundled_deck, app_font, size) -> None:
    """The podium and « How opinion moved » take the column in turn (the stage's pages, which the
    console can hold), each whole; the room's lists and the gauges stay."""
    stage = crowded_debrief(qtbot, bundled_deck, app_font)
    stage.resize(*size)
    names = {for_the_font(f"{rank}. {name}") for name in CLASSES for rank in range(1, 9)}
    seen = []
    for page in range(2):
        stage.timeline_page = page
        scene = stage.build()
        assert scene.pages >= 2
        assert len(scene.texts("indicator-team-name")) == 8 and scene.texts("takeaway")
        # The theme's name may give way (an ellipsis) to the figures, never the figures themselves.
        assert_legible_and_apart(scene, size, may_cut=("debate-theme",))
        seen.append((scene.texts("heading"), scene.texts("rank-name"), scene.texts("debate-shift")))
    (podium_headings, ranks, none), (debate_headings, no_ranks, shifts) = seen
    assert "Podium" in podium_headings and "Comment les avis ont bougé" not in podium_headings
    assert {r.replace("\n", " ").replace("- ", "-") for r in ranks} <= names and len(ranks) == 8 and not none
    assert "Comment les avis ont bougé" in debate_headings and not no_ranks and len(shifts) == 5


def test_two_teams_keep_the_podium_and_the_debates_together(qtbot, translations, bundled_deck,
                                                                 app_font) -> None:
    stage = crowded_debrief(qtbot, bundled_deck, app_font, teams=2)
    stage.resize(1920, 1080)
    scene = stage.build()
    assert scene.texts("rank-name") and scene.texts("debate-shift") and scene.pages == 1


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_gauges_break_team_names_between_words(qtbot, translations, bundled_deck, app_font, size) -> None:
    stage = crowded_debrief(qtbot, bundled_deck, app_font)
    stage.resize(*size)
    names = stage.build().texts("indicator-team-name")
    assert len(names) == 8
    whole = {for_the_font(c) for c in CLASSES}
    for name in names:  # each line ends at a space, or after a hyphen: « Marie-|Curie », not « Wagn|er »
        lines = for_the_font(name).split("\n")
        joined = lines[0]
        for line in lines[1:]:
            joined += line if joined.endswith("-") else " " + line
        assert joined in whole, name
