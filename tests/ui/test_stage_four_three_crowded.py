"""The two pictures a 4:3 or 5:4 projector laid out at its height (1024×768, 1280×1024) cut or
overlapped before the stage shipped so: a debate with facts played under it (a long figure in a
narrow card, six cards on two rows), and a scenario's first decision under its introduction.
Whole, apart, and as large for the wall as a 16:9 stage of the same height shows them."""

from __future__ import annotations

import pytest

from bataille.deck.models import FactCard
from bataille.ui.stage.scene import MIN_PX, Scene
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font, quoted

from .test_stage import play_to
from .test_stage_debrief_gauges import open_stage
from .test_stage_scores import assert_legible_and_apart, pairs

PROJECTORS = [(1024, 768), (1280, 1024)]  # 4:3 and 5:4, laid out at their height


def _at(qtbot, translations, deck, font, lang: str, teams: int, size: tuple[int, int]) -> StageWindow:
    translations.set_language(lang)
    stage = open_stage(qtbot, deck, font, teams, lang)
    stage.resize(*size)
    play_to(stage, "debate")
    return stage


def _as_large_as_16_9(scene: Scene, size: tuple[int, int]) -> None:
    """Every text whole, apart, on the screen (but a fact's title, which may end in « … »), and none
    smaller than a 16:9 stage of the same height shows its smallest."""
    texts = assert_legible_and_apart(scene, size, may_cut=("evidence",))
    smallest = min(texts, key=lambda t: t.px)
    assert smallest.px >= MIN_PX * size[1] / 1080 - 0.5, (smallest.role, smallest.text, smallest.px)


@pytest.mark.parametrize(("teams", "played"), [(2, 3), (2, 6), (6, 3), (6, 6)])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", PROJECTORS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_facts_played_read_whole_under_a_debate_on_a_classroom_projector(
        qtbot, translations, bundled_deck, app_font, size, lang, teams, played) -> None:
    """« opt-out (directive … » in a card a third of half a 4:3 screen wide, a figure cut on its
    two lines; six cards on two rows too low for a figure on three, and the claim above them cut
    (« On peut faire confiance à un chatbot pour … »). A figure takes its third line; the claim
    keeps the room it reads whole in, the facts' titles what is left, and where five or six teams'
    sides under the card would still leave it too low, the scores strip shows the sides."""
    stage = _at(qtbot, translations, bundled_deck, app_font, lang, teams, size)
    s = stage.controller.session
    already = {e.card_id for e in s.state.open_round.evidence}
    longest = sorted((c for c in bundled_deck.cards_of("fact") if isinstance(c, FactCard) and c.figure.get(lang)
                      and c.id not in already and c.id != "cre-eu-opt-out"), key=lambda c: -len(c.figure.get(lang)))
    ids = [t.id for t in s.state.teams]
    for i, card in enumerate([bundled_deck.card("cre-eu-opt-out"), *longest][:played - len(already)]):
        s.play_evidence(ids[i % len(ids)], card.id)
    shown = s.state.open_round.evidence
    assert len(shown) == played
    scene = stage.build()
    _as_large_as_16_9(scene, size)
    assert scene.texts("evidence-figure") == [for_the_font(bundled_deck.card(e.card_id).figure.get(lang))
                                              for e in shown]
    assert scene.texts("evidence-team") == [s.state.team(e.team_id).name for e in shown]
    claim = bundled_deck.card(s.state.open_round.card_id).claim.get(lang)
    assert scene.texts("claim") == [for_the_font(quoted(claim, lang))]  # whole: only a fact's title may be cut
    assert sorted(pairs(scene, "score")) == sorted((for_the_font(t.name), str(t.score)) for t in s.state.teams)
    sided = scene.texts("side-name") + scene.texts("side-label")
    assert sided, "the sides are named, under the card or in the scores strip"


@pytest.mark.parametrize("teams", [2, 4, 5, 6])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", PROJECTORS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_scenario_s_first_decision_reads_whole_under_its_introduction_on_a_classroom_projector(
        qtbot, translations, bundled_deck, app_font, size, lang, teams) -> None:
    """Under « IA partout »'s five lines of introduction, the first decision kept its 16:9 room on a
    5:4 screen: its situation (« … et beaucoup … ») and options (« A. Les accueillir, avec de
    nouvelles centrales à gaz … ») cut. The first decision takes the room it reads whole in, the
    introduction reads smaller above it, its title beside the team's name where, with five or six
    teams' scores below, it would be cut under it. The second decision, over five or six teams'
    indicators, cut its situation (« … mais savent faire … ») and options: the table's rows close
    up to their closest, and the decision's heading and margins."""
    for first in range(len(bundled_deck.scenarios)):
        stage = _at(qtbot, translations, bundled_deck, app_font, lang, teams, size)
        s = stage.controller.session
        s.close_round()
        s.start_phase()
        for i, team in enumerate(s.state.teams):
            s.start_scenario(team.id, bundled_deck.scenarios[(first + i) % len(bundled_deck.scenarios)].id)
        scenario = bundled_deck.scenarios[first]
        scene = stage.build()
        _as_large_as_16_9(scene, size)
        assert scene.texts("scenario-intro") == [for_the_font(scenario.intro.get(lang))], first
        assert scene.texts("scenario-title") == [for_the_font(scenario.title.get(lang))], first
        decision = scenario.decisions[0]
        assert scene.texts("situation") == [for_the_font(decision.situation.get(lang))], first
        assert scene.texts("option") == [for_the_font(f"{o.id.upper()}. {o.label.get(lang)}")
                                         for o in decision.options], first
        assert len(scene.texts("score-name")) == teams
        team = s.state.teams[0]
        s.choose_option(team.id, decision.options[0].id)
        stage.controller.advance()  # the second decision, over every team's indicators
        scene = stage.build()
        _as_large_as_16_9(scene, size)
        assert scene.texts("situation") == [for_the_font(scenario.decisions[1].situation.get(lang))], first
        assert len(scene.texts("option")) == len(scenario.decisions[1].options), first
        stage.close()


@pytest.mark.parametrize(("lang", "size"), [("fr", (784, 720)), ("fr", (640, 640)), ("en", (1024, 768))])
def test_the_debrief_s_headings_read_whole_in_a_font_wider_than_the_app_s(qtbot, translations, bundled_deck, lang,
                                                                          size) -> None:
    """In the system's own font (wider than the app's, were the app's missing), a stage window
    narrower than 5:4 cut « Ce à quoi l’on … » (a heading of three lines in half a column) and a
    4:3 screen « Our indicators … » (the table's corner): the heading takes its third line, the
    teams' column the width the corner's two lines need."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from bataille.ui.controller import SessionController
    from bataille.workshop import ManualClock, MemoryStore, Session

    translations.set_language(lang)
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), lang)
    for name in {"fr": ("Les Hiboux", "Les Loutres"), "en": ("Owls", "Otters")}[lang]:  # short names: a narrow column
        session.add_team(name)
    session.start()
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.setFont(QFont(QApplication.font()))
    stage.show()
    play_to(stage, "debrief")
    stage.controller.session.add_takeaway("Toujours vérifier les sources.")
    stage.resize(*size)
    scene = stage.build()
    assert_legible_and_apart(scene, size)
    headings = scene.texts("heading") + scene.texts("indicator-title")
    assert {"fr": "Ce à quoi l’on s’engage", "en": "What we commit to"}[lang] in headings, headings
    assert {"fr": "Nos jauges en 2035", "en": "Our indicators in 2035"}[lang] in headings, headings
