"""Asking the phones for their feedback shows: the console's button says it was asked and counts the
answers as they come (asking no more until Ctrl+Z takes the asking back), and the stage's debrief
invites the room to answer on its phones, a line laid out with the stage's rules at every size, in
French and English, at 100 and 150 % text size. Real widgets, a real server on loopback, real
WebSocket clients as phones."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from bataille.ui.phones import Phones

from .conftest import go_to_phase, open_console
from .test_phones_console_votes import join, receive
from .test_phones_undo import ctrl_z
from .test_stage import SIZES
from .test_stage_debrief_crowded import crowded_debrief
from .test_stage_scores import assert_legible_and_apart

FIVE = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx")
INVITE = "Donnez votre avis sur votre téléphone"


@pytest.fixture
def debrief(qtbot, translations, bundled_deck):
    """A console of five teams in the debrief, the phones on, two phones there."""
    window = open_console(qtbot, bundled_deck, FIVE, 90)
    go_to_phase(window.controller, "debrief")
    window.phones.turn_on("127.0.0.1", 0)
    yield window
    window.phones.turn_off()


def test_the_button_and_the_stage_say_the_feedback_is_asked(debrief, qtbot, stack) -> None:
    console = debrief
    panel, stage = console.phase.debrief, console.stage
    one, two = join(console, 2, stack)
    qtbot.waitUntil(lambda: console.phones.connected == 2, timeout=5000)
    button = panel.ask_feedback_button
    assert button.text() == "&Demander leur avis aux téléphones" and button.isEnabled()
    assert INVITE not in stage.build().texts("feedback-invite")

    button.click()
    QApplication.processEvents()
    assert button.text() == "Avis demandé — 0 réponse" and not button.isEnabled()
    assert stage.build().texts("feedback-invite") == [INVITE]

    theme = receive(one, "feedback_ask")["themes"][0][0]
    one.send(json.dumps({"type": "feedback", "rating": 4, "theme": theme, "text": "Vérifier"}))
    qtbot.waitUntil(lambda: len(panel.feedback) == 1, timeout=5000)
    assert button.text() == "Avis demandé — 1 réponse"
    receive(two, "feedback_ask")
    two.send(json.dumps({"type": "feedback", "rating": 5, "theme": theme, "text": ""}))
    qtbot.waitUntil(lambda: len(panel.feedback) == 2, timeout=5000)
    assert button.text() == "Avis demandé — 2 réponses"

    said = ctrl_z(console)  # the asking taken back: the phones wait, the button asks again
    assert said.startswith("Annulé — Avis demandé aux téléphones"), said
    QApplication.processEvents()
    assert button.text() == "&Demander leur avis aux téléphones" and button.isEnabled()
    assert stage.build().texts("feedback-invite") == []


def test_in_english(debrief, qtbot, stack, translations) -> None:
    translations.set_language("en")
    console = debrief
    join(console, 1, stack)
    qtbot.waitUntil(lambda: console.phones.connected == 1, timeout=5000)
    console.phase.debrief.ask_feedback_button.click()
    QApplication.processEvents()
    assert console.phase.debrief.ask_feedback_button.text() == "Feedback asked — 0 answers"


# Five teams and eight at every size (narrower than 16:9 eight long names cut the gauges' names and
# the podium's, the line or not, until the gauges' columns took their names' room and the podium a
# page of its own).
CROWDS = [(size, teams) for teams in (5, 8) for size in SIZES]


@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("size", "teams"), CROWDS, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else str(v))
def test_the_invitation_reads_whole_on_a_crowded_debrief(qtbot, translations, bundled_deck, app_font,
                                                         size, lang, teams, percent) -> None:
    stage = crowded_debrief(qtbot, bundled_deck, app_font, teams)
    if lang == "en":
        stage.controller.act(stage.controller.session.set_language, "en")
    phones = Phones(stage)
    stage.attach_phones(phones)
    phones.turn_on("127.0.0.1", 0)
    try:
        phones.ask_feedback(tuple((t.id, t.name.get(lang)) for t in bundled_deck.themes))
        stage.apply_settings(percent, "")
        stage.resize(*size)
        invite = "Give your feedback on your phone" if lang == "en" else INVITE
        page, pages, takeaways = 0, 1, []
        while page < pages:  # every page the stage turns: the line on each, the room's words on one
            stage.timeline_page = page
            scene = stage.build()
            assert scene.texts("feedback-invite") == [invite]
            assert_legible_and_apart(scene, size, may_cut=("debate-theme",))
            assert scene.texts("indicator-team-name")
            takeaways += scene.texts("takeaway")
            page, pages = page + 1, min(scene.pages, 8)
        assert takeaways
    finally:
        phones.turn_off()
