"""What a first-time facilitator reads on the console: the primary button and the hint under it, a
quick debate's words, the debrief's colons, the timeline's held card, the notes' French typography,
one name for one thing. Real consoles, in French, at the laptop sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication

from bataille.ui.commands import Command
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.words import NBSP
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.flow import first_debate_phase, start_quick_debate

from .conftest import open_console

TEAMS = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors")


@pytest.fixture
def console(qtbot, translations, bundled_deck, in_app_font):
    window = open_console(qtbot, bundled_deck, TEAMS, None)
    yield window
    window.close()


@pytest.fixture
def quick(qtbot, translations, bundled_deck, in_app_font):
    """A console on a quick debate, as the start screen makes it (two camps named after the sides)."""
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), "fr",
                             phase_ids=[first_debate_phase(bundled_deck)])
    start_quick_debate(session, bundled_deck.cards_of("debate", "bias")[0].id, ("Pour", "Contre"))
    window = ConsoleWindow(SessionController(session))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()


def _hint(console) -> str:
    QApplication.processEvents()
    return console.next_panel.label.text()


def test_the_hint_under_the_button_says_what_each_waiting_step_waits_for(console) -> None:
    c = console.controller
    s = c.session
    typed = "Saisissez-le sur la console"  # true only where something is entered on the console
    c.act(s.start_phase, "timeline")
    c.act(s.deal_timeline, 2)
    assert not console.next_panel.button.isEnabled()
    assert typed not in _hint(console) and "commandes de la frise" in _hint(console)
    c.act(s.start_phase, "debates")
    c.act(s.open_round)
    assert "vote avant" in _hint(console)
    c.act(s.record_vote, "before", {"agree": 3, "disagree": 2, "undecided": 1})
    c.act(s.reveal_votes, "before")
    assert not console.next_panel.button.isEnabled()
    assert "Débattez" in _hint(console) and typed not in _hint(console)
    assert _hint(console).startswith("Débattez, puis")  # as the button says it: no « ; puis »


def test_once_the_workshop_is_over_the_button_exports_the_summary_and_nothing_starts(console, qtbot) -> None:
    c = console.controller
    for phase in c.state.agenda.phases:
        c.act(c.session.start_phase, phase.id)
    c.act(c.session.end_phase)
    assert c.next_step().over
    QApplication.processEvents()
    button, export = console.next_panel.button, console.actions_[Command.EXPORT_SUMMARY]
    assert button.isEnabled() and button.text() == "Exporter le bilan…"
    assert "Séance" in _hint(console) and "Exporter le bilan" in _hint(console)
    assert not console.agenda.start_pause.isEnabled() and not console.agenda.next_phase.isEnabled()
    assert not console.actions_[Command.START_PAUSE].isEnabled()
    asked = []
    export.triggered.disconnect()  # the file dialog stays closed: the action is what the button reaches
    export.triggered.connect(lambda: asked.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [True]


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_primary_button_shows_its_words_whole_in_french(console, size, in_app_font) -> None:
    """'Étape suivante : Accueil et règles du jeu' was cut with '…' at 1366×768: every step's words
    now fit the button (two lines where one is short), measured with the button's own font; the hint
    under it fits its room."""
    console.resize(*size)
    c = console.controller
    button = console.next_panel.button
    seen = []

    def check() -> None:
        QApplication.processEvents()
        step = c.next_step()
        words = "Exporter le bilan…" if getattr(step, "over", False) else step.label
        metrics = QFontMetrics(button.font())
        room = button.width() - (button.iconSize().width() if not button.icon().isNull() else 0) - 8
        lines = button.text().split("\n")
        seen.append(button.text())
        assert "…" not in button.text().replace("Exporter le bilan…", ""), (size, button.text())
        assert " ".join(lines) == words.replace(": ", ":\n").replace("\n", " ") or " ".join(lines) == words
        assert all(metrics.horizontalAdvance(line) <= room for line in lines), (size, lines, room)
        assert len(lines) <= 2 and len(lines) * metrics.lineSpacing() <= button.height()
        hint = console.next_panel.label  # and the hint under it is read whole too
        assert hint.heightForWidth(hint.width()) <= hint.height() + 1, (size, hint.text())

    assert button.font().family() == in_app_font.family()
    check()
    for phase in c.state.agenda.phases:
        c.act(c.session.start_phase, phase.id)
        check()
        if phase.kind == "debate":
            c.act(c.session.open_round)
            check()  # waiting for the vote before: the longest words
    c.act(c.session.end_phase)
    check()
    assert any("\n" in text for text in seen)  # the long ones did need their second line


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_hints_with_phones_on_fit_under_the_button(console, size, in_app_font) -> None:
    """With Phones on, "Demander le vote avant aux téléphones" took the button's two lines and its
    hint three, in a box that holds two: the hint's first and last lines were cut at 1366×768."""
    console.resize(*size)
    c, phones = console.controller, console.phones
    phones.turn_on("127.0.0.1", 0)
    try:
        debate = next(p for p in c.state.agenda.phases if p.kind == "debate")
        c.act(c.session.start_phase, debate.id)
        c.act(c.session.open_round)
        hints = []
        for _stage in ("before", "after"):
            QApplication.processEvents()
            hint = console.next_panel.label
            hints.append(hint.text())
            assert hint.heightForWidth(hint.width()) <= hint.height() + 1, (size, hint.text())
            console.advance()  # ask the phones
            QApplication.processEvents()
            hint = console.next_panel.label
            hints.append(hint.text())
            assert hint.heightForWidth(hint.width()) <= hint.height() + 1, (size, hint.text())
            c.act(c.session.record_vote, _stage, {"agree": 1, "disagree": 1, "undecided": 0})
            c.act(c.session.reveal_votes, _stage)
            phones.done_with_vote()
        assert any("mains" in h for h in hints)  # the phones' step was seen
    finally:
        phones.turn_off()


def test_pagedown_is_not_called_pas_suivant(console) -> None:
    """'Pas suivant' reads as 'not next': the menu says Avancer, and the phase is an étape elsewhere."""
    texts = {a.text().replace("&", "") for a in console.session_menu.actions()}
    assert "Avancer" in texts and "Reculer" in texts and not any("Pas " in t for t in texts)
    assert console.next_panel.button.accessibleName() == "Avancer"


def test_a_quick_debate_is_named_as_on_the_stage_and_shows_no_scores_nor_sides(quick) -> None:
    QApplication.processEvents()
    assert quick.phase.title() == "Débat express"
    assert quick.agenda.timer_note.text() == "Débat express"
    assert quick.agenda.phases.item(0).text().startswith("Débat express — ")
    assert "Débats en cinq thèmes" not in quick.notes.view.toPlainText()
    assert not quick.teams.isVisible()  # no "Pour — 0 pts" with points to give
    debate = quick.phase.debate
    assert debate.argument_team.isVisible() and not debate.argument_side.isVisible()  # the camp is the side
    team = debate.argument_team.currentData()
    debate.argument_team.setCurrentIndex(1)
    debate.argument_text.setText("On peut la mesurer")
    debate.add_argument()
    argument = quick.controller.state.open_round.arguments[-1]
    assert argument.side == quick.controller.state.open_round.side_of(debate.argument_team.currentData())
    assert debate.argument_team.currentData() != team


def test_a_quick_debate_has_one_way_forward(quick, console) -> None:
    """Its one phase: no « Étape suivante » under the timer beside « Et ensuite » (it ended the
    debate before the vote); a workshop keeps it."""
    assert not quick.agenda.next_phase.isVisibleTo(quick) and quick.next_panel.button.isVisibleTo(quick)
    assert console.agenda.next_phase.isVisibleTo(console)
    assert quick.phase.debate.round_label.text().startswith("Débat ouvert\u00a0: ")  # its one debate: no « 1 »


def test_a_workshop_still_shows_its_scores_and_sides(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    QApplication.processEvents()
    assert console.teams.isVisible() and console.phase.debate.argument_side.isVisible()
    assert console.phase.title() == "Débats en cinq thèmes"


def test_the_debrief_puts_a_no_break_space_before_its_colons(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    listed = console.phase.debrief.recorded
    assert listed.count() == 1 and listed.item(0).text().startswith("Rien de noté pour l’instant")
    assert not listed.item(0).flags() & Qt.ItemFlag.ItemIsSelectable  # a note, not a line recorded
    team = c.state.teams[0].id
    c.act(c.session.add_commitment, "Citer nos sources quand on utilise une IA.", team)
    c.act(c.session.add_commitment, "Vérifier un chiffre avant de le partager.", None)
    rows = [console.phase.debrief.recorded.item(i).text() for i in range(console.phase.debrief.recorded.count())]
    assert f"• Les Hiboux{NBSP}: Citer nos sources quand on utilise une IA." in rows
    assert f"• Toute la salle{NBSP}: Vérifier un chiffre avant de le partager." in rows
    c.act(c.session.add_takeaway, "Une IA se trompe avec aplomb.")
    rows = [console.phase.debrief.recorded.item(i).text() for i in range(console.phase.debrief.recorded.count())]
    headings = [listed.item(i) for i in (0, 2)]  # bold, in the text's colour: not read as disabled
    assert all(item.flags() == Qt.ItemFlag.ItemIsEnabled and item.font().bold() for item in headings)
    assert rows == ["Ce que l’on retient (1)", "• Une IA se trompe avec aplomb.", "Engagements (2)",
                    f"• Les Hiboux{NBSP}: Citer nos sources quand on utilise une IA.",
                    f"• Toute la salle{NBSP}: Vérifier un chiffre avant de le partager."], rows
    assert listed.item(0).font().bold() and not listed.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    debrief = console.phase.debrief
    theme = c.deck.themes[0]
    debrief._feedback_received("token-1", 4, theme.id, "")
    assert f"{theme.name.get('fr')}{NBSP}: 1" in debrief.feedback_summary.text().split("\n")


def test_no_card_is_shown_as_being_placed_until_one_is_picked(console, qtbot) -> None:
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    panel = console.phase.timeline
    console.next_panel.button.click()
    QApplication.processEvents()
    assert c.placing is None and panel.picked is None
    assert not console.stage.build().texts("placing-title")
    card = c.state.timeline.hand(panel.team.currentData())[0]
    qtbot.mouseClick(next(b for b in panel.hand_buttons if b.card_id == card), Qt.MouseButton.LeftButton)
    assert c.placing == (panel.team.currentData(), card)
    qtbot.mouseClick(panel.gaps[0], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert c.placing is None and panel.picked is None  # the next team has not picked yet
    qtbot.mouseClick(panel.gaps[0], Qt.MouseButton.LeftButton)  # a gap without a card: said, nothing placed
    assert len(c.state.timeline.placements) == 1 and "Choisissez d’abord une carte" in console.status_line.text()


def test_the_notes_never_start_a_line_with_a_semicolon(console, bundled_deck) -> None:
    """A deck's French ('des milliers de fois ; un recruteur') keeps its mark with the word before it."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    card = next(card for card in bundled_deck.cards_of("debate", "bias")
                if any("milliers de fois" in p.get("fr") for p in card.prompts_for))
    c.act(c.session.open_round, card_id=card.id)
    view = console.notes.view
    text = view.document().toRawText()  # toPlainText writes a no-break space as a space
    assert "fois\u202f;" not in text and f"fois{NBSP};" in text  # typeset, in a space the font has
    for width in range(160, 420, 4):  # wherever the column's width puts the line's end
        view.document().setTextWidth(width)
        block = view.document().begin()
        while block.isValid():
            layout: QTextLayout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                start = block.text()[line.textStart():line.textStart() + line.textLength()]
                assert not start.lstrip().startswith((";", ":", "!", "?")), (width, start)
            block = block.next()


def test_one_name_for_one_thing_in_french(console) -> None:
    """Show a vote: 'Dévoiler' (as the primary button says); takeaways: 'Ce que l’on retient' (as the
    stage says); 'animateur' in the notes as in their title; the anonymous copy says what it is for."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    debate = console.phase.debate
    assert debate.reveal_buttons["before"].text().replace("&", "") == "Dévoiler avant"
    assert debate.reveal_buttons["after"].text().replace("&", "") == "Dévoiler après"
    # Counts typed, not yet recorded: « non enregistré », as its button « Enregistrer (caché) » says.
    c.act(c.session.open_round)
    assert debate.record_buttons["before"].text().replace("&", "") == "Enregistrer (caché)"
    assert debate.vote_states["before"].text() == "non enregistré"
    c.act(c.session.start_phase, "debrief")
    debrief = console.phase.debrief
    assert debrief.takeaway_label.text().replace("&", "").startswith("Ce que l’on retient")
    assert console.notes.title() == "Notes de l’animateur"
    assert "facilitat" not in console.notes.view.toPlainText().lower()
    assert "animateur" in console.notes.view.toPlainText().lower()
    forget = console.phones_panel.forget_button.text().replace("&", "")
    assert "jetons" not in forget and "partager" in forget
    # Start a scenario: « Lancer », for one team or every team, as the primary button says.
    c.act(c.session.start_phase, "scenarios")
    scenario = console.phase.scenario
    assert scenario.start_button.text().replace("&", "") == "Lancer"
    assert scenario.start_all_button.text().replace("&", "") == "Lancer pour chaque équipe"


def test_one_point_and_one_voter_are_singular(console) -> None:
    """"Les Hiboux — 1 pts" in the scores, "1 votants" above a vote on the stage."""
    c = console.controller
    team = c.state.teams[0]
    console.teams.list.setCurrentRow(0)
    c.act(c.session.award_points, team.id, 1)
    assert console.teams.list.item(0).text() == f"{team.name} — 1 pt"
    c.act(c.session.award_points, team.id, 1)
    assert console.teams.list.item(0).text() == f"{team.name} — 2 pts"
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    c.act(c.session.record_vote, "before", {"agree": 1, "disagree": 0, "undecided": 0})
    c.act(c.session.reveal_votes, "before")
    assert "1 votant" in console.stage.build().texts("vote-total")


def test_record_says_hidden_only_while_the_vote_is_hidden(console) -> None:
    """Once a vote is shown, a correction recorded shows on the stage at once: its button no longer
    says « (caché) » but « Corriger (affiché) » (« Enregistrer (affiché) » read like a state); it
    keeps its key (Alt+E before, Alt+H after) either way."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    debate = console.phase.debate
    record = debate.record_buttons
    c.act(c.session.record_vote, "before", {"agree": 3, "disagree": 1, "undecided": 0})
    assert record["before"].text() == "&Enregistrer (caché)"
    c.act(c.session.reveal_votes, "before")
    assert record["before"].text() == "Corrig&er (affiché)"
    assert record["after"].text() == "Enregistrer (cac&hé)"  # the vote after is still hidden
    c.act(c.session.record_vote, "after", {"agree": 2, "disagree": 2, "undecided": 0})
    c.act(c.session.reveal_votes, "after")
    assert record["after"].text() == "Corriger (affic&hé)"
    c.undo()  # the vote after unshown: hidden again, and said so
    assert record["after"].text() == "Enregistrer (cac&hé)"


def test_the_notes_give_the_scenario_to_read_aloud_then_its_epilogue(console) -> None:
    """A scenario's introduction (the situation the room's choices play out in) was printed in the
    guide but shown nowhere in the app: the notes now give the followed team's scenario, its
    introduction to read aloud, and its epilogue once its last decision is taken."""
    c = console.controller
    scenario_phase = next(p for p in c.state.agenda.phases if p.kind == "scenario")
    c.act(c.session.start_phase, scenario_phase.id)
    team = c.state.teams[0].id
    scenario = c.deck.scenarios[0]
    c.act(c.session.start_scenario, team, scenario.id)
    c.show_scenario_team(team)
    text = console.notes.view.toPlainText()
    intro = scenario.intro.get("fr").split()[:6]
    assert scenario.title.get("fr") in text and " ".join(intro) in " ".join(text.split())
    epilogue = " ".join(scenario.epilogue.get("fr").split()[:6])
    assert epilogue and epilogue not in " ".join(text.split())
    for decision in scenario.decisions:
        c.act(c.session.choose_option, team, decision.options[0].id)
    assert epilogue in " ".join(console.notes.view.toPlainText().split())


def test_the_middle_says_the_workshop_is_over_not_between_phases(console) -> None:
    """Once the workshop ended, the middle read "Entre deux étapes" over "Rien n’est en cours"."""
    c = console.controller
    for phase in c.state.agenda.phases:
        c.act(c.session.skip_phase, phase.id)
    assert c.next_step().over
    assert console.phase.title() == "Atelier terminé"
    assert console.phase.idle.text().startswith("L’atelier est terminé, et chaque action est dans son fichier")
    assert "«\u00a0Exporter le bilan…\u00a0»" in console.phase.idle.text()


def test_the_history_speaks_the_interfaces_language_and_names_the_cards_as_printed(console) -> None:
    """English cards, a French facilitator: the status line and the history said « Sides assigned
    (debate 1) » in a French console, and a refusal in French the moment after. They speak the
    interface's language now; the cards keep their own titles (the ones the room holds)."""
    from bataille.words import for_the_font
    from bataille.workshop.flow import open_debate

    c = console.controller
    c.act(c.session.set_language, "en")
    c.act(c.session.start_phase, "debates")
    c.act(open_debate, c.session)
    title = for_the_font(c.deck.card(c.state.open_round.card_id).title.get("en"))
    history = [console.history.list.item(i).text() for i in range(console.history.list.count())]
    assert history[:2] == ["Camps attribués (débat 1)", f"Débat 1\u00a0: {title}"], history
    assert console.status_line.text() == f"Débat 1\u00a0: {title} · Camps attribués (débat 1)"
