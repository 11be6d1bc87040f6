"""The « Fait » list of the debate page in the order a facilitator looks for a fact: the debate's
theme first, its facts closest to the debate first (it preselected the deck's first fact of the
theme, a stranger to the debate), then each other theme under a separator and its name. A heading
is never chosen: not by the search, its completion, Enter or the arrow keys. Real widgets, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import first_debate_phase, open_debate, start_quick_debate

HOMEWORK = "Interdire l’IA pour les devoirs à la maison"


@pytest.fixture
def homework(qtbot, translations, bundled_deck):
    """A console on a quick debate on the homework card, as the start screen makes it."""
    card = next(c for c in bundled_deck.cards_of("debate") if c.title.get("fr") == HOMEWORK)
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), "fr",
                             phase_ids=[first_debate_phase(bundled_deck)])
    start_quick_debate(session, card.id, ("Pour", "Contre"))
    window = ConsoleWindow(SessionController(session))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    yield window
    window.close()


def _rows(combo) -> list[tuple[str, object, bool]]:
    """Each row: its text, its card id (None for a heading or a separator), whether it can be chosen."""
    model = combo.model()
    return [(combo.itemText(i), combo.itemData(i), bool(model.index(i, 0).flags() & Qt.ItemFlag.ItemIsEnabled))
            for i in range(combo.count())]


def test_the_fact_the_debate_quotes_is_preselected_and_its_theme_comes_first(homework) -> None:
    c = homework.controller
    combo = homework.phase.debate.evidence_card
    assert combo.currentText().startswith("École\u00a0: l’IA autorisée à partir de la 4e"), combo.currentText()
    rows = _rows(combo)
    society = len(c.deck.cards_of("fact", "society"))
    assert all(card and c.deck.card(card).theme == "society" for _t, card, _e in rows[:society])
    assert not rows[0][0].startswith("Des centaines de millions")  # the deck's first: not the debate's


def test_each_other_theme_under_a_separator_and_its_name_never_chosen(homework) -> None:
    c = homework.controller
    combo = homework.phase.debate.evidence_card
    rows = _rows(combo)
    headings = [(i, text) for i, (text, card, _e) in enumerate(rows) if card is None and text]
    names = [c.deck.theme_name(t.id, "fr") for t in c.deck.themes if t.id != "society"]
    assert [text for _i, text in headings] == names
    for i, text in headings:
        assert not rows[i][2]  # a heading cannot be chosen
        assert rows[i - 1] == ("", None, False)  # a separator above it
        theme = next(t.id for t in c.deck.themes if c.deck.theme_name(t.id, "fr") == text)
        following = [card for _t, card, _e in rows[i + 1:i + 1 + len(c.deck.cards_of("fact", theme))]]
        assert following == [f.id for f in c.deck.cards_of("fact", theme)]
    assert sorted(card for _t, card, _e in rows if card) == sorted(f.id for f in c.deck.cards_of("fact"))


def test_the_search_never_offers_a_heading_and_enter_plays_a_card(homework, qtbot) -> None:
    """« Biais » is a theme's name and a word of one card's figure (« Biais caché »): the card only."""
    c = homework.controller
    page = homework.phase.debate
    combo = page.evidence_card
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Biais")
    completer = combo.completer()
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found and all("Biais algorithmiques" != text for text in found), found
    assert all(text.startswith("Jugés sur leur façon de parler") for text in found), found
    completer.popup().hide()
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # where the keyboard goes: the box, not its field
    played = c.state.open_round.evidence
    assert [c.deck.card(e.card_id).title.get("fr") for e in played] == ["Jugés sur leur façon de parler"]
    combo.setEditText("Impact environnemental")  # a heading's whole text: a card of the theme? none is named so
    page.play_evidence()
    assert len(c.state.open_round.evidence) == 1


def test_a_fact_taken_back_is_the_one_picked_again(homework) -> None:
    """A fact played, then Ctrl+Z: the list showed the next card, which Enter would have played."""
    c, page = homework.controller, homework.phase.debate
    combo = page.evidence_card
    card = combo.currentData()
    page.play_evidence()
    assert [e.card_id for e in c.state.open_round.evidence] == [card] and combo.currentData() != card
    c.undo()
    assert not c.state.open_round.evidence and combo.currentData() == card


def test_the_arrow_keys_step_over_the_headings(homework, qtbot) -> None:
    combo = homework.phase.debate.evidence_card
    combo.setFocus()
    seen = []
    for _ in range(combo.count()):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        seen.append(combo.currentIndex())
    assert all(combo.itemData(i) for i in seen)  # never a heading, never a separator
    assert seen[-1] == max(i for i in range(combo.count()) if combo.itemData(i))  # down to the last card


def test_a_full_workshops_debate_orders_its_facts_the_same_way(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    card = next(d for d in c.deck.cards_of("debate") if d.title.get("fr") == HOMEWORK)
    c.act(open_debate, c.session, card_id=card.id)
    combo = console.phase.debate.evidence_card
    assert combo.currentText().startswith("École\u00a0: l’IA autorisée à partir de la 4e")
    c.act(c.session.play_evidence, c.state.teams[0].id, combo.currentData())
    assert combo.currentText().startswith("Étudiants\u00a0: de l’interdiction")  # the next closest, once played
