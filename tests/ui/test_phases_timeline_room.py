"""The timeline as the room follows it on the stage while the teams place their cards: every card in
turn while a team weighs where its card goes, and every title whole."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.parts import StageContext
from bataille.ui.stage.room_words import to_the_room
from bataille.words import for_the_font
from bataille.workshop import Session
from bataille.workshop.flow import timeline_turn

from .test_stage import dealt_timeline


def _placing(deck, teams: int, seed: int) -> Session:
    """A session in its timeline phase, four cards dealt to each team (``seed``), none placed."""
    return dealt_timeline(deck, teams, 4, seed)


def _place(session: Session, turn: int) -> None:
    """The team whose turn it is places its first card, in a gap that moves about (right or wrong)."""
    team = timeline_turn(session.state)
    gaps = len(session.state.timeline.cards) + 1
    session.place_card(team, session.state.timeline.hand(team)[0], (turn * 7) % gaps)


def _held(session: Session) -> tuple[str, str]:
    team = timeline_turn(session.state)
    return team, session.state.timeline.hand(team)[0]


def _scene(session: Session, deck, font: QFont, size: tuple[int, int], placing=None, page: int = 0):
    ctx = StageContext(session.state, deck, "fr", 600.0, placing=placing, timeline_page=page)
    with to_the_room("fr"):
        return build_scene(ctx, size[0], size[1], font)


def _titles(scene) -> list[str]:
    return [item.text for item in scene.text_items() if item.role == "timeline-title"]


@pytest.mark.parametrize("teams", [4, 6])
def test_while_a_card_is_held_every_card_of_the_timeline_shows_in_turn(qapp, bundled_deck, app_font, teams) -> None:
    """The stage showed a window of at most 12 cards around the last one placed while the next team
    weighed where its card goes: for the last turns of four teams (half the phase with six), the
    earliest cards were never in sight. Now it shows them all, page after page, and says which page."""
    session = _placing(bundled_deck, teams, seed=3)
    for turn in range(4 * teams - 1):
        _place(session, turn)
    held = _held(session)
    cards = session.state.timeline.cards
    for size in ((1920, 1080), (1280, 720)):
        first = _scene(session, bundled_deck, app_font, size, held)
        assert first.pages > 1, size  # too many cards for one picture beside the card held up
        seen = []
        for page in range(first.pages):
            scene = _scene(session, bundled_deck, app_font, size, held, page)
            seen += _titles(scene)
            note = next(item.text for item in scene.text_items() if item.role == "timeline-more")
            assert f"page {page + 1}/{first.pages}" in note
            assert any(item.role == "placing-title" for item in scene.text_items())  # the card held stays
        titles = [for_the_font(bundled_deck.card(card).title.get("fr")) for card in cards]
        assert sorted(seen) == sorted(titles), size  # each card once, none left out


def test_just_after_a_placement_the_stage_stays_around_the_card_placed(qapp, bundled_deck, app_font) -> None:
    """No card held: the room sees where the last card went, among its neighbours, with the verdict."""
    session = _placing(bundled_deck, 4, seed=3)
    for turn in range(15):
        _place(session, turn)
    scene = _scene(session, bundled_deck, app_font, (1920, 1080))
    last = for_the_font(bundled_deck.card(session.state.timeline.placements[-1].card_id).title.get("fr"))
    assert scene.pages == 1 and last in _titles(scene)
    assert any(item.role == "last-placement" for item in scene.text_items())


@pytest.mark.parametrize("teams", [4, 6])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_no_title_is_cut_at_any_turn(qapp, bundled_deck, app_font, teams, seed) -> None:
    """A title whose lines fitted in height but with a word wider than its tile was cut with an
    ellipsis (« Le calcul des plus gros … » at 1280×720, in the system's font, whose words are wider
    than the app's): the tiles are chosen wide enough for their longest word."""
    session = _placing(bundled_deck, teams, seed)
    plain = QFont(qapp.font())  # a system's font too: the stage's when the app's is not set on it
    for turn in range(4 * teams):
        held = _held(session)
        for font in (app_font, plain):
            for size in ((1920, 1080), (1280, 720)):
                for placing in (None, held):
                    scene = _scene(session, bundled_deck, font, size, placing)
                    cut = [item.text for item in scene.text_items() if item.role == "timeline-title" and item.cut]
                    assert not cut, (turn, font.family(), size, placing is not None)
        _place(session, turn)
