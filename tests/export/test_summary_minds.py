"""Who changed their mind, from the phones' answers, in the summary's four formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile

import jsonschema
import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_json import load_schema
from bataille.words import typeset_french
from bataille.workshop import ManualClock, MemoryStore, Session

from ..sessions import debate_session

A, B, C = "a" * 22, "b" * 22, "c" * 22


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture
def session(deck):
    s = debate_session(deck)
    s.record_phone_votes("before", {A: "agree", B: "disagree", C: "undecided"})
    s.record_vote("before", {"agree": 11, "disagree": 6, "undecided": 4})
    s.record_phone_votes("after", {A: "agree", B: "agree", C: "disagree"})
    s.record_vote("after", {"agree": 14, "disagree": 5, "undecided": 2})
    return s


def test_the_json_carries_the_table_and_validates(session, deck, tmp_path):
    export_summary(session, deck, tmp_path / "s.json")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    minds = data["rounds"][0]["minds"]
    assert minds["voters"] == 3 and minds["changed"] == 2
    assert minds["table"] == [[1, 0, 0], [1, 0, 0], [0, 1, 0]]


def test_markdown_pdf_and_csv_carry_it_too(session, deck, tmp_path):
    export_summary(session, deck, tmp_path / "s.md")
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "**Qui a changé d’avis (téléphones)**" in md
    assert typeset_french("Téléphones qui ont voté les deux fois : 3 ; 67 % ont changé d’avis.") in md
    export_summary(session, deck, tmp_path / "s.pdf")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "s.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Qui a changé d’avis (téléphones)" in text and "67 % ont changé d’avis" in " ".join(text.split())
    export_summary(session, deck, tmp_path / "s.zip")
    with zipfile.ZipFile(tmp_path / "s.zip") as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("minds.csv").decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 9
    assert {(r["before"], r["after"], r["phones"]) for r in rows if r["phones"] != "0"} == {
        ("agree", "agree", "1"), ("disagree", "agree", "1"), ("undecided", "disagree", "1")}


def test_no_phones_no_table(deck, tmp_path):
    s = debate_session(deck, "en")
    s.record_vote("before", {"agree": 3, "disagree": 1})
    export_summary(s, deck, tmp_path / "s.json")
    export_summary(s, deck, tmp_path / "s.md")
    assert json.loads((tmp_path / "s.json").read_text())["rounds"][0]["minds"] is None
    assert "changed their mind" not in (tmp_path / "s.md").read_text()


def test_the_phones_feedback_is_kept_and_summarised_in_every_format(session, deck, tmp_path):
    session.record_phone_feedback({A: (5, "bias", "Vérifier mes sources"), B: (3, "bias", ""),
                                   C: (4, "environment", "Moins de vidéos en 4K")})
    assert session.events[-1].type == "phone_feedback_recorded"
    assert [a[1] for a in session.state.debrief.phone_feedback] == [5, 3, 4]
    export_summary(session, deck, tmp_path / "s.json")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    feedback = data["phone_feedback"]
    assert feedback["answers"] == 3 and feedback["average"] == 4.0 and feedback["ratings"] == [0, 0, 1, 1, 1]
    assert [(t["theme_id"], t["count"]) for t in feedback["themes"]] == [("bias", 2), ("environment", 1)]
    assert A not in json.dumps(data)  # no token leaves the app
    export_summary(session, deck, tmp_path / "s.md")
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "### Avis des téléphones" in md and typeset_french("Réponses : 3 ; note moyenne 4,0 sur 5.") in md
    assert "- Moins de vidéos en 4K" in md
    export_summary(session, deck, tmp_path / "s.pdf")
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "s.pdf"), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "Avis des téléphones" in text and "Vérifier mes sources" in text
    export_summary(session, deck, tmp_path / "s.zip")
    with zipfile.ZipFile(tmp_path / "s.zip") as archive:
        ratings = list(csv.DictReader(io.StringIO(archive.read("feedback.csv").decode("utf-8-sig")), delimiter=";"))
        said = archive.read("feedback_commitments.csv").decode("utf-8-sig")
    assert [r["count"] for r in ratings] == ["0", "0", "1", "1", "1"] and "Moins de vidéos en 4K" in said
    session.undo()
    assert session.state.debrief.phone_feedback == ()


@pytest.mark.parametrize(("phases", "heading", "column"), [
    (["debates", "debrief"], "Téléphones par équipe", "Équipe"),
    (["debates"], "Téléphones par camp", "Camp"),  # a quick debate: its "teams" are the room's two camps
])
def test_phones_that_picked_a_team_give_team_tallies(deck, tmp_path, phases, heading, column):
    s = Session.create(deck, MemoryStore(), ManualClock(), "fr", agenda_minutes=20, phase_ids=phases)
    s.add_team("Les Hiboux")
    s.add_team("Les Loutres")
    s.start()
    s.start_phase()
    s.open_round(seed=1)
    s.record_phone_votes("before", {A: "agree", B: "disagree", C: "agree"}, teams={A: "team-1", B: "team-1"})
    s.record_phone_votes("after", {A: "disagree", B: "disagree"}, teams={C: "team-2", A: "nowhere"})
    s.record_vote("before", {"agree": 2, "disagree": 1})
    export_summary(s, deck, tmp_path / "s.json")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["rounds"][0]["phone_tallies"] == [
        {"stage": "before", "team_id": "team-1", "agree": 1, "disagree": 1, "undecided": 0},
        {"stage": "after", "team_id": "team-1", "agree": 0, "disagree": 2, "undecided": 0}]
    export_summary(s, deck, tmp_path / "s.md")
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert f"**{heading} (d’accord / pas d’accord / indécis)**" in md and "| Les Hiboux | 1 / 1 / 0 | 0 / 2 / 0 |" in md
    assert f"| {column} | Avant | Après |" in md
    export_summary(s, deck, tmp_path / "s.pdf")
    export_summary(s, deck, tmp_path / "s.zip")
    with zipfile.ZipFile(tmp_path / "s.zip") as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("phone_tallies.csv").decode("utf-8-sig")), delimiter=";"))
    assert [(r["stage"], r["team"], r["disagree"]) for r in rows] == [("before", "Les Hiboux", "1"),
                                                                      ("after", "Les Hiboux", "2")]
