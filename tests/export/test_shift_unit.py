"""The shift's unit: "pp" in both languages, explained once under the table, each figure and its
unit on one line in the PDF (French « pts de % » broke into « −30 » over « pts de % »), never "pts"
alone, which are the teams' score points."""

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
    shift, legend = {"en": ("Shift", "pp: percentage points of the room."),
                     "fr": ("Évolution", "pp\u00a0: points de pourcentage de la salle.")}[lang]
    assert f"| {shift} | −8 pp | +19 pp | −11 pp |" in md and "% pts" not in md and "pts de" not in md
    assert md.count(f"*{legend}*") == 1
    row = next(x for x in lines if x.lstrip().startswith(shift))
    assert re.search(r"−8\s+pp\s+\+19\s+pp\s+−11\s+pp", row.replace("\u00a0", " ")), row  # one line
    assert sum(legend.replace("\u00a0", " ") in x.replace("\u00a0", " ") for x in lines) == 1
