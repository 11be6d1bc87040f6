"""The console's list of debate cards marks the debate open now « (en cours) » / "(under way)", and
the ones debated « (déjà débattu) »: the open debate read as done while the room argued it."""

from __future__ import annotations

import pytest


def _label(panel, card_id) -> str:
    return panel.card_combo.itemText(panel.card_combo.findData(card_id))


@pytest.mark.parametrize(("lang", "under_way", "done"), [("fr", "(en cours)", "(déjà débattu)"),
                                                         ("en", "(under way)", "(already debated)")])
def test_the_open_debate_is_under_way_and_a_closed_one_debated(file_console, translations, lang, under_way, done):
    translations.set_language(lang)
    console = file_console
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    panel = console.phase.debate
    first = c.state.open_round.card_id
    assert _label(panel, first).endswith(under_way)
    assert not any(panel.card_combo.itemText(i).endswith(done) for i in range(panel.card_combo.count()))
    c.act(c.session.close_round)
    assert _label(panel, first).endswith(done)
    c.act(c.session.open_round)
    second = c.state.open_round.card_id
    assert second != first
    assert _label(panel, second).endswith(under_way) and _label(panel, first).endswith(done)
