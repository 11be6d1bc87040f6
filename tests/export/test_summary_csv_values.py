"""The `.csv` table of actions gives every kind of action a value a teacher can read, written by
`bataille summary` from a real session file and read back with the csv module. The phones'
feedback had an empty value: it now says how many answered and their average rating, as the
summary's feedback line does."""

from __future__ import annotations

import csv

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionFile, close_session, new_session
from bataille.workshop import ManualClock

from .workshops import feedback, workshop

# Actions that have nothing to say beyond their kind, their phase, their team and their card.
SILENT = {"session_started", "timer_paused", "scenario_started"}  # a debate closed says why (test_summary_time_up)


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _table(path, lang: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";" if lang == "fr" else ","))


def _summary_csv(folder, session_path, lang: str) -> list[dict[str, str]]:
    out = folder / f"{lang}.csv"
    assert main(["summary", str(session_path), "-o", str(out), "--lang", lang]) == 0
    return _table(out, lang)


@pytest.fixture(scope="module")
def workshop_rows(deck, tmp_path_factory):
    folder = tmp_path_factory.mktemp("values")
    path = folder / "s.bataille"
    session = workshop(deck, "fr", 4, seed=0, store=SessionFile.create(path))
    close_session(session)
    return {lang: _summary_csv(folder, path, lang) for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_phones_feedback_says_how_many_answered_and_their_average(deck, workshop_rows, lang):
    answers = feedback(deck, 0)
    average = sum(rating for rating, _theme, _text in answers.values()) / len(answers)
    rows = [r for r in workshop_rows[lang] if r["kind"] == "phone_feedback_recorded"]
    figure = f"{average:.1f}" if lang == "en" else f"{average:.1f}".replace(".", ",")
    expected = (f"17 réponses, note moyenne {figure} sur 5" if lang == "fr"
                else f"17 answers, average rating {figure} out of 5")
    assert [r["value"] for r in rows] == [expected]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_kind_of_action_has_a_value_but_the_silent_ones(workshop_rows, lang):
    rows = workshop_rows[lang]
    empty = {r["kind"] for r in rows if not r["value"]}
    assert empty <= SILENT, empty - SILENT
    values = {r["kind"]: r["value"] for r in rows}
    said = {"fr": {"timeline_dealt": "4 cartes par équipe", "timer_extended": "prolongée de 3 min",
                   "session_created": "prévue\u00a0: 1 h 30", "phase_started": "prévue\u00a0: 10 min"},
            "en": {"timeline_dealt": "4 cards per team", "timer_extended": "extended by 3 min",
                   "session_created": "planned: 90 min", "phase_started": "planned: 10 min"}}[lang]
    for kind, value in said.items():
        assert values[kind] == value, (kind, values[kind])
    pause = "pause\u00a0: " if lang == "fr" else "break: "
    assert all(r["value"].startswith(pause) and r["value"].endswith(" min") for r in rows if r["kind"] == "timer_resumed")
    assert all(r["value"].startswith("réelle\u00a0: " if lang == "fr" else "actual: ")
               for r in rows if r["kind"] == "phase_ended")


def test_a_removed_team_and_a_skipped_phase_are_named(deck, tmp_path):
    clock = ManualClock(1_796_112_000.0)
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock, "fr")
    for name in ("Les Hiboux", "Les Loutres", "Les Lynx"):
        session.add_team(name)
    session.remove_team(session.state.teams[1].id)
    session.start()
    session.start_phase()
    clock.advance(125)
    session.pause_timer()
    clock.advance(600)
    session.resume_timer()
    clock.advance(300)
    session.end_phase()
    session.skip_phase()
    close_session(session)
    rows = _summary_csv(tmp_path, path, "fr")
    values = {r["kind"]: r["value"] for r in rows}
    assert values["team_removed"] == "Les Loutres"
    assert values["phase_skipped"] == "La frise de l’IA"
    assert values["timer_resumed"] == "pause\u00a0: 10 min"
    assert values["phase_ended"] == "réelle\u00a0: 7 min"
