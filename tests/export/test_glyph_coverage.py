"""The deck's table of printable characters (deck/glyphs.py) is the bundled fonts' own coverage."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from bataille.deck.glyphs import PRINTABLE_RANGES, UNPRINTABLE
from bataille.export.fonts import missing_glyphs, printable_codepoints

TOOL = Path(__file__).resolve().parents[2] / "tools" / "glyph_ranges.py"


def _tool():
    spec = importlib.util.spec_from_file_location("glyph_ranges", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_is_what_the_fonts_print() -> None:
    tool = _tool()
    assert tuple(tool.ranges(printable_codepoints())) == PRINTABLE_RANGES, "run tools/glyph_ranges.py"
    assert tool.TARGET.read_text(encoding="utf-8") == tool.source()


def test_validate_accepts_exactly_what_print_can_draw() -> None:
    for code in range(0x30000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        accepted = UNPRINTABLE.search(ch) is None
        if code in (0xFFFE, 0xFFFF):  # non-characters, refused though the font maps one
            assert not accepted
            continue
        if code in (0x09, 0x0A, 0x0D):
            assert accepted
            continue
        assert accepted == (missing_glyphs(ch) == "" and code >= 0x20 and not 0x7F <= code < 0xA0), hex(code)
