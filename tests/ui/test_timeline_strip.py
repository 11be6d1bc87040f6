"""The timeline in two actions per card: pick a card, pick a gap (or drag, or arrows and Enter);
the turn passes to the next team by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from bataille.ui.console.timeline_panel import MIME

from .conftest import open_console


@pytest.fixture
def console(qtbot, translations, bundled_deck):
    """A console at 1366x768, four teams, in front (the timeline phase starts in each test)."""
    window = open_console(qtbot, bundled_deck, ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors"), None)
    yield window
    window.close()


def _deal(console, per_team: int) -> object:
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    panel = console.phase.timeline
    panel.per_team.setValue(per_team)
    console.next_panel.button.click()  # "next" deals the number chosen on the page
    assert c.state.timeline.dealt
    QApplication.processEvents()  # new buttons are shown by the event loop
    return panel


def test_every_card_takes_two_clicks_and_the_turn_passes_by_itself(qtbot, console) -> None:
    c = console.controller
    panel = _deal(console, 4)
    teams = [t.id for t in c.state.teams]
    clicks = 0
    for turn in range(4 * len(teams)):
        team = panel.team.currentData()
        assert team == teams[turn % len(teams)]  # nobody chose the team
        hand = c.state.timeline.hand(team)
        card = hand[-1]
        qtbot.mouseClick(next(b for b in panel.hand_buttons if b.card_id == card), Qt.MouseButton.LeftButton)
        assert c.placing == (team, card)  # the room sees the card held up, without its date
        qtbot.mouseClick(panel.gaps[len(panel.gaps) // 2], Qt.MouseButton.LeftButton)
        clicks += 2
        assert c.state.timeline.placements[-1].card_id == card
    assert not any(hand for _, hand in c.state.timeline.hands)
    print(f"timeline: {len(c.state.timeline.placements)} cards placed in {clicks} clicks")
    assert clicks <= 2 * len(c.state.timeline.placements)


def test_keyboard_pick_arrows_enter_and_drag_and_drop(qtbot, console) -> None:
    c = console.controller
    panel = _deal(console, 2)
    team = panel.team.currentData()
    card = c.state.timeline.hand(team)[0]
    button = next(b for b in panel.hand_buttons if b.card_id == card)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # pick
    focused = console.focusWidget()
    assert focused in panel.gaps  # the gaps wait for it
    qtbot.keyClick(focused, Qt.Key.Key_Up)
    assert console.focusWidget() is panel.gaps[max(0, panel.gaps.index(focused) - 1)]
    qtbot.keyClick(panel.gaps[0], Qt.Key.Key_Return)
    assert c.state.timeline.placements[-1].card_id == card and c.state.timeline.placements[-1].position == 0
    # drag and drop: a card of the next team dropped on the last gap
    QApplication.processEvents()
    team = panel.team.currentData()
    card = c.state.timeline.hand(team)[0]
    mime = QMimeData()
    mime.setData(MIME, card.encode())
    gap = panel.gaps[-1]
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    gap.dropEvent(drop)
    placed = c.state.timeline.placements[-1]
    assert (placed.team_id, placed.card_id, placed.position) == (team, card, len(c.state.timeline.cards) - 1)


def test_once_every_card_is_placed_the_panel_is_the_timeline_to_comment_on(qtbot, console) -> None:
    """No turn, no gaps, no "cards left: 0": the whole timeline in date order, and what to do now;
    a placement undone brings the placing back."""
    c = console.controller
    panel = _deal(console, 1)
    while any(hand for _, hand in c.state.timeline.hands):
        team = panel.team.currentData()
        qtbot.mouseClick(panel.hand_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.gaps[0], Qt.MouseButton.LeftButton)
        assert c.state.timeline.hand(team) == ()
    QApplication.processEvents()
    lines = [label.text() for label in panel.strip.findChildren(QLabel) if label.isVisible()]
    assert len(lines) == len(c.state.timeline.cards) == 5 and not panel.gaps
    assert panel.place_box.title() == "La frise" and "Toutes les cartes sont sur la frise" in panel.hint.text()
    assert not panel.team.isVisible() and not panel.hands.text()
    c.act(c.session.undo)
    QApplication.processEvents()
    assert panel.gaps and panel.team.isVisible() and panel.place_box.title() == "Placer une carte"


def test_a_deal_made_again_says_so_and_shows_the_number_dealt(qtbot, console) -> None:
    """The phase deals the rules' number as it starts; until a card is down, the facilitator may deal
    another number. The box said « Distribuer les cartes » over dealt hands (a click silently dealt
    new ones) and 4 cards a team where 3 were dealt: it now shows the number dealt, and its button
    says it deals again and what it takes back; once a card is down, the box goes."""
    c = console.controller
    while not c.state.timeline.dealt:  # "next", as the primary button: the timeline deals as it starts
        c.advance()
    assert c.state.agenda.current.kind == "timeline"
    panel = console.phase.timeline
    assert c.state.timeline.dealt and panel.per_team.value() == 4
    assert panel.deal_button.text() == "&Distribuer à nouveau" and panel.deal_button.isEnabled()
    assert "Reprend toutes les mains" in panel.deal_button.toolTip()
    panel.per_team.setValue(3)
    panel.deal_button.click()
    assert {len(cards) for _team, cards in c.state.timeline.hands} == {3}
    assert panel.per_team.value() == 3  # the number dealt, not the rules' 4
    c.undo()  # the deal of 3 taken back: 4 again
    assert {len(cards) for _team, cards in c.state.timeline.hands} == {4} and panel.per_team.value() == 4
    team = c.state.teams[0].id
    c.act(c.session.place_card, team, c.state.timeline.hand(team)[0], 0)
    assert not panel.deal_box.isVisibleTo(panel) and not panel.deal_button.isEnabled()


def test_one_way_to_deal_next_deals_the_number_chosen_on_the_page(qtbot, console) -> None:
    """Two buttons dealt the cards: "next" (the rules' number, whatever the page said) and the page's
    own « Distribuer les cartes » (its number). Now "next" alone deals, the page's number, and its
    button says it; the page's box chooses the number, and deals again only once dealt."""
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    QApplication.processEvents()
    panel, forward = console.phase.timeline, console.next_panel.button
    assert not panel.deal_button.isVisibleTo(panel) and panel.deal_hint.isVisibleTo(panel)
    assert forward.toolTip() == "Distribuer les cartes de la frise\u00a0: 4 par équipe"
    panel.per_team.setValue(2)
    assert forward.toolTip() == "Distribuer les cartes de la frise\u00a0: 2 par équipe"
    activate_and_page_down(qtbot, console)  # the remote deals it too
    assert {len(cards) for _team, cards in c.state.timeline.hands} == {2}
    QApplication.processEvents()
    assert panel.deal_button.isVisibleTo(panel) and not panel.deal_hint.isVisibleTo(panel)
    assert panel.deal_button.text() == "&Distribuer à nouveau" and panel.per_team.value() == 2


def activate_and_page_down(qtbot, console) -> None:
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)


def test_the_gap_the_keyboard_is_on_is_scrolled_into_view(qtbot, console) -> None:
    """With 20 cards down, picking a card put the keyboard on the middle gap out of sight, and the
    arrows moved it on unseen, when the other window had the system's focus (Qt's scroll area follows
    the focus only in the active window): the strip now follows the focused gap."""
    from PySide6.QtCore import QPoint

    c = console.controller
    console.resize(1366, 768)
    console.show()
    panel = _deal(console, 6)
    teams = [t.id for t in c.state.teams]
    for turn in range(20):
        team = teams[turn % len(teams)]
        c.act(c.session.place_card, team, c.state.timeline.hand(team)[0], len(c.state.timeline.cards))
    QApplication.processEvents()
    viewport = panel.scroll.viewport()

    def in_sight(gap) -> bool:
        top = gap.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + gap.height() <= viewport.height()

    team = panel.team.currentData()
    button = next(b for b in panel.hand_buttons if b.card_id == c.state.timeline.hand(team)[0])
    console.stage.show()
    console.stage.activateWindow()  # the other window has the system's focus (as on a second screen)
    QApplication.processEvents()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # pick: the keyboard goes to the middle gap
    focused = console.focusWidget()
    assert focused in panel.gaps and len(panel.gaps) > 20, focused
    assert in_sight(focused)
    for _ in range(8):
        qtbot.keyClick(console.focusWidget(), Qt.Key.Key_Down)
        assert in_sight(console.focusWidget())


@pytest.mark.parametrize(("interface", "session", "said"), [
    ("en", "fr", "Cards left — Les Hiboux: 3, Les Loutres: 3"),
    ("fr", "en", "Cartes restantes — Owls : 3, Otters : 3")])
def test_the_cards_left_are_counted_in_the_interfaces_typography(qtbot, translations, bundled_deck,
                                                                 interface, session, said) -> None:
    """The line « Cards left — … » is the console's, in the interface's language: its colons were the
    session's (« Cards left — Les Hiboux : 3 » on an English console, « Owls: 3 » on a French one)."""
    from bataille.workshop import ManualClock, MemoryStore, Session

    from .conftest import console_on

    translations.set_language(interface)
    s = Session.create(bundled_deck, MemoryStore(), ManualClock(), session)
    for name in ("Les Hiboux", "Les Loutres") if session == "fr" else ("Owls", "Otters"):
        s.add_team(name)
    s.start()
    console = console_on(qtbot, s)
    panel = _deal(console, 3)
    assert " ".join(panel.hands.text().replace("\u00a0", " ").split()) == said  # the spaces as the eye sees them
    console.close()
