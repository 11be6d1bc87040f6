"""Theme icons a teacher may give: `validate` says what `print` and the screen will do, once per icon.

Each case writes a real deck folder with one odd icon, then checks that ``load_deck`` (what
`validate` and the app run) either accepts it and print draws it, or refuses it with one line
at the theme's ``icon:`` line, and nothing else escapes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bataille.deck import DeckError, load_deck
from bataille.deck.icons import MAX_ICON_BYTES, IconError, clear_icons, read_icon
from bataille.export.cards import check_fits
from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf
from tests.deck.conftest import DECK_YAML, write_deck

from .figures import count, note

SVG = 'xmlns="http://www.w3.org/2000/svg"'
ICON_LINE, ICON_COL = 9, 11  # where the environment theme's icon is written in the mini deck

INKSCAPE_DEFAULT = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg1"
   inkscape:version="1.3.2 (091e20ef0f, 2023-11-25)" sodipodi:docname="drawing.svg"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   {SVG} xmlns:svg="http://www.w3.org/2000/svg"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" bordercolor="#000000" borderopacity="0.25"
     inkscape:showpageshadow="2" inkscape:pageopacity="0.0" inkscape:document-units="mm">
    <inkscape:page x="0" y="0" width="210" height="297" id="page1" />
  </sodipodi:namedview>
  <defs id="defs1"><linearGradient id="g1"><stop offset="0" style="stop-color:#000"/></linearGradient></defs>
  <metadata><rdf:RDF><cc:Work rdf:about=""><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">x</dc:title>
  </cc:Work></rdf:RDF></metadata>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
    <circle style="opacity:1;fill:#0b5cad;fill-opacity:1;fill-rule:nonzero;stroke:#000000;stroke-width:0.264583;
      stroke-linecap:round;stroke-dasharray:none;stroke-opacity:1;paint-order:stroke fill markers"
      id="path1" cx="105" cy="148" r="50" />
    <path sodipodi:type="star" style="fill:#ff0000" d="m 10,10 20,0 -10,20 z" inkscape:transform-center-x="1"/>
  </g>
  <g inkscape:label="Hidden" inkscape:groupmode="layer" style="display:none"><text>hidden</text></g>
</svg>
"""

# Icons the reader draws (validate accepts them, print draws them).
DRAWN = {
    "Latin-1 without a declaration": f'<svg {SVG} viewBox="0 0 64 64"><title>Société</title>'
                                     '<circle cx="32" cy="32" r="9" fill="#fff"/></svg>'.encode("latin-1"),
    "Latin-1 declared": (f'<?xml version="1.0" encoding="ISO-8859-1"?><svg {SVG} viewBox="0 0 64 64">'
                         '<desc>éàü</desc><rect width="9" height="9" fill="white"/></svg>').encode("latin-1"),
    "UTF-16 with a BOM": f'<svg {SVG} viewBox="0 0 64 64"><circle r="9" cx="9" cy="9"/></svg>'.encode("utf-16"),
    "opacity 50%": f'<svg {SVG} viewBox="0 0 64 64"><circle r="9" cx="9" cy="9" opacity="50%"/></svg>',
    "stroke-width inherit": f'<svg {SVG} viewBox="0 0 64 64"><g stroke-width="3" stroke="#fff">'
                            '<path d="M0 0 L9 9" stroke-width="inherit"/></g></svg>',
    "inherit with nothing to inherit": f'<svg {SVG} viewBox="0 0 64 64"><path d="M0 0 L9 9" stroke="#fff" '
                                       'stroke-width="inherit" fill="inherit"/></svg>',
    "Inkscape's default document": INKSCAPE_DEFAULT,
    "no viewBox, sizes in mm": f'<svg {SVG} width="20mm" height="10mm"><rect width="5" height="5"/></svg>',
    "no namespace at all": '<svg viewBox="0 0 10 10"><circle r="3" cx="5" cy="5"/></svg>',
    "rgb() colours and currentColor": f'<svg {SVG} viewBox="0 0 64 64"><circle r="9" fill="rgb(10%, 20, 255)" '
                                      'stroke="currentColor"/></svg>',
    "zero radius and an empty path": f'<svg {SVG} viewBox="0 0 64 64"><circle r="0"/><path d=""/>'
                                     '<rect width="0" height="5"/></svg>',
    "skew and a rotation about a point": f'<svg {SVG} viewBox="0 0 64 64"><g transform="skewX(90) '
                                         'rotate(30 32 32)"><rect width="9" height="9"/></g></svg>',
}

# Icons the reader refuses: a part of the sentence each message must hold.
REFUSED = {
    "PNG picture": (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG picture"),
    "JPEG picture": (b"\xff\xd8\xff\xe0" + bytes(64), "JPEG picture"),
    "viewBox 0 0 0 0": (f'<svg {SVG} viewBox="0 0 0 0"><circle r="3"/></svg>', "viewBox “0 0 0 0”"),
    "negative viewBox": (f'<svg {SVG} viewBox="0 0 -5 10"><circle r="3"/></svg>', "above 0"),
    "viewBox of three numbers": (f'<svg {SVG} viewBox="0 0 10"><circle r="3"/></svg>', "four numbers"),
    "width 0 and no viewBox": (f'<svg {SVG} width="0" height="10"><circle r="3"/></svg>', "above 0"),
    "<text>": (f'<svg {SVG} viewBox="0 0 64 64"><text x="1" y="9">Eau</text></svg>', "Object to Path"),
    "<image>": (f'<svg {SVG} viewBox="0 0 64 64"><image href="x.png"/></svg>', "<image>"),
    "<use>": (f'<svg {SVG} viewBox="0 0 64 64"><use href="#a"/></svg>', "<use>"),
    "a gradient fill": (f'<svg {SVG} viewBox="0 0 64 64"><rect width="9" height="9" fill="url(#g)"/></svg>',
                        "gradient"),
    "a clip path": (f'<svg {SVG} viewBox="0 0 64 64"><rect width="9" height="9" clip-path="url(#c)"/></svg>',
                    "clip-path"),
    "opacity 'half'": (f'<svg {SVG} viewBox="0 0 64 64"><circle r="9" opacity="half"/></svg>', "opacity"),
    "stroke-width 'thick'": (f'<svg {SVG} viewBox="0 0 64 64"><path d="M0 0L1 1" stroke="#fff" '
                             'stroke-width="thick"/></svg>', "stroke-width"),
    "r = 1e999": (f'<svg {SVG} viewBox="0 0 64 64"><circle r="1e999"/></svg>', "not a usable number"),
    "NaN in a path": (f'<svg {SVG} viewBox="0 0 64 64"><path d="M0 0 L nan 1"/></svg>', "path"),
    "a path cut short": (f'<svg {SVG} viewBox="0 0 64 64"><path d="M0 0 C 1 2 3"/></svg>', "ends early"),
    "numbers after a close (hung for ever, memory growing)": (f'<svg {SVG} viewBox="0 0 64 64"><path d="M0 0 H9 Z 1 '
                                                              '36"/></svg>', "malformed near “Z 1 36”"),
    "a path starting with Z": (f'<svg {SVG} viewBox="0 0 64 64"><path d="Z M0 0"/></svg>', "move (M)"),
    "an unknown transform": (f'<svg {SVG} viewBox="0 0 64 64"><g transform="perspective(2)"><circle r="1"/>'
                             '</g></svg>', "perspective"),
    "groups 5,000 deep": (f'<svg {SVG} viewBox="0 0 64 64">' + "<g>" * 5000 + '<circle r="1"/>' + "</g>" * 5000
                          + "</svg>", "levels deep"),
    "XML entities": (f'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg {SVG} viewBox="0 0 9 9">&a;</svg>', "ENTITY"),
    "an empty file": (b"", "not readable SVG"),
    "a YAML file": (b"id: x\n", "not readable SVG"),
    "an HTML page": (b"<html><body>icon</body></html>", "not <svg>"),
    "an unclosed tag": (f'<svg {SVG} viewBox="0 0 64 64"><circle r="1">', "line 1"),
    "an Illustrator style sheet": (f'<svg {SVG} viewBox="0 0 64 64"><defs><style>.a{{fill:#fff}}</style></defs>'
                                   '<circle class="a" r="9"/></svg>', "<style> sheet"),
    "a CSS colour it lacks": (f'<svg {SVG} viewBox="0 0 64 64"><circle r="1" fill="rebeccapurple"/></svg>',
                              "rebeccapurple"),
}


def _deck_with_icon(root: Path, content: bytes | str, deck_yaml: str = DECK_YAML) -> Path:
    write_deck(root, **{"cards/deck.yaml": deck_yaml})
    icon = root / "assets" / "icons" / "environment.svg"
    icon.write_bytes(content.encode() if isinstance(content, str) else content)
    clear_icons()
    return root


@pytest.mark.parametrize("name", list(DRAWN))
def test_an_icon_validate_accepts_is_printed(name: str, tmp_path: Path) -> None:
    deck = load_deck(_deck_with_icon(tmp_path / "deck", DRAWN[name]))
    assert [p for p in check_fits(deck) if p.field == "icon"] == []
    assert render_sheets_pdf(deck, PrintOptions()).startswith(b"%PDF")
    count("icons drawn (validate, then print)")


@pytest.mark.parametrize("name", list(REFUSED))
def test_an_icon_print_cannot_draw_is_refused_once_at_validate(name: str, tmp_path: Path) -> None:
    content, words = REFUSED[name]
    started = time.perf_counter()
    with pytest.raises(DeckError) as caught:
        load_deck(_deck_with_icon(tmp_path / "deck", content))
    assert time.perf_counter() - started < 2
    lines = caught.value.lines("en")
    assert len(lines) == 1, lines
    assert lines[0].split(": ", 1)[0].endswith(f"cards/deck.yaml:{ICON_LINE}:{ICON_COL}")
    assert "icon “assets/icons/environment.svg” of theme “environment” cannot be drawn" in lines[0]
    assert words in lines[0], lines[0]
    assert "Traceback" not in caught.value.lines("fr")[0]
    count("icons refused at validate")


def test_a_huge_icon_is_refused_before_it_is_read(tmp_path: Path) -> None:
    root = _deck_with_icon(tmp_path / "deck", "")
    icon = root / "assets" / "icons" / "environment.svg"
    with icon.open("wb") as handle:  # 2 GiB, sparse: nothing is written but its size
        handle.truncate(2 * 1024 ** 3)
    started = time.perf_counter()
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    took = time.perf_counter() - started
    assert took < 1 and "2,097,152 KiB; an icon may be at most 1,024 KiB" in caught.value.lines()[0]
    note("icons", f"a 2 GiB icon refused by validate in {took * 1000:.0f} ms ")
    just_over = _deck_with_icon(tmp_path / "deck2", b" " * (MAX_ICON_BYTES + 1))
    with pytest.raises(DeckError, match="at most 1,024 KiB"):
        load_deck(just_over)


def test_special_files_as_icons_never_block(tmp_path: Path) -> None:
    root = _deck_with_icon(tmp_path / "deck", "")
    icon = root / "assets" / "icons" / "environment.svg"
    icon.unlink()
    os.mkfifo(icon)  # reading it would block for ever
    with pytest.raises(DeckError, match="not a regular file"):
        load_deck(root)
    icon.unlink()
    icon.mkdir()
    with pytest.raises(DeckError, match="not a regular file"):
        load_deck(root)
    icon.rmdir()
    icon.symlink_to(icon)  # a link to itself
    with pytest.raises(DeckError, match="cannot read the file"):
        load_deck(root)


def test_a_windows_path_names_the_icon(tmp_path: Path) -> None:
    deck_yaml = DECK_YAML.replace("icon: assets/icons/environment.svg", r"icon: assets\icons\environment.svg")
    deck = load_deck(_deck_with_icon(tmp_path / "deck", DRAWN["opacity 50%"], deck_yaml))
    assert deck.theme("environment").icon == "assets/icons/environment.svg"
    assert deck.icon_path(deck.theme("environment")).is_file()
    assert [p for p in check_fits(deck) if p.field == "icon"] == []


def test_one_broken_icon_shared_by_two_themes_is_one_line_per_theme(tmp_path: Path) -> None:
    deck_yaml = DECK_YAML.replace("icon: assets/icons/society.svg", "icon: assets/icons/environment.svg")
    with pytest.raises(DeckError) as caught:
        load_deck(_deck_with_icon(tmp_path / "deck", REFUSED["<text>"][0], deck_yaml))
    assert len(caught.value.problems) == 2  # one per theme line, none per card


def test_an_icon_broken_after_validate_is_one_print_problem_not_a_size_hint(tmp_path: Path) -> None:
    root = _deck_with_icon(tmp_path / "deck", DRAWN["opacity 50%"])
    cards = root / "cards" / "environment.yaml"
    text = cards.read_text(encoding="utf-8")
    extra = "".join(text[text.index("  - id: env-water"):text.index("  - id: env-debate")]
                    .replace("env-water", f"env-water-{i}") for i in range(6))
    cards.write_text(text + extra, encoding="utf-8")
    deck = load_deck(root)
    (root / "assets" / "icons" / "environment.svg").write_text(REFUSED["<text>"][0] + " ")  # new size: re-read
    problems = [p for p in check_fits(deck) if p.field == "icon"]
    assert len(problems) == 1, problems
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="en_GB.UTF-8", QT_QPA_PLATFORM="offscreen")
    # the CLI reads the deck again: validate's own line, and no traceback
    done = subprocess.run([sys.executable, "-m", "bataille", "print", str(root), "-o", str(tmp_path / "c.pdf")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "Object to Path" in done.stderr and "--size" not in done.stderr
    clear_icons()


BUNDLED = (Path(__file__).resolve().parents[2] / "assets" / "icons" / "society.svg").read_bytes()


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_icons_draw_or_are_refused(data) -> None:
    raw = bytearray(BUNDLED)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        if action == "flip":
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "insert":
            raw[at:at] = data.draw(st.sampled_from([b"<g>", b"</g>", b"-", b"e999", b"nan", b"%", b"inherit",
                                                    b"<text>a</text>", b"\xe9", b"\x00", b" transform='x(1)'",
                                                    b"0 0 0 0", b"url(#a)", b"&amp;", b"]]>", b"A 0 0 0 1 1 0 0",
                                                    b"Z 1 2", b"z", b"M", b"scale(0)", b"1e308"]))
        elif action == "delete":
            del raw[at:at + data.draw(st.integers(1, 40))]
        else:
            del raw[at:]
        if not raw:
            raw = bytearray(b"<")
    try:
        icon = read_icon(bytes(raw))
    except IconError as exc:
        assert exc.message_in("fr") and exc.message_in("en")
    else:
        vx, vy, vw, vh = icon.view_box
        assert vw > 0 and vh > 0
    count("mutated icons read")
