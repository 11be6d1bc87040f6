"""Small disagreements between the summary's formats, and cells that said nothing: a card in the
wrong place was « +0 » in the Markdown and « 0 » in the PDF; the facilitator moving the stage past a
consequence was a row of the table of actions with an empty value; the note on rounded percentages
did not speak of the shift row, whose three figures (differences of those percentages) need not add
up to 0."""

from __future__ import annotations

import csv
import io

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.example import ExampleOptions, play_example
from tests.sessions import voted_debate


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_card_in_the_wrong_place_is_0_as_in_the_pdf(deck, tmp_path, lang):
    session = play_example(deck, None, seed=0, lang=lang, options=ExampleOptions(teams=4))
    md = export_summary(session, deck, tmp_path / "s.md", lang=lang)[0].read_text(encoding="utf-8")
    wrong = {"fr": "mal placée", "en": "wrong place"}[lang]
    rows = [line for line in md.splitlines() if line.startswith("| ") and f"| {wrong} |" in line]
    assert rows and all(line.endswith("| 0 |") for line in rows), rows[:3]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_moving_past_a_consequence_is_said_in_words(deck, tmp_path, lang):
    """As the history says it: « décision suivante », then « où mène ce futur » after the last one."""
    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    team = session.state.teams[0].id
    session.start_scenario(team, "frugal")
    while not session.state.scenario_path(team).finished:
        session.choose_option(team, "a")
        session.leave_consequence()
    export_summary(session, deck, tmp_path / "s.csv", lang=lang)
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";" if lang == "fr" else ","))
    values = [r["value"] for r in rows if r["kind"] == "consequence_left"]
    said = {"fr": ("décision suivante", "où mène ce futur"), "en": ("next decision", "where this future leads")}[lang]
    assert len(values) >= 2 and values == [said[0]] * (len(values) - 1) + [said[1]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_rounding_note_covers_the_shift(deck, tmp_path, lang):
    session = voted_debate(deck, (10, 10, 10), (9, 11, 10), lang)  # 33 / 33 / 33 %, then shifts −3, +4, 0
    md = export_summary(session, deck, tmp_path / "s.md")[0].read_text(encoding="utf-8")
    said = {"fr": "(leurs écarts) −1 ou +1 plutôt que 0", "en": "(their differences) to −1 or +1 rather than 0"}[lang]
    assert md.count(said) == 1
