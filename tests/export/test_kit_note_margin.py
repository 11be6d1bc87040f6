"""The voting cards' instruction line sat 4.2 mm from the paper's bottom edge on Letter (4.7 on A4):
many school lasers leave the outer 5 mm blank and clipped it. Every word of that page is now 6 mm
from the edges at least. Real PDFs read back with pdftotext."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.cli import main

MM = 72 / 25.4


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_voting_cards_words_keep_6_mm_from_the_edges(tmp_path, paper) -> None:
    pdf = tmp_path / "kit.pdf"
    assert main(["--lang", "en", "kit", "-o", str(pdf), "--paper", paper]) == 0
    html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    width, height = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    words = [tuple(map(float, m)) for m in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', html)]
    assert any("choice" in w for w in re.findall(r"<word[^>]*>([^<]*)</word>", html))  # the line is there
    closest = min(min(x0, y0, width - x1, height - y1) for x0, y0, x1, y1 in words) / MM
    assert closest >= 6.0, f"{closest:.1f} mm"
