"""The calibration page catches a printer that turns the sheet on the other edge, read back from real
PDFs: the numbered corners (``pdftotext -bbox``), the sheet as seen against the light (``pdftoppm``),
and the sentence that says what to change."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageOps
from reportlab.lib.units import mm

from bataille.export.cards_sheets import PrintOptions, render_calibration_pdf

CASES = [(paper, duplex, lang) for paper in ("a4", "letter") for duplex in ("long", "short") for lang in ("fr", "en")]
OTHER = {"long": "short", "short": "long"}
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def _write(tmp_path: Path, options: PrintOptions) -> Path:
    path = tmp_path / f"calibration-{options.paper}-{options.duplex}-{options.lang}.pdf"
    path.write_bytes(render_calibration_pdf(options))
    return path


def _words(path: Path, page: int) -> tuple[tuple[float, float], list[tuple[float, float, float, float, str]]]:
    """The page's size and its words (x0, y0, x1, y1 from the top-left corner, in points)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    size = tuple(float(v) for v in PAGE.search(out).groups())
    words = [(*(float(v) for v in m.groups()[:4]), m.group(5)) for m in WORD.finditer(out)]
    return size, words


def _big_numbers(words) -> dict[int, tuple[float, float]]:
    """The corners' large numbers (1 to 4) and their centres; the text's numbers are much smaller."""
    found: dict[int, tuple[float, float]] = {}
    for x0, y0, x1, y1, text in words:
        if re.fullmatch(r"[1-4]", text) and y1 - y0 > 15:
            assert int(text) not in found, text
            found[int(text)] = ((x0 + x1) / 2, (y0 + y1) / 2)
    return found


def _turned(point: tuple[float, float], edge: str, size: tuple[float, float]) -> tuple[float, float]:
    """Where a point of the back page lies on the front once the printer has turned the sheet on ``edge``."""
    x, y = point
    return (size[0] - x, y) if edge == "long" else (x, size[1] - y)


def _beside(front: dict, back: dict, edge: str, size) -> dict[int, int]:
    """For each front number, the back number that lands nearest to it when the sheet turns on ``edge``."""
    turned = {n: _turned(p, edge, size) for n, p in back.items()}
    out = {}
    for n, (fx, fy) in front.items():
        m, (bx, by) = min(turned.items(), key=lambda item: (item[1][0] - fx) ** 2 + (item[1][1] - fy) ** 2)
        assert abs(bx - fx) < 15 * mm and abs(by - fy) < 5 * mm, (n, m)  # in the same box, side by side
        assert abs(bx - fx) > 6 * mm  # never one on top of the other: both stay legible
        out[n] = m
    return out


@pytest.mark.parametrize(("paper", "duplex", "lang"), CASES)
def test_each_corner_number_has_its_twin_behind_it_only_on_the_chosen_edge(tmp_path, paper, duplex, lang):
    path = _write(tmp_path, PrintOptions(paper=paper, duplex=duplex, lang=lang))
    size, front_words = _words(path, 1)
    _, back_words = _words(path, 2)
    front, back = _big_numbers(front_words), _big_numbers(back_words)
    assert set(front) == set(back) == {1, 2, 3, 4}
    # 1 and 2 at the top, 3 and 4 at the bottom of the front, in reading order.
    assert front[1][0] < front[2][0] and front[3][0] < front[4][0]
    assert front[1][1] < front[3][1] and front[2][1] < front[4][1]
    assert _beside(front, back, duplex, size) == {1: 1, 2: 2, 3: 3, 4: 4}
    # The other edge turns the back half a turn: each corner gets the opposite corner's number.
    assert _beside(front, back, OTHER[duplex], size) == {1: 4, 2: 3, 3: 2, 4: 1}


def _digit(crop: Image.Image) -> Image.Image:
    """The tallest band of ink rows of a crop (the large digit, not the small word under or over
    it), cut to its ink and brought to one size, for comparing digits."""
    ink = ImageOps.invert(crop.convert("L")).point(lambda v: 255 if v > 100 else 0)
    rows = [ink.crop((0, y, ink.width, y + 1)).getbbox() is not None for y in range(ink.height)]
    runs, start = [], None
    for y, inked in enumerate([*rows, False]):
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            runs.append((y - start, start, y))
            start = None
    assert runs, "no ink where a number should be"
    _, top, bottom = max(runs)
    band = ink.crop((0, top, ink.width, bottom))
    return band.crop(band.getbbox()).resize((20, 30))


def _difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageChops.difference(a, b).get_flattened_data()) / (255 * 20 * 30)


@pytest.mark.parametrize(("paper", "duplex", "lang"), CASES)
def test_seen_against_the_light_the_wrong_edge_shows_other_numbers(tmp_path, paper, duplex, lang):
    """The pictures of both pages (pdftoppm), the back turned as the printer would: on the chosen edge,
    the number that shows through each box is the front's own; on the other edge, it is not."""
    path = _write(tmp_path, PrintOptions(paper=paper, duplex=duplex, lang=lang))
    size, front_words = _words(path, 1)
    dpi = 100
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(tmp_path / "page")], check=True)
    front_png, back_png = (Image.open(tmp_path / f"page-{n}.png").convert("L") for n in (1, 2))
    scale = dpi / 72

    def turn(image: Image.Image, edge: str) -> Image.Image:
        return ImageOps.mirror(image) if edge == "long" else ImageOps.flip(image)

    front = _big_numbers(front_words)
    assert set(front) == {1, 2, 3, 4}
    for n, (fx, fy) in front.items():
        digit = _digit(front_png.crop(tuple(round(v * scale) for v in (fx - 4 * mm, fy - 8 * mm,
                                                                       fx + 4 * mm, fy + 8 * mm))))
        # The back's number stands 9 mm to the right of the front's, in the same box.
        spot = tuple(round(v * scale) for v in (fx + 5 * mm, fy - 8 * mm, fx + 13 * mm, fy + 8 * mm))
        assert front_png.crop(spot).getextrema()[0] > 200  # nothing of the front's there
        assert turn(back_png, duplex).crop(spot).getextrema()[0] < 100  # the back's number is
        seen = {}
        for edge in (duplex, OTHER[duplex]):
            through = turn(back_png, edge).crop(spot)  # as the light shows it: mirrored
            seen[edge] = _difference(digit, _digit(turn(through, duplex)))
        # Share of the digit's pixels that differ: under 0.07 for one digit drawn twice (the pixels
        # fall a little differently), 0.38 and more between two of these digits.
        assert seen[duplex] < 0.15, (n, seen)  # the same digit
        assert seen[OTHER[duplex]] > 0.3, (n, seen)  # visibly another one


@pytest.mark.parametrize(("duplex", "lang", "choose"), [
    ("long", "fr", "« Recto verso, bord court » dans « Impression »"),
    ("short", "fr", "« Recto verso, bord long » dans « Impression »"),
    ("long", "en", "\u201cBoth sides, flip on the short edge\u201d under \u201cPrinting\u201d"),
    ("short", "en", "\u201cBoth sides, flip on the long edge\u201d under \u201cPrinting\u201d"),
])
def test_both_sides_say_which_edge_to_choose_when_the_numbers_do_not_match(tmp_path, duplex, lang, choose):
    path = _write(tmp_path, PrintOptions(duplex=duplex, lang=lang))

    def text(page: int) -> str:
        out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                             capture_output=True, text=True, check=True).stdout
        return " ".join(out.replace("\u00a0", " ").replace("\u202f", " ").split())

    front, back = text(1), text(2)
    assert choose.replace("\u00a0", " ") in front
    assert f"--duplex {OTHER[duplex]}" in front and f"--duplex {OTHER[duplex]}" in back
    other_words = {"fr": {"long": "bord long", "short": "bord court"},
                   "en": {"long": "long edge", "short": "short edge"}}[lang][OTHER[duplex]]
    assert other_words in back
    if lang == "fr":
        assert "si les numéros ne correspondent pas" in front.lower()
        assert "1 avec 1" in front
    else:
        assert "if the numbers do not match" in front.lower()
        assert "1 with 1" in front
    # Each box says which side it is on.
    assert front.count("recto" if lang == "fr" else "front") >= 4
    assert back.count("verso" if lang == "fr" else "back") >= 4


@pytest.mark.parametrize(("paper", "duplex", "lang"), CASES)
def test_the_words_stay_clear_of_the_boxes_lines_and_rulers(tmp_path, paper, duplex, lang):
    """No word of the explanations touches a numbered box, the front's centre lines or the back's
    rulers, in either language, on either paper."""
    path = _write(tmp_path, PrintOptions(paper=paper, duplex=duplex, lang=lang))
    for page in (1, 2):
        (pw, ph), words = _words(path, page)
        numbers = _big_numbers(words)
        assert len(numbers) == 4
        text = [w for w in words if w[3] - w[1] < 15 and not re.fullmatch(r"[-+]?\d|[XY]", w[4])
                and w[4] not in ("recto", "verso", "front", "back")]
        assert text
        for _x0, y0, x1, y1, word in text:
            # The top-left quarter, clear of the left ruler's end (5 mm above the centre) on the back.
            assert x1 < pw / 2 - 6 * mm and y1 < ph / 2 - 8 * mm, word
            for _, cy in numbers.values():  # below the top boxes (20 mm high), clear of the bottom ones
                assert y0 > cy + 8 * mm or cy > ph / 2, word
