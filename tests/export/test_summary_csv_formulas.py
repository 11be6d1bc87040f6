"""CSV formula injection: a text the room typed that starts like a formula (= + - @, tab, CR) is
written after a ' in every table, .csv and .zip alike; numbers, negative ones too, stay numbers."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_csv import _cell, render_actions_csv, render_summary_csv_zip
from bataille.export.summary_model import build_summary
from bataille.workshop import ManualClock, MemoryStore, Session

HYPERLINK = '=HYPERLINK("x";"clic")'  # a team name: 22 characters at most
TEXTS = (HYPERLINK, "@SUM(A1)", "=2+2", "+33 pour nous", "-1 pour eux", "\t=1+1", "\r=1+1")


@pytest.mark.parametrize("value", TEXTS)
def test_formula_like_texts_are_quoted(value):
    assert _cell(value) == "'" + value


@pytest.mark.parametrize("value", [-3, 2.5, "-3", "-13,04", "+12.5", "0", "", "Les Hiboux", "trust+2"])
def test_numbers_and_plain_texts_stay_as_they_are(value):
    assert _cell(value) == value


def _session(lang: str) -> Session:
    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), ManualClock(), lang, agenda_minutes=20,
                             phase_ids=["debates", "debrief"])
    session.add_team(HYPERLINK)
    session.add_team("@SUM(A1)")
    session.start()
    session.start_phase()
    session.open_round(seed=1)
    first, second = (t.id for t in session.state.teams)
    session.add_argument(first, "+33 pour nous", side="for")
    session.add_argument(second, "-1 pour eux", side="against")
    session.award_points(second, -3, "=1-4")
    session.add_takeaway("=2+2")
    session.add_commitment("@moi", first)
    return session


def _cells(data: bytes, lang: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter="," if lang == "en" else ";"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_cell_of_the_zip_or_the_csv_starts_a_formula(lang):
    summary = build_summary(_session(lang), load_deck(bundled_deck_path()))
    tables = {}
    with zipfile.ZipFile(io.BytesIO(render_summary_csv_zip(summary))) as archive:
        for name in archive.namelist():
            tables[name] = _cells(archive.read(name), lang)
    tables["actions.csv"] = _cells(render_actions_csv(summary), lang)
    seen = set()
    for name, rows in tables.items():
        for row in rows:
            for cell in row:
                if cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not cell[1:].replace(",", "").isdigit()):
                    pytest.fail(f"{name}: {cell!r} would be computed")
                seen.add(cell)
    for text in (HYPERLINK, "@SUM(A1)", "=2+2", "@moi"):
        assert "'" + text in seen
    assert "'" + HYPERLINK in {row[2] for row in tables["teams.csv"][1:]}
    assert "'=2+2" in {row[3] for row in tables["debrief.csv"][1:]}
    assert "'+33 pour nous" in {row[4] for row in tables["arguments.csv"][1:]}
    assert "-3" in {row[2] for row in tables["awards.csv"][1:]}  # a number, not a text
    assert "'=1-4" in {row[3] for row in tables["awards.csv"][1:]}
