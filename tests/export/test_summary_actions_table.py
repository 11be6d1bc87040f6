"""The one-table CSV reads without the deck: the option's words, who is for and against, the fact's
figure, right or wrong place and the points; its time is one a French spreadsheet takes for a date."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import FactCard
from bataille.export.summary_csv import render_actions_csv
from bataille.export.summary_model import build_summary, live_events
from bataille.workshop import MemoryStore
from bataille.workshop import events as ev
from bataille.workshop.example import play_example


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module", params=["fr", "en"])
def played(request, deck):
    session = play_example(deck, MemoryStore(), 0, request.param)
    rows = list(csv.DictReader(io.StringIO(render_actions_csv(build_summary(session, deck)).decode("utf-8-sig")),
                               delimiter="," if request.param == "en" else ";"))
    live = live_events(session.events)
    assert len(rows) == len(live)
    return request.param, session, list(zip(rows, live, strict=True))


def test_time_is_local_without_offset(played):
    _, _, pairs = played
    for row, event in pairs:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", row["time"]), row["time"]
        assert row["time"] == datetime.fromtimestamp(event.at).strftime("%Y-%m-%d %H:%M:%S")


def test_card_placed_says_right_or_wrong_place_and_points(played):
    lang, _, pairs = played
    words = {True: {"fr": "bien placée", "en": "right place"}, False: {"fr": "mal placée", "en": "wrong place"}}
    placed = [(r, e) for r, e in pairs if isinstance(e, ev.CardPlaced)]
    assert {e.correct for _, e in placed} == {True, False}
    for row, event in placed:
        assert row["value"].startswith(words[event.correct][lang] + ", " + str(event.points) + " point"), row["value"]


def test_sides_assigned_names_who_is_for_and_against(played):
    lang, session, pairs = played
    names = {t.id: t.name for t in session.state.teams}
    sides = [(r, e) for r, e in pairs if isinstance(e, ev.SidesAssigned)]
    assert sides
    for row, event in sides:
        value = row["value"].replace("\u00a0", " ").replace("\u202f", " ")
        label = {"for": "pour :" if lang == "fr" else "for:", "against": "contre :" if lang == "fr" else "against:"}
        for side in ("for", "against"):
            mine = ", ".join(names[t] for t, s in event.sides if s == side)
            assert f"{label[side]} {mine}" in value, value


def test_evidence_and_options_are_in_words(played, deck):
    lang, _, pairs = played
    for row, event in pairs:
        if isinstance(event, ev.EvidencePlayed):
            card = deck.card(event.card_id)
            assert isinstance(card, FactCard) and row["value"].startswith(card.figure.get(lang))
            assert row["value"].endswith("chiffre contesté" if lang == "fr" else "contested figure") == card.contested
        if isinstance(event, ev.OptionChosen):
            decision = next(d for d in deck.scenario(event.scenario_id).decisions if d.id == event.decision_id)
            option = next(o for o in decision.options if o.id == event.option_id)
            assert row["value"] == option.label.get(lang) != event.option_id
