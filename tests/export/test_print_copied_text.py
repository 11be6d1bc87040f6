"""Text copied from printed cards, as `bataille print` writes them and pdftotext reads them back.

The cards draw by hand the characters their face lacks (the arrow →, CO₂'s subscript ₂): copied
from the PDF, or read out, « 415 → 945 TWh » was « 415 945 TWh » and « CO₂e » « CO2e ». Each such
line now carries its own text as the PDF's ActualText, as the kit's take-home card's lines do; the
drawing itself is unchanged.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck

CARDS = ("env-datacentres-2030", "env-gpt3-training-carbon")


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", out.stdout.decode("utf-8")).split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_copied_from_a_printed_card_its_arrow_and_subscripts_are_there(tmp_path, lang):
    deck = load_deck(bundled_deck_path())
    cards = {c.id: c for c in deck.cards}
    args = [a for card in CARDS for a in ("--card", card)]
    assert main(["print", "--lang", lang, *args, "-o", str(tmp_path / "c.pdf")]) == 0
    text = _text(tmp_path / "c.pdf")
    figure = " ".join(cards["env-datacentres-2030"].figure[lang].split())
    assert "→" in figure and figure in text, (figure, text)
    assert "415 → 945 TWh" in text
    carbon = " ".join(cards["env-gpt3-training-carbon"].figure[lang].split())
    assert "₂" in carbon and carbon in text, (carbon, text)
    assert "CO2" not in text  # every ₂ of the two cards (their figure, title and text) reads as ₂


def test_a_line_without_a_drawn_character_is_left_as_it_was(tmp_path):
    """Only the lines with a drawn character are marked: a plain line's text is the PDF's own."""
    from reportlab.pdfgen.canvas import Canvas

    from bataille.export.cards_text import draw_line
    from bataille.export.fonts import REGULAR, register_fonts

    register_fonts()
    canvas = Canvas(str(tmp_path / "l.pdf"), pageCompression=0)
    canvas.setFont(REGULAR, 10)
    draw_line(canvas, "Sans flèche", REGULAR, 10, 20, 700)
    draw_line(canvas, "7 % → 3 %", REGULAR, 10, 20, 680)
    canvas.save()
    assert (tmp_path / "l.pdf").read_bytes().count(b"/ActualText") == 1
    assert _text(tmp_path / "l.pdf") == "Sans flèche 7 % → 3 %"
