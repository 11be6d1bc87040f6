"""The welcome on the stage: the deck's themes and the workshop's agenda, the current step first."""

from __future__ import annotations

from bataille.workshop.flow import phase_title


def test_the_welcome_shows_the_agenda(console) -> None:
    c = console.controller
    c.act(c.session.start_phase)  # the first phase: the welcome
    texts = console.stage.build().texts()
    assert "L’atelier" in texts
    for i, phase in enumerate(c.state.agenda.phases, start=1):
        assert f"{i}. {phase_title(c.deck, phase.id, 'fr')}" in texts
    assert f"{c.state.agenda.phases[0].minutes}\u00a0min" in texts
