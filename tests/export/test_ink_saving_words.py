"""Saving ink, every word of a card sheet is in near-black ink: a theme's colour or a mid grey prints
as a pale or fuzzy grey on a black-and-white laser printer (the 19 pt key figure, the 5.5 pt card id)."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.card_frame import INK
from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf

from .conftest import PDF_TOKEN, page_streams

NEAR_BLACK = int(INK[1:3], 16) / 255 + 0.01  # the darkest a word may be allowed to lighten to


def text_fills(stream: bytes) -> list[tuple[tuple[float, ...], bytes]]:
    """The fill colour (rgb or grey) each run of text is shown in, with the text."""
    fill, stack, nums, shown = (0.0, 0.0, 0.0), [], [], []
    last_string = b""
    for tok in PDF_TOKEN.findall(stream):
        if tok[:1] == b"(":
            last_string = tok
            continue
        try:
            nums.append(float(tok))
            continue
        except ValueError:
            pass
        if tok == b"q":
            stack.append(fill)
        elif tok == b"Q":
            fill = stack.pop()
        elif tok == b"rg":
            fill = tuple(nums[-3:])
        elif tok == b"g":
            fill = (nums[-1],) * 3
        elif tok in (b"Tj", b"TJ", b"'", b'"'):
            shown.append((fill, last_string))
        nums = []
    return shown


@pytest.fixture(scope="module")
def bundled():
    return load_deck(bundled_deck_path())


@pytest.mark.parametrize("kind", ["fact", "debate", "event"])
def test_saving_ink_every_word_on_the_sheet_is_near_black(bundled, kind):
    theme = next(c.theme for c in bundled.cards if c.kind == kind and c.theme)
    pdf = render_sheets_pdf(bundled, PrintOptions(themes=(theme,), kinds=(kind,), ink_saving=True))
    runs = [run for stream in page_streams(pdf)[:2] for run in text_fills(stream)]  # a fronts and a backs page
    assert len(runs) > 20
    light = [(fill, text[:40]) for fill, text in runs if max(fill) > NEAR_BLACK]
    assert not light, light[:5]


def test_in_colour_the_key_figure_keeps_its_theme_colour(bundled):
    """The test above can fail: without --save-ink, words are drawn in the theme's colour and in grey."""
    theme = next(c.theme for c in bundled.cards if c.kind == "fact" and c.theme)
    pdf = render_sheets_pdf(bundled, PrintOptions(themes=(theme,), kinds=("fact",)))
    fills = {fill for fill, _text in text_fills(page_streams(pdf)[0])}
    assert any(max(fill) > NEAR_BLACK for fill in fills), fills
