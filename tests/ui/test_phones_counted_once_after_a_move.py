"""After « Déplacer les téléphones vers … » each phone counts once, on the console and in the session.
A browser keeps its token per address: every phone comes back at the new address as a new one.

- A vote closed before the move, then reopened (« Rouvrir le vote des téléphones (réponses gardées :
  2) »), opened from the answers recorded under the phones' old tokens: the 2 phones answering again
  at the new address made 4 answers in the debate's counts and in the session file. The recorded
  answers now stay in the session until the new ones replace them, the phones answer again, and the
  console says how many answers they must give again.
- The debrief's feedback a phone sent before the move, sent again at the new address (the very same
  answer), is one answer; the console no longer counts that phone among those that still owe theirs.

Real widgets, a real session file (SQLite), a real server on loopback (127.0.0.1, then 127.0.0.2),
real WebSocket clients as phones."""

from __future__ import annotations

import json

import pytest

from bataille.export.summary_model import build_summary
from bataille.storage.reader import read_session

from .test_phones_console_votes import answer, join, receive

SAID = {
    "fr": "Vote rouvert à la nouvelle adresse des téléphones\u00a0: chaque téléphone y revient comme un nouveau, "
          "il répond donc à nouveau (réponses à redonner\u00a0: 2). Les réponses enregistrées à l’ancienne adresse "
          "restent dans la séance jusqu’à ce que les nouvelles les remplacent, à la clôture de ce vote.",
    "en": "Vote reopened at the phones’ new address: each phone comes back there as a new one, so it answers again "
          "(answers to give again: 2). The answers recorded at the old address stay in the session until the new "
          "ones replace them, when this vote closes.",
}
REOPEN = {"fr": "Rouvrir le vote des téléphones (réponses gardées\u00a0: 2)",
          "en": "Reopen the phones’ vote (answers kept: 2)"}
CLOSE = {"fr": "Clore le vote des téléphones (réponses\u00a0: 0)", "en": "Close the phones’ vote (answers: 0)"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_vote_reopened_after_a_move_counts_each_phone_once(file_console, qtbot, stack, translations,  # noqa: F811
                                                             lang):
    console = file_console
    translations.set_language(lang)
    c, phones = console.controller, console.phones
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    phones.turn_on("127.0.0.1", 0)
    old = join(console, 2, stack)
    qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
    button = console.phase.debate.phone_buttons["before"]
    button.click()
    answer(old[0], "agree")
    answer(old[1], "disagree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    button.click()  # closed: the 2 answers recorded
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_before) == 2, timeout=5000)
    assert button.text() == REOPEN[lang]

    phones.move_to("127.0.0.2")
    new = join(console, 2, stack)  # both phones back, each a new one
    qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
    button.click()  # reopened at the new address
    assert button.text() == CLOSE[lang]  # no answer here yet
    qtbot.waitUntil(lambda: console.status_line.text() == SAID[lang], timeout=2000)
    assert not console.status_line.warning
    assert len(c.state.open_round.phones_before) == 2  # still recorded while the phones answer again
    assert answer(new[0], "agree")["mine"] is None  # nothing of the old address shown as its own
    answer(new[1], "undecided")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    button.click()
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    assert sorted(choice for _token, choice in c.state.open_round.phones_before) == ["agree", "undecided"]
    assert sum(console.phase.debate.whole_counts("before").values()) == 2  # two phones, two answers
    recorded = [e for e in read_session(c.session.store.path) if type(e).__name__ == "PhoneVotesRecorded"]
    assert [len(e.votes) for e in recorded] == [2, 2]  # in the file: each time one answer per phone


def _send_feedback(ws, rating: int, theme: str, text: str) -> dict:
    ask = receive(ws, "feedback_ask")
    ws.send(json.dumps({"type": "feedback", "rating": rating, "theme": theme, "text": text}))
    receive(ws, "feedback_thanks")
    return ask


def test_the_same_feedback_sent_again_after_a_move_counts_once(file_console, qtbot, stack):  # noqa: F811
    console = file_console
    c, phones, debrief = console.controller, console.phones, console.phase.debrief
    c.act(c.session.start_phase, "debrief")
    phones.turn_on("127.0.0.1", 0)
    first, second = join(console, 2, stack)
    qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
    debrief.ask_feedback_button.click()
    theme = receive(first, "feedback_ask")["themes"][0][0]
    first.send(json.dumps({"type": "feedback", "rating": 4, "theme": theme, "text": "Citer nos sources"}))
    receive(first, "feedback_thanks")
    _send_feedback(second, 2, theme, "")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)

    phones.move_to("127.0.0.2")
    [back] = join(console, 1, stack)  # the first phone, a new one here, sends its answer all the same
    assert _send_feedback(back, 4, theme, "  Citer nos sources ")["earlier"] == 2
    qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
    qtbot.wait(200)  # its answer is in: the count would have grown by now
    assert phones.answered == 2
    assert debrief.feedback_summary.text().splitlines()[0] == \
        "2 réponses, note moyenne 3,0 sur 5 (dont 2 avant que le vote change d’adresse)"
    assert console.phones_panel.feedback_coming() == []  # the one phone here has sent its feedback

    join(console, 1, stack)  # another phone: the second (which had sent its own) or one that has not
    qtbot.waitUntil(lambda: phones.connected == 2, timeout=5000)
    assert console.phones_panel.feedback_coming() == [
        "1 téléphone au plus n’a pas encore envoyé son avis (2 l’avaient envoyé avant que le vote change d’adresse)"]
    debrief.keep_feedback_button.click()
    assert len(c.state.debrief.phone_feedback) == 2
    assert build_summary(c.session, c.deck).feedback.answers == 2
