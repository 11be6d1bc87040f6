"""Points given with the console's +1 / −1 during an open debate are that debate's: the summary the
console exports lists them under the debate's number, worded « points donnés à la main », and the
CSV's row names the debate's card with the points signed (« points donnés à la main : +1 »). Given
outside a debate, they belong to none."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from bataille.workshop import events as ev

from .conftest import open_console


def _click_team(qtbot, teams, row: int) -> None:
    listed = teams.list
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(listed.item(row)).center())


def test_points_given_by_hand_in_a_debate_are_that_debates(qtbot, translations, bundled_deck, tmp_path: Path) -> None:
    console = open_console(qtbot, bundled_deck, ("Les Hiboux", "Les Loutres"))
    c, teams = console.controller, console.teams
    c.act(c.session.start_phase, "welcome")
    _click_team(qtbot, teams, 0)
    qtbot.mouseClick(teams.plus, Qt.MouseButton.LeftButton)  # in the welcome: no debate
    c.act(c.session.end_phase)
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    c.act(c.session.record_vote, "before", {"agree": 5, "disagree": 3, "undecided": 2})
    _click_team(qtbot, teams, 1)
    qtbot.mouseClick(teams.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(teams.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(teams.minus, Qt.MouseButton.LeftButton)
    given = [(e.team_id, e.points, e.reason, e.number) for e in c.session.events if isinstance(e, ev.PointsAwarded)]
    hiboux, loutres = (t.id for t in c.state.teams)
    assert given == [(hiboux, 1, "", None), (loutres, 1, "", 1), (loutres, 1, "", 1), (loutres, -1, "", 1)]

    pdf = console.export_summary(tmp_path / "bilan.pdf")[0]
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
                    .stdout.replace("\u00a0", " ").split())
    awards = text[text.index("Points attribués"):]
    # the presses of one team in one debate make one row: +1, +1, −1 given, +1 said once
    assert re.search(r"Les Hiboux points donnés à la main – \+1 Les Loutres points donnés à la main 1 \+1", awards), \
        awards[:300]
    assert awards.count("Les Loutres points donnés à la main") == 1, awards[:300]

    table = console.export_summary(tmp_path / "bilan.csv")[0].read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(table), delimiter=";"))
    debate_card = next(r["card"] for r in rows if r["kind"] == "vote_recorded")
    assert [(r["team"], r["card"], r["value"]) for r in rows if r["kind"] == "points_awarded"] == [
        ("Les Hiboux", "", "points donnés à la main\u00a0: +1"),
        ("Les Loutres", debate_card, "points donnés à la main\u00a0: +1"),
        ("Les Loutres", debate_card, "points donnés à la main\u00a0: +1"),
        ("Les Loutres", debate_card, "points donnés à la main\u00a0: -1"),
    ]
