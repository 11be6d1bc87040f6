"""Which team placed a card on the stage's timeline is said in words, not by colour alone: the only
link was a 12 px stripe in the team's colour on the card's edge (a starting card's grey), which a
red–green deficiency reads alike for some teams (pink and the starting grey: ΔE00 5.1) and which the
indigo team's stripe left invisible on the card (1.19:1). Every placed card names its team on a line of
its own under the title (the tiles leave room for it), whole or in a short form no other team
shares (« Loutres de la 4e B », initials last; « Les… » would name no team); a starting card names
none. With 2, 5 and 8 teams, short names and names of 22 characters,
at 1280×720 and 1920×1080, nothing overlaps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.parts import StageContext
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.scene import PANEL, BoxItem
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import timeline_turn

from .test_stage_long_names import NAMES
from .test_stage_scores import assert_legible_and_apart

SHORT = ["Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours", "Les Pics"]


def _session(deck, names: list[str], lang: str = "fr") -> Session:
    """A session (French unless said) in its timeline phase, every team's cards dealt, none placed."""
    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    for name in names:
        session.add_team(name)
    session.start()
    session.start_phase()
    session.start_phase()
    session.deal_timeline(3, seed=5)
    return session


def _scene(session: Session, deck, font, size, placing=None):
    ctx = StageContext(session.state, deck, "fr", 600.0, placing=placing)
    with to_the_room("fr"):
        return build_scene(ctx, size[0], size[1], font)


def _tile_of(scene, item) -> QRectF:
    """The card's tile (a panel box) that holds ``item``."""
    tiles = [b.rect for b in scene.items if isinstance(b, BoxItem) and b.fill == PANEL and b.rect.contains(item.used)]
    return min(tiles, key=lambda r: r.width() * r.height())


def _check(session: Session, deck, font, size, placing) -> int:
    """Every placed card shown names its team, inside its tile; a starting card none. Returns how many
    placed cards were seen."""
    scene = _scene(session, deck, font, size, placing)
    assert_legible_and_apart(scene, size, may_cut=("timeline-team", "timeline-more"))
    state = session.state
    placer = {p.card_id: state.team(p.team_id).name for p in state.timeline.placements}
    by_title = {for_the_font(deck.card(card).title.get("fr")): card for card in state.timeline.cards}
    teams = [i for i in scene.text_items() if i.role == "timeline-team"]
    seen = 0
    for title in (i for i in scene.text_items() if i.role == "timeline-title"):
        card = by_title[title.text]
        tile = _tile_of(scene, title)
        inside = [t for t in teams if tile.contains(t.used)]
        if card not in placer:  # the starting card
            assert inside == [], (size, title.text)
            continue
        assert len(inside) == 1, (size, title.text)  # every placed card, whatever the number of teams
        seen += 1
        [team] = inside
        name = for_the_font(placer[card])
        date = next((d for d in scene.text_items() if d.role == "timeline-date" and tile.contains(d.used)), None)
        beside = date is not None and abs(team.used.center().y() - date.used.center().y()) < 4
        assert beside or team.used.top() >= title.used.bottom() - 1, (size, title.text)  # under the title
        assert not team.cut, team.text  # whole, or a short form of it (without its article, else initials)
        assert team.text == name or name.endswith(" " + team.text) or team.text[0] == name.split()[-1][0] \
            or team.text[0] in {w[0].upper() for w in name.split()}, (team.text, name)
    return seen


@pytest.mark.parametrize("teams", [2, 5, 8])
@pytest.mark.parametrize("names", [SHORT, NAMES], ids=["short", "22-characters"])
def test_each_placed_card_names_the_team_that_placed_it(qapp, bundled_deck, app_font, teams, names) -> None:
    session = _session(bundled_deck, names[:teams])
    seen = 0
    turn = 0
    while (team := timeline_turn(session.state)) is not None and session.state.timeline.hand(team):
        held = (team, session.state.timeline.hand(team)[0])
        for size in ((1280, 720), (1920, 1080)):
            for placing in (None, held):
                seen += _check(session, bundled_deck, app_font, size, placing)
        gaps = len(session.state.timeline.cards) + 1
        session.place_card(team, held[1], (turn * 7) % gaps)
        turn += 1
    assert seen > 0
    for size in ((1280, 720), (1920, 1080)):  # every card placed: the whole timeline
        _check(session, bundled_deck, app_font, size, None)
