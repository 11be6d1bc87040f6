"""The stage's text size (Preferences → Stage text size: larger for a long room or a dim projector)
on every classroom screen: every picture the screenshots show, at 100, 125 and 150 %, in French and
in English, with two teams and with six. A larger size makes the text larger where there is room;
where there is none the picture reflows (names on two lines, rows closer) rather than cut a word,
and no text reads smaller than at 100 %. At 125 % the debrief's indicators cut « Les … » and
« Environne… » on a 4:3 or 5:4 projector laid out at its height."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QFontMetricsF

from bataille.phones.join import qr_matrix
from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.phones_overlay import WRAP_LEFT, join_lines
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.scene import Scene
from bataille.ui.stage.window import StageWindow

from .conftest import stage_on
from .test_stage_four_three import _whole_and_apart

# 4:3, 5:4, 16:9 (the smallest and the projector) and a stage window narrower than 5:4
CLASSROOM = [(1024, 768), (1280, 1024), (1280, 720), (1920, 1080), (784, 720)]
PERCENTS = (100, 125, 150)
NAMES = {"fr": ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues"),
         "en": ("Owls", "Otters", "Foxes", "Beavers", "Lynxes", "Woodpeckers")}
WORDS = {"fr": ("Une IA se trompe avec aplomb : on vérifie.", "Citer nos sources quand on utilise une IA."),
         "en": ("An AI can be wrong with confidence: we check.", "Cite our sources when we use an AI.")}


def wrong(scene: Scene) -> list[str]:
    """What a person at the back would see wrong: a text cut, off the screen, out of its box, or over another."""
    found = _whole_and_apart(scene)
    for t in scene.text_items():
        if t.text.strip() and (t.used.width() > t.rect.width() + 1 or t.used.height() > t.rect.height() + 1):
            found.append(f"outside its box {t.role} {t.text!r}")
    return found


def debate_voted_with_facts(stage: StageWindow, facts: int) -> None:
    """The stage's session brought to a debate with both votes shown and ``facts`` facts played, one a team."""
    s = stage.controller.session
    s.start_phase()
    s.start_phase()
    s.start_phase()
    s.open_round(seed=1)
    s.assign_sides(seed=2)
    s.record_vote("before", {"agree": 12, "disagree": 9, "undecided": 5})
    s.reveal_votes("before")
    for team, fact in zip([t.id for t in s.state.teams], s.deck.cards_of("fact", s.state.open_round.theme_id)[:facts],
                          strict=False):
        s.play_evidence(team, fact.id)
    s.record_vote("after", {"agree": 8, "disagree": 16, "undecided": 2})
    s.reveal_votes("after")


def _smallest(scenes: list[Scene]) -> dict[str, float]:
    """Each role's smallest text over the pages of a picture."""
    least: dict[str, float] = {}
    for scene in scenes:
        for t in scene.text_items():
            if t.text.strip() and t.role:
                least[t.role] = min(least.get(t.role, t.px), t.px)
    return least


def _pictures(stage: StageWindow, size: tuple[int, int], percent: int, **changes) -> list[Scene]:
    """The picture at ``size`` and ``percent``, each of its pages (up to three)."""
    scenes = []
    ctx = replace(stage.context(), **changes)
    for page in range(3):
        with to_the_room(stage.controller.lang):
            scene = build_scene(replace(ctx, timeline_page=page), size[0], size[1], stage.font(), percent / 100)
        scenes.append(scene)
        if page + 1 >= scene.pages:
            break
    return scenes


def _check(stage: StageWindow, view: str, problems: list[str], sizes=CLASSROOM, **changes) -> None:
    """Every size and text size of the stage's picture now: whole, apart, none smaller than at 100 %."""
    for size in sizes:
        at_100 = None
        for percent in PERCENTS:
            scenes = _pictures(stage, size, percent, **changes)
            where = f"{view} {size[0]}x{size[1]} {percent}%"
            problems += [f"{where}: {line}" for scene in scenes for line in wrong(scene)]
            least = _smallest(scenes)
            if at_100 is None:
                at_100 = least
                continue
            problems += [f"{where}: {role} {px} px, {at_100[role]} px at 100 %" for role, px in least.items()
                         if role in at_100 and px < at_100[role] - 0.5]


def _stage(qtbot, deck, font, lang: str, teams: int) -> StageWindow:
    return stage_on(qtbot, deck, font, lang, NAMES[lang][:teams])


def _sweep(stage: StageWindow, sizes=CLASSROOM) -> list[str]:
    """The workshop's pictures as the screenshots show them, each checked at every size and text size."""
    c = stage.controller
    s = c.session
    teams = [t.id for t in s.state.teams]
    problems: list[str] = []
    s.start_phase()
    _check(stage, "welcome", problems, sizes)
    s.start_phase()
    s.deal_timeline(3, seed=4)
    for team in teams:
        for card in s.state.timeline.hand(team)[:2]:
            s.place_card(team, card, len(s.state.timeline.cards) // 2)
    c.show_placing(teams[0], s.state.timeline.hand(teams[0])[0])
    _check(stage, "timeline", problems, sizes)
    s.start_phase()
    s.open_round(seed=1)
    s.assign_sides(seed=2)
    address = "192.168.100.123:8765"
    _check(stage, "debate-open", problems, sizes, join=(address, "XYTJ", qr_matrix(f"http://{address}/")))
    s.record_vote("before", {"agree": 12, "disagree": 9, "undecided": 5})
    s.reveal_votes("before")
    for team, fact in zip(teams, s.deck.cards_of("fact", s.state.open_round.theme_id)[:2], strict=False):
        s.play_evidence(team, fact.id)
    s.record_vote("after", {"agree": 8, "disagree": 16, "undecided": 2})
    s.reveal_votes("after")
    _check(stage, "debate-votes-facts", problems, sizes)
    s.close_round()
    s.start_phase()
    for i, team in enumerate(teams):
        s.start_scenario(team, s.deck.scenarios[i % len(s.deck.scenarios)].id)
    _check(stage, "scenario-intro", problems, sizes)
    s.choose_option(teams[0], "a")
    _check(stage, "scenario-consequence", problems, sizes)
    c.advance()
    _check(stage, "scenario-decision", problems, sizes)
    s.choose_option(teams[1], "b")
    s.start_phase()
    s.add_takeaway(WORDS[c.lang][0])
    s.add_commitment(WORDS[c.lang][1], teams[0])
    _check(stage, "debrief", problems, sizes)
    _check(stage, "time-up", problems, sizes, time_up=True)
    s.end_phase()
    _check(stage, "end", problems, sizes)
    return problems


@pytest.mark.parametrize("teams", [2, 6])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_picture_reads_whole_and_no_smaller_at_a_larger_text_size(qtbot, translations, bundled_deck, app_font,
                                                                       lang, teams) -> None:
    """Welcome, timeline, debate (open, its votes and facts), a scenario (its introduction, a
    consequence, a decision), the debrief, time up and the end, at 100, 125 and 150 % on every
    classroom screen: every word whole, nothing over another, nothing smaller than at 100 %."""
    translations.set_language(lang)
    stage = _stage(qtbot, bundled_deck, app_font, lang, teams)
    problems = _sweep(stage)
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_join_screen_reads_whole_on_every_classroom_screen(qapp, translations, app_font, lang) -> None:
    """The phones' join screen at each text size (tests/ui/test_stage_join_text_size.py): every line
    whole in its box, on the screen."""
    translations.set_language(lang)
    url = "http://255.255.255.255:65535/"
    phones = SimpleNamespace(url=url, qr=qr_matrix(url), code="WACM", connected=12, wifi="")
    for width, height in CLASSROOM:
        for percent in PERCENTS:
            for text, font, _colour, box in join_lines(width, height, phones, app_font, percent / 100):
                used = QFontMetricsF(font).boundingRect(box, WRAP_LEFT, text)
                where = (text, width, height, percent)
                assert used.width() <= box.width() + 0.5 and used.height() <= box.height() + 0.5, where
                assert box.right() <= width and box.top() + used.height() <= height, where


@pytest.mark.parametrize("percent", [125, 150])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_debrief_s_indicators_reflow_at_a_larger_text_size_on_a_classroom_projector(
        qtbot, translations, bundled_deck, app_font, lang, percent) -> None:
    """At 125 % the debrief's indicators cut the teams' names (« Les … ») on a 4:3 or 5:4 projector
    laid out at its height, at 150 % « Environne… »: the names take two lines, smaller where they
    must, the teams' column gives the indicators' longest word its room. The picture keeps the
    text size asked for (none of it given back), every name whole."""
    translations.set_language(lang)
    stage = _stage(qtbot, bundled_deck, app_font, lang, 6)
    from .test_stage import play_to

    play_to(stage, "debrief")
    for size in [(1024, 768), (1280, 1024), (784, 720)]:
        for scene in _pictures(stage, size, percent):
            assert scene.text_scale == percent / 100, size
            assert not wrong(scene), (size, wrong(scene))
            names = [" ".join(n.split()) for n in scene.texts("indicator-team-name")]
            assert sorted(set(names)) == sorted(NAMES[lang]), (size, names)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_vote_revealed_bar_by_bar_keeps_one_text_size_laid_out_once_a_frame(
        qtbot, translations, bundled_deck, app_font, monkeypatch, size) -> None:
    """At 150 % each frame of a vote's bars growing was laid out up to four times to find the step
    it holds (25 ms a frame at 1024×768, eight times the 100 % frame), and the step was found for that
    frame's bars, not for the whole picture: the frames are laid out once, at the whole picture's step."""
    from bataille.ui.stage import layout

    stage = _stage(qtbot, bundled_deck, app_font, "fr", 6)
    debate_voted_with_facts(stage, 6)
    whole = _pictures(stage, size, 150)[0]
    laid: list[float] = []
    real = layout._laid_out
    monkeypatch.setattr(layout, "_laid_out", lambda *args: laid.append(args[-1]) or real(*args))
    frames = [_pictures(stage, size, 150, growing=("after", share))[0] for share in (0.1, 0.4, 0.7, 1.0)]
    assert len(laid) == len(frames), laid
    for frame in frames:
        assert not wrong(frame)
        assert _smallest([frame]) == _smallest([whole])
