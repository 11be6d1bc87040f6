"""Every card placed on the stage's timeline names the team that placed it, at every stage size, with
2, 5 and 8 teams, in French and in English, at 100 and 150 % text: on a 1920×1080 projector with
eight teams no card carried a name (a stripe alone: the Hiboux' orange and the Grues' vermilion look
alike washed out), with five 2 of 16 did. The name is whole, or a short form no other team of the
session has (« Loutres » for « Les Loutres »; initials last). The stage says whose turn is next
before a card is held up (it said nothing until a card was); the line saying how the last card went
speaks of a card on the page shown, its title whole. Nothing cut, over another, or too small."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.parts import StageContext
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.scene import PANEL, BoxItem
from bataille.words import for_the_font
from bataille.workshop import Session
from bataille.workshop.flow import timeline_turn

from .test_stage import SIZES
from .test_stage_colour_timeline import _session
from .test_stage_long_names import NAMES as LONG
from .test_stage_scores import assert_legible_and_apart

NAMES = {"fr": ["Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours",
                "Les Pics"],
         "en": ["Owls", "Otters", "Foxes", "Beavers", "Lynxes", "Cranes", "Bears", "Woodpeckers"]}
NEXT = {"fr": "À jouer", "en": "Next"}


def _scenes(session: Session, deck, font, size, scale, placing=None) -> list:
    """The stage's picture, each of its pages."""
    scenes, page = [], 0
    while True:
        ctx = StageContext(session.state, deck, session.state.lang, 600.0, placing=placing, timeline_page=page)
        with to_the_room(session.state.lang):
            scene = build_scene(ctx, size[0], size[1], font, scale)
        scenes.append(scene)
        page += 1
        if page >= scene.pages:
            return scenes


ARTICLES = {"les", "le", "la", "des", "the"}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_/]+", name) if w]


def _short(name: str) -> str:
    """``name`` without its article (« Les Loutres » → « Loutres », « L’Atelier » → « Atelier »)."""
    words = name.split(" ")
    if len(words) > 1 and words[0].casefold() in ARTICLES:
        return " ".join(words[1:])
    return re.sub(r"^[LlDd]['’]", "", name) or name


def _initials(name: str) -> str:
    return "".join(re.match(r"\d+", w)[0] if w[0].isdigit() else w[0].upper() for w in _words(_short(name)))


def _forms(name: str, number: int) -> set[str]:
    """What may stand for ``name`` (the ``number``-th team): whole, without its article, its initials
    (with its number after them)."""
    return {for_the_font(f) for f in (name, _short(name), _initials(name), f"{_initials(name)}{number}")}


def _read_as(text: str, name: str, names: list[str]) -> bool:
    return text in _forms(name, names.index(name) + 1)


def _who(text: str, names: list[str]) -> list[str]:
    """The teams ``text`` may stand for."""
    return [n for n in names if _read_as(text, n, names)]


def _tile_of(scene, item) -> QRectF:
    tiles = [b.rect for b in scene.items if isinstance(b, BoxItem) and b.fill == PANEL and b.rect.contains(item.used)]
    return min(tiles, key=lambda r: r.width() * r.height())


def _check(session: Session, deck, font, size, scale, placing=None) -> None:
    state = session.state
    names = [t.name for t in state.teams]
    placer = {p.card_id: state.team(p.team_id).name for p in state.timeline.placements}
    by_title = {for_the_font(deck.card(card).title.get(state.lang)): card for card in state.timeline.cards}
    labels: dict[str, set[str]] = {}
    for scene in _scenes(session, deck, font, size, scale, placing):
        where = (size, scale, len(names), state.lang, len(state.timeline.placements), placing is not None)
        assert_legible_and_apart(scene, size, may_cut=("timeline-more",))
        teams = [i for i in scene.text_items() if i.role == "timeline-team"]
        titles = [i for i in scene.text_items() if i.role == "timeline-title"]
        assert titles, where
        for title in titles:
            card = by_title[title.text]
            inside = [t for t in teams if _tile_of(scene, title).contains(t.used)]
            if card not in placer:
                assert inside == [], (where, title.text)
                continue
            assert len(inside) == 1, (where, title.text)  # every placed card names its team
            text = inside[0].text
            assert _read_as(text, placer[card], names), (where, text, placer[card])
            labels.setdefault(text, set()).add(placer[card])
        # whose turn it is, on the stage, until a card is held up
        turn = timeline_turn(state)
        heading = " ".join(scene.texts("next-heading"))
        if placing is None and turn is not None:
            assert NEXT[state.lang] in heading, where
            assert [" ".join(n.split()) for n in scene.texts("next-team-name")] == [for_the_font(state.team(turn).name)]
        else:
            assert not heading, where
        # the last card's line: of a card the room sees, its title whole
        for line in scene.texts("last-placement"):
            last = state.timeline.placements[-1].card_id
            assert last in [by_title[t.text] for t in titles], (where, line)
            assert for_the_font(deck.card(last).title.get(state.lang)) in line.replace("\n", " "), (where, line)
    for text, teams_named in labels.items():  # a short form names one team, and no other team reads so
        assert len(teams_named) == 1 and _who(text, names) == list(teams_named), (text, teams_named)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("teams", [2, 5, 8])
def test_every_placed_card_names_its_team_and_the_turn_is_said(qapp, translations, bundled_deck, app_font, lang,
                                                               teams) -> None:
    translations.set_language(lang)
    session = _session(bundled_deck, NAMES[lang][:teams], lang)
    moments = {0, 1, teams, 2 * teams, 3 * teams - 1}
    turn = 0
    while True:
        team = timeline_turn(session.state)
        if turn in moments or team is None:
            for size in SIZES:
                for scale in (1.0, 1.5):
                    _check(session, bundled_deck, app_font, size, scale)
                    if team is not None:
                        _check(session, bundled_deck, app_font, size, scale, (team, session.state.timeline.hand(team)[0]))
        if team is None:
            break
        session.place_card(team, session.state.timeline.hand(team)[0], (turn * 7) % (len(session.state.timeline.cards) + 1))
        turn += 1


def test_long_names_shortened_stay_apart(qapp, translations, bundled_deck, app_font) -> None:
    """Names of 22 characters on a 1920×1080 projector: each card still names its team, in a form no
    other team shares."""
    session = _session(bundled_deck, LONG)
    while (team := timeline_turn(session.state)) is not None:
        session.place_card(team, session.state.timeline.hand(team)[0], len(session.state.timeline.cards) // 2)
    for size in ((1920, 1080), (1024, 768), (1280, 720)):
        _check(session, bundled_deck, app_font, size, 1.0)
