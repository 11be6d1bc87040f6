"""A window's first size, no larger than its screen.

A school laptop of 1366×768 at 150 % is a screen of 911×512 points, 125 % one of 1093×614; a
window asked for 1200×700 there runs off the screen, its buttons out of reach (Windows keeps the
size asked for). Every window's first size goes through :func:`fit_to_screen`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window's frame and title bar, which the size asked for leaves out.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def _free_area(window: QWidget) -> QRect:
    return (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()


def room_on_screen(window: QWidget) -> tuple[int, int]:
    """The largest inside of a window that fits its screen's free area (the taskbar left out)."""
    area = _free_area(window)
    return max(1, area.width() - FRAME_WIDTH), max(1, area.height() - FRAME_HEIGHT)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or to its screen when that is smaller; a window
    already placed (a dialog grown as it shows) is moved back inside the screen."""
    room_width, room_height = room_on_screen(window)
    window.resize(min(width, room_width), min(height, room_height))
    if window.isVisible():
        area, place = _free_area(window), window.frameGeometry()
        x = max(area.left(), min(place.x(), area.left() + room_width - window.width()))
        y = max(area.top(), min(place.y(), area.top() + room_height - window.height()))
        window.move(x, y)
