"""What a teacher's review of the summary found, every figure right but:

1. a session set up the evening before was dated by its setting up (« lundi 7 décembre 2026,
   16:00 ») in the header, every footer, the Markdown and the JSON; it is now dated by when the
   workshop ran, the span from its first phase's start to its last phase's end (« mardi 8 décembre
   2026, 10:00 – 11:28 »), the day of the end said too over midnight, the setting up kept for a
   session never started; the JSON says `started_at` and `ended_at`;
2. a debrief skipped still printed its section with « Rien de noté. » twice; it is left out;
3. points given with the console's +1 / −1 (no reason typed) read « – »: the summary words them
   « points donnés à la main », the CSV signs them as the PDF does, in the debate's row;
4. a debate voted on before only had its chart titled « Votes avant et après ».

Read back from the files `bataille summary` writes from a real session file: the PDF through
pdftotext, the Markdown's text, the JSON, the CSV through the csv module.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import time
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import jsonschema
import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_json import load_schema
from bataille.export.summary_md import render_summary_md
from bataille.export.summary_model import build_summary
from bataille.storage import close_session, new_session
from bataille.workshop import ManualClock
from bataille.workshop.flow import first_debate_phase, start_quick_debate

PARIS = ZoneInfo("Europe/Paris")
SET_UP = datetime(2026, 12, 7, 16, 0, tzinfo=PARIS).timestamp()  # the evening before
MORNING = datetime(2026, 12, 8, 10, 0, tzinfo=PARIS).timestamp()
HELD = {"fr": "mardi 8 décembre 2026, 10:00 – 11:28", "en": "Tuesday 8 December 2026, 10:00 – 11:28"}
SET_UP_SAID = {"fr": "lundi 7 décembre 2026, 16:00", "en": "Monday 7 December 2026, 16:00"}
DEBRIEF = {"fr": "Bilan : ce que la salle retient", "en": "Debrief: what the room takes away"}
NOTHING = {"fr": "Rien de noté.", "en": "Nothing noted."}
BY_HAND = {"fr": "points donnés à la main", "en": "points given by hand"}


@pytest.fixture(scope="module", autouse=True)
def paris():
    """The machine's local time is Paris's (the summary writes local time), then as it was."""
    was = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    yield
    if was is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = was
    time.tzset()


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _words(text: str) -> str:
    """Whitespace of any kind (line breaks, no-break spaces) collapsed, for comparing texts."""
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


def _pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [_words(page) for page in text.split("\f") if page.strip()]


def _summaries(session_path: Path, folder: Path, formats=("pdf", "md", "json", "csv", "zip")) -> dict[str, Path]:
    out = {}
    for lang in ("fr", "en"):
        for ext in formats:
            out[f"{lang}.{ext}"] = folder / f"{lang}.{ext}"
            assert main(["summary", str(session_path), "-o", str(out[f"{lang}.{ext}"]), "--lang", lang]) == 0
    return out


@pytest.fixture(scope="module")
def evening_before(deck, tmp_path_factory):
    """Teams added on 7 December at 16:00; played on the 8th from 10:00 to 11:28: the welcome, then
    a debate in which the console's +1 (during the debate) and −1 (after it) gave points with no
    reason typed; the scenarios and the debrief skipped."""
    folder = tmp_path_factory.mktemp("review")
    path = folder / "atelier.bataille"
    clock = ManualClock(SET_UP)
    session = new_session(path, deck, clock, "fr")
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    hiboux, loutres = (t.id for t in session.state.teams)
    clock.set(MORNING)
    session.start_phase("welcome")
    clock.advance(20 * 60)
    session.end_phase()
    session.start_phase("debates")
    session.open_round()
    session.record_vote("before", {"agree": 5, "disagree": 3, "undecided": 2})
    session.add_argument(hiboux, "Un argument", side="for")
    session.award_points(hiboux, 2, round_no=1)  # the +1 of the console, during debate 1
    session.record_vote("after", {"agree": 7, "disagree": 2, "undecided": 1})
    session.close_round()
    session.award_points(loutres, -1)  # after the debate: none
    clock.advance(68 * 60)
    session.end_phase()
    session.skip_phase("scenarios")
    session.skip_phase("debrief")
    close_session(session)
    return _summaries(path, folder)


# --- 1. the date: when the workshop ran -----------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pdf_is_dated_by_when_the_workshop_ran_in_its_header_and_every_footer(evening_before, lang):
    pages = _pdf_pages(evening_before[f"{lang}.pdf"])
    assert len(pages) >= 2
    assert f"Date {HELD[lang]}" in pages[0]  # the header's row
    footer = f"{'bilan de séance' if lang == 'fr' else 'session summary'} · {HELD[lang]} page"
    for page in pages:
        assert footer in page
        assert SET_UP_SAID[lang] not in page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_markdown_is_dated_by_when_the_workshop_ran(evening_before, lang):
    text = _words(evening_before[f"{lang}.md"].read_text(encoding="utf-8"))
    assert f"**Date**{' :' if lang == 'fr' else ':'} {HELD[lang]}" in text
    assert SET_UP_SAID[lang] not in text


def test_the_json_dates_the_summary_by_the_first_phase_and_gives_the_span(evening_before):
    data = json.loads(evening_before["fr.json"].read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    session = data["session"]
    assert data["format_version"] == 1
    assert session["date"] == "2026-12-08T10:00:00+01:00"
    assert session["created_at"] == SET_UP  # when it was set up, as it always said
    assert session["started_at"] == MORNING
    assert session["ended_at"] == MORNING + 88 * 60
    assert session["ended_at"] - session["started_at"] == session["actual_seconds"]
    rows = list(csv.reader(io.StringIO(_zip_table(evening_before["fr.zip"], "session.csv")), delimiter=";"))
    assert ["date", "2026-12-08T10:00:00+01:00"] in rows


def test_a_workshop_run_over_midnight_says_both_days(deck):
    from bataille.workshop import MemoryStore, Session
    clock = ManualClock(datetime(2026, 12, 8, 20, 0, tzinfo=PARIS).timestamp())
    session = Session.create(deck, MemoryStore(), clock, "fr", phase_ids=["debates"])
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    assert _md_date(session, deck, "fr") == "mardi 8 décembre 2026, 20:00"  # never started: set up
    never = json.loads(_json(session, deck))["session"]
    assert never["started_at"] is None and never["ended_at"] is None
    assert never["date"] == "2026-12-08T20:00:00+01:00"
    clock.set(datetime(2026, 12, 8, 23, 30, tzinfo=PARIS).timestamp())
    session.start_phase()
    clock.advance(75 * 60)
    session.end_phase()
    assert _md_date(session, deck, "fr") == "mardi 8 décembre 2026, 23:30 – mercredi 9 décembre 2026, 00:45"
    assert _md_date(session, deck, "en") == "Tuesday 8 December 2026, 23:30 – Wednesday 9 December 2026, 00:45"
    md = render_summary_md(build_summary(session, deck))[0]
    assert "23:30\u00a0– mercredi" in md  # the dash never begins a line


def _md_date(session, deck, lang: str) -> str:
    """The Markdown header's date line, its label left out."""
    md = render_summary_md(build_summary(session, deck, lang))[0]
    line = next(line for line in md.splitlines() if line.startswith("- **Date**"))
    return re.sub(r"^- \*\*Date\*\* ?: ", "", _words(line))


def _json(session, deck) -> str:
    from bataille.export.summary_json import render_summary_json
    return render_summary_json(build_summary(session, deck)).decode("utf-8")


def _zip_table(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8-sig")


# --- 2. a debrief skipped has no section ----------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_skipped_debrief_has_no_section_in_the_pdf_nor_the_markdown(evening_before, lang):
    pdf = " ".join(_pdf_pages(evening_before[f"{lang}.pdf"]))
    md = _words(evening_before[f"{lang}.md"].read_text(encoding="utf-8"))
    skipped = "passée" if lang == "fr" else "skipped"
    for text in (pdf, md):
        assert skipped in text  # the agenda says it
        assert DEBRIEF[lang] not in text and NOTHING[lang] not in text


def test_a_debrief_played_or_written_in_keeps_its_section(deck):
    from bataille.workshop import MemoryStore, Session
    session = Session.create(deck, MemoryStore(), ManualClock(MORNING), "fr", phase_ids=["debates", "debrief"])
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.skip_phase("debates")
    session.start_phase("debrief")  # played with nothing written: « Rien de noté » says so
    md = _words(render_summary_md(build_summary(session, deck))[0])
    assert DEBRIEF["fr"] in md and NOTHING["fr"] in md
    session = Session.create(deck, MemoryStore(), ManualClock(MORNING), "fr", phase_ids=["debates", "debrief"])
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.start_phase("debates")
    session.add_takeaway("Vérifier ses sources")  # written, the phase then skipped
    session.skip_phase("debrief")
    summary = build_summary(session, deck)
    assert summary.debrief_shown and summary.takeaways == ("Vérifier ses sources",)


# --- 3. points given by hand -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_points_given_by_hand_are_said_so_with_their_debate_in_the_pdf(evening_before, lang):
    pdf = " ".join(_pdf_pages(evening_before[f"{lang}.pdf"]))
    awards = pdf[pdf.index("Points attribués" if lang == "fr" else "Points awarded"):]
    assert re.search(rf"Les Hiboux {BY_HAND[lang]} 1 \+2", awards), awards[:300]
    assert re.search(rf"Les Loutres {BY_HAND[lang]} – −1", awards), awards[:300]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_points_given_by_hand_in_the_csv_are_signed_and_in_their_debate_row(evening_before, deck, lang):
    sep = ";" if lang == "fr" else ","
    text = evening_before[f"{lang}.csv"].read_text(encoding="utf-8-sig")
    rows = [r for r in csv.DictReader(io.StringIO(text), delimiter=sep) if r["kind"] == "points_awarded"]
    colon = "\u00a0: " if lang == "fr" else ": "
    votes = [r for r in csv.DictReader(io.StringIO(text), delimiter=sep) if r["kind"] == "vote_recorded"]
    assert [(r["team"], r["card"], r["value"]) for r in rows] == [
        ("Les Hiboux", votes[0]["card"], f"{BY_HAND[lang]}{colon}+2"),
        ("Les Loutres", "", f"{BY_HAND[lang]}{colon}-1"),
    ]
    assert votes[0]["card"]  # the debate's card
    # the zip's awards table keeps numbers a spreadsheet sums, as every table of the zip
    awards = list(csv.DictReader(io.StringIO(_zip_table(evening_before[f"{lang}.zip"], "awards.csv")), delimiter=sep))
    assert [(a["points"], a["reason"], a["round"]) for a in awards] == [
        ("2", BY_HAND[lang], "1"), ("-1", BY_HAND[lang], "")]
    data = json.loads(evening_before[f"{lang}.json"].read_text(encoding="utf-8"))
    assert [(a["points"], a["reason"], a["round"]) for a in data["awards"]] == [
        (2, BY_HAND[lang], 1), (-1, BY_HAND[lang], None)]


# --- 4. the chart of a debate voted on before only ---------------------------------------------


@pytest.fixture(scope="module")
def before_only(deck, tmp_path_factory):
    """A quick debate (the teacher's 20 minutes) where nobody voted after."""
    folder = tmp_path_factory.mktemp("before")
    path = folder / "débat.bataille"
    session = new_session(path, deck, ManualClock(MORNING), "fr", 20, [first_debate_phase(deck)])
    start_quick_debate(session, deck.cards_of("debate")[3].id, ("Pour", "Contre"))
    camp_for, _ = (t.id for t in session.state.teams)
    session.record_vote("before", {"agree": 12, "disagree": 8, "undecided": 5})
    session.add_argument(camp_for, "Les IA créent des emplois nouveaux")
    session.close_round()
    session.end_phase()
    close_session(session)
    return _summaries(path, folder, ("pdf", "md"))


@pytest.mark.parametrize(("lang", "title", "both"), [
    ("fr", "Vote avant le débat (% de la salle)", "Votes avant et après"),
    ("en", "Vote before the debate (% of the room)", "Votes before and after"),
])
def test_a_chart_of_the_vote_before_alone_is_titled_so(before_only, lang, title, both):
    pdf = " ".join(_pdf_pages(before_only[f"{lang}.pdf"]))
    assert title in pdf and both not in pdf
    md = before_only[f"{lang}.md"].read_text(encoding="utf-8")
    assert title in md and both not in md  # the figure's alt text
    svg = next(before_only[f"{lang}.md"].parent.glob(f"{lang}-figures/votes-*.svg")).read_text(encoding="utf-8")
    assert title in svg and both not in svg


# --- the teams' votes under a heading of their own ------------------------------------------------


@pytest.mark.parametrize(("lang", "heading"), [
    ("fr", "Votes par équipe (d’accord / pas d’accord / indécis)"),
    ("en", "Votes by team (agree / disagree / undecided)"),
])
def test_the_teams_votes_have_a_heading_of_their_own_in_the_pdf(deck, tmp_path, lang, heading):
    """Under the phones' table, the small « Votes (D’accord / …) » line read as its caption."""
    path = tmp_path / "équipes.bataille"
    session = new_session(path, deck, ManualClock(MORNING), lang)
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    hiboux, loutres = (t.id for t in session.state.teams)
    session.start_phase("debates")
    session.open_round()
    session.record_vote("before", {hiboux: {"agree": 3, "disagree": 1, "undecided": 1},
                                   loutres: {"agree": 1, "disagree": 3, "undecided": 0}})
    session.close_round()
    close_session(session)
    out = tmp_path / f"{lang}.pdf"
    assert main(["summary", str(path), "-o", str(out), "--lang", lang]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    at = lines.index(heading)  # a line of its own, over the table's header
    assert lines[at + 1].split()[:1] == ["Équipe" if lang == "fr" else "Team"]
    assert not any(line.startswith("Votes (") for line in lines)


def test_the_take_home_card_is_dated_by_when_the_workshop_ran(evening_before, deck):
    """The kit's take-home card (bataille kit --session) says the day the room met, as the summary."""
    from bataille.export.kit_takeaway import take_home_from_summary
    from bataille.storage.reader import read_session

    session_file = evening_before["fr.pdf"].parent / "atelier.bataille"
    summary = build_summary(read_session(session_file), deck)
    card = take_home_from_summary(summary)
    assert "8 décembre 2026" in card.date and "7 décembre" not in card.date
