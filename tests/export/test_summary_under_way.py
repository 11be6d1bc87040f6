"""A summary exported while the workshop is still under way (the facilitator saves it at the break,
or before the debrief): its header said nothing of it, and a teacher filing it read a workshop that
ended there. It now says « Atelier en cours : bilan au 10:32 » under the header, in the PDF (read back
with pdftotext) and the Markdown, and the JSON gives the moment; a workshop over says nothing."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_json import load_schema
from bataille.workshop import ManualClock, MemoryStore, Session

START = 1_800_000_000.0 - 1_800_000_000.0 % 3600


def _session(over: bool) -> Session:
    deck = load_deck(bundled_deck_path())
    clock = ManualClock(START)
    session = Session.create(deck, MemoryStore(), clock, "fr", agenda_minutes=60)
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    session.start_phase()
    clock.advance(12 * 60 + 20)
    if over:
        while session.state.agenda.next_pending is not None:
            session.skip_phase(session.state.agenda.next_pending.id)
        session.end_phase()
    return session


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _pdf_text(path: Path) -> str:
    return _flat(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)


@pytest.mark.parametrize(("lang", "said"), [("fr", "Atelier en cours : bilan au {t}"),
                                            ("en", "Workshop under way: summary as of {t}")])
def test_a_summary_of_a_workshop_under_way_says_so_in_its_header(tmp_path: Path, lang: str, said: str) -> None:
    session = _session(over=False)
    at = f"{datetime.fromtimestamp(START + 12 * 60):%H:%M}"  # 12:20 past: the nearest minute
    line = said.format(t=at)
    pdf = export_summary(session, load_deck(bundled_deck_path()), tmp_path / "bilan.pdf", lang)[0]
    text = _pdf_text(pdf)
    assert line in text, text[:400]
    md = export_summary(session, load_deck(bundled_deck_path()), tmp_path / "bilan.md", lang)[0]
    assert line in _flat(md.read_text(encoding="utf-8"))
    data = json.loads(export_summary(session, load_deck(bundled_deck_path()), tmp_path / "bilan.json", lang)[0]
                      .read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["format_version"] == 1 and data["session"]["under_way_at"] == START + 12 * 60 + 20


def test_a_summary_of_a_workshop_over_says_nothing_of_it(tmp_path: Path) -> None:
    session = _session(over=True)
    assert session.state.agenda.current is None and session.state.agenda.next_pending is None
    deck = load_deck(bundled_deck_path())
    text = _pdf_text(export_summary(session, deck, tmp_path / "bilan.pdf", "fr")[0])
    assert "Atelier en cours" not in text and "bilan au" not in text
    assert "Atelier en cours" not in export_summary(session, deck, tmp_path / "bilan.md", "fr")[0].read_text("utf-8")
    data = json.loads(export_summary(session, deck, tmp_path / "bilan.json", "fr")[0].read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["session"]["under_way_at"] is None
