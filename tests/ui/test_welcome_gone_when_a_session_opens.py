"""On a first run the welcome opens over the start screen; a facilitator who goes straight to a
session (« Lancer le débat express », « Commencer la séance », « Reprendre ») gets the console, not
the welcome left open over it: the start screen goes, and its welcome with it (seen: it does not
open by itself again; Aide › Bienvenue in the console opens it).

The welcome stayed on screen after the console came up (seen launching a quick debate on a first
run): a dialog of the start screen, it was not hidden with it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bataille.ui.settings import Settings


@pytest.fixture
def launcher(make_launcher, bundled_deck):
    return make_launcher(bundled_deck, shown=False)


def welcomes() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "welcomeDialog" and w.isVisible()]


def test_the_welcome_goes_when_a_quick_debate_opens(launcher, qtbot) -> None:
    assert not Settings().welcome_shown  # a first run
    launcher.show_start()
    qtbot.waitExposed(launcher.start)
    welcome = launcher.app_actions.show_welcome_on_first_run()
    assert welcome is not None and welcome.isVisible()
    launcher.start.quick_button.click()
    qtbot.waitUntil(lambda: launcher.console is not None and launcher.console.isVisible(), timeout=5000)
    assert not launcher.start.isVisible()
    qtbot.waitUntil(lambda: not welcomes(), timeout=2000)
    assert Settings().welcome_shown  # not again by itself next time
    # From the console, Help › Welcome still opens it, over the console.
    again = launcher.console.app_actions.show_welcome()
    assert again.isVisible() and again.parentWidget() is launcher.console

