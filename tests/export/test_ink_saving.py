"""Saving ink for a black-and-white school printer: the backs and the fronts' coloured areas as light
tints and outlines, read back in grey as the printer would print them (pdftoppm -gray)."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdffonts") is None,
                                reason="poppler-utils (pdftoppm, pdffonts) not installed")

DPI = 40
TEXT_DPI = 100  # fine enough for small words to reach their ink
TILE_MM = 10


@pytest.fixture(scope="module")
def bundled():
    return load_deck(bundled_deck_path())


def grey_page(pdf: Path, page: int, dpi: int = DPI) -> tuple[int, int, bytes]:
    """Page ``page`` (from 1) in grey, as a black-and-white printer would see it: width, height, pixels (0 black)."""
    raw = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
                         capture_output=True, check=True).stdout
    magic, width, height, _depth, rest = raw.split(maxsplit=4)
    assert magic == b"P5"
    w, h = int(width), int(height)
    return w, h, rest[-w * h:]


def darkness(pixels) -> float:
    """How much toner, 0 (white paper) to 1 (solid black)."""
    return sum(255 - p for p in pixels) / (255 * len(pixels))


def darkest_tile(w: int, h: int, pixels: bytes) -> float:
    """The darkness of the darkest 10 mm square of the page: a solid block anywhere shows here."""
    n = round(TILE_MM / 25.4 * DPI)
    worst = 0.0
    for top in range(0, h - n + 1, n):
        for left in range(0, w - n + 1, n):
            tile = [pixels[(top + y) * w + left + x] for y in range(n) for x in range(n)]
            worst = max(worst, darkness(tile))
    return worst


def one_theme(bundled, tmp_path: Path, ink_saving: bool) -> Path:
    theme = bundled.themes[0].id
    out = tmp_path / f"{theme}-{ink_saving}.pdf"
    out.write_bytes(render_sheets_pdf(bundled, PrintOptions(themes=(theme,), kinds=("fact",), ink_saving=ink_saving)))
    return out


def test_a_back_page_saving_ink_takes_a_fraction_of_the_toner_and_no_solid_block(bundled, tmp_path):
    normal = grey_page(one_theme(bundled, tmp_path, False), 2)  # the backs of the first sheet: 9 cards
    saving = grey_page(one_theme(bundled, tmp_path, True), 2)
    assert darkness(normal[2]) > 0.4  # one dark block across the 3×3 grid
    assert darkness(saving[2]) < darkness(normal[2]) / 3, (darkness(saving[2]), darkness(normal[2]))
    assert darkest_tile(*normal) > 0.6
    assert darkest_tile(*saving) < 0.45, darkest_tile(*saving)


def test_saving_ink_the_words_stay_dark_on_a_light_ground(bundled, tmp_path, pdf):
    white = re.compile(rb"(?<![\d.])1 1 1 rg")  # a white fill: the backs' words, before
    backs = [pdf.page_streams(one_theme(bundled, tmp_path, ink).read_bytes())[1] for ink in (False, True)]
    assert white.search(backs[0]) and not white.search(backs[1])
    pdf = one_theme(bundled, tmp_path, True)
    for page in (1, 2):  # fronts (band and frame), backs
        _w, _h, pixels = grey_page(pdf, page, TEXT_DPI)
        ordered = sorted(pixels)
        assert statistics.median(ordered) >= 215, page  # light paper and light tints
        assert ordered[len(ordered) // 500] < 80, (page, ordered[len(ordered) // 500])  # the words, in dark ink
    normal = grey_page(one_theme(bundled, tmp_path, False), 2)[2]
    assert statistics.median(normal) < 120  # the back the school printer got before
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert bundled.themes[0].name.get("fr") in " ".join(text.split())  # the theme's name kept on the back


def test_the_command_saves_ink_and_says_so_in_its_help(bundled, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="fr_FR.UTF-8")
    out = tmp_path / "cartes.pdf"
    theme = bundled.themes[0].id
    done = subprocess.run([sys.executable, "-m", "bataille", "print", "-o", str(out), "--save-ink", "--theme", theme,
                           "--kind", "fact"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert darkness(grey_page(out, 2)[2]) < 0.15
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # embedded, as in colour
    helped = subprocess.run([sys.executable, "-m", "bataille", "print", "--help"], capture_output=True, text=True,
                            env=env).stdout
    assert "--save-ink" in helped and "noir et blanc" in helped
