"""Colours that read: the WCAG 2 contrast of two colours, and the red a warning is written in on
the window it shows in (dark red on a light desktop theme, light red on a dark one: a teacher's
laptop in dark mode gets the dark window colours from the system)."""

from __future__ import annotations

from PySide6.QtGui import QColor

MIN_CONTRAST = 4.5  # WCAG 2, level AA, for text
ALARM_ON_LIGHT, ALARM_ON_DARK = "#8E0000", "#FF8A80"  # 9.9:1 on white, 8.9:1 on #2D2D2D


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour`` (WCAG 2), 0 for black to 1 for white."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def alarm_colour(background: QColor) -> str:
    """The red of a warning's words on ``background``: the one of the two that reads better."""
    return max((ALARM_ON_LIGHT, ALARM_ON_DARK), key=lambda red: contrast(QColor(red), background))
