"""The shipped typeface (Atkinson Hyperlegible, SIL OFL 1.1): find it, register it once, clean text for it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bataille.words import FONT_SUBSTITUTES, for_the_font

FAMILY = "Atkinson"
REGULAR = "Atkinson-Regular"
BOLD = "Atkinson-Bold"
ITALIC = "Atkinson-Italic"
BOLD_ITALIC = "Atkinson-BoldItalic"

_FILES = {
    REGULAR: "AtkinsonHyperlegible-Regular.ttf",
    BOLD: "AtkinsonHyperlegible-Bold.ttf",
    ITALIC: "AtkinsonHyperlegible-Italic.ttf",
    BOLD_ITALIC: "AtkinsonHyperlegible-BoldItalic.ttf",
}

# Characters the face lacks but science texts need: cards_text.draw_text draws them by hand.
SUBSCRIPTS = {chr(0x2080 + d): str(d) for d in range(10)}  # CO₂
ARROW = "\u2192"  # 415 → 945 TWh
DRAWN = frozenset(SUBSCRIPTS) | {ARROW}


def fonts_dir() -> Path:
    """assets/fonts, inside the wheel or in the source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_bundled" / "assets" / "fonts", package.parent.parent / "assets" / "fonts"):
        if (candidate / _FILES[REGULAR]).is_file():
            return candidate
    raise FileNotFoundError(f"the fonts folder (assets/fonts) was not found near {package}")


@cache
def register_fonts() -> str:
    """Register the four faces with reportlab (once per process); returns the family name."""
    folder = fonts_dir()
    for name, file in _FILES.items():
        # TTFont embeds only the glyphs used (subsetting is reportlab's default for TrueType).
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY


def clean_text(text: str) -> str:
    """The text as the face can draw it: missing spaces and dashes replaced by their nearest glyph."""
    return for_the_font(text)


@cache
def _charmap(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def printable_codepoints() -> frozenset[int]:
    """Every character print and the guide can draw in all four faces (what `validate` accepts).

    Tabs and line breaks are set as spaces; the characters clean_text replaces and those
    draw_text draws by hand count; other control characters and non-characters do not.
    """
    faces = [_charmap(face) for face in _FILES]
    common = frozenset.intersection(*faces)
    drawn = {ord(ch) for ch in DRAWN} | set(map(ord, FONT_SUBSTITUTES)) | {0x09, 0x0A, 0x0D}
    usable = {c for c in common if c >= 0x20 and not 0x7F <= c < 0xA0 and c not in (0xFFFE, 0xFFFF)}
    return frozenset(usable | drawn)


def missing_glyphs(text: str, font: str = REGULAR) -> str:
    """The characters of ``text`` (after clean_text) the face cannot draw, in order, each once."""
    charmap = _charmap(font)
    seen: dict[str, None] = {}
    for ch in clean_text(text):
        if ord(ch) not in charmap and ch not in "\n\r\t" and ch not in DRAWN:
            seen[ch] = None
    return "".join(seen)



def arrow_markup(height: float = 5.0) -> str:
    """A right arrow for a reportlab Paragraph, as an inline picture (assets/fonts/arrow.png): the
    face has no →, and a fallback font (ZapfDingbats) would be a font the PDF does not embed."""
    path = fonts_dir() / "arrow.png"
    return f'<img src="{path}" width="{1.8 * height:g}" height="{height:g}" valign="middle"/>'


_SUBSCRIPT_MARKUP = {char: f"<sub>{digit}</sub>" for char, digit in SUBSCRIPTS.items()}


def paragraph_text(text: str) -> str:
    """Plain text as a reportlab Paragraph's markup that the face can draw: escaped, its missing
    spaces replaced, CO₂'s subscript set as a smaller digit and → as the inline arrow."""
    text = escape(clean_text(text))
    for char, markup in {ARROW: arrow_markup(), **_SUBSCRIPT_MARKUP}.items():
        if char in text:
            text = text.replace(char, markup)
    return text
