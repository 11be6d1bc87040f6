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


def test_the_line_follows_the_debates_on_the_clocks_tick(debates) -> None:
    window = debates
    c, line = window.controller, window.agenda.debate_note
    assert line.isVisible() and line.text() == f"30{NB}min pour 5 débats, ~6{NB}min chacun"
    c.act(open_debate, c.session)
    c.act(close_debate, c.session)  # the first cut short
    c.act(open_debate, c.session)
    c.session.clock.advance(7 * MIN)
    c._on_tick()  # the clock's second turned: the line with it
    assert line.text() == f"Débat 2{NB}: 7{NB}min\n23{NB}min pour 4 débats, ~6{NB}min chacun"
    assert "débats" not in _stage_words(window)
    c.session.clock.advance(13 * MIN)
    c._on_tick()
    assert line.text() == f"Débat 2{NB}: 20{NB}min\nil reste le temps de 2 débats sur 4"
    c.act(c.session.pause_timer)
    assert line.text() == f"Débat 2{NB}: 20{NB}min\nil reste le temps de 2 débats sur 4"
    c.act(c.session.extend_timer, 5)  # fifteen minutes for four
    assert line.text() == f"Débat 2{NB}: 20{NB}min\nil reste le temps de 3 débats sur 4"
    c.act(c.session.extend_timer, 5)
    assert line.text() == f"Débat 2{NB}: 20{NB}min\n20{NB}min pour 4 débats, ~5{NB}min chacun"


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", f"Débat 1{NB}: 8{NB}min\n22{NB}min pour 5 débats, ~4{NB}min chacun"),
    ("en", "Debate 1: 8 min\n22 min for 5 debates, ~4 min each"),
])
def test_whole_at_1366_by_768_in_french_and_english(debates, translations, lang, said) -> None:
    window = debates
    translations.set_language(lang)
    c, agenda = window.controller, window.agenda
    c.act(open_debate, c.session)
    c.session.clock.advance(8 * MIN)
    c._on_tick()
    QApplication.processEvents()
    line = agenda.debate_note
    assert line.text() == said
    assert line.height() >= line.heightForWidth(line.width()) - 1, "the line is cut"
    for part in said.split("\n"):  # each part on its line, never wrapped mid-phrase
        assert line.fontMetrics().horizontalAdvance(part) <= line.contentsRect().width(), part
    assert line.geometry().bottom() < agenda.start_pause.geometry().top()
    assert agenda.phases.height() >= 3 * agenda.phases.sizeHintForRow(0), "the list of phases left a sliver"


def test_none_outside_the_debates(debates) -> None:
    window = debates
    c = window.controller
    c.act(c.session.start_phase, "scenarios")
    QApplication.processEvents()
    assert not window.agenda.debate_note.isVisible() and window.agenda.debate_note.text() == ""


def test_a_quick_debate_keeps_its_clock_alone(quick) -> None:  # noqa: F811
    """Its one debate opened with its phase: the clock already says how long it has run and has left."""
    c = quick.controller
    c.session.clock.advance(5 * MIN)
    c._on_tick()
    assert not quick.agenda.debate_note.isVisible() and quick.agenda.debate_note.text() == ""
