"""The CSV tables as a spreadsheet opens them on a double-click: in French, ";" between fields and
decimal commas (French Excel put every row of a comma-separated file in one column), and French
words in the values; in English, "," and decimal points, as before."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_model import live_events
from bataille.workshop import events as ev
from bataille.workshop.example import play_example

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module", params=["fr", "en"])
def exported(request, deck, tmp_path_factory):
    lang = request.param
    folder = tmp_path_factory.mktemp(f"csv-{lang}")
    session = play_example(deck, seed=0, lang=lang)
    export_summary(session, deck, folder / "actions.csv")
    export_summary(session, deck, folder / "tables.zip")
    with zipfile.ZipFile(folder / "tables.zip") as archive:
        tables = {name: archive.read(name) for name in archive.namelist()}
    return lang, session, (folder / "actions.csv").read_bytes(), tables


def _rows(raw: bytes, delimiter: str) -> list[dict[str, str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with its BOM, in both languages
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def test_the_separator_is_the_one_the_languages_spreadsheets_expect(exported):
    lang, _session, actions, tables = exported
    separator = ";" if lang == "fr" else ","
    for raw in (actions, *tables.values()):
        header = raw.decode("utf-8-sig").split("\r\n", 1)[0]
        columns = next(csv.reader([header], delimiter=separator))  # one name a column, not all in one
        assert all(re.fullmatch(r"[a-z_]+", c) for c in columns), header
    assert _rows(actions, separator)[0].keys() == {"time", "phase", "team", "kind", "card", "value"}


def test_decimals_are_written_as_the_language_writes_them(exported):
    lang, _session, _actions, tables = exported
    separator, point = (";", ",") if lang == "fr" else (",", ".")
    phases = _rows(tables["phases.csv"], separator)
    rounds = _rows(tables["rounds.csv"], separator)
    decimals = [p["actual_minutes"] for p in phases if p["actual_minutes"]]
    assert decimals and all(re.fullmatch(rf"-?\d+{re.escape(point)}\d+", d) for d in decimals), decimals
    # The shift is in whole points, the difference of the shares the room saw: "-1", never "-1,00".
    shifts = [r[k] for r in rounds for k in ("shift_agree", "shift_disagree", "shift_undecided") if r[k]]
    assert shifts and all(re.fullmatch(r"-?\d+", d) for d in shifts), shifts
    session_table = {r["key"]: r["value"] for r in _rows(tables["session.csv"], separator)}
    assert re.fullmatch(rf"\d+{re.escape(point)}\d", session_table["actual_minutes"])
    for name, raw in tables.items():  # no field anywhere is a number with the other mark
        for row in _rows(raw, separator):
            other = r"-?\d+\.\d+" if lang == "fr" else r"-?\d+,\d+"
            assert not [v for v in row.values() if v and re.fullmatch(other, v)], (name, row)


def test_the_actions_values_are_in_the_summarys_language(exported):
    lang, session, actions, _tables = exported
    rows = _rows(actions, ";" if lang == "fr" else ",")
    live = live_events(session.events)
    assert len(rows) == len(live)
    stages = {"before": "avant", "after": "après"} if lang == "fr" else {"before": "before", "after": "after"}
    sides = {"for": "pour", "against": "contre"} if lang == "fr" else {"for": "for", "against": "against"}
    colon = f"{NBSP}: " if lang == "fr" else ": "
    for row, event in zip(rows, live, strict=True):
        if isinstance(event, ev.VoteRecorded):
            names = ("d’accord", "pas d’accord", "indécis") if lang == "fr" else ("agree", "disagree", "undecided")
            totals = ", ".join(f"{name} {sum(c[i] for _, c in event.by)}" for i, name in enumerate(names))
            assert row["value"] == f"{stages[event.stage]}{colon}{totals}"  # each count says what it counts
        elif isinstance(event, ev.ArgumentAdded):
            assert row["value"] == f"{sides[event.side]}{colon}{event.text}"
        elif isinstance(event, ev.VotesRevealed):
            assert row["value"] == stages[event.stage]
    if lang == "fr":
        english = re.compile(r"^(before|after|for|against)\b")
        assert not [r["value"] for r in rows if english.match(r["value"])]
