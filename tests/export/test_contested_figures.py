"""A fact card's « chiffre contesté » mark follows its figure into everything the room takes home:
the summary (PDF, Markdown, JSON, CSV) and the kit's take-home card; the figure is the card's own."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import FactCard
from bataille.export.kit_takeaway import key_figure, take_home_from_summary
from bataille.export.summary_csv import render_summary_csv_zip
from bataille.export.summary_json import render_summary_json
from bataille.export.summary_md import render_summary_md
from bataille.export.summary_model import build_summary
from bataille.export.summary_pdf import render_summary_pdf
from bataille.workshop import ManualClock, MemoryStore, Session

CONTESTED = "env-gpt3-training-carbon"  # ≈ 552 t CO₂e, contested
PLAIN = "env-compute-300000"  # ×300 000, not contested


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _session(deck, lang: str) -> Session:
    session = Session.create(deck, MemoryStore(), ManualClock(), lang, agenda_minutes=20, phase_ids=["debates"])
    session.add_team("Les Hiboux" if lang == "fr" else "Red")
    session.add_team("Les Loutres" if lang == "fr" else "Blue")
    session.start()
    session.start_phase()
    session.open_round(seed=1)
    first, second = (t.id for t in session.state.teams)
    session.play_evidence(first, CONTESTED)
    session.play_evidence(second, PLAIN)
    return session


@pytest.fixture(params=["fr", "en"])
def summary(request, deck):
    assert deck.card(CONTESTED).contested and not deck.card(PLAIN).contested
    return build_summary(_session(deck, request.param), deck)


def _mark(lang: str) -> str:
    return "chiffre contesté" if lang == "fr" else "contested figure"


def test_the_evidence_row_knows_which_figure_is_contested(summary):
    by_card = {e.card_id: e for r in summary.rounds for e in r.evidence}
    assert by_card[CONTESTED].contested and not by_card[PLAIN].contested


def test_json_and_csv_say_contested(summary):
    data = json.loads(render_summary_json(summary))
    evidence = {e["card_id"]: e for e in data["rounds"][0]["evidence"]}
    assert evidence[CONTESTED]["contested"] is True and evidence[PLAIN]["contested"] is False
    with zipfile.ZipFile(io.BytesIO(render_summary_csv_zip(summary))) as archive:
        text = archive.read("evidence.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="," if summary.lang == "en" else ";"))
    assert {r["card_id"]: r["contested"] for r in rows} == {CONTESTED: "true", PLAIN: "false"}


def test_markdown_and_pdf_lines_carry_the_mark(summary, deck, pdf, tmp_path):
    lang = summary.lang
    figure = deck.card(CONTESTED).figure.get(lang)
    text, _ = render_summary_md(summary)
    line = next(x for x in text.splitlines() if deck.card(CONTESTED).title.get(lang).split()[0] in x and "—" in x)
    assert f"({figure}, {_mark(lang)})" in line
    plain = next(x for x in text.splitlines() if deck.card(PLAIN).figure.get(lang) in x and "—" in x)
    assert _mark(lang) not in plain
    out = tmp_path / "s.pdf"
    out.write_bytes(render_summary_pdf(summary))
    pages = " ".join(pdf.text(out, n) for n in range(1, len(pdf.page_streams(out.read_bytes())) + 1))
    assert _mark(lang) in " ".join(pages.replace("\u00a0", " ").split())


def test_the_take_home_card_shows_the_card_figure_and_mark(summary, deck):
    lang = summary.lang
    figures = take_home_from_summary(summary).figures
    (figure, title, contested), = [f for f in figures if f[1] == deck.card(CONTESTED).title.get(lang)]
    assert contested and figure == deck.card(CONTESTED).figure.get(lang)
    _title, line = key_figure(figure, title, contested, lang)
    assert figure in line and _mark(lang) in line  # ≈ 552 t CO₂e, not the title's "≈ 552 t de CO₂e"


@pytest.mark.parametrize(("figure", "title", "lang", "contested", "line"), [
    ("≈\u202f0,9\u202f%", "≈ 1 % des émissions : pas l’IA seule", "fr", True, "≈\u202f0,9\u202f%, chiffre contesté"),
    ("≈\u202f552\u202ft CO₂e", "Entraîner GPT-3 : ≈ 552 t de CO₂e", "fr", True, "≈\u202f552\u202ft CO₂e, chiffre contesté"),
    ("45\u202fmL", "Mistral: 45 mL of water per answer", "en", True, "45\u202fmL, contested figure"),
    ("×300\u202f000", "×300 000 : du calcul, pas de l’énergie", "fr", False, "×300\u202f000"),
])
def test_figure_lines(figure, title, lang, contested, line):
    """Every key figure said one way: its title, then its figure as the card writes it (and its mark)."""
    assert key_figure(figure, title, contested, lang) == (title, line)


def test_every_deck_fact_keeps_its_figure_on_the_take_home_card(deck):
    for card in deck.cards:
        if isinstance(card, FactCard):
            for lang in ("fr", "en"):
                figure, title = card.figure.get(lang), card.title.get(lang)
                _title, line = key_figure(figure, title, card.contested, lang)
                assert " ".join(figure.split()) in " ".join(line.split()), (card.id, lang, line)
                assert (_mark(lang) in line) == card.contested
