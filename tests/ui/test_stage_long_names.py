"""Team names of the longest a session takes (22 characters, ``MAX_NAME``) stand whole on the
stage, at its smallest size or larger, with two to eight teams at 1280x720, 1366x768 and 1920x1080:
the scores, the team placing a card, the debate's sides and the facts played, the scenarios' table,
the podium, the commitments; and nothing else on the stage is cut for them (the debate's claim).
(The debate's sides cut them from 12 characters with six teams, the podium from 16; with seven or
eight teams, the scenarios' table cut them and its rows, and the debate's sides left its claim a line.)"""

from __future__ import annotations

import pytest

from bataille.ui.stage.scene import MIN_PX
from bataille.ui.stage.timeline_parts import name_forms
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop.actions_setup import MAX_NAME
from bataille.workshop.flow import close_debate

from .conftest import stage_on

NAMES = ["Les Loutres de la 4e B", "Équipe Wagner-Mozart 2", "Les Hiboux du CDI 2nde", "Les Castors de Tle STI",
         "Les Lynx de 1re STMG 2", "Les Grues du club info", "Les Pandas de 3e Jaune", "Les Ours du lycée Zola"]
WIDE = ["MMMMMMMMMMMMMMMMMMMMMM", "WWWWWWWWWWWWWWWWWWWWWW", "MMMMMMMMMMMMMMMMMMMMMW", "WMMMMMMMMMMMMMMMMMMMMM",
        "MWMMMMMMMMMMMMMMMMMMMM", "MMWMMMMMMMMMMMMMMMMMMM", "MMMWMMMMMMMMMMMMMMMMMM", "MMMMWMMMMMMMMMMMMMMMMM"]
SIZES = [(1920, 1080), (1366, 768), (1280, 720)]
ROLES = {"score-name", "placing-team-name", "side-name", "rank-name", "indicator-team-name", "last-placement",
         "scenario-team-name", "commitment", "evidence-team"}
# Cut as much with short names, by design or for their own length, not the teams' names: a debate's
# theme in the debrief gives way to its figures; a fact's title with three cards played.
NOT_NAMES = {"debate-theme", "evidence"}
# The places wide names stand whole in: the debate's sides too (in the scores strip from five teams).
# Not yet: the podium from six teams, the scenarios' table, a fact's team, a commitment.
WIDE_ROLES = {"score-name", "placing-team-name", "side-name", "last-placement", "scenario-team-name"}


def moments(stage: StageWindow):
    """Through the workshop: a card held up and cards placed, a debate (on the deck's longest claim)
    with its sides, facts played and both votes shown, the scenarios, the debrief with its podium and
    commitments."""
    c = stage.controller
    s = c.session
    teams = [t.id for t in s.state.teams]
    s.start_phase()
    s.start_phase()
    s.deal_timeline(3, seed=4)
    for team in teams:
        s.place_card(team, s.state.timeline.hand(team)[0], len(s.state.timeline.cards) // 2)
    c.show_placing(teams[-1], s.state.timeline.hand(teams[-1])[0])
    yield "timeline"
    s.start_phase()
    longest = max(s.deck.cards_of("debate"), key=lambda card: len(card.claim.get("fr")))
    s.open_round(card_id=longest.id)
    s.assign_sides(seed=2)
    s.record_vote("before", {"agree": 12, "disagree": 9, "undecided": 5})
    s.reveal_votes("before")
    for team, fact in zip(teams, s.deck.cards_of("fact", s.state.open_round.theme_id), strict=False):
        s.play_evidence(team, fact.id)
    s.record_vote("after", {"agree": 8, "disagree": 16, "undecided": 2})
    s.reveal_votes("after")
    yield "debate"
    close_debate(s)
    s.start_phase()
    for i, team in enumerate(teams):
        s.start_scenario(team, s.deck.scenarios[i % len(s.deck.scenarios)].id)
    s.choose_option(teams[0], "a")
    s.choose_option(teams[1], "b")
    c.show_scenario_team(teams[0])
    yield "scenario"
    s.start_phase()
    for team in teams[:3]:
        s.add_commitment("Citer nos sources.", team)
    yield "debrief"


def through_the_workshop(qtbot, deck, app_font, names: list[str]):
    """(size, moment, stage) at each of SIZES and each of the ``moments``, teams of ``names``."""
    for size in SIZES:
        stage = stage_on(qtbot, deck, app_font, "fr", names)
        stage.resize(*size)
        stage.show()
        for moment in moments(stage):
            yield size, moment, stage


def names_on_stage(qtbot, deck, app_font, names: list[str], roles: set[str], everything: bool = False,
                   short: bool = False) -> list[str]:
    """What is wrong with the texts holding a team name (``everything``: with any text), at each
    size and moment; ``short``: a name may read as its short form (one word too long for its line)."""
    forms = name_forms(names) if short else {n: [n] for n in names}
    wrong = []
    for size, moment, stage in through_the_workshop(qtbot, deck, app_font, names):
        scene = stage.build()
        shown = [i for i in scene.text_items() if i.role in roles]
        assert shown or roles != ROLES, (size, moment)  # the debrief has no scores strip
        for item in [i for i in scene.text_items() if i.role not in NOT_NAMES] if everything else shown:
            if item.cut or item.px < MIN_PX * scene.u - 0.5:
                wrong.append(f"{size} {moment} {item.role} {item.text!r} {item.px}px")
        said = "".join(" ".join(i.text for i in shown).split())  # a name on two lines is whole too
        missing = [n for n in names if not any("".join(for_the_font(f).split()) in said for f in forms[n])]
        if moment in ("timeline", "debate"):  # the scores strip names every team
            assert not missing, (size, moment, missing)
        if moment == "debate":  # each team's side is said, under the card or in the scores strip
            assert {t.rstrip("\u00a0:") for t in scene.texts("side-label")} == {"Pour", "Contre"}, size
    return wrong


@pytest.mark.parametrize("teams", [2, 3, 4, 5, 6, 7, 8])
def test_names_of_22_characters_stand_whole(qtbot, translations, bundled_deck, app_font, teams) -> None:
    assert {len(n) for n in NAMES} == {MAX_NAME}
    assert names_on_stage(qtbot, bundled_deck, app_font, NAMES[:teams], ROLES, everything=True) == []


@pytest.mark.parametrize("teams", [2, 4, 6, 8])
def test_wide_names_stand_whole_in_the_scores_the_card_held_up_and_the_sides(qtbot, translations, bundled_deck, app_font,
                                                                  teams) -> None:
    """A word of 22 wide letters, too long for a line: whole where it fits, else its short form (« M3 »),
    never broken inside (test_stage_names_never_broken_inside_a_word), never cut."""
    assert {len(n) for n in WIDE} == {MAX_NAME}
    assert names_on_stage(qtbot, bundled_deck, app_font, WIDE[:teams], WIDE_ROLES, short=True) == []


def joined(text: str) -> str:
    """A name drawn on several lines, put back on one: a space at each break, none after a hyphen."""
    lines = text.split("\n")
    whole = lines[0]
    for line in lines[1:]:
        whole += ("" if whole.endswith("-") else " ") + line
    return whole


@pytest.mark.parametrize("teams", [2, 4, 5, 6])
def test_names_break_at_a_space_or_after_a_hyphen_never_inside_a_word(qtbot, translations, bundled_deck, app_font,
                                                                     teams) -> None:
    """« Équipe Wagner-Mozart 2 » in the six columns of the scenarios' table at 1280×720: « Équipe /
    Wagner- / Mozart 2 », not « Équipe Wagn / er-Mozart 2 ». (Not yet with seven or eight teams: the
    table's heads have room for two lines, and this name needs three between its words.)"""
    names = {for_the_font(n) for n in NAMES[:teams]}
    inside_a_word = []
    for size, moment, stage in through_the_workshop(qtbot, bundled_deck, app_font, NAMES[:teams]):
        for item in stage.build().text_items():
            if item.role in ROLES and "\n" in item.text and not any(joined(item.text).endswith(n) for n in names):
                inside_a_word.append(f"{size} {moment} {item.role} {item.text!r}")
    assert inside_a_word == []
