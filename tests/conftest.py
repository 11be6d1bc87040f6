"""Shared test set-up, without Qt: the core's tests run where PySide6 cannot be imported
(tests/without_qt.py). Qt's own set-up is in tests/ui/conftest.py."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # for the tests that start the app in a child


@pytest.fixture(autouse=True)
def _english_messages_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands follow the locale for their messages; tests expect English unless they set French.

    Without this, `make test` on a French teacher's machine would read French messages where a
    test looks for English ones. Tests of the French wording set LANG themselves. English is asked
    for by an English locale: one that names no language (C, C.UTF-8, none) gets French, as the app.
    """
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
