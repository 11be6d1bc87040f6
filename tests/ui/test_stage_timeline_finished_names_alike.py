"""The stage's timeline once every card is placed, and how its tiles name the teams. The line saying
how the last card went stayed under the finished timeline (« ✕ Les Loutres — … : remise à sa
place », as if the game went on); and on one page some tiles named their team beside a shortened
date (« Renards »), others on a line under the title (« Les Lynx »): two rules for one picture."""

from __future__ import annotations

import pytest

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.parts import StageContext
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.scene import INK, PANEL, BoxItem
from bataille.ui.stage.timeline_parts import without_article
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import timeline_turn

from .test_stage_colour_timeline import _session
from .test_stage_timeline_every_card_named import NAMES, _tile_of

SIZES = ((1920, 1080), (1280, 720), (1024, 768))
AUDIT = ["Les Lynx", "Les Hiboux", "Les Renards", "Les Loutres"]  # the teams of the audit's picture


def _placed(deck, names: list[str], lang: str):
    """A session whose timeline has every card placed, some right, some moved."""
    session = _session(deck, names, lang)
    turn = 0
    while (team := timeline_turn(session.state)) is not None:
        session.place_card(team, session.state.timeline.hand(team)[0], (turn * 7) % (len(session.state.timeline.cards) + 1))
        turn += 1
    assert session.state.timeline.all_placed
    return session


def _pages(session, deck, font, size) -> list:
    scenes, page = [], 0
    while True:
        ctx = StageContext(session.state, deck, session.state.lang, 600.0, timeline_page=page)
        with to_the_room(session.state.lang):
            scene = build_scene(ctx, size[0], size[1], font)
        scenes.append(scene)
        page += 1
        if page >= scene.pages:
            return scenes


def _cases():
    for lang in ("fr", "en"):
        for teams in (4, 8):
            yield lang, NAMES[lang][:teams]
    yield "fr", AUDIT


@pytest.mark.parametrize(("lang", "names"), list(_cases()), ids=lambda v: v if isinstance(v, str) else str(len(v)))
def test_a_finished_timeline_drops_the_last_cards_line_and_frame(qtbot, translations, bundled_deck, app_font,
                                                                   lang, names) -> None:
    session = _placed(bundled_deck, names, lang)
    for size in SIZES:
        for scene in _pages(session, bundled_deck, app_font, size):
            assert not scene.texts("last-placement"), (size, scene.texts("last-placement"))
            framed = [b for b in scene.items if isinstance(b, BoxItem) and b.fill == PANEL and b.outline == INK]
            assert framed == [], size  # no card framed as "the last one placed" either


@pytest.mark.parametrize(("lang", "names"), list(_cases()), ids=lambda v: v if isinstance(v, str) else str(len(v)))
def test_every_tile_of_a_page_names_its_team_the_same_way(qtbot, translations, bundled_deck, app_font,
                                                          lang, names) -> None:
    session = _placed(bundled_deck, names, lang)
    by_title = {for_the_font(bundled_deck.card(c).title.get(lang)): c for c in session.state.timeline.cards}
    for size in SIZES:
        for scene in _pages(session, bundled_deck, app_font, size):
            where = (size, len(names), lang)
            dates = [i for i in scene.text_items() if i.role == "timeline-date"]
            places, forms = set(), {}
            for team in (i for i in scene.text_items() if i.role == "timeline-team"):
                tile = _tile_of(scene, team)
                (date,) = [d for d in dates if tile.contains(d.used)]
                places.add("beside" if team.used.top() < date.used.bottom() else "under")
                title = next(i for i in scene.text_items() if i.role == "timeline-title" and tile.contains(i.used))
                placer = next(session.state.team(p.team_id).name for p in session.state.timeline.placements
                              if p.card_id == by_title[title.text])
                forms.setdefault(placer, set()).add(" ".join(team.text.split()))
            assert len(places) == 1, (where, places)  # all beside their dates, or all under their titles
            assert all(len(said) == 1 for said in forms.values()), (where, forms)  # a team read alike
            # a page drops the articles of all its teams' names or of none (not « Renards » by « Les Lynx »)
            kinds = {("whole" if said == {for_the_font(n)} else "short")
                     for n, said in forms.items()
                     if without_article(n) != n and said & {for_the_font(n), for_the_font(without_article(n))}}
            assert len(kinds) <= 1, (where, forms)
            sizes = {round(d.px, 1) for d in dates}
            assert len(sizes) == 1, (where, sizes)  # every date of a page the same size


def test_a_page_of_low_tiles_is_not_chosen_over_its_dates(qtbot, translations, bundled_deck, app_font) -> None:
    """Eight teams, two cards placed each, a card held up, on a 5:4 screen: one column of tiles too
    low for their dates (« août 1955 » cut) named the teams alike; fewer tiles a page read whole."""
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), "fr")
    for name in NAMES["fr"]:
        session.add_team(name)
    session.start()
    session.start_phase()
    session.start_phase()
    session.deal_timeline(3, seed=3)
    teams = [t.id for t in session.state.teams]
    for team in teams:
        for card in session.state.timeline.hand(team)[:2]:
            session.place_card(team, card, len(session.state.timeline.cards) // 2)
    held = (teams[0], session.state.timeline.hand(teams[0])[0])
    for size in ((1280, 1024), (1024, 768)):
        page = 0
        while True:
            ctx = StageContext(session.state, bundled_deck, "fr", 600.0, placing=held, timeline_page=page)
            with to_the_room("fr"):
                scene = build_scene(ctx, size[0], size[1], app_font)
            cut = [i.text for i in scene.text_items() if i.role.startswith("timeline-") and i.cut
                   and i.role != "timeline-more"]
            assert cut == [], (size, page, cut)
            page += 1
            if page >= scene.pages:
                break
