"""The quick debate (a teacher's 20 minutes, one debate, the room in two camps) conducted from the
console: the phones are not asked for a team, and the console does not offer a second debate."""

from __future__ import annotations

import json

from websockets.sync.client import connect

from .test_console_words import quick  # noqa: F401 - the fixture
from .test_phones_console_votes import receive


def _both_votes_shown(c) -> None:
    """The vote before and the vote after recorded and shown: the room has seen the shift."""
    for stage, counts in (("before", {"agree": 5, "disagree": 3, "undecided": 2}),
                          ("after", {"agree": 3, "disagree": 6, "undecided": 1})):
        c.act(c.session.record_vote, stage, counts)
        c.act(c.session.reveal_votes, stage)


def test_the_phones_are_not_asked_for_a_team_in_a_quick_debate(quick, qtbot):  # noqa: F811
    """The camps "Pour" and "Contre" went to the phones as teams: each phone offered "Mon équipe"
    with the two camps, as if the room had been split into teams."""
    phones = quick.phones
    phones.turn_on("127.0.0.1", 0)
    try:
        with connect(phones.url.replace("http", "ws") + "ws") as ws:
            ws.send(json.dumps({"type": "hello", "token": None}))
            assert receive(ws, "welcome")["teams"] == []
    finally:
        phones.turn_off()


def test_once_its_debate_is_closed_the_page_offers_no_other(quick, qtbot):  # noqa: F811
    """The quick debate's one debate closed, its page still said "No debate open: choose a card or
    draw one" with "Open the debate" enabled: it now says the debate is over and how to end."""
    c, forward = quick.controller, quick.next_panel.button
    _both_votes_shown(c)
    assert forward.toolTip() == "Clore le débat et terminer"  # one press, not « Clore » then « Terminer »
    c.act(c.session.close_round)  # closed from its page's own button instead
    qtbot.waitUntil(lambda: c.state.open_round is None, timeout=2000)
    page = quick.phase.debate
    assert page.round_label.text().startswith("Le débat express est terminé"), page.round_label.text()
    assert not page.open_button.isEnabled() and not page.card_combo.isEnabled()
    assert forward.toolTip() == "Terminer le débat"  # its one debate, not a workshop


def test_one_press_closes_the_quick_debate_and_ends_it(quick, qtbot):  # noqa: F811
    """The shift seen, "next" closed the debate, then a second press ended the session: one press
    now does both, and the console and the stage say the debate (not a workshop) is over."""
    c, forward = quick.controller, quick.next_panel.button
    _both_votes_shown(c)
    quick.advance()
    qtbot.waitUntil(lambda: c.state.agenda.current is None, timeout=2000)
    assert c.state.open_round is None and c.next_step().over
    assert quick.phase.title() == "Débat terminé"
    assert quick.phase.idle.text().startswith("Le débat est terminé, et chaque action est dans son fichier")
    assert forward.text().replace("&", "") == "Exporter le bilan…"
    assert quick.next_panel.label.text() == "Débat terminé\u00a0: gardez-en le bilan (ou Séance\u00a0› Exporter le bilan…)."
    c.undo()  # one Ctrl+Z takes the press back whole: the debate open again, its phase under way
    assert c.state.open_round is not None and c.state.open_round.revealed_after
    assert c.state.agenda.current is not None and forward.toolTip() == "Clore le débat et terminer"


def test_the_quick_debate_page_shows_no_card_to_choose_and_keeps_its_votes_whole(quick, qtbot):  # noqa: F811
    """Its one card was chosen on the start screen: no card list and no "Open the debate" on its
    page, whose two votes and shift then show without scrolling on a laptop, phones on."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    c = quick.controller
    quick.phones.turn_on("127.0.0.1", 0)
    try:
        c.act(c.session.record_vote, "before", {"agree": 5, "disagree": 3, "undecided": 2})
        c.act(c.session.record_vote, "after", {"agree": 3, "disagree": 6, "undecided": 1})
        for _ in range(3):
            QApplication.processEvents()
        page = quick.phase.debate
        assert not page.card_combo.isVisibleTo(page) and not page.open_button.isVisibleTo(page)
        assert page.close_button.isVisibleTo(page) and page.shift_label.isVisibleTo(page)
        scroll = quick.phase.findChild(QScrollArea)
        assert not scroll.verticalScrollBar().isVisible()  # 1366×768: the page is whole
    finally:
        quick.phones.turn_off()


def test_the_phones_hear_that_the_debate_is_over(quick, qtbot):  # noqa: F811
    """Its end turns the phones off with the workshop's close code and the reason "debate over": their
    page thanks the room for the debate (« Le débat est terminé »), not for a workshop."""
    import pytest
    from websockets.exceptions import ConnectionClosed

    from bataille.phones.server import OVER_CODE

    c, phones = quick.controller, quick.phones
    phones.turn_on("127.0.0.1", 0)
    with connect(phones.url.replace("http", "ws") + "ws") as ws:
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
        _both_votes_shown(c)
        quick.advance()  # « Clore le débat et terminer »
        qtbot.waitUntil(lambda: not phones.on, timeout=5000)
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                ws.recv(timeout=5)
        assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (OVER_CODE, "debate over")
