"""The summary of a quick debate (the teacher's 20 minutes, the room in two camps named after the
sides): called as the stage calls it, no scores, no "For: For", each side's arguments once, and
the true minus sign, read back from the files `bataille summary` writes in every format."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_json import load_schema
from bataille.workshop.example import play_example

from .quick_debate import AGAINST, FOR, write_quick_debate


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def written(deck, tmp_path_factory) -> dict[str, Path]:
    """A quick debate played as the start screen starts one, in a real session file, and its summary
    written by `bataille summary` in French and English: {"fr.md": path, "en.pdf": path…}."""
    return write_quick_debate(deck, tmp_path_factory.mktemp("quick"), ("md", "pdf", "csv", "json"), with_fact=True)


def words(text: str) -> str:
    """Whitespace of any kind (line breaks, no-break spaces) collapsed, for comparing texts."""
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


def pdf_text(path: Path) -> str:
    return words(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                capture_output=True).stdout.decode("utf-8"))


def read_md(written, lang: str) -> str:
    return written[f"{lang}.md"].read_text(encoding="utf-8")


def section(md: str, start: str, end: str) -> str:
    """The lines of ``md`` between the heading ``start`` and the heading ``end``."""
    return md.split(start + "\n", 1)[1].split(end + "\n", 1)[0].strip()


@pytest.mark.parametrize(("lang", "name", "workshop"), [("fr", "Débat express", "Débats en cinq thèmes"),
                                                         ("en", "Quick debate", "Debates on five themes")])
def test_the_phase_is_called_as_the_stage_calls_it_in_every_format(written, lang, name, workshop):
    md = read_md(written, lang)
    assert re.search(rf"^- \*\*[^*]+\*\*\u00a0?: {name} · ", md, re.M) and workshop not in md  # in the header
    pdf = pdf_text(written[f"{lang}.pdf"])
    assert name in pdf and workshop not in pdf
    raw = written[f"{lang}.csv"].read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw), delimiter=";" if lang == "fr" else ","))
    assert {r["phase"] for r in rows if r["phase"]} == {name} and workshop not in raw
    data = json.loads(written[f"{lang}.json"].read_text(encoding="utf-8"))
    assert [p["title"] for p in data["phases"]] == [name]


@pytest.mark.parametrize(("lang", "scores"), [("fr", "Équipes et scores"), ("en", "Teams and scores")])
def test_no_scores_table_or_chart(written, lang, scores):
    md = read_md(written, lang)
    assert scores not in md and "scores.svg" not in md
    figures = written[f"{lang}.md"].with_name(f"{lang}-figures")
    assert sorted(p.name for p in figures.iterdir()) == ["votes-1.svg"]
    pdf = pdf_text(written[f"{lang}.pdf"])
    assert scores not in pdf and "Score" not in pdf


def test_the_json_keeps_the_camps_and_says_it_was_a_quick_debate(written):
    data = json.loads(written["fr.json"].read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["format_version"] == 1 and data["session"]["quick_debate"] is True
    assert [t["name"] for t in data["teams"]] == ["Pour", "Contre"]  # its data is all there
    assert [s["side"] for s in data["rounds"][0]["sides"]] == ["for", "against"]


@pytest.mark.parametrize(("lang", "for_", "against"), [("fr", "Pour", "Contre"), ("en", "For", "Against")])
def test_no_sides_row_and_each_sides_arguments_once_without_the_camps_name(written, lang, for_, against):
    md = read_md(written, lang)
    assert not re.search(rf"^\*\*{for_}\*\*\u00a0?:", md, re.M)  # not "**Pour** : Pour · **Contre** : Contre"
    arguments = section(md, "### Arguments", "### Faits apportés au débat" if lang == "fr" else "### Fact cards played")
    assert arguments == f"**{for_}**\n\n- {FOR}\n\n**{against}**\n\n- {AGAINST}"
    pdf = pdf_text(written[f"{lang}.pdf"])
    assert f"{for_} : Pour" not in pdf and f"{for_}: Pour" not in pdf
    assert f"{for_} • {FOR} {against} • {AGAINST}" in pdf
    assert "Pour — " not in pdf and "Contre — Personne" not in pdf


@pytest.mark.parametrize(("lang", "shift", "pp"), [("fr", "Évolution", "pp"), ("en", "Shift", "pp")])
def test_the_shift_has_the_true_minus_sign_and_is_no_score(written, lang, shift, pp):
    """In percentage points of the room ("−12 pp"), never the scores' "pts"."""
    md = read_md(written, lang)
    assert f"| {shift} | −12 {pp} | +20 {pp} | −8 {pp} |  |" in md and "-12" not in md
    pdf = " ".join(pdf_text(written[f"{lang}.pdf"]).replace("\u202f", " ").replace("\u00a0", " ").split())
    said = " ".join(f"{n} {pp}" for n in ("−12", "+20", "−8"))  # the row's order: test_shift_unit reads its layout
    assert shift in pdf and said in pdf and "-12" not in pdf


@pytest.mark.parametrize(("lang", "tallies", "camp", "debrief"),
                         [("fr", "Téléphones par camp", "Camp", "Bilan"), ("en", "Phones by side", "Side", "Debrief")])
def test_the_phones_are_counted_by_camp_and_no_empty_debrief(written, lang, tallies, camp, debrief):
    md = read_md(written, lang)
    assert f"**{tallies} (" in md and f"| {camp} | " in md and "| Pour | 2 / 0 / 0 |" in md
    assert not [line for line in md.splitlines() if line.startswith(f"## {debrief}")]
    pdf = pdf_text(written[f"{lang}.pdf"])
    assert tallies in pdf and "par équipe" not in pdf and "by team" not in pdf
    assert "Rien de noté" not in pdf and "Nothing noted" not in pdf


def test_the_full_workshops_summary_keeps_its_scores_sides_and_teams(deck, tmp_path):
    """The full workshop is summed up as before, its negative numbers with the true minus sign."""
    session = play_example(deck, seed=0)
    written = export_summary(session, deck, tmp_path / "bilan.md")
    md = written[0].read_text(encoding="utf-8")
    assert "## Équipes et scores" in md and "scores.svg" in md and (tmp_path / "bilan-figures/scores.svg").is_file()
    assert "## Bilan\u00a0: ce que la salle retient" in md
    rnd = session.state.rounds[0]
    names = {t.id: t.name for t in session.state.teams}
    assert re.search(r"^\*\*Pour\*\*\u00a0: .+ · \*\*Contre\*\*\u00a0: ", md, re.M)
    assert f"- **{names[rnd.arguments[0].team_id]}** — " in md
    shifts = [line for line in md.splitlines() if line.startswith("| Évolution |")]
    assert shifts and all("-" not in line for line in shifts) and any("−" in line for line in shifts)
    export_summary(session, deck, tmp_path / "bilan.pdf")
    pdf = pdf_text(tmp_path / "bilan.pdf")
    assert "Équipes et scores" in pdf and "Débats en cinq thèmes" in pdf and "Débat express" not in pdf
    assert not re.search(r"-\d+ pp", pdf) and re.search(r"−\d+\s+pp", pdf)
    export_summary(session, deck, tmp_path / "bilan.json")
    assert json.loads((tmp_path / "bilan.json").read_text(encoding="utf-8"))["session"]["quick_debate"] is False


@pytest.mark.parametrize(("lang", "title", "session", "length"),
                         [("fr", "Bilan du débat", "Bilan de séance", "Durée"), ("en", "Debate summary", "Session summary",
                                                                                  "Length")])
def test_titled_for_what_it_was_with_no_one_row_agenda(written, lang, title, session, length):
    """« Bilan de séance » over a one-row « Déroulé » table (« Débat express 20 min · 0 min · jouée »):
    a debate's summary now, its length in the header."""
    name, planned = ("Débat express", "prévue 20 min") if lang == "fr" else ("Quick debate", "planned 20 min")
    md = read_md(written, lang)
    assert md.startswith(f"# {title} — Bataille IA\n") and session not in md
    assert not re.search(r"^## (Déroulé|Agenda)$", md, re.M) and "| Phase |" not in md
    assert re.search(rf"^- \*\*{length}\*\*\u00a0?: {name} · {planned} · ", md, re.M), md[:400]
    pdf = pdf_text(written[f"{lang}.pdf"])
    assert pdf.startswith(f"{title} Bataille IA") and session not in pdf
    assert f"{length} {name} · {planned} · " in pdf
    assert "Déroulé" not in pdf and "Agenda" not in pdf and "Phase" not in pdf
    assert ("bilan du débat" if lang == "fr" else "debate summary") in pdf  # the footer of each page


@pytest.mark.parametrize(("lang", "debate", "cited"), [("fr", "Débat", "citée dans le débat"),
                                                       ("en", "Debate", "cited in the debate")])
def test_its_one_debate_has_no_number(written, deck, lang, debate, cited):
    title = deck.cards_of("debate")[3].title.get(lang)
    md = read_md(written, lang)
    assert f"\n## {debate} — {title}\n" in md and f"{debate} 1" not in md
    assert not re.search(r"^## (Débats|Debates)$", md, re.M)
    assert md.rstrip().endswith(cited)  # its sources: cited in "the debate", not "debate 1"
    pdf = pdf_text(written[f"{lang}.pdf"])
    assert f"{debate} — {title}" in pdf and f"{debate} 1" not in pdf and f"{cited} 1" not in pdf
