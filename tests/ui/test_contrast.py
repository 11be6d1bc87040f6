"""The red of a warning reads on the desktop's window colour, light or dark (WCAG 2, 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from bataille.ui.contrast import MIN_CONTRAST, alarm_colour, contrast


@pytest.mark.parametrize("window", ["#FFFFFF", "#EFEFEF", "#D4D0C8", "#3C3F41", "#2D2D2D", "#1E1E1E", "#121212",
                                    "#000000"])
def test_the_red_of_a_warning_reads_on_light_and_dark_windows(window) -> None:
    assert contrast(QColor(alarm_colour(QColor(window))), QColor(window)) >= MIN_CONTRAST


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast(QColor("#FFFFFF"), QColor("#000000")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)  # WCAG's own example
    assert contrast(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)
