"""The vote after shown with the phones' answers in both votes, the console's debate page on a laptop
(1366x768) shows the shift (« Évolution ») without scrolling, in the quick debate and in the full
workshop, in French and in English. With real phones each vote box had two more lines (the phones'
part) and a greyed « Rouvrir le vote des téléphones (réponses gardées : 23) » under it: the shift
was below the bottom edge, 5 pixels under it, though the test of the page said it was whole (its
votes typed by hand, no phone answering). Real widgets, a real server on loopback, real WebSocket
clients as phones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import first_debate_phase, start_quick_debate

from .test_phones_console_votes import answer, join

BEFORE = ("agree",) * 10 + ("disagree",) * 8 + ("undecided",) * 5  # 23 phones: 43 % / 35 % / 22 %
AFTER = ("agree",) * 6 + ("disagree",) * 14 + ("undecided",) * 3


def _console(qtbot, deck, lang: str, quick: bool) -> ConsoleWindow:
    if quick:
        session = Session.create(deck, MemoryStore(), ManualClock(), lang, phase_ids=[first_debate_phase(deck)])
        camps = ("Pour", "Contre") if lang == "fr" else ("For", "Against")
        start_quick_debate(session, deck.cards_of("debate", "bias")[0].id, camps)
    else:
        session = Session.create(deck, MemoryStore(), ManualClock(), lang, agenda_minutes=60)
        session.add_team("Les Lynx")
        session.add_team("Les Hiboux")
        session.start()
    console = ConsoleWindow(SessionController(session))
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    console.resize(1366, 768)
    console.show()
    if not quick:
        c = console.controller
        c.act(c.session.start_phase, "debates")
        c.act(c.session.open_round)
    return console


def _phones_vote_and_show(console, qtbot, sockets, choices, stage: str) -> None:
    """The phones asked, each answers, "End the vote and show it"."""
    c, phones = console.controller, console.phones
    console.phase.debate.phone_buttons[stage].click()
    qtbot.waitUntil(lambda: phones.asking is not None, timeout=5000)
    for ws, choice in zip(sockets, choices, strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == len(sockets), timeout=5000)
    console.phase.debate.end_vote_and_show()  # what "next" does then (« Clore le vote et le dévoiler »)
    qtbot.waitUntil(lambda: c.state.open_round.revealed(stage), timeout=5000)


@pytest.mark.parametrize("quick", [True, False], ids=["quick", "workshop"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_shift_is_in_sight_once_the_phones_voted_twice(qtbot, translations, bundled_deck, in_app_font,
                                                           stack, lang, quick) -> None:
    translations.set_language(lang)
    console = _console(qtbot, bundled_deck, lang, quick)
    hands = console.phase.debate.hands_labels["after"]
    try:
        assert not hands.isVisibleTo(console)  # the phones off, every count is a raised hand
        console.phones.turn_on("127.0.0.1", 0)
        sockets = join(console, len(BEFORE), stack)
        qtbot.waitUntil(lambda: console.phones.connected == len(BEFORE), timeout=5000)
        _phones_vote_and_show(console, qtbot, sockets, BEFORE, "before")
        _phones_vote_and_show(console, qtbot, sockets, AFTER, "after")
        for _ in range(3):
            QApplication.processEvents()
        page = console.phase.debate
        rnd = console.controller.state.open_round
        assert len(rnd.phones_before) == len(rnd.phones_after) == 23
        # The boxes (0 / 0 / 0 under 26 % / 61 % / 13 %) are said to be the raised hands only.
        assert hands.isVisible() and hands.text() == ("Mains levées\u00a0:" if lang == "fr" else "Raised hands:")
        shift = page.shift_label
        assert shift.isVisible() and shift.text(), shift.text()
        scroll = console.phase.findChild(QScrollArea)
        viewport = scroll.viewport()
        top = shift.mapTo(viewport, shift.rect().topLeft()).y()
        folder = os.environ.get("BATAILLE_SHOTS")
        if folder:
            console.grab().save(str(Path(folder) / f"shift-with-phones-{'quick' if quick else 'workshop'}-{lang}.png"))
        assert 0 <= top and top + shift.height() <= viewport.height(), (top, shift.height(), viewport.height())
    finally:
        console.phones.turn_off()
        console.close()
        translations.set_language("fr")
