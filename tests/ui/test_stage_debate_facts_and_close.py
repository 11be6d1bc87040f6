"""A debate as the room reads it on the stage, five teams: each fact played under its whole title
(« Des centres de données deux fois plus gourmands » read « … deux fois plus … » beside a figure on
two lines, and from the fourth fact the titles went); « Débat 1 » kept once facts are played; a
debate closed without its vote after says so (not « Pas encore voté », nor a shift to come); the
points the shift earns said to come when the debate closes, the scores beside them still without."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from bataille.words import for_the_font
from bataille.workshop.flow import close_debate

from .test_stage_debrief_gauges import open_stage

SIZES = [(1920, 1080), (1280, 720), (1024, 768)]


def debate_of(qtbot, deck, app_font, theme: str, lang: str = "fr"):
    """The stage of a session of five teams in the debates, a debate of ``theme`` open, its sides
    given and its vote before shown."""
    stage = open_stage(qtbot, deck, app_font, 5, lang)
    s = stage.controller.session
    for phase in s.state.agenda.phases:
        if phase.kind == "debate":
            break
        s.skip_phase(phase.id)
    s.start_phase("debates")
    s.open_round(card_id=deck.cards_of("debate", theme)[0].id, seed=1)
    s.assign_sides(seed=2)
    s.record_vote("before", {"agree": 12, "disagree": 9, "undecided": 5})
    s.reveal_votes("before")
    return stage


def _word_wider_than(scene, item, title: str) -> bool:
    """Whether a word of ``title`` (its no-break spaces holding it together: « «\u00a0déshabillées\u00a0» »)
    is wider than ``item``'s box at its size, the stage's smallest: no layout reads it whole there."""
    metrics = QFontMetricsF(scene.font(item.px, item.bold))
    return any(metrics.horizontalAdvance(word) > item.rect.width() for word in for_the_font(title).split(" "))


@pytest.mark.parametrize(("played", "whole"), [(1, SIZES), (2, SIZES), (3, SIZES), (4, SIZES), (5, SIZES[:1])])
def test_every_fact_title_of_the_deck_reads_whole(qtbot, translations, bundled_deck, app_font, played,
                                                  whole) -> None:
    """One to four facts: every title, whole, on every screen; five: on a full HD one. Smaller, and
    at 4:3, the claim kept whole may leave five titles too little room: then a card without room
    for its title whole shows its team and figure, never a title cut."""
    for theme in bundled_deck.themes:
        stage = debate_of(qtbot, bundled_deck, app_font, theme.id)
        s = stage.controller.session
        teams = [t.id for t in s.state.teams]
        facts = bundled_deck.cards_of("fact", theme.id)
        for start in range(0, len(facts), played):
            while s.state.open_round.evidence:
                s.undo()
            group = [facts[(start + k) % len(facts)] for k in range(played)]
            for team, card in zip(teams, group, strict=False):
                s.play_evidence(team, card.id)
            for size in SIZES:
                stage.resize(*size)
                scene = stage.build()
                titles = [t for t in scene.text_items() if t.role == "evidence"]
                assert len(titles) == played or size not in whole, (size, [c.id for c in group])
                assert len(scene.texts("evidence-figure")) == played, size
                for item in titles:
                    [title] = [c.title.get("fr") for c in group if for_the_font(c.title.get("fr")).startswith(
                        item.text.removesuffix("…").rstrip())]
                    assert not item.cut or _word_wider_than(scene, item, title), (size, item.text)
                assert not [t for t in scene.text_items() if t.cut and t.role not in ("evidence",)], size


def test_the_three_titles_the_room_saw_cut_read_whole(qtbot, translations, bundled_deck, app_font) -> None:
    for theme, first in (("environment", "415 → 945 TWh"), ("bias", "34,7 % contre 0,8 %"),
                         ("society", "154 à 435 millions")):
        stage = debate_of(qtbot, bundled_deck, app_font, theme)
        s = stage.controller.session
        facts = bundled_deck.cards_of("fact", theme)
        assert facts[0].figure.get("fr").replace("\u202f", " ").replace("\xa0", " ") == first
        for team, card in zip([t.id for t in s.state.teams], facts[:3], strict=False):
            s.play_evidence(team, card.id)
        for size in SIZES:
            stage.resize(*size)
            scene = stage.build()
            assert scene.texts("evidence")[0] == for_the_font(facts[0].title.get("fr")), size


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_debate_s_number_stays_once_facts_are_played(qtbot, translations, bundled_deck, app_font, size) -> None:
    stage = debate_of(qtbot, bundled_deck, app_font, "reliability")
    s = stage.controller.session
    facts = bundled_deck.cards_of("fact", "reliability")
    for played, team in enumerate(s.state.teams, start=1):
        s.play_evidence(team.id, facts[played].id)
        stage.resize(*size)
        scene = stage.build()
        assert "Débat 1" in scene.texts("round"), (played, size)
        assert not [(t.role, t.text) for t in scene.text_items() if t.cut and t.role != "evidence"]


@pytest.mark.parametrize(("lang", "after", "no_vote", "wrong"), [
    ("fr", "Débat clos sans vote après", "Pas de vote", "Pas encore voté"),
    ("en", "Debate closed without a vote after", "No vote", "Not voted yet")])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_debate_closed_without_its_vote_after_says_so(qtbot, translations, bundled_deck, app_font, lang, after,
                                                       no_vote, wrong, size) -> None:
    translations.set_language(lang)
    stage = debate_of(qtbot, bundled_deck, app_font, "bias", lang)
    s = stage.controller.session
    s.play_evidence(s.state.teams[0].id, bundled_deck.cards_of("fact", "bias")[0].id)
    close_debate(s)
    stage.resize(*size)
    scene = stage.build()
    assert scene.texts("shift-hidden") == [after]
    assert scene.texts("vote-after-hidden") == [no_vote]
    assert wrong not in scene.texts() and not [t for t in scene.text_items() if t.cut and t.role != "evidence"]


@pytest.mark.parametrize(("lang", "pending"), [("fr", "à la clôture du débat"), ("en", "when the debate closes")])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_points_the_shift_earns_are_said_to_come_at_the_close(qtbot, translations, bundled_deck, app_font,
                                                                  lang, pending, size) -> None:
    translations.set_language(lang)
    stage = debate_of(qtbot, bundled_deck, app_font, "bias", lang)
    s = stage.controller.session
    s.record_vote("after", {"agree": 20, "disagree": 4, "undecided": 2})
    s.reveal_votes("after")
    stage.resize(*size)
    scene = stage.build()
    [line] = scene.texts("shift-points")
    assert line.endswith(pending) and all(t.score == 0 for t in s.state.teams)
    assert not [(t.role, t.text) for t in scene.text_items() if t.cut], size
    close_debate(s)  # given now: the closed debate's line says what was given, without « when »
    scene = stage.build()
    [line] = scene.texts("shift-points")
    assert pending not in line and any(t.score for t in s.state.teams)
