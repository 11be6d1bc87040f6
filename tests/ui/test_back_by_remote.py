"""The remote's « Précédent » (PageUp) then « Suivant » (PageDown) on the console: the move taken back
is done again as it was (the same debate, the same sides, the same hands), and typed counts are
never lost by going back. Real widgets, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_console


def _key(qtbot, console, key) -> None:
    qtbot.keyClick(console, key)


def _debate_with_counts_typed(qtbot, console):
    """A debate opened by the remote, 7 / 4 / 2 typed for its vote before and not recorded."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    _key(qtbot, console, Qt.Key.Key_PageDown)
    debate = console.phase.debate
    debate.votes["before"].set_counts(7, 4, 2)
    return c, debate


def test_back_then_next_on_an_opened_debate_opens_the_same_debate(qtbot, translations, bundled_deck) -> None:
    for _ in range(4):  # each console its own session; every one must open the same debate again
        console = open_console(qtbot, bundled_deck, names=("A", "B", "C", "D"))
        c = console.controller
        c.act(c.session.start_phase, "debates")
        _key(qtbot, console, Qt.Key.Key_PageDown)  # opens a debate, its sides drawn
        seen = (c.state.open_round.card_id, c.state.open_round.sides)
        _key(qtbot, console, Qt.Key.Key_PageUp)
        assert c.state.open_round is None
        _key(qtbot, console, Qt.Key.Key_PageDown)
        assert (c.state.open_round.card_id, c.state.open_round.sides) == seen
        console.close()


def test_back_then_next_after_the_deal_deals_the_same_hands(qtbot, console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    _key(qtbot, console, Qt.Key.Key_PageDown)  # deals
    hands = c.state.timeline.hands
    _key(qtbot, console, Qt.Key.Key_PageUp)
    assert not c.state.timeline.dealt
    _key(qtbot, console, Qt.Key.Key_PageDown)
    assert c.state.timeline.hands == hands  # the printed cards the teams hold are still theirs


def test_back_with_counts_typed_keeps_them_and_says_why(qtbot, console) -> None:
    """PageUp un-opened the debate and put the counts typed back to 0: the hands counted were lost."""
    c, debate = _debate_with_counts_typed(qtbot, console)
    number = c.state.open_round.number
    _key(qtbot, console, Qt.Key.Key_PageUp)
    assert c.state.open_round is not None and c.state.open_round.number == number
    assert debate.votes["before"].counts() == {"agree": 7, "disagree": 4, "undecided": 2}
    assert "0" in console.status_line.text() and "Page" in console.status_line.text()
    _key(qtbot, console, Qt.Key.Key_PageDown)  # records and shows them, as before
    assert c.state.open_round.revealed_before and c.state.open_round.before.total.agree == 7


def test_back_with_counts_set_back_to_zero_goes_back(qtbot, console) -> None:
    c, debate = _debate_with_counts_typed(qtbot, console)
    debate.votes["before"].set_counts(0, 0, 0)
    _key(qtbot, console, Qt.Key.Key_PageUp)
    assert c.state.open_round is None


def test_back_over_the_first_vote_keeps_the_counts_typed_after(qtbot, console) -> None:
    """« Record and show the vote before » taken back whole would empty the vote after's boxes (they
    wait for a vote before): back takes back the showing only, the vote before stays recorded, and the
    counts typed after stay in their boxes."""
    c, debate = _debate_with_counts_typed(qtbot, console)
    _key(qtbot, console, Qt.Key.Key_PageDown)  # recorded and shown
    debate.votes["after"].set_counts(5, 6, 2)
    _key(qtbot, console, Qt.Key.Key_PageUp)
    assert not c.state.open_round.revealed_before and c.state.open_round.before is not None
    assert debate.vote_boxes["after"].isEnabled()
    assert debate.votes["after"].counts() == {"agree": 5, "disagree": 6, "undecided": 2}


def test_undo_with_counts_typed_keeps_them_and_says_why(qtbot, console) -> None:
    """Ctrl+Z on the debate's opening emptied the counts typed for its vote, as PageUp once did."""
    c, debate = _debate_with_counts_typed(qtbot, console)
    number = c.state.open_round.number
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round is not None and c.state.open_round.number == number
    assert debate.votes["before"].counts() == {"agree": 7, "disagree": 4, "undecided": 2}
    assert "0" in console.status_line.text() and "Page" in console.status_line.text()
    debate.votes["before"].set_counts(0, 0, 0)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round is None
