"""Shared test set-up: Qt draws offscreen, so the suite runs without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests use Qt through pytest-qt too, not only through bataille.ui: protect None's reference
# count from the PySide6 6.12 bug first (see bataille/ui/qt_workarounds.py).
import pytest  # noqa: E402

import bataille.ui  # noqa: E402, F401


@pytest.fixture(autouse=True)
def _english_messages_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands follow the locale for their messages; tests expect English unless they set French.

    Without this, `make test` on a French teacher's machine would read French messages where a
    test looks for English ones. Tests of the French wording set LANG themselves.
    """
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
