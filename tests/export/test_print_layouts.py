"""The fold and print-shop layouts, the ruler and the edge marks, read back from real PDFs."""

from __future__ import annotations

import math
import re

import pytest
from reportlab.lib.units import mm

from bataille.export.cards_sheets import (
    PrintOptions,
    page_count,
    plan_sheets,
    render_sheets_pdf,
)
from bataille.export.imposition import FOLD_MARGIN_MM, PRINTABLE_MARGIN_MM, parse_card_size
from bataille.export.sheet_ruler import ruler_place

from .test_fonts_embedded import assert_all_embedded

TOL = 0.1 * mm


def _length(segment) -> float:
    (x1, y1), (x2, y2) = segment
    return math.hypot(x2 - x1, y2 - y1)


def _fold_line(segments, pw: float, ph: float):
    """The segment that crosses the whole sheet: the fold line."""
    lines = [s for s in segments if abs(_length(s) - pw) < 1e-3 or abs(_length(s) - ph) < 1e-3]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("size,bleed", [("poker", 0), ("poker", 3), ("tarot", 0), ("mini", 2), ("a7", 0)])
def test_fold_backs_are_mirrored_across_the_fold_line(small_deck, paper, size, bleed, pdf):
    options = PrintOptions(paper=paper, size=parse_card_size(size), bleed_mm=bleed, layout="fold")
    plan = plan_sheets(small_deck, options)
    layout = plan.layout
    data = render_sheets_pdf(small_deck, options)
    streams = pdf.page_streams(data)
    assert len(streams) == page_count(small_deck, options) == math.ceil(12 / layout.per_sheet)
    for number, stream in enumerate(streams):
        clips, segments = pdf.geometry(stream)
        (x1, y1), (x2, y2) = _fold_line(segments, layout.page_width, layout.page_height)
        across = abs(y1 - y2) < 1e-6  # the fold line runs across the sheet (y constant)
        cards = [c for c in plan.pages[number].cards if c is not None]
        assert len(clips) == 2 * len(cards)  # a front, then its back, for each card
        for (fx, fy, fw, fh), (bx, by, bw, bh) in zip(clips[0::2], clips[1::2], strict=True):
            if across:
                fold = y1
                assert fy - fold >= FOLD_MARGIN_MM * mm - TOL  # fronts above, clear of the glue margin
                assert abs((2 * fold - by - bh) - fy) < TOL and abs(bx - fx) < TOL
            else:
                fold = x1
                assert fold - (fx + fw) >= FOLD_MARGIN_MM * mm - TOL
                assert abs((2 * fold - bx - bw) - fx) < TOL and abs(by - fy) < TOL
            assert abs(bw - fw) < TOL and abs(bh - fh) < TOL
            edge = PRINTABLE_MARGIN_MM * mm - 1e-3
            for x, y, w, h in ((fx, fy, fw, fh), (bx, by, bw, bh)):
                assert x >= edge and y >= edge
                assert x + w <= layout.page_width - edge and y + h <= layout.page_height - edge


def test_fold_page_says_how_to_fold_and_keeps_backs_behind_their_fronts(small_deck, tmp_path, pdf):
    options = PrintOptions(layout="fold", kinds=("event",))
    path = tmp_path / "fold.pdf"
    path.write_bytes(render_sheets_pdf(small_deck, options))
    text = " ".join(pdf.text(path, 1).split())
    assert "Pliez le long des tirets" in text
    assert "1956" in text and "Événement n°1 à Sèvres" in text  # the back's year beside its front
    english = tmp_path / "fold-en.pdf"
    english.write_bytes(render_sheets_pdf(small_deck, PrintOptions(layout="fold", lang="en")))
    assert "Fold along the dashes" in " ".join(pdf.text(english, 1).split())


def _boxes(data: bytes) -> list[dict[str, tuple[float, ...]]]:
    """Each page's MediaBox, TrimBox and BleedBox, in page order."""
    objects = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}
    pages_obj = next(b for b in objects.values() if re.search(rb"/Type\s*/Pages\b", b))
    kids = re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", pages_obj, re.S).group(1))
    pages = []
    for kid in kids:
        body = objects[int(kid)]
        boxes = {}
        for name in ("MediaBox", "TrimBox", "BleedBox"):
            found = re.search(rb"/" + name.encode() + rb"\s*\[([^\]]*)\]", body)
            if found:
                boxes[name] = tuple(float(v) for v in found.group(1).split())
        pages.append(boxes)
    return pages


@pytest.mark.parametrize("size,bleed", [("poker", 3), ("tarot", 3), ("60x90", 2), ("mini", 0)])
def test_shop_pages_are_one_card_with_trim_and_bleed_boxes(small_deck, size, bleed, tmp_path, pdf):
    card = parse_card_size(size)
    options = PrintOptions(layout="shop", size=card, bleed_mm=bleed)
    data = render_sheets_pdf(small_deck, options)
    pages = _boxes(data)
    assert len(pages) == len(pdf.page_streams(data)) == 2 * 12  # each card's front, then its back
    for boxes in pages:
        x0, y0, x1, y1 = boxes["TrimBox"]
        assert abs((x1 - x0) - card.width) < 0.01 and abs((y1 - y0) - card.height) < 0.01
        bx0, by0, bx1, by1 = boxes["BleedBox"]
        b = bleed * mm
        assert abs(bx0 - (x0 - b)) < 0.01 and abs(by0 - (y0 - b)) < 0.01
        assert abs(bx1 - (x1 + b)) < 0.01 and abs(by1 - (y1 + b)) < 0.01
        mx0, my0, mx1, my1 = boxes["MediaBox"]
        assert mx0 <= bx0 and my0 <= by0 and bx1 <= mx1 and by1 <= my1
    for stream in pdf.page_streams(data)[:2]:
        clips, marks = pdf.geometry(stream)
        assert len(clips) == 1 and abs(clips[0][2] - (card.width + 2 * bleed * mm)) < 0.01
        assert marks, "crop marks on every shop page"
        bx0, by0, bx1, by1 = pages[0]["BleedBox"]
        for (x1, y1), (x2, y2) in marks:  # every mark outside the bleed
            assert max(x1, x2) <= bx0 + 1e-3 or min(x1, x2) >= bx1 - 1e-3 \
                or max(y1, y2) <= by0 + 1e-3 or min(y1, y2) >= by1 - 1e-3
    assert_all_embedded(data, tmp_path)


def test_shop_page_is_card_and_bleed_without_marks(small_deck):
    pages = _boxes(render_sheets_pdf(small_deck, PrintOptions(layout="shop", bleed_mm=3, cut_marks=False)))
    assert all(p["MediaBox"] == pytest.approx(p["BleedBox"], abs=0.01) for p in pages)


def _ruler(segments):
    """The ruler's base line (the only 50 mm segment) and the ticks standing on it."""
    bases = [s for s in segments if abs(_length(s) - 50 * mm) < 0.01]
    assert len(bases) == 1, bases
    (ax, ay), (bx, by) = base = bases[0]
    ux, uy = (bx - ax) / (50 * mm), (by - ay) / (50 * mm)
    ticks = []
    for (x1, y1), (x2, y2) in segments:
        along = (x1 - ax) * ux + (y1 - ay) * uy
        off = abs((x1 - ax) * -uy + (y1 - ay) * ux)
        square = abs((x2 - x1) * ux + (y2 - y1) * uy) < 1e-6
        if square and off < 1e-3 and -1e-3 <= along <= 50 * mm + 1e-3:
            ticks.append(along)
    return base, sorted(ticks)


@pytest.mark.parametrize("layout", ["grid", "fold"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("size", ["poker", "tarot", "mini", "a7"])
@pytest.mark.parametrize("bleed", [0, 3])
def test_the_ruler_measures_50_mm_and_touches_nothing(small_deck, layout, paper, size, bleed, pdf):
    options = PrintOptions(paper=paper, size=parse_card_size(size), bleed_mm=bleed, layout=layout)
    plan = plan_sheets(small_deck, options)
    assert ruler_place(plan) is not None
    stream = pdf.page_streams(render_sheets_pdf(small_deck, options))[0]
    clips, segments = pdf.geometry(stream)
    base, ticks = _ruler(segments)
    assert abs(_length(base) - 50 * mm) < 0.01
    assert len(ticks) == 51 and all(abs(t - i * mm) < 1e-3 for i, t in enumerate(ticks))
    xs = [p[0] for p in base]
    ys = [p[1] for p in base]
    edge = PRINTABLE_MARGIN_MM * mm
    assert min(xs) >= edge and max(xs) <= plan.layout.page_width - edge
    assert min(ys) >= edge and max(ys) <= plan.layout.page_height - edge
    for cx, cy, cw, ch in clips:  # the ruler crosses no card
        assert max(xs) < cx or min(xs) > cx + cw or max(ys) < cy or min(ys) > cy + ch


@pytest.mark.parametrize("lang,words", [("fr", "Imprimez à 100"), ("en", "Print at 100%")])
def test_the_ruler_says_print_at_100_percent(small_deck, tmp_path, lang, words, pdf):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(render_sheets_pdf(small_deck, PrintOptions(lang=lang)))
    text = " ".join(pdf.text(path, 1).split())
    assert words in text and "50 mm" in text
    assert words not in " ".join(pdf.text(path, 2).split())  # fronts carry it, backs do not


def test_no_ruler(small_deck, pdf):
    segments = pdf.geometry(pdf.page_streams(render_sheets_pdf(small_deck, PrintOptions(ruler=False)))[0])[1]
    assert not [s for s in segments if abs(_length(s) - 50 * mm) < 0.01]


@pytest.mark.parametrize("layout", ["grid", "fold"])
def test_edge_marks_run_to_the_sheets_edges(small_deck, layout, pdf):
    options = PrintOptions(layout=layout, edge_marks=True)
    plan = plan_sheets(small_deck, options)
    pw, ph = plan.layout.page_width, plan.layout.page_height
    clips, segments = pdf.geometry(pdf.page_streams(render_sheets_pdf(small_deck, options))[0])
    ends = [p for s in segments for p in s]
    assert any(abs(x) < 1e-3 for x, _ in ends) and any(abs(x - pw) < 1e-3 for x, _ in ends)
    assert any(abs(y - ph) < 1e-3 for _, y in ends)
    for (x1, y1), (x2, y2) in segments:  # and never into a card
        for cx, cy, cw, ch in clips:
            assert not (max(x1, x2) > cx and min(x1, x2) < cx + cw and max(y1, y2) > cy and min(y1, y2) < cy + ch)


def test_print_command_layouts(tmp_path, pdf):
    from .test_print_cli import bataille

    shop = tmp_path / "shop.pdf"
    result = bataille("print", "-o", str(shop), "--layout", "shop", "--kind", "debate")
    assert result.returncode == 0, result.stderr
    boxes = _boxes(shop.read_bytes())[0]
    assert boxes["TrimBox"][0] - boxes["BleedBox"][0] == pytest.approx(3 * mm, abs=0.01)  # 3 mm by default
    fold = tmp_path / "fold.pdf"
    result = bataille("print", "-o", str(fold), "--layout", "fold", "--marks", "edge", "--no-ruler",
                      "--paper", "letter", "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf.text(fold, 1).split())
    assert "Fold along the dashes" in text and "Print at 100%" not in text
    assert bataille("print", "-o", str(tmp_path / "x.pdf"), "--layout", "zigzag").returncode == 2
