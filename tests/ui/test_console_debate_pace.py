"""Five themes in thirty minutes: under the phase's clock, the console tells the facilitator how long
the debate under way has run and the time each debate to come can have, refreshed on the clock's own
tick. The room does not see it (the stage keeps the phase's clock), nor does a quick debate's console."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bataille.workshop.flow import close_debate, open_debate

from .conftest import open_console
from .test_console_words import quick  # noqa: F401 - the fixture

MIN = 60.0
NB = "\u00a0"
SIX = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Ours")


@pytest.fixture
def debates(qtbot, tmp_path, translations, bundled_deck, in_app_font):
    """Six teams, 90 minutes in a session file; the debates phase under way (30 minutes, five themes)."""
    window = open_console(qtbot, bundled_deck, SIX, 90, path=tmp_path / "atelier.bataille")
    c = window.controller
    c.act(c.session.start_phase)
    c.act(c.session.start_phase)
    c.act(c.session.start_phase, "debates")
    QApplication.processEvents()
    yield window
    c.close()


def _stage_words(window) -> str:
    return " ".join(item.text for item in window.stage.build().items if hasattr(item, "text"))


def _said(agenda) -> str:
    """The debate under way in the clock's box, then the share under the planned end."""
    return " | ".join(label.text() for label in (agenda.debate_clock, agenda.debate_note) if label.isVisible())


def test_the_line_follows_the_debates_on_the_clocks_tick(debates) -> None:
    window = debates
    c, agenda = window.controller, window.agenda
    assert _said(agenda) == f"30{NB}min pour 5 débats, ~6{NB}min chacun"  # between two debates: the share
    c.act(open_debate, c.session)
    c.act(close_debate, c.session)  # the first cut short
    c.act(open_debate, c.session)
    c.session.clock.advance(7 * MIN)
    c._on_tick()  # the clock's second turned: the line with it
    assert _said(agenda) == f"Débat 2{NB}: 7{NB}min | 23{NB}min pour 4 débats, ~6{NB}min chacun"
    assert "débats" not in _stage_words(window)
    c.session.clock.advance(13 * MIN)
    c._on_tick()
    assert _said(agenda) == f"Débat 2{NB}: 20{NB}min | il reste le temps de 2 débats sur 4"
    c.act(c.session.pause_timer)
    assert _said(agenda) == f"Débat 2{NB}: 20{NB}min | il reste le temps de 2 débats sur 4"
    c.act(c.session.extend_timer, 5)  # fifteen minutes for four
    assert _said(agenda) == f"Débat 2{NB}: 20{NB}min | il reste le temps de 3 débats sur 4"
    c.act(c.session.extend_timer, 5)
    assert _said(agenda) == f"Débat 2{NB}: 20{NB}min | 20{NB}min pour 4 débats, ~5{NB}min chacun"
    c.act(close_debate, c.session)
    assert _said(agenda) == f"20{NB}min pour 3 débats, ~7{NB}min chacun"


@pytest.mark.parametrize(("lang", "running", "share"), [
    ("fr", f"Débat 1{NB}: 8{NB}min", f"22{NB}min pour 5 débats, ~4{NB}min chacun"),
    ("en", "Debate 1: 8 min", "22 min for 5 debates, ~4 min each"),
])
def test_whole_at_1366_by_768_in_french_and_english(debates, translations, lang, running, share) -> None:
    window = debates
    translations.set_language(lang)
    c, agenda = window.controller, window.agenda
    before = agenda.start_pause.y()  # between two debates, the share alone under the planned end
    c.act(open_debate, c.session)
    c.session.clock.advance(8 * MIN)
    c._on_tick()
    QApplication.processEvents()
    assert (agenda.debate_clock.text(), agenda.debate_note.text()) == (running, share)
    # The debate under way in the clock's box, whole, under the digits: the box no taller than the
    # stacked +1 and +5 beside it, nothing under the clock moved down.
    clock, under = agenda.timer_label, agenda.debate_clock
    assert under.isVisible() and under.parentWidget() is clock and clock.rect().contains(under.geometry())
    assert under.fontMetrics().horizontalAdvance(running) <= under.width()
    assert clock.height() <= agenda.plus_5.geometry().bottom() - agenda.plus_1.y() + 1
    assert agenda.start_pause.y() == before
    # As drawn: the digits' ink, then a gap, then the line's, inside the box.
    assert _ink_bands(clock) == 2, "the digits and the line touch, or one is cut"
    # The share on one line under the planned end, whole.
    line = agenda.debate_note
    assert line.fontMetrics().horizontalAdvance(share) <= line.contentsRect().width(), "wrapped"
    assert line.height() >= line.heightForWidth(line.width()) - 1, "the line is cut"
    assert line.geometry().bottom() < agenda.start_pause.geometry().top()


def _ink_bands(clock) -> int:
    """The bands of rows of the clock's box with light ink (its words are white on dark), counted
    only when none touches the box's top or bottom edge (else -1: something is cut)."""
    image = clock.grab().toImage()
    inked = [any(image.pixelColor(x, y).lightness() > 160 for x in range(image.width()))
             for y in range(image.height())]
    if inked[0] or inked[-1]:
        return -1
    return sum(1 for y in range(1, len(inked)) if inked[y] and not inked[y - 1])


def test_none_outside_the_debates(debates) -> None:
    window = debates
    c = window.controller
    c.act(c.session.start_phase, "scenarios")
    QApplication.processEvents()
    for label in (window.agenda.debate_clock, window.agenda.debate_note):
        assert not label.isVisible() and label.text() == ""


def test_a_quick_debate_keeps_its_clock_alone(quick) -> None:  # noqa: F811
    """Its one debate opened with its phase: the clock already says how long it has run and has left."""
    c = quick.controller
    c.session.clock.advance(5 * MIN)
    c._on_tick()
    for label in (quick.agenda.debate_clock, quick.agenda.debate_note):
        assert not label.isVisible() and label.text() == ""
