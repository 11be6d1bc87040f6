"""docs/summary-format.md names every table of the zip and every key of the JSON layout."""

from __future__ import annotations

from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_csv import summary_tables
from bataille.export.summary_json import summary_dict
from bataille.export.summary_model import build_summary
from bataille.workshop import MemoryStore
from bataille.workshop.example import play_example

DOC = Path(__file__).resolve().parents[2] / "docs" / "summary-format.md"


def _summary():
    deck = load_deck(bundled_deck_path())
    return build_summary(play_example(deck, MemoryStore(), 0, "fr"), deck)


def test_every_zip_table_is_documented_with_its_columns():
    doc = DOC.read_text(encoding="utf-8")
    for name, (header, _) in summary_tables(_summary()).items():
        line = next((x for x in doc.splitlines() if x.startswith(f"| `{name}` |")), None)
        assert line is not None, name
        if name != "session.csv":
            assert ", ".join(header) in line, (name, header)


def test_every_json_key_is_documented():
    doc = DOC.read_text(encoding="utf-8")
    data = summary_dict(_summary())
    keys = set(data) | set(data["rounds"][0]) | set(data["rounds"][0]["evidence"][0])
    for key in sorted(keys):
        assert f'"{key}"' in doc, key
