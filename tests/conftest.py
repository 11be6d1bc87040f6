"""Shared test set-up: Qt draws offscreen, so the suite runs without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests use Qt through pytest-qt too, not only through bataille.ui: protect None's reference
# count from the PySide6 6.12 bug first (see bataille/ui/qt_workarounds.py).
import bataille.ui  # noqa: E402, F401
