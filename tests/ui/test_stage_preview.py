"""The projector on the laptop: the console shows the stage's picture, small, and the black screen."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor


def test_the_console_shows_what_the_room_sees(console, qtbot, tmp_path):
    preview = console.preview
    assert preview.isVisible() and preview.width() >= 192
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    qtbot.waitUntil(lambda: preview.paints > 0, timeout=2000)
    shots = Path(os.environ.get("BATAILLE_SHOTS", tmp_path))
    console.grab().save(str(shots / "console-preview-1366.png"))
    image = preview.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) != QColor("black")
    c.toggle_blackout()
    qtbot.wait(50)
    image = preview.grab().toImage()
    assert image.pixelColor(image.width() // 2, 8) == QColor("black")  # impossible to miss
    painted = preview.paints
    for _ in range(3):
        c.tick.emit()  # the timer's second on a black screen: no clock, the preview stays still
    qtbot.wait(50)
    assert preview.paints == painted


def test_the_preview_shows_the_room_s_time(console, qtbot):
    """Each second the timer turns, the preview's clock turns with the stage's (it showed the
    time of the last change: 16:12 on the laptop's picture beside a 16:09 timer)."""
    c = console.controller
    preview = console.preview
    c.act(c.session.start_phase, "welcome")
    qtbot.waitUntil(lambda: preview.paints > 0, timeout=2000)
    qtbot.wait(50)
    clock = preview.grab().toImage().copy(0, 0, preview.width(), preview.height() // 8)
    painted = preview.paints
    c.session.clock.advance(61)  # a minute and a second later
    c.tick.emit()
    qtbot.waitUntil(lambda: preview.paints > painted, timeout=2000)
    assert preview.grab().toImage().copy(0, 0, preview.width(), preview.height() // 8) != clock


def test_a_hidden_stage_is_not_shown_as_projected(console, qtbot):
    """One screen: the stage waits for F5 and a mirroring projector shows the console; the preview
    drew the stage's picture as if the room saw it. Hidden, it says so across the picture, in the
    black screen's amber; shown, the picture is the room's, plain."""
    from bataille.ui.console.stage_preview import NOT_PROJECTED

    preview = console.preview
    c = console.controller
    c.act(c.session.start_phase, "debates")
    console.stage.hide()
    qtbot.waitUntil(lambda: preview.paints > 0, timeout=2000)

    def amber_in_the_middle() -> bool:
        image = preview.grab().toImage()
        amber = QColor(NOT_PROJECTED)
        return any(abs(image.pixelColor(x, y).red() - amber.red()) < 40
                   and abs(image.pixelColor(x, y).green() - amber.green()) < 40
                   and image.pixelColor(x, y).blue() < 80
                   for y in range(image.height() * 2 // 5, image.height() * 3 // 5)
                   for x in range(image.width() // 5, image.width() * 4 // 5))

    assert preview.not_projected() and amber_in_the_middle()
    console.show_stage()  # F5
    qtbot.waitUntil(lambda: console.stage.isVisible(), timeout=2000)
    assert not preview.not_projected() and not amber_in_the_middle()
    console.stage.hide()
