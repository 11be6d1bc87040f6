"""The welcome on the stage: the deck's themes and the workshop's agenda, the current step first."""

from __future__ import annotations

from bataille.words import for_the_font
from bataille.workshop.flow import phase_title


def test_the_welcome_shows_the_agenda(console) -> None:
    c = console.controller
    c.act(c.session.start_phase)  # the first phase: the welcome
    texts = console.stage.build().texts()
    assert "L’atelier" in texts
    for i, phase in enumerate(c.state.agenda.phases, start=1):
        assert for_the_font(f"{i}. {phase_title(c.deck, phase.id, 'fr')}") in texts
    assert f"{c.state.agenda.phases[0].minutes}\u00a0min" in texts



def test_the_rules_line_agrees_with_the_points(console, qtbot) -> None:
    from bataille.ui.controller import SessionController
    from bataille.ui.stage.window import StageWindow
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.state import Rules

    c = console.controller
    c.act(c.session.start_phase)
    texts = " ".join(console.stage.build().texts())
    assert "; 2 points par carte bien placée" in texts.replace("\u202f", " ") and "point(s)" not in texts
    session = Session.create(c.deck, MemoryStore(), ManualClock(), "fr", rules=Rules(timeline_points_correct=1))
    session.add_team("A")
    session.add_team("B")
    session.start()
    session.start_phase()
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    assert "; 1 point par carte bien placée" in " ".join(stage.build().texts()).replace("\u202f", " ")
