"""A debate's votes on the stage, on every classroom screen, in both languages, for a quick debate
(« Débat express »: the room in two camps) and for 2, 4 and 6 teams, at 100, 125 and 150 %.

On a 4:3 projector (1024×768) a teacher read « Vote before the debat26 voters »: at 100 % the vote's
heading was given the whole line, and the count of voters was drawn at its right, over it, where
the heading came out wider than the measures here (it takes a seventh more: 115 % letter spacing
below). And the French shift fell to the smallest size and broke over two lines (« −18 pts / de % »)
where the English read « −19 pp » large. The heading now keeps clear of the count (smaller where it
must, the count on its own line where even that cuts it); the shift's figures stand whole on one
line, as large as the English ones, the French unit under them (« pts de % », as the summary's
table writes it) where it would not stand beside them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from bataille.ui.controller import SessionController
from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.scene import MIN_PX, Scene
from bataille.ui.stage.window import StageWindow
from bataille.words import NBSP, for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import first_debate_phase, start_quick_debate

from .test_stage import SIZES
from .test_stage_scores import assert_legible_and_apart
from .test_stage_text_size import NAMES, PERCENTS

CAMPS = {"fr": ("Pour", "Contre"), "en": ("For", "Against")}
CHOICES = ("agree", "disagree", "undecided")
# The English figures at 1024×768 before this change (« −15 pp », 100 %), measured: the French ones
# were 20 px, on two lines.
ENGLISH_FIGURE_PX = 27


def voted_stage(qtbot, deck, font: QFont, lang: str, teams: int | str, both: bool = True) -> StageWindow:
    """The stage of a debate whose vote before (and, ``both``, the vote after) is shown: a quick
    debate (``teams`` "quick") or a workshop of ``teams`` teams."""
    if teams == "quick":
        session = Session.create(deck, MemoryStore(), ManualClock(), lang, phase_ids=[first_debate_phase(deck)])
        start_quick_debate(session, deck.cards_of("debate", "bias")[0].id, CAMPS[lang])
    else:
        session = Session.create(deck, MemoryStore(), ManualClock(), lang)
        for name in NAMES[lang][:teams]:
            session.add_team(name)
        session.start()
        for _ in range(3):  # welcome, timeline, debates
            session.start_phase()
        session.open_round(seed=1)
        session.assign_sides(seed=2)
    votes = (("before", (12, 9, 5)), ("after", (8, 16, 2)))
    for stage, counts in votes if both else votes[:1]:
        session.record_vote(stage, dict(zip(CHOICES, counts, strict=True)))
        session.reveal_votes(stage)
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.setFont(font)
    return stage


def picture(stage: StageWindow, size: tuple[int, int], percent: int = 100) -> Scene:
    with to_the_room(stage.controller.lang):
        return build_scene(stage.context(), size[0], size[1], stage.font(), percent / 100)


def headings_clear_of_their_voters(scene: Scene) -> list[str]:
    """Each vote's heading whole and clear of its count of voters: at 100 % its room too, not only
    its glyphs (a larger text size gives the count what the heading leaves of the line)."""
    found = []
    headings = [t for t in scene.text_items() if t.role == "vote-heading"]
    totals = [t for t in scene.text_items() if t.role == "vote-total"]
    assert totals, "the votes are shown"
    for total in totals:
        heading = min(headings, key=lambda h: abs(h.rect.top() - total.rect.top()))
        if heading.cut or total.cut:
            found.append(f"cut {heading.text!r} / {total.text!r}")
        room = (heading.rect if scene.text_scale == 1 else heading.used).intersected(total.used)
        if room.width() > 1 and room.height() > 1:
            found.append(f"{heading.text!r} given the room of {total.text!r}")
        if heading.px < MIN_PX * scene.u - 0.5 or total.px < MIN_PX * scene.u - 0.5:
            found.append(f"small {heading.text!r} {heading.px} / {total.text!r} {total.px}")
    return found


@pytest.mark.parametrize("teams", ["quick", 2, 4, 6])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_votes_and_their_shift_read_whole_and_apart_on_every_screen(qtbot, translations, bundled_deck, app_font,
                                                                        lang, teams) -> None:
    translations.set_language(lang)
    problems = []
    for both in (False, True):
        stage = voted_stage(qtbot, bundled_deck, app_font, lang, teams, both)
        for size in SIZES:
            for percent in PERCENTS:
                scene = picture(stage, size, percent)
                where = f"{size[0]}x{size[1]} {percent}% {'both votes' if both else 'the vote before'}"
                try:
                    assert_legible_and_apart(scene, size)
                except AssertionError as error:
                    problems.append(f"{where}: {error}")
                problems += [f"{where}: {line}" for line in headings_clear_of_their_voters(scene)]
                figures = scene.texts("shift")
                assert bool(figures) == both, where
                problems += [f"{where}: figure on two lines {f!r}" for f in figures if "\n" in f]
    assert not problems, "\n".join(problems[:30]) + f"\n({len(problems)} in all)"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wider_rendering_of_the_heading_keeps_clear_of_the_voters(qtbot, translations, bundled_deck, app_font,
                                                                    lang) -> None:
    """The teacher's « Vote before the debat26 voters »: the app's font drawn a seventh wider (and
    wider still, where the heading does not stand beside the count even at the smallest size)."""
    translations.set_language(lang)
    problems = []
    for spacing in (115, 130):
        font = QFont(app_font)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
        stage = voted_stage(qtbot, bundled_deck, font, lang, "quick")
        for size in SIZES:
            for percent in PERCENTS:
                scene = picture(stage, size, percent)
                where = f"{spacing}% wide {size[0]}x{size[1]} {percent}%"
                texts = [t for t in scene.text_items() if t.role in ("vote-heading", "vote-total")]
                for i, a in enumerate(texts):
                    for b in texts[i + 1:]:
                        overlap = a.used.intersected(b.used)
                        if overlap.width() > 2 and overlap.height() > 2:
                            problems.append(f"{where}: {a.text!r} over {b.text!r}")
                problems += [f"{where}: {line}" for line in headings_clear_of_their_voters(scene)]
    assert not problems, "\n".join(problems[:30]) + f"\n({len(problems)} in all)"


def said(scene: Scene) -> list[str]:
    """The shift's figures as the room reads them, with their unit where it stands under them."""
    figures, units = scene.texts("shift"), scene.texts("shift-unit")
    return [f"{figure}{NBSP}{units[i]}" if units else figure for i, figure in enumerate(figures)]


@pytest.mark.parametrize("teams", ["quick", 4])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_shift_s_figures_read_whole_on_one_line_as_large_in_french_as_in_english(
        qtbot, translations, bundled_deck, app_font, lang, teams) -> None:
    from bataille.ui.stage.vote_boxes import shift_points

    translations.set_language(lang)
    stage = voted_stage(qtbot, bundled_deck, app_font, lang, teams)
    shift = stage.controller.state.rounds[-1].shift
    for size in [(1024, 768), (1280, 1024), (900, 1000)]:
        scene = picture(stage, size)
        figures = [t for t in scene.text_items() if t.role == "shift"]
        assert len(figures) == 3 and not any("\n" in f.text or f.cut for f in figures), (size, scene.texts("shift"))
        # each figure with its sign and its unit: « −15 pts de % », never « pts » alone (the scores)
        assert said(scene) == [for_the_font(shift_points(getattr(shift, c))) for c in CHOICES], size
        if size == (1024, 768):
            assert min(f.px for f in figures) >= ENGLISH_FIGURE_PX, [(f.text, f.px) for f in figures]
        assert_legible_and_apart(scene, size)
