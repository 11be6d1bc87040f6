"""Card sheets read back from real PDFs: pages, text, geometry, duplex alignment, determinism."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from bataille.export.cards import check_fits
from bataille.export.cards_sheets import (
    PrintOptions,
    SelectionError,
    page_count,
    plan_sheets,
    render_calibration_pdf,
    render_sheet_pdf,
    render_sheets_pdf,
)
from bataille.export.errors import CardsDoNotFit, ExportError
from bataille.export.imposition import PRINTABLE_MARGIN_MM, parse_card_size, plan_layout

TOL = 0.1 * mm


def _write(tmp_path, data: bytes, name="out.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_page_count_follows_cards_and_layout(small_deck, pdf):
    # 12 cards, 9 poker cards per A4 sheet: 2 sheets; a backs page after each fronts page.
    assert page_count(small_deck, PrintOptions()) == 4
    assert page_count(small_deck, PrintOptions(duplex="none")) == 2
    # Bleed 3 mm turns the cards a quarter: 8 per A4 sheet.
    assert page_count(small_deck, PrintOptions(bleed_mm=3)) == 4
    assert page_count(small_deck, PrintOptions(kinds=("fact",), duplex="none")) == 1
    data = render_sheets_pdf(small_deck, PrintOptions())
    assert len(pdf.page_streams(data)) == 4


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_title_is_on_its_fronts_page_with_accents(small_deck, tmp_path, lang, pdf):
    options = PrintOptions(lang=lang)
    path = _write(tmp_path, render_sheets_pdf(small_deck, options))
    plan = plan_sheets(small_deck, options)
    for number, page in enumerate(plan.pages, 1):
        if page.side != "front":
            continue
        text = " ".join(pdf.text(path, number).split())
        for card in page.cards:
            if card is not None:
                assert card.title.get(lang) in text, (card.id, number)
    if lang == "fr":
        assert "CHIFFRE CONTESTÉ" in pdf.text(path, 1)
        assert "Sèvres" in pdf.text(path, 3)


def test_event_year_only_on_the_back(small_deck, tmp_path, pdf):
    path = _write(tmp_path, render_sheets_pdf(small_deck, PrintOptions(kinds=("event",))))
    front, back = pdf.text(path, 1), pdf.text(path, 2)
    assert "1956" not in front and "2022" not in front and "ev-001" not in front
    assert "1956" in back and "2022" in back and "mars" in back


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("bleed", [0, 3])
@pytest.mark.parametrize("size", ["poker", "tarot", "mini", "60x90"])
def test_cards_inside_printable_area_and_marks_outside_cards(small_deck, paper, bleed, size, pdf):
    options = PrintOptions(paper=paper, bleed_mm=bleed, size=parse_card_size(size))
    data = render_sheets_pdf(small_deck, options)
    layout = plan_sheets(small_deck, options).layout
    clips, marks = pdf.geometry(pdf.page_streams(data)[0])
    assert len(clips) == min(12, layout.per_sheet)
    slack = 1e-3  # PDF numbers are written with 4 to 6 decimals
    edge = PRINTABLE_MARGIN_MM * mm - slack
    right, top = layout.page_width - edge, layout.page_height - edge
    for x, y, w, h in clips:
        assert x >= edge and y >= edge
        assert x + w <= right and y + h <= top
    assert marks, "cut marks expected"
    for (x1, y1), (x2, y2) in marks:
        for x, y in ((x1, y1), (x2, y2)):
            assert edge <= x <= right and edge <= y <= top
        for cx, cy, cw, ch in clips:  # a mark never touches a card or its bleed
            inside_x = max(x1, x2) > cx and min(x1, x2) < cx + cw
            inside_y = max(y1, y2) > cy and min(y1, y2) < cy + ch
            assert not (inside_x and inside_y), ((x1, y1, x2, y2), (cx, cy, cw, ch))
    # Each cut line is marked: the trim edges of every column and row.
    xs = {v for cx, cy, cw, ch in clips for v in (cx + layout.bleed, cx + cw - layout.bleed)}
    mark_xs = [x1 for (x1, y1), (x2, y2) in marks if abs(x1 - x2) < 1e-6]
    assert all(any(abs(x - m) < 0.01 for m in mark_xs) for x in xs)


def test_no_cut_marks(small_deck, pdf):
    data = render_sheets_pdf(small_deck, PrintOptions(cut_marks=False, ruler=False))
    assert pdf.geometry(pdf.page_streams(data)[0])[1] == []


@pytest.mark.parametrize("duplex", ["long", "short"])
@pytest.mark.parametrize("paper,bleed", [("a4", 0), ("a4", 3), ("letter", 0), ("letter", 2)])
def test_each_back_lies_behind_its_front(small_deck, duplex, paper, bleed, pdf):
    options = PrintOptions(paper=paper, bleed_mm=bleed, duplex=duplex)
    data = render_sheets_pdf(small_deck, options)
    layout = plan_sheets(small_deck, options).layout
    streams = pdf.page_streams(data)
    for sheet in range(len(streams) // 2):
        fronts, _ = pdf.geometry(streams[2 * sheet])
        backs, _ = pdf.geometry(streams[2 * sheet + 1])
        assert len(fronts) == len(backs)
        for (fx, fy, fw, fh), (bx, by, bw, bh) in zip(fronts, backs, strict=True):
            # Turn the back over the sheet's edge: where does it land on the front side?
            if duplex == "long":
                tx, ty = layout.page_width - bx - bw, by
            else:
                tx, ty = bx, layout.page_height - by - bh
            assert abs(tx - fx) < TOL and abs(ty - fy) < TOL
            assert abs(bw - fw) < TOL and abs(bh - fh) < TOL


def test_back_offset_moves_backs_only(small_deck, pdf):
    plain = render_sheets_pdf(small_deck, PrintOptions())
    shifted = render_sheets_pdf(small_deck, PrintOptions(back_offset_mm=(1.5, -0.5)))
    a, b = pdf.page_streams(plain), pdf.page_streams(shifted)
    assert pdf.geometry(a[0])[0] == pdf.geometry(b[0])[0]
    for (x1, y1, _, _), (x2, y2, _, _) in zip(pdf.geometry(a[1])[0], pdf.geometry(b[1])[0], strict=True):
        assert abs(x2 - x1 - 1.5 * mm) < 1e-3 and abs(y2 - y1 + 0.5 * mm) < 1e-3


def test_back_text_is_behind_its_front_after_the_flip(small_deck, tmp_path):
    """Cross-check with pdftotext: the back's year lies inside the mirrored card rectangle."""
    options = PrintOptions(kinds=("event",))
    path = _write(tmp_path, render_sheets_pdf(small_deck, options))
    layout = plan_sheets(small_deck, options).layout
    out = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "2", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    words = {m.group(5): tuple(float(m.group(i)) for i in range(1, 5)) for m in re.finditer(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<', out)}
    slot = layout.slots[0]  # first card (ev-001, 1956) sits in the first slot
    x_min, _, x_max, _ = words["1956"]
    mirrored_left = layout.page_width - slot.x - slot.width
    assert mirrored_left <= x_min and x_max <= mirrored_left + slot.width


def test_text_that_cannot_fit_names_card_and_field(deck_root, make):
    long_text = " ".join(["L'intelligence artificielle générative consomme énormément."] * 40)
    deck = make.deck(deck_root, [make.fact(1), make.fact(2, text=type(make.fact(1).text).of(fr=long_text, en="ok"))])
    problems = check_fits(deck, "poker", "fr")
    assert [(p.card_id, p.field) for p in problems] == [("fait-002", "text")]
    assert check_fits(deck, "poker", "en") == []
    with pytest.raises(CardsDoNotFit) as info:
        render_sheets_pdf(deck, PrintOptions())
    assert "fait-002" in str(info.value) and "'text'" in str(info.value)


def test_missing_glyph_is_a_problem_not_a_blank(deck_root, make):
    title = type(make.fact(1).title).of(fr="Émoji \U0001F600 interdit", en="x")
    deck = make.deck(deck_root, [make.fact(1, title=title)])
    problems = check_fits(deck, "poker", "fr")
    assert [(p.card_id, p.field) for p in problems] == [("fait-001", "title")]
    assert "U+1F600" in problems[0].message


def test_drawn_characters_fit_and_render(deck_root, tmp_path, pdf, make):
    figure = type(make.fact(1).figure).of(fr="415 → 945 t CO₂", en="415 → 945 t CO₂")
    deck = make.deck(deck_root, [make.fact(1, figure=figure)])
    assert check_fits(deck, "poker", "fr") == []
    path = _write(tmp_path, render_sheets_pdf(deck, PrintOptions(duplex="none")))
    # Drawn by hand, read back whole: the line carries its own text (ActualText), « CO2 » before.
    assert "415→945tCO₂" in pdf.text(path, 1).replace(" ", "")


def test_same_input_same_bytes(small_deck, tmp_path):
    options = PrintOptions(bleed_mm=2, duplex="short")
    first = render_sheets_pdf(small_deck, options)
    assert render_sheets_pdf(small_deck, options) == first
    # And in a fresh process (font subset names, dates, ids).
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from conftest import build_deck, fact, debate, event\n"
        "from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf\n"
        "cards = [fact(i, contested=(i == 2)) for i in range(1, 9)]\n"
        "cards += [debate(1), debate(2), event(1, 1956), event(2, 2022, theme='eau')]\n"
        "deck = build_deck(Path(sys.argv[2]), cards)\n"
        "sys.stdout.buffer.write(render_sheets_pdf(deck, PrintOptions(bleed_mm=2, duplex='short')))\n"
    )
    here = str(Path(__file__).parent)
    other = subprocess.run([sys.executable, "-c", code, here, str(small_deck.root)],
                           capture_output=True, check=True).stdout
    assert other == first


def test_fonts_are_embedded_as_subsets(small_deck):
    data = render_sheets_pdf(small_deck, PrintOptions())
    assert b"/FontFile2" in data
    # Subset fonts carry a six-letter tag before their name (ABCDEF+Name).
    assert re.search(rb"/BaseFont /[A-Z]{6}\+Atkinson", data)


def test_one_page_preview_matches_the_print_run(small_deck, pdf):
    options = PrintOptions()
    whole = pdf.page_streams(render_sheets_pdf(small_deck, options))
    for index in range(4):
        single = pdf.page_streams(render_sheet_pdf(small_deck, options, index))
        assert len(single) == 1
        assert pdf.geometry(single[0]) == pdf.geometry(whole[index])
    with pytest.raises(IndexError):
        render_sheet_pdf(small_deck, options, 4)


def test_selection(small_deck):
    assert len(plan_sheets(small_deck, PrintOptions(themes=("biais",))).cards) == 2
    assert len(plan_sheets(small_deck, PrintOptions(themes=("eau",), kinds=("event",))).cards) == 1
    with pytest.raises(SelectionError):
        plan_sheets(small_deck, PrintOptions(themes=("nope",)))
    with pytest.raises(SelectionError):
        plan_sheets(small_deck, PrintOptions(themes=("biais",), kinds=("event",)))


def test_calibration_is_two_pages_and_needs_duplex(tmp_path, pdf):
    path = _write(tmp_path, render_calibration_pdf(PrintOptions()))
    assert len(pdf.page_streams(path.read_bytes())) == 2
    assert "--back-offset" in pdf.text(path, 1)
    with pytest.raises(ExportError):
        render_calibration_pdf(PrintOptions(duplex="none"))


@pytest.mark.parametrize(("lang", "field"), [("fr", "« Décalage des versos » (X, Y)"),
                                             ("en", "\u201cBack offset\u201d (X, Y)")])
def test_calibration_names_the_print_windows_field_and_its_numbers_stand_apart(tmp_path, lang, field):
    """The front says where the values go in the print window (a teacher there never types
    --back-offset); on the back, the rulers' numbers every 2 mm do not run together ("+2+4")."""
    path = _write(tmp_path, render_calibration_pdf(PrintOptions(lang=lang)))
    front = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert field in " ".join(front.split()) and "--back-offset X,Y" in front
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "2", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout
    numbers = [tuple(float(v) for v in m.groups()) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">[-+]?\d+</word>', boxes)]
    numbers = [n for n in numbers if n[3] - n[1] < 15]  # not the large numbers of the corners
    assert len(numbers) == 4 * 5  # four rulers numbered -4 -2 0 +2 +4
    for i, a in enumerate(numbers):
        for b in numbers[i + 1:]:
            apart = a[2] + 1 <= b[0] or b[2] + 1 <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (a, b)  # a point at least between two numbers on one line


def test_layout_counts():
    poker = parse_card_size("poker")
    assert plan_layout("a4", poker).per_sheet == 9
    assert plan_layout("letter", poker).per_sheet == 9
    assert plan_layout("a4", poker, 3).per_sheet == 8
    assert plan_layout("a4", parse_card_size("tarot")).per_sheet == 4
    with pytest.raises(ExportError):
        plan_layout("a4", parse_card_size("200x250"))
    with pytest.raises(ValueError):
        parse_card_size("huge")
