"""History lines name things as the room knows them: team names, card and option labels, never ids."""

from __future__ import annotations

from bataille.deck import bundled_deck_path, load_deck
from bataille.workshop import describe
from bataille.workshop.example import play_example


def test_scenario_choices_are_described_by_their_labels():
    deck = load_deck(bundled_deck_path())
    session = play_example(deck, seed=2)
    chosen = [e for e in session.events if e.type == "option_chosen"]
    assert chosen
    for event in chosen:
        scenario = deck.scenario(event.scenario_id)
        decision = next(d for d in scenario.decisions if d.id == event.decision_id)
        option = next(o for o in decision.options if o.id == event.option_id)
        team = session.state.team(event.team_id).name
        assert describe(event, "fr", session.state, deck) == \
            f"{team} choisit «\u00a0{option.label.get('fr')}\u00a0» ({decision.title.get('fr')})"
        assert describe(event, "en", session.state, deck) == \
            f"{team} chose “{option.label.get('en')}” ({decision.title.get('en')})"


def test_points_are_counted_in_words_that_agree():
    from bataille.workshop import ManualClock, MemoryStore, Session

    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    team = session.state.teams[0].id
    lines = {}
    for points in (1, 2, -1, -3):
        session.award_points(team, points, "")
        lines[points] = (describe(session.events[-1], "fr", session.state, deck),
                         describe(session.events[-1], "en", session.state, deck))
    assert lines[1] == ("Les Hiboux\u00a0: +1 point", "Les Hiboux: +1 point")
    assert lines[2] == ("Les Hiboux\u00a0: +2 points", "Les Hiboux: +2 points")
    assert lines[-1][0].endswith("-1 point") and lines[-3][1].endswith("-3 points")
