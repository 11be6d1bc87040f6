"""`bataille print` and `bataille guide` as a teacher runs them: exit codes, messages, files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.icon_paths import parse_path
from bataille.deck.icons import IconError, read_icon
from bataille.export.cards import CardLayout, check_fits
from bataille.export.cards_sheets import PrintOptions, page_count, render_sheets_pdf


def bataille(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    # Messages follow the locale; these tests read the English ones, whatever the machine's.
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="en_GB.UTF-8")
    return subprocess.run([sys.executable, "-m", "bataille", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)


@pytest.fixture(scope="module")
def bundled():
    return load_deck(bundled_deck_path())


def test_print_bundled_deck(tmp_path, bundled, pdf):
    out = tmp_path / "cartes.pdf"
    result = bataille("print", "-o", str(out), "--kind", "event")
    assert result.returncode == 0, result.stderr
    events = bundled.cards_of("event")  # in English, the language of its messages (LANG=en_GB.UTF-8)
    assert len(pdf.page_streams(out.read_bytes())) == page_count(bundled, PrintOptions(kinds=("event",)))
    text = " ".join(pdf.text(out, 1).split())
    assert " ".join(events[0].title.get("en").split()) in text


def test_print_options_are_parsed(tmp_path):
    out = tmp_path / "c.pdf"
    result = bataille("print", "-o", str(out), "--paper", "letter", "--size", "tarot", "--bleed", "2",
                      "--no-cut-marks", "--duplex", "short", "--back-offset", "0.5,-1", "--lang", "en",
                      "--theme", "bias", "--theme", "society", "--kind", "fact")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [
    ["--size", "huge"], ["--bleed", "9"], ["--paper", "a3"], ["--duplex", "both"],
    ["--back-offset", "1"], ["--kind", "joke"], ["--theme", "no-such-theme"], ["--lang", "de"],
    ["--size", "300x300"], ["--calibration", "--duplex", "none"],
])
def test_usage_errors_exit_2(tmp_path, args):
    result = bataille("print", "-o", str(tmp_path / "x.pdf"), *args)
    assert result.returncode == 2, (args, result.stderr)
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_exits_1(tmp_path):
    result = bataille("print", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o500)
    try:
        if os.access(tmp_path / "ro", os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        result = bataille("guide", "-o", str(tmp_path / "ro" / "g.pdf"))
        assert result.returncode == 1 and "cannot write" in result.stderr
    finally:
        (tmp_path / "ro").chmod(0o700)


def test_invalid_deck_exits_1(tmp_path):
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "deck.yaml").write_text("id: x\nversion: [\n", encoding="utf-8")
    for command in ("print", "guide"):
        result = bataille(command, str(tmp_path), "-o", str(tmp_path / "x.pdf"))
        assert result.returncode == 1
        assert "deck.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_card_that_does_not_fit_fails_with_its_id(tmp_path):
    result = bataille("print", "-o", str(tmp_path / "x.pdf"), "--size", "30x42")
    assert result.returncode == 1
    assert "card " in result.stderr and "does not fit" not in result.stdout
    assert not (tmp_path / "x.pdf").exists()


def test_calibration(tmp_path, pdf):
    out = tmp_path / "cal.pdf"
    result = bataille("print", "--calibration", "-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert len(pdf.page_streams(out.read_bytes())) == 2


def test_atomic_write_replaces_whole_file(tmp_path):
    out = tmp_path / "c.pdf"
    out.write_bytes(b"old")
    assert bataille("print", "-o", str(out), "--kind", "debate").returncode == 0
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


# -- the bundled deck ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_bundled_card_fits_a_poker_card(bundled, lang):
    assert [str(p) for p in check_fits(bundled, "poker", lang)] == []


def test_bundled_body_text_is_legible(bundled):
    layout = CardLayout(bundled, "poker", "fr")
    for card in bundled.cards:
        for face in layout.layout(card):
            sizes = [line.size for line in face.lines]
            assert min(sizes) >= 5.5  # small print (id, version)
            body = [line.size for line in face.lines if line.size < 7 and line.font.endswith("Regular")
                    and line.size != 5.5]
            assert body == [], card.id


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_bundled_deck_titles_on_their_pages(tmp_path, bundled, pdf, paper):
    from bataille.export.cards_sheets import plan_sheets

    options = PrintOptions(paper=paper, bleed_mm=3 if paper == "letter" else 0)
    out = tmp_path / "deck.pdf"
    out.write_bytes(render_sheets_pdf(bundled, options))
    plan = plan_sheets(bundled, options)
    for number, page in enumerate(plan.pages, 1):
        if page.side == "front":
            text = " ".join(pdf.text(out, number).split())
            for card in page.cards:
                if card is not None:
                    title = " ".join(card.title.get("fr").split())  # « CO₂e » read back as such
                    assert title in text, (card.id, number)


# -- the SVG reader --------------------------------------------------------------------------------


def test_svg_paths():
    ops = parse_path("M10 10 h5 v5 l-5 0 z m20 0 q5 5 10 0 t10 0 c1 1 2 2 3 3 s4 4 5 5 a5 5 0 0 1 10 0")
    kinds = [op for op, _ in ops]
    assert kinds[:5] == ["M", "L", "L", "L", "Z"]
    assert ops[5] == ("M", (30.0, 10.0))
    assert ops[-1][0] == "C" and abs(ops[-1][1][-2] - 68.0) < 1e-6


def test_bundled_icons_read(bundled):
    for theme in bundled.themes:
        icon = read_icon(bundled.asset_path(theme.icon).read_bytes())
        assert icon.view_box == (0.0, 0.0, 64.0, 64.0) and icon.shapes


def test_svg_refuses_what_it_cannot_draw():
    with pytest.raises(IconError, match="text"):
        read_icon('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><text>a</text></svg>')
    with pytest.raises(IconError):
        read_icon("not svg")


def test_fronts_only_says_what_the_backs_held(tmp_path):
    """--duplex none prints no backs: the timeline's years and the debates' ideas are lost, and the
    command says so (and what to use instead) before anyone prints the sheets; a fact-only print,
    whose backs show only the theme, says nothing."""
    out = tmp_path / "recto.pdf"
    result = bataille("print", "-o", str(out), "--duplex", "none", "--kind", "event", "--kind", "fact")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ("bataille print: note: --duplex none prints no backs: the event cards lose their "
                                     "year. For a printer without double-sided printing, --layout fold prints both "
                                     "faces on one page to fold")
    result = bataille("print", "-o", str(out), "--duplex", "none", "--kind", "fact")
    assert result.returncode == 0 and result.stderr == ""
    result = bataille("print", "-o", str(out), "--duplex", "none", "--lang", "fr")
    assert "les cartes événement perdent leur année\u202f; les cartes débat perdent leurs idées" in result.stderr
    result = bataille("print", "-o", str(out), "--layout", "fold")
    assert result.returncode == 0 and result.stderr == ""
