"""The one-table CSV names each action's team as it was named then: a team renamed to a typo, then
back, reads « Les Hiboux » renamed « Les Hibuox », then « Les Hibuox » renamed « Les Hiboux »; named
by today's name, the first row said the right name was renamed to the typo. A real session file."""

from __future__ import annotations

import csv
import io

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_csv import render_actions_csv
from bataille.export.summary_model import build_summary
from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock


def _rows(session, deck) -> list[dict[str, str]]:
    table = render_actions_csv(build_summary(session, deck)).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(table), delimiter=";"))


def test_a_renamed_team_is_named_as_it_was_at_each_action(tmp_path) -> None:
    deck = load_deck(bundled_deck_path())
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=20, phase_ids=["debates"])
    hiboux = session.add_team("Les Hiboux").event.team_id
    session.add_team("Les Loutres")
    session.add_team("Les Lynx")
    session.rename_team(hiboux, "Les Hibuox")  # the typo
    session.rename_team(hiboux, "Les Hiboux")  # put right (F2)
    lynx = session.state.teams[-1].id
    session.remove_team(lynx)
    session.start()
    session.start_phase()
    session.open_round(seed=1)
    session.add_argument(hiboux, "Les élèves apprennent en faisant", side="for")
    close_session(session)
    session = open_session(path, deck, ManualClock())
    try:
        rows = _rows(session, deck)
    finally:
        close_session(session)
    teams = [(r["team"], r["kind"], r["value"]) for r in rows if r["kind"].startswith("team_")]
    assert teams == [
        ("Les Hiboux", "team_added", "Les Hiboux"),
        ("Les Loutres", "team_added", "Les Loutres"),
        ("Les Lynx", "team_added", "Les Lynx"),
        ("Les Hiboux", "team_changed", "Les Hibuox"),  # Les Hiboux renamed to the typo
        ("Les Hibuox", "team_changed", "Les Hiboux"),  # and the typo put right
        ("Les Lynx", "team_removed", "Les Lynx"),  # a team gone: its name, not its id
    ], teams
    argument = next(r for r in rows if r["kind"] == "argument_added")
    assert argument["team"] == "Les Hiboux"
