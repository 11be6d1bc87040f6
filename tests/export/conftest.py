"""Small decks built from the dataclasses, and a tiny PDF reader for the geometry tests."""

from __future__ import annotations

import base64
import re
import subprocess
import zlib
from pathlib import Path

import pytest

from bataille.deck.models import (
    Agenda,
    DebateCard,
    Decision,
    Deck,
    EventCard,
    FactCard,
    Indicator,
    Option,
    Phase,
    Scenario,
    Source,
    Text,
    Theme,
)

ICON = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <title>test</title>
  <g fill="none" stroke="#FFFFFF" stroke-width="4" stroke-linecap="round">
    <path d="M8 8 L56 8 H60 V20 C50 30 40 30 30 20 Q20 10 10 20 Z"/>
    <line x1="4" y1="60" x2="60" y2="60"/>
  </g>
  <circle cx="32" cy="40" r="8" fill="#fff"/>
  <rect x="2" y="44" width="10" height="10" rx="2" fill="white"/>
  <path fill="#FFFFFF" d="M40 50 a6 6 0 1 1 12 0 a6 6 0 1 1 -12 0z" transform="translate(1,1)"/>
</svg>
"""

SOURCE = Source("Rapport sur l'énergie", Text.of(fr="Agence internationale de l’énergie (AIE)",
                                                   en="International Energy Agency (IEA)"), 2024,
                "https://www.iea.org/reports/energy-and-ai")


def fact(i: int, theme: str = "eau", **kw) -> FactCard:
    values = dict(
        id=f"fait-{i:03d}", kind="fact", theme=theme,
        title=Text.of(fr=f"Fait n°{i} : l'été à Noël", en=f"Fact {i}: summer at Christmas"),
        text=Text.of(fr="Les centres de données consomment de l'eau ; « beaucoup » selon l'étude.",
                     en="Data centres use water; “a lot” according to the study."),
        figure=Text.of(fr="≈ 700\u202f000 L", en="≈ 700,000 L"),
        sources=(SOURCE,),
    )
    values.update(kw)
    return FactCard(**values)


def debate(i: int, theme: str = "biais") -> DebateCard:
    return DebateCard(
        id=f"debat-{i:03d}", kind="debate", theme=theme,
        title=Text.of(fr=f"Débat n°{i} : faut-il réguler ?", en=f"Debate {i}: regulate?"),
        claim=Text.of(fr="Il faut interdire les hypertrucages.", en="Deepfakes must be banned."),
        context=Text.of(fr="Les œuvres générées se multiplient.", en="Generated works multiply."),
        prompts_for=(Text.of(fr="Protéger les élèves.", en="Protect pupils."),),
        prompts_against=(Text.of(fr="La satire est un droit.", en="Satire is a right."),),
    )


def event(i: int, year: int, theme: str | None = None) -> EventCard:
    return EventCard(
        id=f"ev-{i:03d}", kind="event", theme=theme,
        title=Text.of(fr=f"Événement n°{i} à Sèvres", en=f"Event {i} in Sèvres"),
        year=year, month=3 if i % 2 else None,
        text=Text.of(fr="Une première française.", en="A French first."),
        sources=(SOURCE,),
    )


@pytest.fixture
def deck_root(tmp_path: Path) -> Path:
    (tmp_path / "assets" / "icons").mkdir(parents=True)
    for name in ("eau", "biais"):
        (tmp_path / "assets" / "icons" / f"{name}.svg").write_text(ICON, encoding="utf-8")
    return tmp_path


def build_deck(root: Path, cards) -> Deck:
    themes = (
        Theme("eau", Text.of(fr="Impact environnemental", en="Environmental impact"), "#00735C",
              "assets/icons/eau.svg"),
        Theme("biais", Text.of(fr="Biais algorithmiques", en="Algorithmic bias"), "#A0357A",
              "assets/icons/biais.svg"),
    )
    scenario = Scenario(
        id="sobre", title=Text.of(fr="Sobriété choisie", en="Chosen frugality"),
        intro=Text.of(fr="En 2035…", en="In 2035…"),
        indicators=(Indicator("env", Text.of(fr="Environnement", en="Environment")),),
        decisions=(Decision("ecoles", Text.of(fr="Les écoles", en="Schools"),
                            Text.of(fr="Faut-il équiper ?", en="Equip them?"),
                            (Option("a", Text.of(fr="Oui", en="Yes"), Text.of(fr="Plus d'écrans.", en="More screens."),
                                    (("env", -1),)),
                             Option("b", Text.of(fr="Non", en="No"), Text.of(fr="Moins.", en="Less."), ()))),),
    )
    agenda = Agenda((Phase("accueil", "intro", Text.of(fr="Accueil", en="Welcome"), 10),
                     Phase("frise", "timeline", Text.of(fr="La frise", en="Timeline"), 20),
                     Phase("debats", "debate", Text.of(fr="Débats", en="Debates"), 30)))
    return Deck("test", "1.2.3", ("fr", "en"), Text.of(fr="Bataille d'essai", en="Test battle"), themes,
                tuple(cards), (scenario,), agenda, root=root)


@pytest.fixture
def small_deck(deck_root: Path) -> Deck:
    """Twelve cards: 8 facts (one contested), 2 debates, 2 events (one with no theme)."""
    cards = [fact(i, contested=(i == 2)) for i in range(1, 9)]
    cards += [debate(1), debate(2), event(1, 1956), event(2, 2022, theme="eau")]
    return build_deck(deck_root, cards)


# -- reading PDFs back ---------------------------------------------------------------------------

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)


def _decode_stream(body: bytes) -> bytes:
    head, _, rest = body.partition(b"stream")
    data = rest.lstrip(b"\r\n").rsplit(b"endstream", 1)[0]
    if b"ASCII85Decode" in head:
        data = base64.a85decode(b"".join(data.split()).removesuffix(b"~>"))
    if b"FlateDecode" in head:
        data = zlib.decompress(data)
    return data


def page_streams(pdf: bytes) -> list[bytes]:
    """The decoded content stream of each page, in page order."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJ.finditer(pdf)}
    pages_obj = next(b for b in objects.values() if re.search(rb"/Type\s*/Pages\b", b))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", pages_obj, re.S).group(1))]
    out = []
    for kid in kids:
        contents = int(re.search(rb"/Contents\s+(\d+) 0 R", objects[kid]).group(1))
        out.append(_decode_stream(objects[contents]))
    return out


PDF_TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>]+|\[|\]|[-+]?\d*\.?\d+|[A-Za-z'\"*]+")


def _mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e,
            b * e2 + d * f2 + f)


def _pt(m, x, y):
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def geometry(stream: bytes):
    """Clip rectangles (x, y, w, h), and line segments stroked outside any clip, in page coordinates."""
    ctm = (1, 0, 0, 1, 0, 0)
    clipped = False
    stack = []
    nums: list[float] = []
    clips, segments = [], []
    path_rects, path_lines, current = [], [], None
    clip_pending = False
    for tok in PDF_TOKEN.findall(stream):
        if tok[:1] in b"(<[]/" :
            nums = []
            continue
        try:
            nums.append(float(tok))
            continue
        except ValueError:
            pass
        op = tok.decode()
        if op == "q":
            stack.append((ctm, clipped))
        elif op == "Q":
            ctm, clipped = stack.pop()
        elif op == "cm":
            ctm = _mul(ctm, tuple(nums[-6:]))
        elif op == "re":
            x, y, w, h = nums[-4:]
            corners = [_pt(ctm, x + dx, y + dy) for dx in (0, w) for dy in (0, h)]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            path_rects.append((min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        elif op == "m":
            current = _pt(ctm, *nums[-2:])
        elif op == "l" and current is not None:
            nxt = _pt(ctm, *nums[-2:])
            path_lines.append((current, nxt))
            current = nxt
        elif op in ("W", "W*"):
            clip_pending = True
        elif op in ("n", "S", "f", "B", "f*", "B*", "b", "s"):
            if clip_pending:
                clips += path_rects
                clipped = True
            if op == "S" and not clipped:
                segments += path_lines
            path_rects, path_lines, current, clip_pending = [], [], None, False
        nums = []
    return clips, segments


def pdftext(path: Path, page: int) -> str:
    """The text of one page (1-based), as pdftotext reads it."""
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


@pytest.fixture
def pdf():
    """The PDF readers, as a fixture so test modules need not import this conftest."""
    import types

    return types.SimpleNamespace(page_streams=page_streams, geometry=geometry, text=pdftext)


@pytest.fixture
def make():
    """The deck builders (build_deck, fact, debate, event), as a fixture."""
    import types

    return types.SimpleNamespace(deck=build_deck, fact=fact, debate=debate, event=event)
