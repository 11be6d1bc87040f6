"""The scenario phase's indicators table on a 4:3 or 5:4 screen (and 1280×720) with five to eight
teams: each row of figures as high as a line of its text at least, so that no row runs over the
next (the rows closed up under the decision above and overlapped), every figure whole. French
and English, at 100 % and 150 %."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.window import StageWindow

from .conftest import stage_on

NAMES = {"fr": ["Les Extraordinaires", "Anticonstitutionnelles", "Extraordinary Thinkers", "Les Loutres de la 4e B",
                "Les Hiboux", "Les Renards", "Les Lynx", "Les Grues"],
         "en": ["Extraordinary Thinkers", "Owls", "Anticonstitutionnelles", "Les Extraordinaires", "Foxes",
                "Beavers", "Lynxes", "Woodpeckers"]}
SIZES = [(1024, 768), (1280, 1024), (1280, 720)]


def _stage(qtbot, deck, font, lang: str, teams: int) -> StageWindow:
    stage = stage_on(qtbot, deck, font, lang, NAMES[lang][:teams])
    session = stage.controller.session
    ids = [t.id for t in session.state.teams]
    for _ in range(4):
        session.start_phase()
    for i, team in enumerate(ids):
        session.start_scenario(team, deck.scenarios[i % len(deck.scenarios)].id)
    session.choose_option(ids[0], "a")
    session.choose_option(ids[1], "b")
    return stage


def row_problems(scene, at: str) -> list[str]:
    """Rows of the table lower than a line of their text, running over the next, or cut figures."""
    found = []
    values = [t for t in scene.text_items() if t.role == "indicator-value"]
    for t in values:
        line = QFontMetricsF(scene.font(t.px, bold=t.bold)).height()
        if t.rect.height() < line - 0.5:
            found.append(f"{at}: a row {t.rect.height():.1f} px high under a line of {line:.1f} px ({t.text!r})")
        if t.cut:
            found.append(f"{at}: figure {t.text!r} cut")
    tops = sorted({round(t.rect.top(), 1) for t in values})
    names = [t for t in scene.text_items() if t.role == "indicator-name"]
    for t in names:
        line = QFontMetricsF(scene.font(t.px, bold=True)).lineSpacing()
        if t.rect.height() < line - 0.5 and len(tops) > 1:
            found.append(f"{at}: {t.text!r} in a row {t.rect.height():.1f} px high, its line {line:.1f} px")
    for a, b in zip(names, names[1:], strict=False):
        if a.used.bottom() > b.used.top() + 0.5:
            found.append(f"{at}: {a.text!r} runs over {b.text!r}")
    return found


@pytest.mark.parametrize("teams", [5, 6, 7, 8])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_scenario_table_rows_hold_a_line_each(qtbot, translations, bundled_deck, app_font, lang, teams) -> None:
    translations.set_language(lang)
    stage = _stage(qtbot, bundled_deck, app_font, lang, teams)
    found = []
    for width, height in SIZES:
        for percent in (100, 150):
            with to_the_room(lang):
                scene = build_scene(stage.context(), width, height, stage.font(), percent / 100)
            at = f"{width}x{height} {percent}%"
            found += row_problems(scene, at)
    assert not found, "\n".join(found[:30]) + f"\n({len(found)} in all)"
