"""A team that began a scenario but took no decision gets one line, not an empty table."""

from __future__ import annotations

import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.workshop import ManualClock, MemoryStore, Session


@pytest.mark.parametrize(("lang", "line", "header"), [("fr", "Aucune décision prise.", "| Décision | Choix |"),
                                                      ("en", "No decision taken.", "| Decision | Choice |")])
def test_no_decision_is_one_line(tmp_path, lang, line, header):
    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), ManualClock(), lang, agenda_minutes=20, phase_ids=["scenarios"])
    session.add_team("A")
    session.add_team("B")
    session.start()
    session.start_phase()
    first, second = (t.id for t in session.state.teams)
    session.start_scenario(first, "backlash")
    session.start_scenario(second, "everywhere")
    session.choose_option(second, deck.scenario("everywhere").decisions[0].options[0].id)
    md = export_summary(session, deck, tmp_path / "s.md")[0].read_text(encoding="utf-8")
    assert md.count(line) == 1 and md.count(header) == 1  # B's table only
    export_summary(session, deck, tmp_path / "s.pdf")
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "s.pdf"), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    assert text.count(line) == 1 and text.count(header.strip("| ").replace(" | ", " ")) <= 1
