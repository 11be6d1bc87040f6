"""A quick debate has two camps, not teams: its Arguments and facts box names the one speaking
« Camp : » / "Side:", as its summary says « Camp »; a workshop's keeps « Équipe : » / "Team:"."""

from __future__ import annotations

from .test_console_words import quick  # noqa: F401 - the fixture


def _speaker(console) -> tuple[str, str]:
    panel = console.phase.debate
    return panel.team_label.text(), panel.argument_team.accessibleName()


def test_a_quick_debate_names_its_speaker_a_camp(quick, translations, qtbot):  # noqa: F811
    assert _speaker(quick) == ("Ca&mp\u00a0:", "Camp qui parle (son argument, son fait)")
    translations.set_language("en")  # the windows hear it as an event
    qtbot.waitUntil(lambda: _speaker(quick) == ("&Side:", "Side speaking (its argument, its fact)"), timeout=3000)


def test_a_workshop_s_debate_names_its_speaker_a_team(file_console, translations, qtbot):
    c = file_console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    assert _speaker(file_console)[0] == "É&quipe\u00a0:"
    translations.set_language("en")
    qtbot.waitUntil(lambda: _speaker(file_console) == ("Tea&m:", "Team speaking (its argument, its fact)"), timeout=3000)
