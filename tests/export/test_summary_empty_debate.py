"""A debate opened, then closed with nothing in it (no vote, no argument, no fact) took three lines
of nothing in the summary (« Pas de vote enregistré. Aucun argument noté. Aucun fait apporté au
débat. »): it now takes one, « Débat 3 — <titre> : ouvert, puis clos sans être débattu. », in the
PDF and the Markdown, French and English; the JSON and the CSV keep it as they did. Read back
from the files written, the PDF through pdftotext, the session from a real session file."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock

SAID = {"fr": ("Débat", "\u00a0: ouvert, puis clos sans être débattu."),
        "en": ("Debate", ": opened, then closed without being debated.")}
NOTHING = {"fr": ("Pas de vote enregistré", "Aucun argument noté", "Aucun fait apporté au débat"),
           "en": ("No vote recorded", "No argument noted", "No fact card played")}


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def played(deck, tmp_path_factory):
    """Three debates in a session file: the first debated, the second with one argument only, the
    third opened and closed at once. The session read back from its file."""
    folder = tmp_path_factory.mktemp("empty")
    path = folder / "atelier.bataille"
    session = new_session(path, deck, ManualClock(), "fr")
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    session.start_phase("debates")
    session.open_round()
    session.record_vote("before", {"agree": 5, "disagree": 3, "undecided": 2})
    session.close_round()
    session.open_round()
    session.add_argument(session.state.teams[0].id, "Un argument, pas de vote", side="for")
    session.close_round()
    session.open_round()
    session.close_round()
    close_session(session)
    session = open_session(path, deck, ManualClock())
    yield session, folder
    close_session(session)


def _words(text: str) -> str:
    """Whitespace of any kind (line breaks, no-break spaces) collapsed, for comparing texts."""
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


def _pdf(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True).stdout
    return _words(text.decode("utf-8"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_debate_opened_and_closed_with_nothing_in_it_is_one_line(deck, played, lang) -> None:
    session, folder = played
    third = session.state.rounds[2]
    title = deck.card(third.card_id).title.get(lang)
    debate, said = SAID[lang]
    line = f"**{debate} 3 — {title}**{said}"
    md = export_summary(session, deck, folder / f"{lang}.md", lang=lang)[0].read_text(encoding="utf-8")
    assert f"\n{line}\n" in md, md
    after = md.split(line, 1)[1].split("\n## ", 1)[0]
    assert not any(nothing in after for nothing in NOTHING[lang])  # not followed by three lines of nothing
    assert not re.search(rf"^###+ {debate} 3 ", md, re.M)
    pdf = _pdf(export_summary(session, deck, folder / f"{lang}.pdf", lang=lang)[0])
    assert _words(f"{debate} 3 — {title}{said}") in pdf, pdf
    tail = pdf.split(f"{debate} 3 — ", 1)[1]
    assert not any(nothing in tail for nothing in NOTHING[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_other_debates_say_what_they_lack_as_before(deck, played, lang) -> None:
    """A debate with an argument and no vote is no empty one: its lines stay."""
    session, folder = played
    md = export_summary(session, deck, folder / f"other-{lang}.md", lang=lang)[0].read_text(encoding="utf-8")
    debate, said = SAID[lang]
    second = md.split(f"### {debate} 2 — ", 1)[1].split(f"{debate} 3 — ", 1)[0]
    assert NOTHING[lang][0] in second and NOTHING[lang][2] in second and said not in second
    assert md.count(said) == 1


def test_the_json_keeps_the_empty_debate_as_it_was(deck, played) -> None:
    session, folder = played
    data = json.loads(export_summary(session, deck, folder / "s.json")[0].read_text(encoding="utf-8"))
    third = data["rounds"][2]
    assert third["number"] == 3 and third["closed"] is True
    assert third["before"] is None and third["arguments"] == [] and third["evidence"] == []
