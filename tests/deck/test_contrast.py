"""Theme colours stay readable and distinguishable: WCAG contrast and colour-blind simulation.

Qt-free: the colours come from the bundled deck and, for the fixed text and band colours of
the screen (ui/card_face.py) and of print (export/card_frame.py), from those modules' source read
with ``ast`` (importing the UI would need Qt). Every pair asserted here is a text colour on
the background it is really drawn on; the figures are printed with ``pytest -s``.

Colour-blindness: Machado, Oliveira & Fernandes (2009) matrices at severity 1.0 (full
protanopia, deuteranopia, tritanopia: the worst case), applied in linear RGB, compared with
CIEDE2000. ΔE00 ≈ 2.3 is a just-noticeable difference; we ask for 8 between every two theme
colours once simulated (clearly different side by side), and 15 for typical vision. The
colour never carries meaning alone: every band also shows the theme's icon and name.
"""

from __future__ import annotations

import ast
import itertools
import math
import re
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck

ROOT = Path(__file__).resolve().parents[2]
AA_TEXT = 4.5  # WCAG 2.x level AA, normal-size text
MIN_DELTA_E_SIMULATED = 8.0
MIN_DELTA_E_TYPICAL = 15.0
WHITE = "#FFFFFF"

# Machado et al. 2009, severity 1.0, linear RGB.
SIMULATIONS: dict[str, tuple[tuple[float, float, float], ...]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


# -- colour maths ---------------------------------------------------------------------------------

def _rgb(colour: str) -> tuple[float, float, float]:
    match = re.fullmatch(r"#?([0-9a-fA-F]{6})", colour.strip())
    assert match, f"not a #RRGGBB colour: {colour!r}"
    h = match[1]
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    r, g, b = (_linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def simulate(colour: str, kind: str) -> str:
    """How ``colour`` looks with full protanopia, deuteranopia or tritanopia."""
    linear = [_linear(c) for c in _rgb(colour)]
    out = (_gamma(sum(m * v for m, v in zip(row, linear, strict=True))) for row in SIMULATIONS[kind])
    return "#" + "".join(f"{round(c * 255):02X}" for c in out)


def _lab(colour: str) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in _rgb(colour))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e_2000(c1: str, c2: str) -> float:
    """CIEDE2000 colour difference between two sRGB colours."""
    return delta_e_2000_lab(_lab(c1), _lab(c2))


def delta_e_2000_lab(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference between two CIELAB colours (Sharma, Wu & Dalal 2005)."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    d_l, d_c = l2 - l1, c2p - c1p
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + (360 if h1p + h2p < 360 else -360)) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_bar - 30)) + 0.24 * math.cos(math.radians(2 * h_bar))
         + 0.32 * math.cos(math.radians(3 * h_bar + 6)) - 0.20 * math.cos(math.radians(4 * h_bar - 63)))
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar ** 7 / (cp_bar ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c, s_h = 1 + 0.045 * cp_bar, 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2
                     + r_t * (d_c / s_c) * (d_h / s_h))


# -- where the colours come from ------------------------------------------------------------------

def module_colours(relative: str) -> dict[str, str]:
    """Module-level NAME = "#RRGGBB" or NAME = QColor("#RRGGBB") in a source file."""
    tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args:
            value = value.args[0]
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", value.value):
            found[node.targets[0].id] = value.value.upper()
    return found


def _named(colours: dict[str, str], name: str, where: str) -> str:
    assert name in colours, f"{where} no longer defines {name}: update tests/deck/test_contrast.py"
    return colours[name]


@pytest.fixture(scope="module")
def themes() -> dict[str, str]:
    deck = load_deck(bundled_deck_path())
    return {theme.id: theme.colour.upper() for theme in deck.themes}


@pytest.fixture(scope="module")
def screen() -> dict[str, str]:
    return module_colours("src/bataille/ui/card_face.py")


@pytest.fixture(scope="module")
def paper() -> dict[str, str]:
    return module_colours("src/bataille/export/card_frame.py")


@pytest.fixture(scope="module")
def band_colours(themes: dict[str, str], screen: dict[str, str], paper: dict[str, str]) -> dict[str, str]:
    """Every colour a band is painted in: the themes, and the timeline's neutral band."""
    return {**themes,
            "timeline (screen)": _named(screen, "NO_THEME_COLOUR", "ui/card_face.py"),
            "timeline (print)": _named(paper, "NEUTRAL", "export/card_frame.py")}


# -- tests ----------------------------------------------------------------------------------------

def test_the_maths_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    # Sharma, Wu & Dalal (2005), table 1: pairs 1, 7 and 17 of their test data.
    assert delta_e_2000_lab((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e_2000_lab((50, 0, 0), (50, -1, 2)) == pytest.approx(2.3669, abs=1e-4)
    assert delta_e_2000_lab((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)
    assert delta_e_2000("#FFFFFF", "#000000") == pytest.approx(100.0, abs=0.01)
    assert delta_e_2000("#0B5CAD", "#0B5CAD") == 0.0
    assert simulate("#FFFFFF", "protanopia") == "#FFFFFF"  # greys stay grey
    assert simulate("#808080", "tritanopia") == "#808080"


def test_white_text_on_every_band_meets_aa(band_colours: dict[str, str], screen, paper) -> None:
    """Theme names (screen and print), event cards and card backs write white on the band."""
    text_colours = {"white (screen)": _named(screen, "PAPER", "ui/card_face.py"),
                    "white (print)": _named(paper, "WHITE", "export/card_frame.py")}
    print()
    for (text_name, text), (band_name, band) in itertools.product(text_colours.items(), band_colours.items()):
        ratio = contrast_ratio(text, band)
        print(f"  {text_name} {text} on {band_name} {band}: {ratio:.2f}:1")
        assert ratio >= AA_TEXT, f"{text_name} on {band_name} {band}: {ratio:.2f}:1 < {AA_TEXT}:1"


def test_theme_colour_as_text_on_white_meets_aa(band_colours: dict[str, str]) -> None:
    """The key figure (screen), the debate claim and the headings (print) are in the theme colour."""
    for name, colour in band_colours.items():
        assert contrast_ratio(colour, WHITE) >= AA_TEXT, f"{name} {colour} as text on white"


def test_ink_colours_meet_aa_on_their_backgrounds(screen: dict[str, str], paper: dict[str, str]) -> None:
    pairs = {
        "screen ink on card": (_named(screen, "INK", "ui/card_face.py"), _named(screen, "PAPER", "ui/card_face.py")),
        "screen muted ink on card": (_named(screen, "MUTED_INK", "ui/card_face.py"), screen["PAPER"]),
        "screen ink on the contested mark": (screen["INK"], "#FFF3C4"),
        "deck problems panel": ("#1A1A1A", "#FFF4D6"),
        "print ink on card": (_named(paper, "INK", "export/card_frame.py"), _named(paper, "WHITE", "export/card_frame.py")),
        "print muted ink on card": (_named(paper, "MUTED", "export/card_frame.py"), paper["WHITE"]),
        "print contested mark": (_named(paper, "CONTESTED", "export/card_frame.py"), paper["WHITE"]),
    }
    print()
    for name, (text, background) in pairs.items():
        ratio = contrast_ratio(text, background)
        print(f"  {name}: {text} on {background}: {ratio:.2f}:1")
        assert ratio >= AA_TEXT, f"{name}: {ratio:.2f}:1"


@pytest.mark.parametrize("vision", ["typical", *SIMULATIONS])
def test_theme_colours_stay_distinguishable(band_colours: dict[str, str], vision: str) -> None:
    colours = {name: c for name, c in band_colours.items() if name != "timeline (print)"}  # same as screen
    seen = {name: c if vision == "typical" else simulate(c, vision) for name, c in colours.items()}
    floor = MIN_DELTA_E_TYPICAL if vision == "typical" else MIN_DELTA_E_SIMULATED
    pairs = sorted((delta_e_2000(seen[a], seen[b]), a, b) for a, b in itertools.combinations(seen, 2))
    print(f"\n  {vision}: closest pairs " + ", ".join(f"{a}/{b} ΔE00 {d:.1f}" for d, a, b in pairs[:3]))
    for distance, a, b in pairs:
        assert distance >= floor, f"{vision}: {a} {seen[a]} and {b} {seen[b]} differ by ΔE00 {distance:.1f} < {floor}"


def test_team_colours_have_a_readable_text_colour_and_stay_apart() -> None:
    """Team colours (workshop palette) carry names on the stage: white or ink must reach AA."""
    palette = ast.literal_eval(re.search(r"^PALETTE = (\(.*?\))", (ROOT / "src/bataille/workshop/actions_setup.py")
                                         .read_text(encoding="utf-8"), re.M | re.S)[1])
    for colour in palette:
        best = max(contrast_ratio(colour, WHITE), contrast_ratio(colour, "#1A1A1A"))
        assert best >= AA_TEXT, f"team colour {colour}: best text contrast {best:.2f}:1"
    for vision in SIMULATIONS:
        for a, b in itertools.combinations(palette, 2):
            assert delta_e_2000(simulate(a, vision), simulate(b, vision)) >= MIN_DELTA_E_SIMULATED, (vision, a, b)


def test_every_theme_has_an_icon_and_a_name_in_each_language() -> None:
    """The colour is never the only cue: an icon file and a name go with it."""
    deck = load_deck(bundled_deck_path())
    for theme in deck.themes:
        assert deck.asset_path(theme.icon).is_file(), theme.id
        for lang in deck.languages:
            assert theme.name.get(lang).strip(), (theme.id, lang)
