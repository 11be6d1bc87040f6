"""The end of the workshop keeps a recap on the stage. Ending it (the console's "Terminer l'atelier")
replaced the picture the room was reading, a quick debate's shift or the debrief, by the thanks
alone: the thanks now head the quick debate's claim, votes and shift, or a full workshop's debates
and the room's own words."""

from __future__ import annotations

import pytest

from bataille.ui.controller import SessionController
from bataille.ui.stage.colours import PANEL
from bataille.ui.stage.layout import translate
from bataille.ui.stage.scene import BoxItem
from bataille.ui.stage.vote_boxes import shift_points
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import first_debate_phase, start_quick_debate

from .test_stage import SIZES, play_to
from .test_stage_debrief_gauges import open_stage
from .test_stage_scores import assert_legible_and_apart
from .test_stage_vote_heading_and_shift import said


def thanks(over: str = "The workshop is over.") -> str:
    return for_the_font(translate("Stage", "Thank you!") + " " + translate("Stage", over))


def quick_stage(qtbot, deck, app_font) -> StageWindow:
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr", phase_ids=[first_debate_phase(deck)])
    start_quick_debate(session, deck.cards_of("debate", "bias")[0].id, ("Pour", "Contre"))
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.setFont(app_font)
    stage.show()
    for vote, counts in (("before", (12, 8, 5)), ("after", (9, 13, 3))):
        session.record_vote(vote, dict(zip(("agree", "disagree", "undecided"), counts, strict=True)))
        session.reveal_votes(vote)
    session.close_round()
    session.end_phase()  # its only phase: the workshop is over
    return stage


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_quick_debate_ends_on_its_claim_votes_and_shift(qtbot, translations, bundled_deck, app_font, size):
    stage = quick_stage(qtbot, bundled_deck, app_font)
    assert stage.controller.quick_debate and stage.controller.state.agenda.current is None
    stage.resize(*size)
    scene = stage.build()
    rnd = stage.controller.state.rounds[-1]
    claim = bundled_deck.card(rnd.card_id).claim.get("fr")
    assert scene.texts("message") == [thanks("The debate is over.")] == ["Merci\u00a0! Le débat est terminé."]
    assert any(for_the_font(claim) in text for text in scene.texts("claim"))
    assert scene.texts("round") == []  # its only debate: no « Débat 1 »
    assert scene.texts("title") == ["Débat express"]  # its name to the end, not the deck's title
    assert scene.texts("vote-before-share") and scene.texts("vote-after-share")
    # the shift's unit under its figure where its column is narrow (« −12 » over « pts de % ») reads with it
    assert said(scene) == [for_the_font(shift_points(getattr(rnd.shift, c))) for c in ("agree", "disagree", "undecided")]
    assert scene.texts("shift-winner")
    assert_legible_and_apart(scene, size)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_full_workshop_ends_on_how_opinion_moved_and_the_rooms_words(qtbot, translations, bundled_deck,
                                                                        app_font, size):
    stage = open_stage(qtbot, bundled_deck, app_font, 4)
    play_to(stage, "debrief")
    stage.controller.session.end_phase()
    assert stage.controller.state.agenda.current is None
    stage.resize(*size)
    scene = stage.build()
    assert scene.texts("message") == [thanks()] == ["Merci\u00a0! L’atelier est terminé."]
    assert len(scene.texts("debate-shift")) == 1  # the one debate voted twice: agree 46 % then 31 %
    assert "46" in scene.texts("debate-shift")[0] and "31" in scene.texts("debate-shift")[0]
    assert any("aplomb" in text for text in scene.texts("takeaway"))
    assert any("Citer nos sources" in text for text in scene.texts("commitment"))
    assert_legible_and_apart(scene, size)
    # A line or two each: the panels are as high as their lines, not stretched down the screen,
    # and the thanks with them stand together in the middle.
    panels = [i.rect for i in scene.items  # the header's and the scores' bands are the width of the stage
              if isinstance(i, BoxItem) and i.fill == PANEL and i.rect.width() < size[0] * 0.9]
    assert len(panels) == 4 and all(r.height() < size[1] * 0.4 for r in panels), [r.height() for r in panels]
    # The podium too, as the debrief had it: the teams by score, ties sharing a rank.
    teams = sorted(stage.controller.state.teams, key=lambda team: -team.score)
    assert teams[0].score > 0
    ranks = [f"{1 + sum(o.score > t.score for o in teams)}. {t.name}" for t in teams]
    assert scene.texts("rank-name") == [for_the_font(rank) for rank in ranks]
    top = min(r.top() for r in panels)
    message = next(i for i in scene.text_items() if i.role == "message")
    assert message.rect.bottom() <= top and message.rect.top() > size[1] * 0.15


def test_a_podium_alone_stands_under_the_thanks_and_no_scores_make_no_podium(qtbot, translations, bundled_deck,
                                                                             app_font):
    """Points given, no debate voted twice, no words written: the thanks and the podium. Teams all
    at 0 (a teacher who gave no points) rank nobody: no podium."""
    stage = open_stage(qtbot, bundled_deck, app_font, 3)
    s = stage.controller.session
    s.start_phase()
    for phase in s.state.agenda.phases[1:]:
        s.skip_phase(phase.id)
    second = s.state.teams[1]
    s.award_points(second.id, 3)
    s.end_phase()
    stage.resize(1280, 720)
    scene = stage.build()
    assert scene.texts("message") == [thanks()]
    assert scene.texts("rank-name")[0] == for_the_font(f"1. {second.name}") and len(scene.texts("rank-name")) == 3
    assert_legible_and_apart(scene, (1280, 720))
    s.award_points(second.id, -3)
    assert not stage.build().texts("rank-name")


def test_nothing_to_recall_leaves_the_thanks_alone(qtbot, translations, bundled_deck, app_font):
    stage = open_stage(qtbot, bundled_deck, app_font, 2)
    s = stage.controller.session
    s.start_phase()  # the welcome, then nothing else: no debate, no words
    for phase in s.state.agenda.phases[1:]:
        s.skip_phase(phase.id)
    s.end_phase()
    assert s.state.agenda.current is None and s.state.agenda.next_pending is None
    scene = stage.build()
    assert scene.texts("message") == [for_the_font(translate("Stage", "Thank you!"))]
    assert not scene.texts("debate-shift") and not scene.texts("shift")


def test_the_debrief_ranks_the_teams_only_once_they_scored(qtbot, translations, bundled_deck, app_font):
    """A debrief with no points given showed a podium of « 1. » for every team at 0: none now (its
    debates take the column), and a podium as soon as a team scores."""
    stage = open_stage(qtbot, bundled_deck, app_font, 3)
    s = stage.controller.session
    s.start_phase()
    for phase in s.state.agenda.phases[1:-1]:
        s.skip_phase(phase.id)
    s.start_phase()  # the debrief
    assert s.state.agenda.current.kind == "debrief"
    stage.resize(1920, 1080)
    scene = stage.build()
    assert not scene.texts("rank-name") and "Comment les avis ont bougé" in scene.texts("heading")
    s.award_points(s.state.teams[2].id, 2)
    assert stage.build().texts("rank-name")[0] == for_the_font(f"1. {s.state.teams[2].name}")
