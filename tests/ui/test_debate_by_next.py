"""A debate conducted with the primary button (the remote's "next") and the vote counts only: the
teams' sides are drawn when it opens, and the side that moved the room gets its points when it
closes, by "next" or by the debate's own Close button. Real widgets, mouse clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.workshop.flow import close_debate

from .conftest import deliberately, go_to_phase


def _click(qtbot, button) -> None:
    """A press after looking at what the last one did (counts typed, the shift read): not a double-click."""
    deliberately(qtbot, button)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_the_shift(qtbot, console) -> set[str]:
    """The debates phase opened by "next", both votes typed, recorded and shown; the winning teams."""
    c, panel, forward = console.controller, console.phase, console.next_panel.button
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)  # opens the next debate
    rnd = c.state.open_round
    assert rnd is not None and sorted(side for _, side in rnd.sides) == ["against", "for"]
    debate = panel.debate
    debate.votes["before"].set_counts(6, 5, 3)
    debate.record("before")
    _click(qtbot, forward)  # shows the vote before
    debate.votes["after"].set_counts(4, 9, 1)  # "against" moved the room
    debate.record("after")
    _click(qtbot, forward)  # shows the vote after
    return {team for team, side in c.state.open_round.sides if side == "against"}


def test_next_alone_draws_sides_and_gives_the_winners_their_points(qtbot, console) -> None:
    c = console.controller
    winners = _to_the_shift(qtbot, console)
    assert all(t.score == 0 for t in c.state.teams)
    _click(qtbot, console.next_panel.button)  # closes this debate and opens the next
    assert {t.id: t.score for t in c.state.teams} == {t.id: 3 if t.id in winners else 0 for t in c.state.teams}
    assert c.state.rounds[0].closed and c.state.open_round.sides  # the next one has its sides
    shown = [console.teams.list.item(i).text() for i in range(console.teams.list.count())]
    assert sorted(text.endswith("— 3 pts") for text in shown) == sorted(t.id in winners for t in c.state.teams), shown


def test_the_close_button_gives_the_same_points(qtbot, console) -> None:
    c = console.controller
    winners = _to_the_shift(qtbot, console)
    _click(qtbot, console.phase.debate.close_button)
    assert {t.id for t in c.state.teams if t.score == 3} == winners and c.state.open_round is None


def test_counts_typed_are_recorded_and_shown_by_next(qtbot, console) -> None:
    """Waiting for the vote, the primary button was greyed even with the counts typed: the
    facilitator had to find the vote's own Record and Show. Once counts are in, "next" takes it."""
    c, forward = console.controller, console.next_panel.button
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)
    assert not forward.isEnabled()  # nothing typed yet: it waits
    console.phase.debate.votes["before"].set_counts(7, 4, 2)
    assert forward.isEnabled() and "Enregistrer et dévoiler le vote avant" in forward.toolTip()
    _click(qtbot, forward)
    assert c.state.open_round.revealed_before and c.state.open_round.before.total.agree == 7
    assert not forward.isEnabled()  # and waits for the vote after


def test_next_closes_the_phones_vote_records_it_and_shows_it(qtbot, console, stack) -> None:
    """The phones voting, "next" stayed greyed on "Waiting for the vote before" and a remote in
    hand was stuck: now it says it will close the phones' vote, and does, records it and shows it."""
    from .test_phones_console_votes import answer, join

    c, forward = console.controller, console.next_panel.button
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, 2, stack)
    panel = console.phase.debate
    panel.phone_buttons["before"].click()
    assert not forward.isEnabled()  # asked, nobody answered yet
    for ws, choice in zip(sockets, ("agree", "disagree"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: "(réponses\u00a0: 2)" in forward.toolTip(), timeout=5000)  # the first answer enables it
    assert forward.isEnabled() and "Clore le vote et le dévoiler (réponses\u00a0: 2)" in forward.toolTip()
    _click(qtbot, forward)
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    assert c.state.open_round.before.total.agree == 1 and c.state.open_round.before.total.disagree == 1
    console.phones.turn_off()


def test_the_join_screen_gives_way_to_a_debate_that_opens(qtbot, console) -> None:
    """Phones on, the stage showed the join screen over the claim of the debate just opened, until
    a phone vote was asked: a debate that opens now takes the stage; the phones panel brings the
    join screen back."""
    c, phones = console.controller, console.phones
    c.act(c.session.start_phase, "debates")
    phones.turn_on("127.0.0.1", 0)
    try:
        assert console.phase.debate is not None and phones.join_shown  # the debates' page, built
        _click(qtbot, console.next_panel.button)  # opens a debate
        assert c.state.open_round is not None and not phones.join_shown
        c.act(c.session.record_vote, "before", {"agree": 1, "disagree": 1, "undecided": 0})
        console.phones_panel.show_join()  # brought back by hand: it stays while the same debate goes on
        assert phones.join_shown
        c.act(c.session.reveal_votes, "before")
        assert phones.join_shown
    finally:
        phones.turn_off()


def test_with_the_phones_on_the_remote_alone_asks_closes_and_shows_both_votes(qtbot, console, stack) -> None:
    """The remote could not start a phone vote: before each vote the teacher reached for the mouse
    to click "Ask the phones". Now "next" asks them, then closes and shows their vote, twice."""
    from .test_phones_console_votes import answer, join

    c, forward, phones = console.controller, console.next_panel.button, console.phones
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)  # opens a debate
    phones.turn_on("127.0.0.1", 0)
    sockets = join(console, 2, stack)
    presses = 0
    for stage, choices in (("before", ("agree", "disagree")), ("after", ("disagree", "disagree"))):
        qtbot.waitUntil(lambda s=stage: f"vote {'avant' if s == 'before' else 'après'} aux téléphones"
                        in forward.toolTip(), timeout=5000)
        if stage == "after":  # the room debates before it votes again, as without phones
            assert forward.toolTip().startswith("Débattez, puis demandez le vote après aux téléphones"), forward.toolTip()
            assert console.next_panel.label.text().startswith("Débattez d’abord"), console.next_panel.label.text()
        _click(qtbot, forward)  # asks the phones
        presses += 1
        assert phones.asking is not None and phones.asking.stage == stage
        assert not forward.isEnabled(), forward.toolTip()  # nobody answered yet: it says it waits for them
        qtbot.waitUntil(lambda: "En attente des réponses des téléphones (téléphones connectés\u00a0: 2)"
                        in forward.toolTip(), timeout=5000)
        assert console.next_panel.label.text() == "Dès la première réponse, ce bouton clôt leur vote."
        for ws, choice in zip(sockets, choices, strict=True):
            answer(ws, choice)
        qtbot.waitUntil(lambda: "(réponses\u00a0: 2)" in forward.toolTip(), timeout=5000)
        _click(qtbot, forward)  # closes their vote, records it, shows it
        presses += 1
        qtbot.waitUntil(lambda s=stage: c.state.open_round.revealed(s), timeout=5000)
    rnd = c.state.open_round
    assert (rnd.before.total.agree, rnd.before.total.disagree, rnd.after.total.disagree) == (1, 1, 2)
    assert presses == 4 and "Clore ce débat" in forward.toolTip()
    phones.turn_off()


def test_typed_counts_are_not_overtaken_by_the_phones(qtbot, console, stack) -> None:
    """Hands counted and typed, Phones on: "next" records and shows what was typed."""
    c, forward, phones = console.controller, console.next_panel.button, console.phones
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)
    phones.turn_on("127.0.0.1", 0)
    assert "aux téléphones" in forward.toolTip()
    console.phase.debate.votes["before"].set_counts(3, 2, 1)
    assert "Enregistrer et dévoiler le vote avant" in forward.toolTip()
    _click(qtbot, forward)
    assert c.state.open_round.before.total.agree == 3 and phones.asking is None
    phones.turn_off()


def test_asked_with_no_phone_connected_the_console_says_so(qtbot, console) -> None:
    """The phones asked before any phone joined: the console said "enter and record the vote, in the
    middle" as if Phones were off; now it waits for the phones and says none is connected."""
    c, forward, phones = console.controller, console.next_panel.button, console.phones
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)
    phones.turn_on("127.0.0.1", 0)
    try:
        _click(qtbot, forward)  # asks the phones, nobody there
        assert phones.asking is not None and not forward.isEnabled()
        assert "téléphones connectés\u00a0: 0" in forward.toolTip(), forward.toolTip()
        assert console.next_panel.label.text().startswith("Aucun téléphone connecté"), \
            console.next_panel.label.text()
    finally:
        phones.turn_off()


def test_the_next_debate_starts_with_empty_counts(qtbot, console) -> None:
    """"Close this debate and open the next" left the last debate's counts in the vote before's
    boxes: "next" then offered to record them as the new debate's vote."""
    c, forward = console.controller, console.next_panel.button
    _to_the_shift(qtbot, console)
    _click(qtbot, forward)  # closes this debate and opens the next
    assert c.state.open_round.number == 2
    votes = console.phase.debate.votes
    assert votes["before"].counts() == votes["after"].counts() == {"agree": 0, "disagree": 0, "undecided": 0}
    assert not forward.isEnabled(), forward.toolTip()  # it waits for the new debate's vote


def _phones_answered_by_next(qtbot, console, stack, choices: tuple[str, ...]) -> None:
    """A debate opened by "next", Phones on, one phone per choice joined; "next" asked them for the
    vote before and each answered: "next" now offers to close their vote and show it."""
    from .test_phones_console_votes import answer, join

    c, forward = console.controller, console.next_panel.button
    c.act(c.session.start_phase, "debates")
    _click(qtbot, forward)
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, len(choices), stack)
    qtbot.waitUntil(lambda: "vote avant aux téléphones" in forward.toolTip(), timeout=5000)
    _click(qtbot, forward)  # asks the phones
    for ws, choice in zip(sockets, choices, strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: f"(réponses\u00a0: {len(choices)})" in forward.toolTip(), timeout=5000)


def test_pressing_next_twice_closes_the_phones_vote_once(qtbot, console, stack) -> None:
    """An impatient second press of the remote while the phones' vote was closing closed it again:
    its answers came twice, and the vote was recorded a second time after it was shown."""
    c, forward, phones = console.controller, console.next_panel.button, console.phones
    _phones_answered_by_next(qtbot, console, stack, ("agree", "disagree"))
    forward.click()
    assert not forward.isEnabled() and forward.toolTip() == "Clôture du vote des téléphones…"  # it says so
    forward.click()  # before the phones' answers have come back (the remote's key reaches it greyed too)
    console.advance()
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    qtbot.wait(300)  # a second close would have answered by now
    kinds = [e.type for e in c.session.events]
    assert kinds.count("phone_votes_recorded") == 1 and kinds.count("vote_recorded") == 1, kinds[-6:]
    phones.turn_off()


def test_the_join_screen_gives_way_when_the_workshop_moves_on(qtbot, console) -> None:
    """Phones turned on before the welcome: the join screen stayed on the stage through the welcome
    and the whole timeline (the room placed its cards without seeing the timeline) until a debate
    opened. It now gives way to any move of the workshop, and stays for a point given."""
    c, phones = console.controller, console.phones
    phones.turn_on("127.0.0.1", 0)
    try:
        assert phones.join_shown
        _click(qtbot, console.next_panel.button)  # the welcome starts
        assert c.state.agenda.current.kind == "intro" and not phones.join_shown
        console.phones_panel.show_join()  # brought back by hand, while the room joins
        c.act(c.session.award_points, c.state.teams[0].id, 1)
        assert phones.join_shown  # a point is not a move of the workshop
        c.act(c.session.start_phase, "timeline")
        assert not phones.join_shown
        console.phones_panel.show_join()
        c.act(c.session.deal_timeline, 2)
        assert not phones.join_shown  # the room sees the timeline it builds
    finally:
        phones.turn_off()


def test_phones_turned_on_mid_timeline_give_way_at_the_next_card(qtbot, console) -> None:
    """Phones turned on once the cards were dealt: the join screen stayed over the timeline while
    the room placed every card (it gave way only to a phase, a deal or a debate). A card placed, or
    a scenario's choice, is a move of the workshop too."""
    c, phones = console.controller, console.phones
    go_to_phase(c, "timeline")
    c.act(c.session.deal_timeline, 2)
    phones.turn_on("127.0.0.1", 0)
    try:
        assert phones.join_shown
        team = c.state.teams[0].id
        c.act(c.session.place_card, team, c.state.timeline.hand(team)[0], 0)
        assert not phones.join_shown
        go_to_phase(c, "scenarios")
        for t in c.state.teams:
            c.act(c.session.start_scenario, t.id, c.deck.scenarios[0].id)
        console.phones_panel.show_join()
        assert phones.join_shown
        c.act(c.session.choose_option, team, "a")
        assert not phones.join_shown  # the room reads the consequence of the choice
    finally:
        phones.turn_off()


def test_the_join_screen_button_says_it_takes_the_screen_off(qtbot, console) -> None:
    """The button brings the join screen back and, pressed again, takes it off the stage: its words
    said only the first."""
    phones, button = console.phones, console.phones_panel.join_button
    phones.turn_on("127.0.0.1", 0)
    try:
        assert phones.join_shown and button.text() == "Masquer l’écran pour rejoindre"
        button.click()
        assert not phones.join_shown and button.text() == "Écran pour rejoindre"
        button.click()
        assert phones.join_shown and "Masquer" in button.text()
    finally:
        phones.turn_off()


def test_a_phones_vote_that_does_not_close_in_time_lets_next_try_again(qtbot, console, stack, monkeypatch):
    """The phones' server stuck: "next" said it was closing their vote, for ever; it now waits a
    bounded time, says so, and offers to close again."""
    from bataille.ui import phones as ui_phones

    from .test_phones_console_votes import freeze

    monkeypatch.setattr(ui_phones, "ANSWERS_WAIT_MS", 300)
    c, forward, phones = console.controller, console.next_panel.button, console.phones
    _phones_answered_by_next(qtbot, console, stack, ("agree",))
    woke = freeze(phones, 3.0)  # longer than both presses' waits (0.3 s each)
    _click(qtbot, forward)
    assert forward.toolTip() == "Clôture du vote des téléphones…"
    qtbot.waitUntil(lambda: "Clore le vote et le dévoiler" in forward.toolTip(), timeout=3000)
    qtbot.waitUntil(lambda: console.status_line.text().startswith("Le vote des téléphones ne s’est pas clos à temps"),
                    timeout=2000)  # said once the event loop turns
    _click(qtbot, forward)  # pressed again while the server is still stuck: it waits for the same close
    assert forward.toolTip() == "Clôture du vote des téléphones…"
    qtbot.waitUntil(lambda: "Clore le vote et le dévoiler" in forward.toolTip(), timeout=3000)
    woke.wait(5)  # the server wakes up and answers that one close, once: its answers are in the counts
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    assert "Enregistrer et dévoiler le vote avant" in forward.toolTip()
    _click(qtbot, forward)
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    qtbot.wait(300)
    kinds = [e.type for e in c.session.events]
    assert kinds.count("phone_votes_recorded") == 1 and kinds.count("vote_recorded") == 1, kinds[-6:]
    assert c.state.open_round.before.total.agree == 1
    phones.turn_off()


def test_one_undo_takes_back_a_debate_closed_and_the_next_opened(qtbot, console) -> None:
    """"Close this debate and open the next" is one press: one Ctrl+Z takes it back whole (the points
    given, the debate closed, the next opened), and the room's shift is on the stage again."""
    c = console.controller
    _to_the_shift(qtbot, console)
    _click(qtbot, console.next_panel.button)
    assert c.state.open_round.number == 2 and any(t.score for t in c.state.teams)
    c.undo()
    rnd = c.state.open_round
    assert rnd.number == 1 and rnd.revealed_after and not rnd.closed
    assert all(t.score == 0 for t in c.state.teams)
    assert "Clore ce débat et ouvrir le suivant" in console.next_panel.button.toolTip()
    assert console.status_line.text() == "Annulé — Clore ce débat et ouvrir le suivant"


def test_the_verdict_says_its_points_and_the_sides_stay_once_it_is_shown(qtbot, console) -> None:
    """The room sees what the verdict earns before the scores change (« +3 points pour chaque
    équipe du camp « contre » à la clôture du débat »; once closed, without its last words), « Tirer les camps » no longer re-draws who gets them, and the
    press that closes the debate says the points it gave (it said « Camps attribués (débat 2) »), short."""
    c = console.controller
    winners = _to_the_shift(qtbot, console)
    said = "+3\u00a0points pour chaque équipe du camp «\u00a0contre\u00a0»"
    to_come = said + " à la clôture du débat"  # the debate open: its points come when it closes
    assert console.stage.build().texts("shift-points") == [to_come]
    sides = console.phase.debate.sides_button
    assert not sides.isEnabled() and "Ctrl+Z" in sides.toolTip()
    _click(qtbot, console.next_panel.button)  # closes this debate (its points given) and opens the next
    status = console.status_line.text()
    names = [c.state.team(t).name for t in sorted(winners)]
    if len(names) > 1:  # counted, short enough for one line (the history names each team)
        assert status == f"Débat 1 clos\u00a0: +3 points à {len(names)} équipes · Débat 2 ouvert", status
    else:
        assert status == f"{names[0]}\u00a0: +3 points · Débat 1 clos · Débat 2 ouvert", status
    assert sides.isEnabled()  # the next debate: sides may be drawn again
    c.undo()  # the debate open again, its verdict shown: its points to come, said again
    assert console.stage.build().texts("shift-points") == [to_come] and not sides.isEnabled()
    c.act(close_debate, c.session)  # closed, its points given: still said under its verdict
    assert c.state.open_round is None and console.stage.build().texts("shift-points") == [said]
    c.undo()  # one Ctrl+Z takes back the closing whole: its points too (it left them given)
    assert all(t.score == 0 for t in c.state.teams) and not c.state.open_round.closed
    c.act(c.session.close_round)  # closed without its points (the round's own close): none said
    assert console.stage.build().texts("shift-points") == []


def test_a_refused_action_between_does_not_split_the_closing_undo(qtbot, console) -> None:
    """A debate closed with « Clore le débat » (its points, then the closing), then a click refused
    (nothing recorded): one Ctrl+Z still takes back the closing whole, its points too."""
    c = console.controller
    _to_the_shift(qtbot, console)
    c.act(close_debate, c.session)
    assert any(t.score for t in c.state.teams)
    count = c.session.event_count
    assert c.act(c.session.reveal_votes, "before") is None and c.session.event_count == count  # refused
    c.undo()
    assert all(t.score == 0 for t in c.state.teams) and not c.state.open_round.closed


def test_leaving_the_phase_by_the_agendas_button_closes_the_debate_with_its_points(qtbot, console) -> None:
    """The stage said « +3 points pour chaque équipe du camp « contre » », and the agenda's « Phase
    suivante » (Ctrl+N) left for the scenarios: nobody got the points, the debate stayed open for the
    rest of the session (the notes showed its card in the next phases) and the summary said it was
    not closed. Leaving now closes it as « Clore le débat » does; one Ctrl+Z takes the press back."""
    from PySide6.QtWidgets import QMessageBox

    c = console.controller
    winners = _to_the_shift(qtbot, console)
    _click(qtbot, console.agenda.next_phase)
    question = console.leave_guard.question  # a debate open, themes left: it asks first
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert {t.id for t in c.state.teams if t.score == 3} == winners
    assert c.state.open_round is None and c.state.rounds[0].closed
    assert c.state.agenda.current.kind != "debate"  # the next phase to come (here the first, skipped)
    debated = c.deck.card(c.state.rounds[0].card_id).title.get("fr")
    assert debated not in console.notes.view.toPlainText()
    c.undo()
    assert c.state.agenda.current.kind == "debate" and not c.state.rounds[0].closed
    assert all(t.score == 0 for t in c.state.teams)


def test_an_undone_line_has_one_colon(qtbot, console) -> None:
    """« Annulé : Début : Débats en cinq thèmes »: the undo said its line after a colon of its own."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.undo()
    said = console.status_line.text()
    assert said.startswith("Annulé — Début") and said.count(":") == 1, said


def test_waiting_for_the_vote_before_says_where_the_phones_are_turned_on(qtbot, console) -> None:
    """« (ou par les téléphones) »: the teacher had to find the Phones box, bottom left."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    _click(qtbot, console.next_panel.button)  # opens a debate: it waits for the vote before
    assert "activez les téléphones, en bas à gauche" in console.next_panel.label.text()
