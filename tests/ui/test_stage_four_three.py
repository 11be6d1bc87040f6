"""The stage on a 4:3, 5:4 or 16:10 projector (1024×768, 800×600, 1280×1024, 1280×800): whole, inside
the screen, apart, the phones' code scannable. Laid out at its height, as shipped (down to 5:4, NARROWEST
1350: its texts as large for the wall as on a 16:9 stage of the same height), with eight teams: checked here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.parts import StageContext
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.scene import MIN_PX, QrItem
from bataille.workshop import ManualClock, MemoryStore, Session


def _session(deck, lang: str, teams: int, phases: list[str]) -> Session:
    session = Session.create(deck, MemoryStore(), ManualClock(), lang, agenda_minutes=90, phase_ids=phases)
    for i in range(teams):
        session.add_team(f"Team {i + 1}" if lang == "en" else f"Équipe {i + 1}")
    session.start()
    session.start_phase()
    return session


def _scene(session: Session, deck, font, lang: str, size: tuple[int, int], **kw):
    ctx = StageContext(session.state, deck, lang, 600.0, **kw)
    with to_the_room(lang):
        return build_scene(ctx, size[0], size[1], font)


def _whole_and_apart(scene) -> list[str]:
    """What a person at the back would see wrong: text cut, outside the screen, or over another."""
    found = []
    screen = QRectF(0, 0, scene.width, scene.height).adjusted(-0.5, -0.5, 0.5, 0.5)
    texts = [t for t in scene.text_items() if t.text.strip()]
    for t in texts:
        if t.cut:
            found.append(f"cut {t.role} {t.text!r}")
        if not screen.contains(t.used):
            found.append(f"outside {t.role} {t.text!r}")
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            inter = a.used.intersected(b.used)
            if inter.width() > 2 and inter.height() > 2:
                found.append(f"overlap {a.role} {a.text!r} / {b.role} {b.text!r}")
    return found


def _voted(deck, lang: str, teams: int) -> Session:
    session = _session(deck, lang, teams, ["debates"])
    session.open_round(seed=1)
    session.assign_sides()
    for stage, counts in (("before", (12, 9, 5)), ("after", (8, 16, 2))):
        session.record_vote(stage, dict(zip(("agree", "disagree", "undecided"), counts, strict=True)))
        session.reveal_votes(stage)
    return session


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_both_votes_and_the_shift_read_whole_on_a_4_3_screen(qapp, bundled_deck, app_font, lang) -> None:
    """Laid out at its height, the votes' column of a 4:3 screen was too narrow: « Vote avant le
    débat » ran into « 26 votants », the verdict was cut. The card leaves it half the width, and the
    verdict takes two lines where it needs them."""
    session = _voted(bundled_deck, lang, 4)
    assert not _whole_and_apart(_scene(session, bundled_deck, app_font, lang, (1024, 768)))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_phone_vote_counting_down_shows_its_count_and_a_scannable_code_on_a_4_3_screen(
        qapp, bundled_deck, app_font, lang) -> None:
    """While the phones voted with a countdown, a 4:3 screen's vote box was too short: « Vote sur les
    téléphones » over « 28 réponses sur 30 téléphones », both cut, and no QR code for a latecomer. The
    vote to come, with nothing to show, gives its room to the one the phones answer."""
    from bataille.phones.join import qr_matrix

    session = _session(bundled_deck, lang, 8, ["debates"])
    session.open_round(seed=1)
    session.assign_sides()
    address = "192.168.100.123:8765"
    join = (address, "XYTJ", qr_matrix(f"http://{address}/"))
    for size in ((1024, 768), (1280, 1024)):
        scene = _scene(session, bundled_deck, app_font, lang, size, phones=("before", 28, 30), join=join,
                       phones_left=30)
        assert not _whole_and_apart(scene), size
        (code,) = [i for i in scene.items if isinstance(i, QrItem)]
        assert code.rect.width() / (len(join[2]) + 8) >= 3, size  # three whole pixels a module at least
        assert QRectF(0, 0, *size).contains(code.rect)
        joined = " ".join(t.text for t in scene.text_items() if t.role == "vote-before-phones-join")
        assert address in joined and "XYTJ" in joined


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_welcome_names_every_theme_and_step_whole_on_a_4_3_screen(qapp, bundled_deck, app_font, lang) -> None:
    """« Créativité et propriété … », « 1. Accueil et … », « 3. Débats en cinq … » on a 4:3 screen:
    a theme's name takes two lines in its band, the steps' minutes no more room than they need."""
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), lang, agenda_minutes=90)
    for i in range(4):
        session.add_team(f"Team {i + 1}")
    session.start()
    session.start_phase()
    scene = _scene(session, bundled_deck, app_font, lang, (1024, 768))
    assert len([t for t in scene.text_items() if t.role == "agenda-phase"]) >= 5
    assert not _whole_and_apart(scene)


# Eight teams, in the room's language: the longest of the screenshots' names (« Les Renards », « Woodpeckers »)
EIGHT = {"fr": ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours",
                "Les Pics"),
         "en": ("Owls", "Otters", "Foxes", "Beavers", "Lynxes", "Cranes", "Bears", "Woodpeckers")}
CLASSROOM = [(1024, 768), (800, 600), (1280, 1024), (1280, 800)]  # 4:3, 4:3, 5:4, 16:10 projectors
MOMENTS = ["welcome", "timeline", "debate-hidden", "debate", "scenario", "debrief", "end"]


def _eight_teams_at(qtbot, translations, deck, font, lang: str, moment: str):
    """A stage of eight teams at ``moment`` of a full workshop (« end »: the debrief ended)."""
    from bataille.ui.controller import SessionController
    from bataille.ui.stage.window import StageWindow

    from .test_stage import play_to

    translations.set_language(lang)
    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    for name in EIGHT[lang]:
        session.add_team(name)
    session.start()
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.setFont(font)
    stage.show()
    play_to(stage, "debrief" if moment == "end" else moment)
    if moment == "end":
        session.end_phase()
    return stage


@pytest.mark.parametrize(("moment", "lang"), [
    pytest.param(moment, lang, id=f"{moment}-{lang}") for moment in MOMENTS for lang in ("fr", "en")])
def test_a_classroom_projector_shows_text_as_large_for_its_height_as_a_16_9_stage(
        qtbot, translations, bundled_deck, app_font, lang, moment) -> None:
    """On a 4:3, 5:4 or 16:10 projector the stage scaled by its width: its smallest text was 74–84 %
    of what a 16:9 screen of the same height shows (15 px at 1024×768, where 1280×720 shows 19),
    too small for the back of the room. Laid out at its height down to 5:4, the smallest text of
    each moment is the 16:9 stage's smallest (MIN_PX at 1080p) for the screen's height, and whole,
    on the screen, apart, with eight teams."""
    stage = _eight_teams_at(qtbot, translations, bundled_deck, app_font, lang, moment)
    for size in CLASSROOM:
        stage.resize(*size)
        for page in range(2):  # a page the stage turns to (the debrief's lists, the podium and the debates)
            stage.timeline_page = page
            scene = stage.build()
            texts = [t for t in scene.text_items() if t.text.strip()]
            smallest = min(texts, key=lambda t: t.px)
            assert smallest.px >= MIN_PX * size[1] / 1080 - 0.5, (size, smallest.role, smallest.text, smallest.px)
            assert not _whole_and_apart(scene), (size, page)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_eight_teams_votes_and_shift_read_whole_with_the_phones_on_a_classroom_projector(
        qtbot, translations, bundled_deck, app_font, lang) -> None:
    """Both votes shown, eight teams, the phones on: the bars of a 4:3 or 5:4 screen were a row each
    lower than a line (« D’accord » over « Pas d’accord », the percentages cut), the shift's figures
    cut (« −15 pts … »). The bars stand side by side, the figures under them on two lines."""
    from bataille.phones.join import qr_matrix

    stage = _eight_teams_at(qtbot, translations, bundled_deck, app_font, lang, "debate")
    address = "192.168.100.123:8765"
    join = (address, "XYTJ", qr_matrix(f"http://{address}/"))
    for size in CLASSROOM:
        scene = _scene(stage.controller.session, bundled_deck, app_font, lang, size, join=join)
        assert not _whole_and_apart(scene), size
        assert len(scene.texts("vote-after-share")) == 3 and len(scene.texts("shift")) == 3
        smallest = min((t for t in scene.text_items() if t.text.strip()), key=lambda t: t.px)
        assert smallest.px >= MIN_PX * size[1] / 1080 - 0.5, (size, smallest.role, smallest.text)


def test_the_stage_as_shipped_shows_text_as_large_for_its_height_on_a_4_3_projector(
        qtbot, translations, bundled_deck, app_font) -> None:
    """As shipped, a 1024×768 projector's smallest text is the 16:9 stage's for its height."""
    stage = _eight_teams_at(qtbot, translations, bundled_deck, app_font, "fr", "debate")
    stage.resize(1024, 768)
    smallest = min((t for t in stage.build().text_items() if t.text.strip()), key=lambda t: t.px)
    assert smallest.px >= MIN_PX * 768 / 1080 - 0.5, (smallest.role, smallest.text, smallest.px)


@pytest.mark.parametrize("teams", [2, 5, 6])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 1024)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_decision_s_options_read_whole_laid_out_at_its_height(qtbot, translations, bundled_deck, app_font, teams,
                                                                size) -> None:
    """« A. Interdiction dans les écoles et les services … »: laid out at its height, a 5:4 or 4:3
    screen wraps each option in three lines, and the options' row kept its 16:9 height. The options
    take the room the situation above leaves at its smallest, the gauges' rows closing up below."""
    from .test_stage_scores import assert_legible_and_apart, pairs, stage_of

    stage = stage_of(qtbot, bundled_deck, app_font, teams, "scenario", size)
    stage.controller.advance()  # from the consequence of a choice to the next decision
    scene = stage.build()
    assert scene.texts("situation") and len(scene.texts("option")) == 3
    assert_legible_and_apart(scene, size)
    assert len(pairs(scene, "score")) == teams


@pytest.mark.parametrize("lines", [3, 8])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 1024), (900, 1000)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_debrief_s_figures_and_the_room_s_words_read_whole_laid_out_at_its_height(
        qtbot, translations, bundled_deck, app_font, size, lines) -> None:
    """Under the gauges, laid out at its height, the key figures had a sliver (« • 10 ans de CV — Le
    robot recruteur qui écarta… ») and « + 5 autres · … » no room in half the column: the figures and
    the room's words take turns, each list with the whole column on its page, every line shown."""
    from .test_stage_debrief_lists import test_every_line_the_room_wrote_is_shown

    test_every_line_the_room_wrote_is_shown(qtbot, translations, bundled_deck, app_font, size, lines, True)
