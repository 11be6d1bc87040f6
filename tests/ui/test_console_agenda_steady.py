"""On two columns (a laptop of 1366×768 at 150 %: 895×440 points) « Et ensuite » sits under the agenda:
the agenda is as tall through the whole workshop, so the primary button stays under the
facilitator's mouse. It went down a line or two between phases (« Aucune étape en cours » over
« 90 min prévues ») and in the debates (their pace under the planned end), then up again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from bataille.workshop.flow import close_debate, open_debate, timeline_turn

from .conftest import open_console

LAPTOP_150 = (895, 440)  # 1366×768 at 150 %, less the taskbar and the window's title bar
NAMES = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Ours")
MIN = 60.0


def _workshop(console):
    """The workshop from the welcome to its end, through every state of the lines under the clock."""
    c, s = console.controller, console.controller.session
    yield "no phase yet"
    for step, act in (("welcome", lambda: c.act(s.start_phase)), ("between two phases", lambda: c.act(s.end_phase)),
                      ("timeline", lambda: c.act(s.start_phase, "timeline")),
                      ("dealt", lambda: c.act(s.deal_timeline, 3))):
        act()
        yield step
    while not c.state.timeline.all_placed:
        turn = timeline_turn(c.state)
        c.act(s.place_card, turn, c.state.timeline.hand(turn)[0], 0)
    yield "all placed"
    c.act(s.start_phase, "debates")
    yield "debates"
    c.act(open_debate, s)
    s.clock.advance(7 * MIN)
    c._on_tick()
    yield "a debate for 7 minutes"
    c.act(close_debate, s)
    yield "between two debates"
    c.act(s.pause_timer)
    yield "debates paused"
    c.act(s.resume_timer)
    s.clock.advance(30 * MIN)
    c._on_tick()
    yield "debates over time"
    c.act(s.end_phase)
    yield "after the debates"
    c.act(s.start_phase, "scenarios")
    yield "scenarios"
    c.act(s.start_phase, "debrief")
    yield "debrief"
    c.act(s.end_phase)
    yield "over"


@pytest.mark.parametrize("size", [LAPTOP_150, (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("teams", [4, 6])
def test_the_next_step_stays_put_through_the_workshop(qtbot, translations, bundled_deck, in_app_font, size, teams):
    console = open_console(qtbot, bundled_deck, names=NAMES[:teams], minutes=90)
    console.resize(*size)
    agenda, panel = console.agenda, console.next_panel
    seen = {}
    for step in _workshop(console):
        for _ in range(4):
            QApplication.processEvents()
        place = QRect(panel.mapTo(console, QPoint(0, 0)), panel.size())
        seen[step] = (place.topLeft(), agenda.height())
        # No word cut under the clock: each line shown as tall as its words need.
        for note in (agenda.workshop_note, agenda.debate_note):
            if note.isVisible():
                assert note.height() >= note.heightForWidth(note.width()), (step, note.text())
    assert console.columns.merged is (size == LAPTOP_150)
    assert len(set(seen.values())) == 1, {step: s for step, s in seen.items() if s != seen["no phase yet"]}
