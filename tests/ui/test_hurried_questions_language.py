"""The console's line of messages follows a change of interface language.

Preferences → English in the middle of a debate: the menus switched, the line at the bottom stayed
« Vote avant dévoilé (débat 1) ». The line that says what the last actions did is now said again in
the new language; any other line goes, rather than stay in the language left."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .test_hurried_questions import first_vote_shown, two_teams_on_file


@pytest.fixture
def debate(qtbot, translations, bundled_deck, tmp_path):
    """A French console on an English session file, debate 1's vote before recorded and shown."""
    console = two_teams_on_file(qtbot, translations, bundled_deck, tmp_path / "a.bataille", interface="fr")
    first_vote_shown(console)
    QApplication.processEvents()
    yield console
    console.phones.turn_off()
    console.controller.close()


def switch(translations, lang: str) -> None:
    translations.set_language(lang)
    QApplication.processEvents()
    QApplication.processEvents()


def test_the_line_of_the_last_action_is_said_again_in_the_new_language(debate, translations) -> None:
    assert debate.status_line.text() == "Vote avant dévoilé (débat 1)"
    switch(translations, "en")
    assert debate.status_line.text() == "Vote before revealed (debate 1)"
    assert debate.status_line.toolTip() == "Vote before revealed (debate 1)"
    switch(translations, "fr")
    assert debate.status_line.text() == "Vote avant dévoilé (débat 1)"


def test_a_line_that_cannot_be_said_again_goes(debate, translations) -> None:
    debate.show_status("error", debate.tr("Time's up for this phase: +1 / +5 min, or move on.") + " (x)")
    assert debate.status_line.text()
    switch(translations, "en")
    assert debate.status_line.text() == "" and debate.status_line.toolTip() == ""
    assert debate.status_line.mark == ""  # nor its warning mark, nor its red
