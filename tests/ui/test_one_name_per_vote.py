"""One vote, one name on the status line: asked to the phones, recorded and shown, the vote before
the debate is « Vote avant … (débat 1) » / "Vote before … (debate 1)" each time, the name of the
stage's box, with the debate's number in brackets and no final full stop, as the history says it."""

from __future__ import annotations

import pytest

from .test_phones_console_votes import debate_with_phones, every_phone_answers

SAID = {"fr": ("Vote avant demandé aux téléphones (débat 1)", "Vote avant dévoilé (débat 1)",
               "Vote après demandé aux téléphones (débat 1)"),
        "en": ("Vote before asked to the phones (debate 1)", "Vote before revealed (debate 1)",
               "Vote after asked to the phones (debate 1)")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_vote_keeps_its_name_and_shape_from_asked_to_shown(file_console, qtbot, stack, translations, lang):
    translations.set_language(lang)
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    asked, revealed, asked_after = SAID[lang]
    panel.phone_buttons["before"].click()
    qtbot.waitUntil(lambda: console.status_line.text() == asked, timeout=3000)
    every_phone_answers(qtbot, phones, sockets, "agree")
    panel.phone_buttons["before"].click()  # closed: its answers in the counts
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    c.act(c.session.record_vote, "before", {"agree": 2, "disagree": 0, "undecided": 0})
    c.act(c.session.reveal_votes, "before")
    qtbot.waitUntil(lambda: console.status_line.text() == revealed, timeout=3000)
    panel.phone_buttons["after"].click()
    qtbot.waitUntil(lambda: console.status_line.text() == asked_after, timeout=3000)
    for line in SAID[lang]:
        assert not line.endswith(".")
