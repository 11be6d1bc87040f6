"""Ctrl+Z on a phones' vote and its countdown, and the countdown on the console's primary button.

- A vote closed with time left on its countdown, the close taken back (Ctrl+Z): the phones voted again
  with no countdown at all (no « Clôture dans 0:18 » on the stage, on the close button nor on the
  phones, and nothing closed it). It now opens again with the seconds it showed when it closed (the
  time it stood closed was nobody's to answer in); one whose countdown had run out gets the shortest
  the console offers, 30 s: reopened with 0:00, it would close at once.
- The question taken back right after it was asked: the phones are told to forget their answers to
  it (the page kept them, and sent them again by itself when the question was asked again).
- The primary button (« next ») says the time left while the phones' vote counts down, in the close
  button's words: it said « Clore le vote des téléphones et le dévoiler (réponses : 1) » only.

Real widgets, a real session file, a real server on loopback, real WebSocket clients as phones."""

from __future__ import annotations

from bataille.ui.console.phones_panel import COUNTDOWNS_S

from .test_phones_console_votes import answer, debate_with_phones, receive
from .test_phones_undo import ctrl_z


def test_a_close_taken_back_opens_the_vote_again_with_the_time_it_had_left(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    button = panel.phone_buttons["before"]
    panel.ask_or_close_phones("before", 60)
    assert answer(sockets[0], "agree")["closes_in"] == 60
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    qtbot.waitUntil(lambda: phones.seconds_left is not None and phones.seconds_left <= 58, timeout=5000)
    left = phones.seconds_left
    button.click()  # closed by hand, 0:58 or so left
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)

    ctrl_z(console)  # the close taken back: the phones vote again, their answers kept
    assert phones.asking is not None
    assert phones.seconds_left is not None and left - 1 <= phones.seconds_left <= left  # as it was, not 1:00
    question = receive(sockets[0], "question")
    while not question["open"]:
        question = receive(sockets[0], "question")
    assert question["mine"] == "agree" and left - 1 <= question["closes_in"] <= left, question
    assert "clôture dans 0:5" in button.text(), button.text()  # « Clore le vote des téléphones (réponses : 1 · clôture dans 0:58) »
    assert console.stage.context().phones is not None
    kept = console.settings.phones_left_on()
    assert kept is not None and kept.closes_at > 0  # a kill now brings the vote back with its countdown
    # The primary button says it too, in the close button's words.
    assert c.next_step().label.endswith(f"(réponses\u00a0: 1 · clôture dans 0:{phones.seconds_left:02d})"), \
        c.next_step().label
    assert console.next_panel.button.toolTip() == c.next_step().label


def test_a_vote_closed_by_its_countdown_taken_back_gets_the_shortest_countdown(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.ask_or_close_phones("before", 1)
    answer(sockets[0], "disagree")
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_before) == 1, timeout=5000)  # closed by its countdown
    assert phones.asking is None

    ctrl_z(console)
    assert phones.asking is not None and phones.seconds_left == COUNTDOWNS_S[0]
    assert panel.countdown_ends is not None
    qtbot.wait(1500)  # the vote stays open: 0:30 to answer, not 0:00
    assert phones.open_vote is not None


def test_the_primary_button_counts_down_while_the_phones_have_not_answered(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, _sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.ask_or_close_phones("before", 120)
    assert c.next_step().label == "En attente des téléphones (connectés\u00a0: 2 · clôture dans 2:00)"
    qtbot.waitUntil(lambda: "1:59" in console.next_panel.button.toolTip(), timeout=3000)  # it ticks


def test_the_answers_to_a_question_taken_back_are_forgotten_by_the_phones(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.phone_buttons["before"].click()
    question = answer(sockets[0], "agree")
    receive(sockets[1], "question")  # the other phone sees it, and does not answer
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    said = ctrl_z(console)  # the question just asked, taken back
    assert "réponses non gardées\u00a0: 1" in said, said
    for ws in sockets:  # each page drops the answer it kept: none goes again by itself
        assert receive(ws, "waiting").get("forget") == question["id"]
    panel.phone_buttons["before"].click()  # asked again
    for ws in sockets:
        again = receive(ws, "question")
        assert again["forget"] is True and again["mine"] is None, again
    qtbot.wait(200)
    assert phones.answered == 0
