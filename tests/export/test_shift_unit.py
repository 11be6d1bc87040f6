"""The shift's unit: French « pts de % », English "pp" (explained once under the table, on one line
in the PDF), never "pts" alone, which are the teams' score points."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from tests.sessions import voted_debate


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shift_unit(tmp_path, lang):
    deck = load_deck(bundled_deck_path())
    session = voted_debate(deck, (12, 13, 6), (20, 39, 5), lang)
    md = export_summary(session, deck, tmp_path / "s.md")[0].read_text(encoding="utf-8")
    export_summary(session, deck, tmp_path / "s.pdf")
    lines = subprocess.run(["pdftotext", "-layout", str(tmp_path / "s.pdf"), "-"], check=True,
                           capture_output=True, text=True).stdout.splitlines()
    if lang == "en":
        assert "| Shift | −8 pp | +19 pp | −11 pp |" in md and "% pts" not in md
        assert "*pp: percentage points of the room.*" in md
        row = next(x for x in lines if x.lstrip().startswith("Shift"))
        assert re.search(r"−8\s+pp\s+\+19\s+pp\s+−11\s+pp", row.replace("\u00a0", " ")), row  # one line
        assert any("pp: percentage points of the room." in x for x in lines)
    else:
        assert "| Évolution | −8 pts de\u202f% |" in md and "points de pourcentage" not in md
