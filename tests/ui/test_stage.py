"""The stage: legible (≥ 28 px at 1080p, nothing cut or overlapping), reveals nothing early, goes black."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.commands import Command, Commands, Scope
from bataille.ui.controller import SessionController
from bataille.ui.stage.scene import MIN_PX, IconItem
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.events import Part


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


TEAMS = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues")


@pytest.fixture
def stage(qtbot, qapp, deck, app_font, request):
    """The stage of a session with four teams (or as many as the test's ``teams`` parameter says)."""
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    for name in TEAMS[:getattr(request, "param", 4)]:
        session.add_team(name)
    session.start()
    controller = SessionController(session)
    window = StageWindow(controller)
    qtbot.addWidget(window)
    window.setFont(app_font)  # the stage lays out its text in the app's font: measured in it
    window.resize(1920, 1080)
    window.show()
    return window


def play_to(stage: StageWindow, moment: str) -> None:
    """Move the session to ``moment`` with the engine's actions (the flow test uses the widgets)."""
    c = stage.controller
    s = c.session
    teams = [t.id for t in s.state.teams]
    s.start_phase()
    if moment == "welcome":
        return
    s.start_phase()
    s.deal_timeline(3, seed=4)
    for team in teams:
        for card in s.state.timeline.hand(team)[:2]:
            s.place_card(team, card, len(s.state.timeline.cards) // 2)
    c.show_placing(teams[0], s.state.timeline.hand(teams[0])[0])
    if moment == "timeline":
        return
    s.start_phase()
    s.open_round(seed=1)
    s.assign_sides(seed=2)
    s.record_vote("before", {"agree": 12, "disagree": 9, "undecided": 5})
    if moment == "debate-hidden":
        return
    s.reveal_votes("before")
    s.play_evidence(teams[0], s.deck.cards_of("fact")[0].id)
    s.play_evidence(teams[1], s.deck.cards_of("fact")[3].id)
    s.record_vote("after", {"agree": 8, "disagree": 16, "undecided": 2})
    s.reveal_votes("after")
    if moment == "debate":
        return
    s.close_round()
    s.start_phase()
    for i, team in enumerate(teams):
        s.start_scenario(team, s.deck.scenarios[i % len(s.deck.scenarios)].id)
    s.choose_option(teams[0], "a")
    if moment == "scenario":
        return
    s.start_phase()
    s.add_takeaway("Une IA se trompe avec aplomb : on vérifie.")
    s.add_commitment("Citer nos sources.", teams[1])


MOMENTS = ["start", "welcome", "timeline", "debate-hidden", "debate", "scenario", "debrief"]


# Projectors and screens as classrooms have them: 16:9, 16:10 (the most common in schools), 4:3, 5:4,
# and a stage window made tall and narrow.
SIZES = [(1920, 1080), (1280, 720), (1280, 800), (1920, 1200), (1440, 900), (1366, 768), (1024, 768), (1280, 1024), (900, 1000)]


@pytest.mark.parametrize("stage", [4, 6], indirect=True, ids=["4 teams", "6 teams"])
@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_stage_text_is_large_whole_and_apart(stage, moment: str, size: tuple[int, int]) -> None:
    if moment != "start":
        play_to(stage, moment)
    stage.resize(*size)
    scene = stage.build()
    texts = [i for i in scene.text_items() if i.text.strip()]
    assert texts
    for item in texts:
        assert item.px >= MIN_PX * scene.u - 0.5, (item.role, item.text, item.px)
        assert not item.cut, (item.role, item.text)
        assert item.used.width() <= item.rect.width() + 1 and item.used.height() <= item.rect.height() + 1, item.role
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            overlap = a.used.intersected(b.used)
            assert overlap.width() <= 2 or overlap.height() <= 2, (a.role, a.text, b.role, b.text)
    if size == (1920, 1080):
        assert min(item.px for item in texts) >= 28


def test_votes_stay_off_the_stage_until_revealed(stage, translations) -> None:
    play_to(stage, "debate-hidden")
    scene = stage.build()
    assert scene.texts("vote-before-hidden") and not scene.texts("vote-before-share")
    assert scene.texts("shift-hidden") and not scene.texts("shift")
    stage.controller.session.reveal_votes("before")
    stage.controller.changed.emit(frozenset({"debate"}))
    scene = stage.build()
    assert scene.texts("vote-before-share") == ["46\u00a0%", "35\u00a0%", "19\u00a0%"]  # kept together
    assert scene.texts("vote-after-hidden") and not scene.texts("shift")


def test_the_debate_theme_shows_its_colour_icon_and_name(stage, deck) -> None:
    play_to(stage, "debate")
    scene = stage.build()
    rnd = stage.controller.state.rounds[-1]
    theme = deck.theme(rnd.theme_id)
    assert scene.texts("theme") == [for_the_font(theme.name.get("fr"))]
    assert any(isinstance(i, IconItem) and i.path == deck.asset_path(theme.icon) for i in scene.items)
    assert scene.texts("shift-winner")


def test_the_timeline_hides_the_year_of_the_card_being_placed(stage, deck) -> None:
    play_to(stage, "timeline")
    team, card_id = stage.controller.placing
    card = deck.card(card_id)
    scene = stage.build()
    assert scene.texts("placing-title") == [for_the_font(card.title.get("fr"))]
    assert scene.texts("placing-date") == ["?"]
    # Cards already placed show their own dates (one may share the year); nothing else may.
    shown = [i.text for i in scene.text_items() if i.role != "timeline-date" and i.text != card.title.get("fr")]
    assert not any(str(card.year) in t for t in shown)


def test_once_dealt_the_timeline_says_how_a_turn_goes_under_a_card_sized_start(stage, deck, translations) -> None:
    """Dealt, before the first card is placed, the stage showed the starting card as a banner
    across the stage and nothing else: the room did not know what to do."""
    s = stage.controller.session
    s.start_phase()
    s.start_phase()
    s.deal_timeline(3, seed=4)
    scene = stage.build()
    start = deck.card(s.state.timeline.cards[0])
    title = next(i for i in scene.text_items() if i.role == "timeline-title")
    assert title.text == start.title.get("fr")
    assert title.rect.width() < 1920 / 3  # a card's size, not a banner
    howto = [t.replace("\u00a0", " ") for t in scene.texts("timeline-howto")]
    assert howto == ["Chaque équipe a 3 cartes en main.",
                     "À tour de rôle, chaque équipe pose une carte avant ou après celles de la frise.",
                     "Sa date se découvre une fois posée : bien placée, elle rapporte 2 points."], howto
    assert not any(i.cut for i in scene.text_items())
    team = s.state.teams[0].id
    s.place_card(team, s.state.timeline.hand(team)[0], 0)
    assert not stage.build().texts("timeline-howto")  # once a card is down, the timeline has the room


def test_black_screen_paints_nothing_but_black(stage, qtbot) -> None:
    play_to(stage, "debate")
    stage.controller.toggle_blackout()
    image = stage.grab().toImage()
    for x, y in ((10, 10), (960, 540), (1900, 1070)):
        assert QColor(image.pixel(x, y)) == QColor(Qt.GlobalColor.black)
    commands = Commands(stage, Scope.SESSION)  # the console's, given to the stage it shows
    commands[Command.BLACKOUT].triggered.connect(stage.controller.toggle_blackout)
    stage.take_commands(commands)
    qtbot.keyClick(stage, Qt.Key.Key_Period)  # the remote's key, with the stage focused
    assert not stage.controller.blackout


def test_time_up_frames_the_stage_in_red(stage) -> None:
    play_to(stage, "welcome")
    stage.controller.session.clock.advance(60 * 60)
    stage.controller._check_time_up()
    scene = stage.build()
    assert stage.controller.time_up
    assert scene.texts("timer")[0].startswith("−")
    assert scene.texts("timer-note")


def test_text_grows_with_the_window(stage) -> None:
    play_to(stage, "debate")
    stage.resize(1280, 720)
    small = max(i.px for i in stage.build().text_items() if i.role == "claim")
    stage.resize(1920, 1080)
    large = max(i.px for i in stage.build().text_items() if i.role == "claim")
    assert large > small * 1.3


@pytest.mark.parametrize("size", [(1024, 768), (1280, 1024), (900, 1000)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_on_a_screen_taller_than_16_9_the_claim_and_the_consequence_grow_into_their_room(stage, size) -> None:
    """A 4:3 or 5:4 projector (or a stage window made narrow) scaled the stage by its width: the
    claim and the consequence of a choice stayed as small as on a 16:9 screen of that width, in
    panels left half empty. They grow into their room, whole: on a 4:3 or 5:4 screen laid out at its
    height (as large as a 16:9 screen of the same height shows them, where they fit), on a screen
    narrower still (900×1000, scaled by its width) with their box, up to GROW_MOST."""
    width, height = size
    wide = (width, round(width * 9 / 16))
    play_to(stage, "debate")
    s = stage.controller.session
    for role in ("claim", "consequence"):
        if role == "consequence":
            s.close_round()
            s.start_phase()
            s.start_scenario(s.state.teams[0].id, s.deck.scenarios[0].id)
            s.choose_option(s.state.teams[0].id, "a")
        stage.resize(*wide)
        (flat,) = [i for i in stage.build().text_items() if i.role == role]
        stage.resize(width, height)
        (tall,) = [i for i in stage.build().text_items() if i.role == role]
        assert tall.px >= flat.px * 1.15 and not tall.cut, (role, flat.px, tall.px)


def _placed_by_a_team(deck, card) -> tuple[Session, str]:
    """A four-team session whose deal gave ``card`` to a team, which has just placed it first."""
    for seed in range(500):
        session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
        for name in ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors"):
            session.add_team(name)
        session.start()
        session.start_phase()
        session.start_phase()
        session.deal_timeline(3, seed=seed)
        holder = next((t for t, hand in session.state.timeline.hands if card.id in hand), None)
        if holder is not None:
            session.place_card(holder, card.id, 0)
            return session, holder
    raise AssertionError(f"no deal of 500 gives {card.id} to a team")


def test_a_title_with_quotes_of_its_own_is_quoted_with_the_inner_kind(qtbot, qapp, deck) -> None:
    """« Turing et le « jeu de l’imitation » »: quoted, its own quotes take the inner marks (left
    unquoted before, the title read as a part of the sentence)."""
    from bataille.words import NBSP

    quoted = next(card for card in deck.cards_of("event") if "«" in card.title.get("fr"))
    session, _holder = _placed_by_a_team(deck, quoted)
    window = StageWindow(SessionController(session))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    (line,) = window.build().texts("last-placement")
    inner = quoted.title.get("fr").replace(f"«{NBSP}", "“").replace(f"{NBSP}»", "”")
    assert f"«{NBSP}{inner}{NBSP}»" in line and line.count("«") == 1


def test_the_last_placement_is_never_cut_short(qtbot, qapp, deck) -> None:
    """The longest title reads whole in the last placement's line (on two lines if it needs them),
    with who placed it and how, while the next card is held up: it was cut to its first words
    (« « Des images… » »)."""
    longest = max(deck.cards_of("event"), key=lambda card: len(card.title.get("fr")))
    session, holder = _placed_by_a_team(deck, longest)
    controller = SessionController(session)
    other = next(t for t, hand in session.state.timeline.hands if hand)
    controller.show_placing(other, session.state.timeline.hand(other)[0])  # the next card takes the side
    window = StageWindow(controller)
    qtbot.addWidget(window)
    for size in ((1920, 1080), (1280, 720)):
        window.resize(*size)
        scene = window.build()
        (item,) = [i for i in scene.items if getattr(i, "role", "") == "last-placement"]
        assert not item.cut and session.state.team(holder).name in item.text, (size, item.text)
        title = for_the_font(longest.title.get("fr"))
        assert f"«\u00a0{title}\u00a0»" in item.text.replace("\n", " "), (size, item.text)


@pytest.mark.parametrize("moment", ["timeline", "scenario", "debrief"])
def test_the_stage_draws_the_marks_its_font_lacks(stage, moment: str) -> None:
    from bataille.ui.stage.debrief_view import ARROW_ROOM
    from bataille.ui.stage.scene import MarkItem

    from .test_app_font_only import IN_FONT

    play_to(stage, moment)
    stage.resize(1920, 1080)
    scene = stage.build()
    shown = {ch for text in scene.texts() for ch in text if ch != "\n"}
    assert not sorted(ch for ch in shown if ord(ch) not in IN_FONT)  # no ✓ ✗ ▲ ▼ ◀ ▶ ↗ ↘ → typed
    marks = [item for item in scene.items if isinstance(item, MarkItem)]
    kinds = {m.kind for m in marks}
    expected = {"timeline": {"right", "wrong"}, "scenario": {"up", "down"}, "debrief": {"rise", "fall", "same"}}
    assert kinds & expected[moment], kinds
    for mark in marks:  # each beside its words, over none (the debrief's sits in the room its line keeps)
        assert mark.rect.width() >= 20
        for text in scene.text_items():
            if ARROW_ROOM in text.text:
                continue
            overlap = mark.rect.intersected(text.used)
            assert overlap.width() <= 1 or overlap.height() <= 1, (mark.kind, text.role, text.text)


def test_a_share_is_written_the_english_way_in_english(stage, translations) -> None:
    play_to(stage, "debate-hidden")
    stage.controller.session.reveal_votes("before")
    stage.controller.session.set_language("en")  # English cards: the room reads English
    assert stage.build().texts("vote-before-share") == ["46%", "35%", "19%"]  # not "46 %"


def test_the_stage_speaks_the_rooms_language_not_the_facilitators(stage, translations) -> None:
    """A French facilitator with an English class: the English cards sat inside French labels
    (« Vote avant le débat », « Pour : », « Étape 3 sur 5 »). The stage speaks the session's
    language, its cards'; the console keeps the interface's, even for the words it borrows."""
    from bataille.ui.stage.parts import choice_label

    play_to(stage, "debate")
    s = stage.controller.session
    s.set_language("en")
    scene = stage.build()
    assert "Vote before the debate" in scene.texts("vote-heading") and "Phase 3 of 5" in scene.texts()
    assert scene.texts("side-label") == ["For:", "Against:"] and scene.texts("vote-before-share")[0].endswith("%")
    assert choice_label("agree") == "D’accord"  # outside a stage picture: the interface's (French)
    translations.set_language("en")
    s.set_language("fr")  # and the other way round: French cards, an English interface
    scene = stage.build()
    assert "Vote avant le débat" in scene.texts("vote-heading") and "Étape 3 sur 5" in scene.texts()
    assert choice_label("agree") == "Agree"


def test_a_key_figure_already_in_its_title_is_said_once(stage) -> None:
    play_to(stage, "debate")
    s = stage.controller.session
    s.play_evidence(s.state.teams[0].id, "env-compute-300000")  # its title starts with its figure
    s.close_round()
    s.start_phase()
    s.start_phase()  # the debrief
    figures = stage.build().texts("key-figure")
    title = for_the_font(s.deck.card("env-compute-300000").title.get("fr"))
    assert f"• {title}" in figures, figures  # not "×300 000 — ×300 000 : du calcul…"


def test_a_quick_debate_is_called_so_and_its_camps_are_not_listed_as_sides(qtbot, qapp, deck, app_font,
                                                                         translations) -> None:
    """A 20-minute debate for the whole room: the stage says "Quick debate" (not the workshop's
    "Debates in five themes, phase 1 of 1") and does not list "For: For, Against: Against"."""
    from bataille.workshop.flow import first_debate_phase, start_quick_debate

    card = deck.cards_of("debate")[0]
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr", phase_ids=[first_debate_phase(deck)])
    start_quick_debate(session, card.id, ("Pour", "Contre"))
    window = StageWindow(SessionController(session))
    qtbot.addWidget(window)
    window.setFont(app_font)
    for size in ((1920, 1080), (1024, 768)):
        window.resize(*size)
        scene = window.build()
        roles = {item.role: item.text for item in scene.text_items()}
        assert roles["title"] == "Débat express" and "phase-step" not in roles, size
        assert not any(item.role.startswith("side") for item in scene.text_items()), size
        assert card.title.get("fr") in scene.texts() and not any(item.cut for item in scene.text_items())


def dealt_timeline(deck, teams: int, per_team: int, seed: int) -> Session:
    """A French session in its timeline phase, ``per_team`` cards dealt to each of ``teams`` teams
    (``seed``), none placed yet."""
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    for name in TEAMS[:teams]:
        session.add_team(name)
    session.start()
    session.start_phase()
    session.start_phase()
    assert session.state.agenda.current.kind == "timeline"
    session.deal_timeline(per_team, seed=seed)
    return session


def _whole_timeline(deck, seed: int, per_team: int = 3, teams: int = 5) -> Session:
    """``teams`` teams have placed their cards (five of three each: sixteen on the timeline), each at its place."""
    session = dealt_timeline(deck, teams, per_team, seed)

    def when(card_id: str) -> tuple[int, int]:
        card = deck.card(card_id)
        return card.year, card.month or 0

    while any(hand for _team, hand in session.state.timeline.hands):
        for team, hand in session.state.timeline.hands:
            if hand:
                on_it = [when(card_id) for card_id in session.state.timeline.cards]
                session.place_card(team, hand[0], sum(1 for date in on_it if date <= when(hand[0])))
    return session


@pytest.mark.parametrize("seed", range(8))
def test_the_whole_timeline_shows_once_every_card_is_placed(qtbot, qapp, deck, app_font, seed: int) -> None:
    """The phase's end is the room's look at the whole history: no card hidden behind "4 earlier"
    (the last placement's line and frame give way: the phase is over)."""
    session = _whole_timeline(deck, seed)
    window = StageWindow(SessionController(session))
    qtbot.addWidget(window)
    window.setFont(app_font)
    last = session.state.timeline.placements[-1]
    for size in ((1920, 1080), (1280, 720)):
        window.resize(*size)
        scene = window.build()
        assert not scene.texts("timeline-more"), (size, scene.texts("timeline-more"))
        titles = scene.texts("timeline-title")
        assert len(titles) == len(session.state.timeline.cards) == 16, size
        assert deck.card(last.card_id).title.get("fr") in titles
        for item in scene.text_items():
            assert not item.cut and item.px >= MIN_PX * scene.u - 0.5, (size, item.role, item.text)


def test_a_whole_timeline_too_long_for_one_picture_turns_its_pages(qtbot, qapp, deck, app_font, translations) -> None:
    """Five teams of four cards (the rules' deal): 21 cards do not fit legibly; once all are placed
    the stage shows them page after page, from the earliest, every card on one page, and turns
    them by itself (no timer otherwise)."""
    from bataille.ui.stage.window import PAGE_MS

    session = _whole_timeline(deck, 0, per_team=4)
    controller = SessionController(session)
    window = StageWindow(controller)
    qtbot.addWidget(window)
    window.setFont(app_font)
    for size in ((1920, 1080), (1280, 720)):
        window.resize(*size)
        window.timeline_page = 0
        seen: list[str] = []
        shown: list[int] = []
        scene = window.build()
        assert scene.pages >= 2 and window._pages.isActive() and window._pages.interval() == PAGE_MS
        for page in range(scene.pages):
            (more,) = scene.texts("timeline-more")
            assert ("plus tôt" in more) == (page > 0) and ("plus tard" in more) == (page < scene.pages - 1), more
            seen += scene.texts("timeline-title")
            shown.append(len(scene.texts("timeline-title")))
            for item in scene.text_items():
                assert not item.cut and item.px >= MIN_PX * scene.u - 0.5, (size, item.role, item.text)
            window._next_page()
            scene = window.build()
        titles = [deck.card(card_id).title.get("fr") for card_id in session.state.timeline.cards]
        assert seen == titles, size  # each card once, in date order
        assert max(shown) - min(shown) <= 1, shown  # pages evenly filled (not 18 then 3)
        assert scene.texts("timeline-title")[0] == titles[0]  # round again to the first page
    session.undo()  # a card back in a hand: placing again, around the last card placed; no pages
    controller.changed.emit(frozenset({Part.TIMELINE}))
    assert window.build().pages == 1 and not window._pages.isActive() and window.timeline_page == 0


@pytest.mark.parametrize("teams", [4, 6])
def test_the_scores_strip_writes_every_team_in_one_size(qtbot, qapp, deck, teams) -> None:
    """Each tile fitted its own name: "Foxes" stood larger than "The Curious Otters of Room 12". A
    name of the longest a session takes (22 characters) is shown whole."""
    session = Session.create(deck, MemoryStore(), ManualClock(), "en")
    names = ["Les Loutres de la 4e B", "Owls", "Foxes", "Beavers", "Lynxes", "Cranes"][:teams]
    for name in names:
        session.add_team(name)
    session.start()
    session.start_phase()
    window = StageWindow(SessionController(session))
    qtbot.addWidget(window)
    for size in ((1920, 1080), (1280, 720)):
        window.resize(*size)
        scene = window.build()
        sizes = {item.px for item in scene.text_items() if item.role == "score-name"}
        assert len(sizes) == 1, (size, sizes)
        assert [item.text for item in scene.text_items() if item.role == "score-name"] == names
    from bataille.workshop.actions_setup import MAX_NAME

    assert len(names[0]) == MAX_NAME


@pytest.mark.parametrize("moment", ["timeline", "debate", "scenario"])
def test_six_teams_of_the_longest_names_are_shown_whole_at_1280(qtbot, qapp, deck, app_font, moment) -> None:
    """The session took names of 40 characters, the start screen's editor 22: the stage cut the
    longer ones. Six names of the longest a session now takes, at 1280x720: the scores strip, the
    team placing a card, the facts' teams and the scenarios' columns show each whole."""
    from bataille.workshop.actions_setup import MAX_NAME

    names = ["Les Loutres de la 4e B", "Équipe Wagner-Mozart 2", "Les Hiboux du CDI 2nde",
             "Les Castors de Terminal", "Les Lynx de la 1re STMG", "Les Grues du club info"]
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    for name in names:
        session.add_team(name[:MAX_NAME])
    session.start()
    window = StageWindow(SessionController(session))
    qtbot.addWidget(window)
    window.setFont(app_font)
    window.resize(1280, 720)
    window.show()
    play_to(window, moment)
    roles = {"score-name", "placing-team-name", "evidence-team", "indicator-team-name"}
    shown = [item for item in window.build().text_items() if item.role in roles]
    assert shown and not [item.text for item in shown if item.cut]
