"""The room's clock and the facilitator's read the same, on the wall clock, through Pause, Resume,
Ctrl+Z, Ctrl+Y and « +1 min », gaps of real time between them: the console's clock, the stage as
the projector shows it (its pixels on screen, not a picture laid out again for the test), and the
console's copy of the stage. On a 4:3 projector the stage repainted each second a strip worked out
for 1920 pixels wide, shorter than its header: the clock's note and the bottom of its box stayed
as they were (« restantes » under a clock of the last minute, half the box amber). And Ctrl+Y of a
press of several actions redrew only what its last action touched: the console's scores stayed as
the undo had left them while the stage showed the points given. Real widgets, a real session file."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, QRect

from bataille.storage import new_session
from bataille.ui.commands import Command
from bataille.workshop.flow import leave_phase

from .conftest import console_on, go_to_phase


class WallClock:
    """The wall clock (time.time()), which the test may also move on by a gap of minutes at once."""

    def __init__(self) -> None:
        self.gone = 0.0

    def now(self) -> float:
        return time.time() + self.gone

    def advance(self, seconds: float) -> None:
        self.gone += seconds


@pytest.fixture
def projected(qtbot, translations, bundled_deck, tmp_path):
    """A console on a session in a real file, on the wall clock; the stage shown at ``size``."""
    clock = WallClock()
    session = new_session(tmp_path / "atelier.bataille", bundled_deck, clock, "fr", agenda_minutes=60)
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    console = console_on(qtbot, session)
    console.actions_[Command.SHOW_STAGE].trigger()  # F5
    qtbot.waitUntil(lambda: console.stage.isVisible(), timeout=2000)
    yield console, clock
    console.phones.turn_off()
    console.controller.close()


def _on_screen(widget) -> object:
    """What ``widget`` shows on screen now: its window's pixels, as last painted (not painted again)."""
    window = widget.window()
    image = window.screen().grabWindow(window.winId()).toImage()
    top_left = widget.mapTo(window, QPoint(0, 0)) if widget is not window else QPoint(0, 0)
    return image.copy(QRect(top_left, widget.size()))


def _apart(one, other) -> bool:
    """Two colours a reader tells apart (not the one step of rounding two paints of the same text differ by)."""
    return max(abs(one.red() - other.red()), abs(one.green() - other.green()), abs(one.blue() - other.blue())) > 24


def _stale_pixels(widget, box: QRect) -> int:
    """Pixels of ``box`` (in ``widget``) where the screen differs from the whole picture drawn now."""
    shown, whole = _on_screen(widget), widget.grab().toImage()
    return sum(_apart(shown.pixelColor(x, y), whole.pixelColor(x, y))
               for y in range(box.top(), box.bottom(), 2) for x in range(box.left(), box.right(), 2))


def _clock_box(width: int, height: int) -> QRect:
    """The right part of the stage's header, where the phase's clock and its note are (1080p: 150 high)."""
    u = min(width / 1350, height / 1080)
    return QRect(width - round(440 * u), 0, round(440 * u), round(150 * u))


def _after_a_tick(qtbot, c) -> None:
    """The clock's second just turned, and what it repaints is painted (the next turn is a second away)."""
    with qtbot.waitSignal(c.tick, timeout=2500):
        pass
    qtbot.wait(60)


def _read(console) -> tuple[str, str, str, str]:
    """(the console's clock, its note, the stage's clock, its note), the stage's as last painted."""
    scene = console.stage.scene or console.stage.build()
    return (console.agenda.timer_label.text(), console.agenda.timer_note.text(),
            scene.texts("timer")[0], scene.texts("timer-note")[0])


def _agree(qtbot, console, note: str, console_note: str = "") -> None:
    """Both clocks read the same, the stage's note ``note`` (the console's ``console_note``, else
    ``note`` with the phase's name), and neither screen shows a part of an older clock."""
    clock, said, stage_clock, stage_note = _read(console)
    assert clock == stage_clock and stage_note == note, _read(console)
    assert said == console_note if console_note else said.startswith(note), _read(console)
    stage, preview = console.stage, console.preview
    assert _stale_pixels(stage, _clock_box(stage.width(), stage.height())) == 0, "the stage shows an old clock"
    width, height = preview.frame()
    scale = min(preview.width() / width, preview.height() / height)
    top = round((preview.height() - height * scale) / 2)
    strip = QRect(0, top, preview.width(), round(150 * min(width / 1350, height / 1080) * scale))
    assert _stale_pixels(preview, strip.adjusted(0, 0, 0, -2)) == 0, "the console's copy shows an old clock"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 1024), (1280, 720)])
def test_pause_resume_undo_redo_and_a_minute_more_read_the_same_on_both_screens(projected, qtbot, size):
    console, clock = projected
    c, actions = console.controller, console.actions_
    console.stage.resize(*size)
    go_to_phase(c, "debrief")
    clock.advance(c.state.agenda.current.planned_seconds - 86)  # a minute and 26 seconds left
    _after_a_tick(qtbot, c)
    _agree(qtbot, console, "restantes", "Bilan")  # the console names the phase
    actions[Command.START_PAUSE].trigger()  # Pause: the room steps out
    clock.advance(40)
    qtbot.wait(300)
    actions[Command.START_PAUSE].trigger()  # Resume
    clock.advance(10)
    _after_a_tick(qtbot, c)
    actions[Command.UNDO].trigger()  # Ctrl+Z: the resume taken back, the clock paused again
    assert c.state.agenda.current.status == "paused"
    clock.advance(5)
    qtbot.wait(200)  # no clock runs: what both show is what the undo drew
    _agree(qtbot, console, "En pause")
    actions[Command.REDO].trigger()  # Ctrl+Y: resumed as it was, at its own moment
    assert c.state.agenda.current.status == "running"
    left = c.remaining()
    assert 60 < left < 75, left  # still more than a minute: the stage was drawn whole at « restantes »
    clock.advance(left - 59.5)  # the last minute comes with the clock's next second, drawn by the tick alone
    _after_a_tick(qtbot, c)
    _agree(qtbot, console, "Dernière minute")
    actions[Command.UNDO].trigger()  # Ctrl+Z twice: the resume, then the pause, taken back
    actions[Command.UNDO].trigger()
    _after_a_tick(qtbot, c)
    _agree(qtbot, console, "Dernière minute")  # without the pause: 40 seconds less left
    actions[Command.REDO].trigger()  # Ctrl+Y twice: paused, then resumed, as they were
    qtbot.wait(200)  # paused: no clock runs, what both show is what the redo drew
    _agree(qtbot, console, "En pause")
    actions[Command.REDO].trigger()
    _after_a_tick(qtbot, c)
    _agree(qtbot, console, "Dernière minute")
    actions[Command.PLUS_1].trigger()  # « +1 min »: more than a minute again, the stage drawn whole
    clock.advance(c.remaining() - 60.4)
    _after_a_tick(qtbot, c)
    _agree(qtbot, console, "Dernière minute")


def test_ctrl_y_of_a_debate_closed_on_leaving_shows_its_points_on_the_console_as_on_the_stage(projected, qtbot):
    console, _clock = projected
    c = console.controller
    go_to_phase(c, "debates")
    c.act(c.session.open_round)
    c.act(c.session.assign_sides)
    c.act(c.session.record_vote, "before", {"agree": 5, "disagree": 5, "undecided": 2})
    c.act(c.session.reveal_votes, "before")
    c.act(c.session.record_vote, "after", {"agree": 10, "disagree": 1, "undecided": 1})
    c.act(c.session.reveal_votes, "after")  # the room has seen the shift: its side wins the points
    c.act(leave_phase, c.session)  # one press: the debate closed, its points given, the next phase started
    won = sorted(team.score for team in c.state.teams)
    assert won[-1] > 0, won

    def console_scores() -> list[str]:
        return [console.teams.list.item(i).text() for i in range(console.teams.list.count())]

    given = console_scores()
    console.actions_[Command.UNDO].trigger()  # the whole press taken back: no points, the debate open
    assert all(team.score == 0 for team in c.state.teams) and c.state.open_round is not None
    assert console_scores() != given
    console.actions_[Command.REDO].trigger()  # the whole press again
    assert sorted(team.score for team in c.state.teams) == won
    qtbot.wait(50)
    assert console_scores() == given  # the console says the points the stage shows
