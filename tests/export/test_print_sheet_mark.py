"""Each card sheet page says, in its margin, which sheet and which side it is ("Feuille 2 · verso"),
touching no card, cut mark, fold line or ruler; read back from real PDFs."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from reportlab.lib.units import mm

from bataille.export.cards_sheets import PrintOptions, plan_sheets, render_sheets_pdf
from bataille.export.imposition import PRINTABLE_MARGIN_MM, parse_card_size

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
SIDES = {"fr": {"front": "recto", "back": "verso"}, "en": {"front": "front", "back": "back"}}


def _pages(data: bytes, tmp_path) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """Each page's size and words, in PDF coordinates (x0, y0, x1, y1, y up)."""
    path = tmp_path / "sheets.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for m in PAGE.finditer(out):
        pw, ph = float(m.group(1)), float(m.group(2))
        words = [(float(w[0]), ph - float(w[3]), float(w[2]), ph - float(w[1]), w[4]) for w in WORD.findall(m.group(3))]
        pages.append((pw, ph, words))
    return pages


def _mark(words, lang: str):
    """The sheet mark's words (along the page or up it) and the box they make, or None."""
    first = "Feuille" if lang == "fr" else "Sheet"
    for i, w in enumerate(words):
        if w[4] == first and i + 1 < len(words) and re.fullmatch(r"\d+", words[i + 1][4]):
            line = [w]
            for v in words[i + 1:i + 4]:  # the next words, as long as they touch the last one
                if not _overlaps(line[-1][:4], v[:4], 3):
                    break
                line.append(v)
            box = (min(v[0] for v in line), min(v[1] for v in line), max(v[2] for v in line),
                   max(v[3] for v in line))
            return " ".join(v[4] for v in line), box, line
    return None


def _overlaps(a, b, gap: float) -> bool:
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


def _expected(page, lang: str, duplex: str) -> str:
    first = "Feuille" if lang == "fr" else "Sheet"
    if page.side == "fold" or duplex == "none":
        return f"{first} {page.sheet + 1}"
    return f"{first} {page.sheet + 1} · {SIDES[lang][page.side]}"


@pytest.mark.parametrize("layout", ["grid", "fold"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("size", ["poker", "tarot", "mini"])
@pytest.mark.parametrize(("bleed", "edge_marks"), [(0, False), (3, False), (0, True)])
def test_each_page_names_its_sheet_and_side_and_touches_nothing(small_deck, tmp_path, pdf, layout, paper, size,
                                                                bleed, edge_marks):
    options = PrintOptions(paper=paper, size=parse_card_size(size), bleed_mm=bleed, layout=layout,
                           edge_marks=edge_marks)
    plan = plan_sheets(small_deck, options)
    data = render_sheets_pdf(small_deck, options)
    streams = pdf.page_streams(data)
    pages = _pages(data, tmp_path)
    assert len(pages) == len(plan.pages) >= 2
    edge = PRINTABLE_MARGIN_MM * mm
    for page, (pw, ph, words), stream in zip(plan.pages, pages, streams, strict=True):
        found = _mark(words, "fr")
        assert found is not None, (page.side, page.sheet)
        text, box, own = found
        assert text == _expected(page, "fr", options.duplex)
        assert edge - 1 <= box[0] and box[2] <= pw - edge + 1 and edge - 1 <= box[1] and box[3] <= ph - edge + 1
        clips, segments = pdf.geometry(stream)
        for x, y, w, h in clips:  # no card nor its bleed
            assert not _overlaps(box, (x, y, x + w, y + h), 0.5 * mm), (text, (x, y, w, h))
        for (x1, y1), (x2, y2) in segments:  # no cut mark, fold line or ruler tick
            line = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
            assert not _overlaps(box, line, 0.5 * mm), (text, line)
        for other in words:  # no other word (the ruler's, the fold's caption)
            if other not in own:
                assert not _overlaps(box, other[:4], 0.3 * mm), (text, other)


@pytest.mark.parametrize("duplex", ["long", "short"])
@pytest.mark.parametrize(("lang", "offset"), [("fr", (0.0, 0.0)), ("en", (1.5, -2.0))])
def test_the_backs_mark_lies_behind_the_fronts(small_deck, tmp_path, duplex, lang, offset):
    """Held against the light, "Sheet 1 · back" shows through behind "Sheet 1 · front" (after the
    flip and the back offset, as the cards' backs): a sheet turned on the other edge shows it
    in the opposite corner."""
    options = PrintOptions(duplex=duplex, lang=lang, back_offset_mm=offset)
    pages = _pages(render_sheets_pdf(small_deck, options), tmp_path)
    (pw, ph, front_words), (_, _, back_words) = pages[0], pages[1]
    front, back = _mark(front_words, lang), _mark(back_words, lang)
    assert front[0] == f"{'Feuille' if lang == 'fr' else 'Sheet'} 1 · {SIDES[lang]['front']}"
    assert back[0] == f"{'Feuille' if lang == 'fr' else 'Sheet'} 1 · {SIDES[lang]['back']}"
    fx, fy = (front[1][0] + front[1][2]) / 2, (front[1][1] + front[1][3]) / 2
    bx, by = (back[1][0] + back[1][2]) / 2 - offset[0] * mm, (back[1][1] + back[1][3]) / 2 - offset[1] * mm
    turned = (pw - bx, by) if duplex == "long" else (bx, ph - by)
    # Both words' boxes are a few points apart in length ("recto" against "verso"); the centres agree
    # within them, and the other edge would put the back's mark across the page.
    assert abs(turned[0] - fx) < 6 and abs(turned[1] - fy) < 1, (turned, (fx, fy))
    other = (bx, ph - by) if duplex == "long" else (pw - bx, by)
    assert abs(other[0] - fx) > 50 * mm or abs(other[1] - fy) > 50 * mm


def test_no_mark_on_print_shop_pages_and_none_on_a_fronts_only_run_says_a_side(small_deck, tmp_path):
    shop = _pages(render_sheets_pdf(small_deck, PrintOptions(layout="shop")), tmp_path)
    assert all(_mark(words, "fr") is None for _, _, words in shop)
    fronts = _pages(render_sheets_pdf(small_deck, PrintOptions(duplex="none")), tmp_path)
    assert [_mark(words, "fr")[0] for _, _, words in fronts] == ["Feuille 1", "Feuille 2"]


def test_the_place_is_found_before_any_pdf_is_drawn():
    """Where the mark goes can be asked before any page is drawn, as for the ruler: the words are
    measured in the printed face even in a fresh process that has not registered it yet."""
    script = (
        "from bataille.deck import bundled_deck_path, load_deck\n"
        "from bataille.export.cards_sheets import PrintOptions, plan_sheets\n"
        "from bataille.export.sheet_mark import sheet_mark_place\n"
        "place = sheet_mark_place(plan_sheets(load_deck(bundled_deck_path()), PrintOptions()))\n"
        "print(place is not None and place.back is not None)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "True"
