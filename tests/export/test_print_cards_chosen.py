"""Printing chosen cards (the one a teacher just edited): only those cards, each front where the first
card of a full sheet goes, its back behind it (grid, both flips) or across the fold (fold), and the
sheet's cut marks and ruler as on a full sheet. Read back from real PDFs (the cards used to be chosen
by theme and kind only)."""

from __future__ import annotations

import subprocess

import pytest

from bataille.export.cards_sheets import (
    PrintOptions,
    SelectionError,
    plan_sheets,
    render_sheets_pdf,
)


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pages_of(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.mark.parametrize("layout,duplex", [("grid", "long"), ("grid", "short"), ("fold", "long")])
def test_one_card_alone_has_its_back_and_cut_marks_as_on_a_full_sheet(small_deck, tmp_path, pdf, layout, duplex):
    chosen = "fait-005"  # the fifth card of the deck: alone, it takes the sheet's first place
    one = write(tmp_path, "one.pdf", render_sheets_pdf(small_deck, PrintOptions(layout=layout, duplex=duplex,
                                                                               cards=(chosen,))))
    full = write(tmp_path, "full.pdf", render_sheets_pdf(small_deck, PrintOptions(layout=layout, duplex=duplex)))
    assert pages_of(one) == (1 if layout == "fold" else 2)
    front = " ".join(pdf.text(one, 1).split())
    assert "Fait n°5" in front
    assert not any(f"Fait n°{i} " in front for i in (1, 2, 3, 4, 6, 7, 8)) and "Débat" not in front
    one_streams, full_streams = pdf.page_streams(one.read_bytes()), pdf.page_streams(full.read_bytes())
    faces = 2 if layout == "fold" else 1  # a fold page holds the front and its back
    for page in range(len(one_streams)):
        clips, segments = pdf.geometry(one_streams[page])
        full_clips, full_segments = pdf.geometry(full_streams[page])
        # Front, and back where the full sheet puts the back of its first card: behind it, or across the fold.
        assert clips == full_clips[:faces]
        assert sorted(segments) == sorted(full_segments)  # every cut mark, the fold line, the ruler
    if layout == "grid":
        assert "Impact environnemental" in pdf.text(one, 2)  # the back: its theme


def test_chosen_cards_keep_the_workshops_order_and_meet_the_other_filters(small_deck):
    options = PrintOptions(cards=("ev-002", "fait-003", "debat-001"))
    assert [c.id for c in plan_sheets(small_deck, options).cards] == ["fait-003", "debat-001", "ev-002"]
    both = PrintOptions(cards=("fait-003", "debat-001"), kinds=("debate",))
    assert [c.id for c in plan_sheets(small_deck, both).cards] == ["debat-001"]
    with pytest.raises(SelectionError, match="unknown card 'fait-999'"):
        plan_sheets(small_deck, PrintOptions(cards=("fait-999",)))
    with pytest.raises(SelectionError, match="no card matches"):
        plan_sheets(small_deck, PrintOptions(cards=("fait-003",), kinds=("event",)))
