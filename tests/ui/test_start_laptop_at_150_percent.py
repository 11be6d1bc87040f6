"""The start screen on a school laptop of 1366×768 at 150 % (911×512 points): the first screen a
facilitator ever sees. « Commencer la séance » sat at the bottom of the new session's column, below
the window's edge, and the three columns stayed side by side (judged before the teams editor came
with the deck), scrolled sideways, « Séances récentes » cut on the right. Now the button is in the
window's bottom row, and the columns are placed again by the widths they need once the deck is read.

Once in the app itself (a child process, ``QT_SCALE_FACTOR=1.5`` on a screen of that laptop, the
deck read after the first paint as it always is), once with the window's own widgets at that size.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from .app_in_a_child import HEAD, run

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpp": 32,
          "dpr": 1, "primary": True}
LAPTOP_150 = (895, 440)  # 911×512 points, less Windows' taskbar and the window's title bar

# The app started on that laptop, what the start screen shows once the deck and the recent sessions
# are read (tests/ui/test_start_main_actions_in_sight.py starts it too, with sessions already run).
CHILD = HEAD + """
def start():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "startWindow" and w.isVisible()), None)

def whole(widget):
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()

def look():
    for _ in range(4):
        QApplication.processEvents()
    s = start()
    seen.update(screen=s.screen().availableGeometry().getRect(), size=s.size().toTuple(),
                inside=s.screen().availableGeometry().contains(s.frameGeometry()), start_whole=whole(s.start_button),
                sideways=s.columns_area.horizontalScrollBar().maximum(), tops=sorted(
                    {b.mapTo(s, b.rect().topLeft()).y() for b in (s.new_box, s.quick_box, s.recent_box)}),
                count=s.recent.count(), page=s.columns_area.verticalScrollBar().maximum(),
                **{name: whole(getattr(s, name)) for name in ("quick_button", "resume_button")})
    report()

create_application = ui_app.create_application

def create_and_watch(qt_argv=None, **options):
    app = create_application(qt_argv, **options)
    QTimer.singleShot(0, lambda: when(lambda: start() is not None and start().deck is not None
                                      and start()._recent_read, look))
    return app

ui_app.create_application = create_and_watch
sys.exit(main(["--lang", sys.argv[1]]))
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_start_button_is_in_sight_on_a_laptop_at_150_percent(lang: str, tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [LAPTOP]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", QT_SCALE_FACTOR="1.5",
               BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    seen, done = run(CHILD, env, lang)

    assert seen["screen"][2:] == [911, 512]
    assert seen["inside"], seen["size"]
    assert seen["start_whole"], seen  # no scrolling to find it
    assert seen["sideways"] == 0  # the recent sessions went under the quick debate
    assert len(seen["tops"]) == 2, seen["tops"]
    assert done.returncode == 0, done.stderr


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def whole(widget: QWidget) -> bool:
    """Shown, and not cut by a scroll area or the window's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_the_columns_are_placed_again_once_the_deck_is_read(qtbot, translations, bundled_deck, in_app_font) -> None:
    from bataille.ui.start.window import StartWindow

    start = StartWindow(None, "fr")  # as the app shows it: before the deck
    qtbot.addWidget(start)
    start.resize(*LAPTOP_150)
    start.show()
    qtbot.waitExposed(start)
    settle()
    start.set_deck(bundled_deck)
    start.set_recent([])
    settle()
    area = start.columns_area
    assert area.horizontalScrollBar().maximum() == 0
    assert whole(start.start_button)  # without scrolling the columns
    assert start.start_button.mapTo(start, QPoint(0, start.start_button.height())).y() <= start.height()
    new, quick, recent = (box.mapTo(start, QPoint(0, 0)) for box in (start.new_box, start.quick_box, start.recent_box))
    assert new.y() == quick.y() < recent.y() and recent.x() == quick.x() > new.x()  # recent under the quick debate
    for box in (start.new_box, start.quick_box, start.recent_box):
        assert box.mapTo(area.viewport(), QPoint(box.width(), 0)).x() <= area.viewport().width()


def test_narrower_still_the_columns_go_one_above_the_other(qtbot, translations, bundled_deck, in_app_font) -> None:
    from bataille.ui.start.window import StartWindow

    start = StartWindow(bundled_deck, "fr")
    qtbot.addWidget(start)
    start.resize(640, 440)
    start.show()
    qtbot.waitExposed(start)
    settle()
    assert start.columns_area.horizontalScrollBar().maximum() == 0
    assert whole(start.start_button)
    xs = {box.mapTo(start, QPoint(0, 0)).x() for box in (start.new_box, start.quick_box, start.recent_box)}
    assert len(xs) == 1
    start.resize(1366, 700)  # wide again: side by side
    settle()
    tops = {box.mapTo(start, QPoint(0, 0)).y() for box in (start.new_box, start.quick_box, start.recent_box)}
    assert len(tops) == 1
