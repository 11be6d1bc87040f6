"""The console's columns through the timeline, on a laptop (1366×768 at 100 %, and at 150 %: 895×440
points) and with four or six teams: the window's size and text size choose three columns or two,
never the page shown (« Et ensuite » went under the agenda at the deal, the stage's picture out of
sight, and came back once every card was placed); right after the deal, the strip of gaps takes the
page's height (one gap and one card in a page that scrolled too); the primary button says the deal
whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from bataille.workshop.flow import timeline_turn

from .conftest import open_console

LAPTOP_150 = (895, 440)  # 1366×768 at 150 %, less the taskbar and the window's title bar
NAMES = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Ours")


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def whole(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def where(console) -> tuple:
    """The primary button: its column, and its place and size in the window."""
    button = console.next_panel.button
    return console.columns.merged, QRect(button.mapTo(console, QPoint(0, 0)), button.size())


@pytest.mark.parametrize("size", [(1366, 768), LAPTOP_150])
@pytest.mark.parametrize("teams", [4, 6])
def test_the_next_step_stays_put_through_the_timeline(qtbot, translations, bundled_deck, in_app_font, size, teams):
    console = open_console(qtbot, bundled_deck, names=NAMES[:teams])
    console.resize(*size)
    c, s = console.controller, console.controller.session
    c.act(s.start_phase, "timeline")
    settle()
    before = where(console)
    c.advance()  # the deal
    settle()
    assert c.state.timeline.dealt
    assert where(console) == before
    if size == (1366, 768):  # the stage's picture in sight while the teams place their cards
        assert whole(console.preview)
    while not c.state.timeline.all_placed:
        turn = timeline_turn(c.state)
        c.act(s.place_card, turn, c.state.timeline.hand(turn)[0], 0)
        if len(c.state.timeline.placements) == 1:
            settle()
            assert where(console) == before
    settle()
    assert where(console) == before
    c.advance()
    c.advance()  # the first debate opened
    settle()
    assert c.state.agenda.current.kind == "debate"
    assert where(console)[0] == before[0] and whole(console.next_panel.button)
    assert console.phase.scroll.horizontalScrollBar().maximum() == 0
    assert before[0] is (size == LAPTOP_150)  # three columns on the laptop at 100 %, two at 150 %


@pytest.mark.parametrize("size", [(1366, 768), LAPTOP_150])
def test_the_strip_takes_the_page_after_the_deal(qtbot, translations, bundled_deck, in_app_font, size):
    console = open_console(qtbot, bundled_deck, names=NAMES[:4])
    console.resize(*size)
    c, s = console.controller, console.controller.session
    c.act(s.start_phase, "timeline")
    c.advance()  # the deal
    settle()
    panel, page = console.phase.timeline, console.phase.scroll
    for moment in ("dealt", "a card down"):
        assert page.verticalScrollBar().maximum() == 0, moment  # one scroll bar: the strip's own
        assert page.horizontalScrollBar().maximum() == 0, moment
        assert panel.scroll.height() >= page.viewport().height() // 5, (moment, panel.scroll.height())
        assert whole(panel.deal_button) is (moment == "dealt") and not panel.deal_box.isVisible()
        turn = timeline_turn(c.state)
        c.act(s.place_card, turn, c.state.timeline.hand(turn)[0], 0)
        settle()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [(1366, 768), LAPTOP_150])
def test_the_deal_is_said_whole_on_the_primary_button(qtbot, translations, bundled_deck, in_app_font, size, lang):
    translations.set_language(lang)
    console = open_console(qtbot, bundled_deck, names=NAMES[:4])
    console.resize(*size)
    c = console.controller
    for step in ("welcome", "deal"):
        if step == "deal":
            c.act(c.session.start_phase, "timeline")
        settle()
        button = console.next_panel.button
        assert "…" not in button.text(), (step, button.text())
        assert button.text().split() == button.toolTip().split(), (step, button.text())
        metrics = button.fontMetrics()
        assert all(metrics.horizontalAdvance(line) < button.width() for line in button.text().split("\n"))
        assert whole(button)


def test_a_step_too_long_for_two_lines_takes_three_before_any_cut(qapp, app_font):
    from PySide6.QtGui import QFontMetrics

    from bataille.ui.console.side_panel import fit_lines

    metrics = QFontMetrics(app_font)
    words = "Distribuer les cartes de la frise\u00a0: 4 par équipe"
    room = metrics.horizontalAdvance("Distribuer les cartes") + 2
    shown = fit_lines(words, metrics, room)
    assert "…" not in shown and shown.split() == words.split(), shown
    assert all(metrics.horizontalAdvance(line) <= room for line in shown.split("\n"))
    colon = "Étape suivante\u00a0: Accueil et règles du jeu"  # after the colon, cut: a break elsewhere
    room = metrics.horizontalAdvance("Accueil et règles") + 2
    shown = fit_lines(colon, metrics, room)
    assert "…" not in shown and shown.split() == colon.split(), shown
