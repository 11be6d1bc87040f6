"""Every PDF the app writes embeds every font it uses (print shops and PDF/X checkers refuse others)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.cards_sheets import PrintOptions, render_calibration_pdf, render_sheets_pdf
from bataille.export.guide import render_guide_pdf
from bataille.export.summary_model import build_summary
from bataille.export.summary_pdf import render_summary_pdf
from bataille.workshop.example import play_example


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def fonts(pdf: bytes, folder: Path) -> list[tuple[str, str]]:
    """(font name, 'yes'/'no' embedded) for each font pdffonts lists."""
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()
    assert lines[1].startswith("---"), lines
    rows = []
    for line in lines[2:]:
        cells = line.split()
        # name type [type…] encoding emb sub uni object-id: 'emb' is 5 cells from the end.
        rows.append((cells[0], cells[-5]))
    return rows


def assert_all_embedded(pdf: bytes, folder: Path) -> None:
    listed = fonts(pdf, folder)
    assert listed, "pdffonts found no font at all"
    assert all("Atkinson" in name for name, _ in listed), listed
    assert all(emb == "yes" for _, emb in listed), listed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_card_sheets_embed_every_font(deck, tmp_path, lang):
    assert_all_embedded(render_sheets_pdf(deck, PrintOptions(lang=lang)), tmp_path)


def test_calibration_page_embeds_every_font(tmp_path):
    assert_all_embedded(render_calibration_pdf(PrintOptions()), tmp_path)


def test_guide_embeds_every_font(deck, tmp_path):
    assert_all_embedded(render_guide_pdf(deck, "fr"), tmp_path)


def example_quoting_an_arrow(deck):
    """The summary of the first example session that quotes a figure with an arrow (415 → 945 TWh).

    Which cards an example plays depends on the deck, so the seed is looked for, not fixed.
    """
    for seed in range(40):
        summary = build_summary(play_example(deck, seed=seed).state, deck)
        if "\u2192" in str(summary.rounds):
            return summary
    pytest.fail("no example session of the bundled deck quotes a figure with an arrow")


def test_summary_embeds_every_font_and_keeps_its_arrows(deck, tmp_path):
    summary = example_quoting_an_arrow(deck)
    pdf = render_summary_pdf(summary)
    assert_all_embedded(pdf, tmp_path)
    # The arrow is drawn as a picture, not a glyph.
    listed = subprocess.run(["pdfimages", "-list", str(tmp_path / "doc.pdf")], check=True,
                            capture_output=True, text=True).stdout.splitlines()
    assert len(listed) > 2, listed  # a header of two lines, then one line per picture


@pytest.mark.parametrize("layout", ["fold", "shop"])
def test_fold_and_shop_layouts_embed_every_font(deck, tmp_path, layout):
    assert_all_embedded(render_sheets_pdf(deck, PrintOptions(layout=layout, kinds=("event",))), tmp_path)


def test_the_kit_embeds_every_font(tmp_path):
    from bataille.export.kit import KitOptions, render_kit_pdf
    from bataille.export.kit_takeaway import JoinInfo

    assert_all_embedded(render_kit_pdf(KitOptions(join=JoinInfo("http://10.0.0.2:8765/", "KXRT"))), tmp_path)
