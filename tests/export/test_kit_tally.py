"""The kit's score sheet (« Feuille de marque »), read back from real PDFs that `bataille kit` writes.

When the projector or the laptop failed mid-workshop, or in a session run without phones, nothing in
the kit let the facilitator keep the scores and the votes on paper. The kit now holds one score
sheet, after the team signs: a row a team, a column a phase that scores (as the agenda names it) and
the total; each debate's votes before and after, in the voting cards' words, and the shift; how to
type them into the console once it is back, in the console's own words. Its boxes are 9 mm high at
least; its words and lines, and the team signs' fold line (it ran to the paper's edge), keep 8 mm
from the edge.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export.kit import KitOptions, default_teams, kit_pages, render_kit_pdf
from bataille.export.kit_tally import SCORING_KINDS, phases_of_summary
from bataille.export.kit_words import kit_word
from bataille.export.summary_model import build_summary
from bataille.storage.reader import read_session

from .conftest import geometry, page_streams
from .test_fonts_embedded import assert_all_embedded

MM = 72 / 25.4
SAFE = 8.0  # mm from the paper's edge
TRANSLATIONS = Path(__file__).parents[2] / "src" / "bataille" / "ui" / "translations"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [_plain(page) for page in text.split("\f")[:-1]]


def _kit(folder: Path, name: str, *args: str) -> tuple[Path, list[str]]:
    pdf = folder / f"{name}.pdf"
    assert main(["kit", "-o", str(pdf), *args]) == 0
    return pdf, _pages(pdf)


@pytest.fixture(scope="module")
def sessions(tmp_path_factory):
    """{lang: (session file, its summary)}: `bataille example-session`, 6 teams in French, 2 in English."""
    folder = tmp_path_factory.mktemp("tally")
    deck = load_deck(bundled_deck_path())
    out = {}
    for lang, teams in (("fr", "6"), ("en", "2")):
        path = folder / f"{lang}.bataille"
        assert main(["example-session", "-o", str(path), "--teams", teams, "--lang", lang]) == 0
        out[lang] = path, build_summary(read_session(path), deck)
    return out


def _tally_page(pages: list[str], lang: str) -> int:
    """The number (from 1) of the one page that says it is the score sheet."""
    title = _plain(kit_word("tally_title", lang))
    found = [n + 1 for n, page in enumerate(pages) if page.startswith(title)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sessions_kit_holds_one_score_sheet_after_its_signs(sessions, tmp_path, capsys, lang):
    path, summary = sessions[lang]
    pdf, pages = _kit(tmp_path, lang, "--session", str(path), "--participants", "2")
    teams = len(summary.teams)
    assert len(pages) == 2 + teams + 1 + 1  # voting sheets, signs, the score sheet, a take-home sheet
    assert f"({len(pages)} pages)" in capsys.readouterr().out
    assert _tally_page(pages, lang) == 2 + teams + 1
    sheet = pages[2 + teams]
    names = [_plain(t.name) for t in sorted(summary.teams, key=lambda t: int(t.id.rsplit("-", 1)[-1]))]
    assert [sheet.index(name) for name in names] == sorted(sheet.index(name) for name in names)
    agenda = load_deck(bundled_deck_path()).agenda.phases
    scoring = [_plain(p.title.get(lang)) for p in agenda if p.kind in SCORING_KINDS]
    others = [_plain(p.title.get(lang)) for p in agenda if p.kind not in SCORING_KINDS]
    assert len(scoring) == 2 and all(title in sheet for title in scoring), (scoring, sheet)
    assert not any(title in sheet for title in others)  # the scenarios move indicators, not scores
    for key in ("tally_scores", "tally_total", "tally_votes", "tally_before", "tally_after", "tally_shift"):
        assert _plain(kit_word(key, lang)) in sheet, key
    for choice in ("agree", "disagree", "undecided"):  # the voting cards' words, before and after
        assert sheet.count(_plain(kit_word(choice, lang))) >= 2, choice
    assert all(_plain(kit_word("tally_debate", lang, number=n)) in sheet for n in range(1, 6))  # five themes
    assert _plain(kit_word("tally_debate", lang, number=6)) not in sheet
    foot = _plain(f"{kit_word('tally_console', lang)} {kit_word('tally_keep', lang)}")
    assert foot in sheet


def test_a_blank_kit_numbers_its_teams_and_names_the_phases_in_its_own_words(tmp_path):
    _pdf, pages = _kit(tmp_path, "eight", "--teams", "8", "--lang", "en", "--paper", "letter")
    assert len(pages) == 1 + 8 + 1 + 1
    sheet = pages[_tally_page(pages, "en") - 1]
    assert all(f"Team {n}" in sheet for n in range(1, 9)) and "Team 9" not in sheet
    assert "Timeline" in sheet and "Debates" in sheet and "Total" in sheet
    _pdf, pages = _kit(tmp_path, "one", "--teams", "1", "--lang", "fr")
    assert len(pages) == 1 + 1 + 1 + 1 and _tally_page(pages, "fr") == 3
    sheet = pages[2]
    assert "Équipe 1" in sheet and "Équipe 2" not in sheet and "Frise" in sheet and "Débats" in sheet


def test_a_quick_debate_has_no_scores_to_keep(sessions, tmp_path):
    """A quick debate shows no scores: its sheet keeps the votes only."""
    _path, summary = sessions["fr"]
    assert phases_of_summary(summary) and phases_of_summary(dataclasses.replace(summary, quick=True)) == ()
    options = KitOptions(teams=default_teams(2, "fr"), phases=())
    pdf = tmp_path / "quick.pdf"
    pdf.write_bytes(render_kit_pdf(options, only_page=kit_pages(options).index("tally")))
    sheet = _pages(pdf)[0]
    assert _plain(kit_word("tally_votes", "fr")) in sheet and _plain(kit_word("tally_scores", "fr")) not in sheet


def _tally_of(teams: int, lang: str, paper: str) -> tuple[bytes, KitOptions]:
    """The score sheet alone, as the print dialog's preview renders it, and its kit's options."""
    options = KitOptions(paper=paper, lang=lang, teams=default_teams(teams, lang))
    return render_kit_pdf(options, only_page=kit_pages(options).index("tally")), options


@pytest.mark.parametrize("lang,paper", [("fr", "a4"), ("en", "letter"), ("fr", "letter")])
def test_the_boxes_are_large_enough_to_write_in(lang, paper):
    """Between two lines across the tables (a team's row, a debate's claim, its counts, the heads),
    9 mm at least, with 8 teams on Letter, the shortest paper, too."""
    data, options = _tally_of(8, lang, paper)
    (stream,) = page_streams(data)
    _clips, segments = geometry(stream)
    width = min(x for (x, _y), _ in segments) + max(x for _, (x, _y) in segments)  # the page: symmetric
    across = sorted({round(y0, 1) for (x0, y0), (x1, y1) in segments
                     if abs(y0 - y1) < 0.01 and abs(x1 - x0) > width - 2 * 10 * MM - 1})
    assert len(across) == (1 + 1 + 8) + (1 + 1 + 5 * 2), across  # scores: top, heads, 8 rows; votes
    gaps = [(b - a) / MM for a, b in zip(across, across[1:], strict=False)]
    assert min(gaps) >= 9.0, [f"{g:.1f}" for g in gaps]


def _nearest(pdf: Path, page: int) -> tuple[float, float, int]:
    """The nearest word's and line's distance to the paper's edge on ``page`` (from 1), in mm, and
    how many lines the page strokes."""
    html = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    width, height = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    words = [tuple(map(float, m)) for m in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', html)]
    _clips, segments = geometry(page_streams(pdf.read_bytes())[page - 1])
    ends = [point for segment in segments for point in segment]
    word = min(min(x0, y0, width - x1, height - y1) for x0, y0, x1, y1 in words) / MM
    line = min(min(x, y, width - x, height - y) for x, y in ends) / MM
    return word, line, len(segments)


@pytest.mark.parametrize("lang,paper", [("fr", "a4"), ("en", "letter")])
def test_the_sheet_keeps_8_mm_from_the_paper_edge(tmp_path, lang, paper):
    pdf, pages = _kit(tmp_path, lang, "--teams", "8", "--lang", lang, "--paper", paper)
    word, line, strokes = _nearest(pdf, _tally_page(pages, lang))
    assert strokes > 40  # the tables' lines and the lines to write the claims on
    assert word >= SAFE - 1e-6 and line >= SAFE - 1e-6, (f"{word:.1f} mm", f"{line:.1f} mm")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_team_signs_fold_line_keeps_8_mm_from_the_paper_edge(tmp_path, paper):
    """It ran from edge to edge, where office printers print nothing; so did the voting cards' cut
    lines, to 4.5 mm."""
    pdf, _pages = _kit(tmp_path, "signs", "--teams", "1", "--lang", "fr", "--paper", paper)
    for page in (1, 2):  # the voting cards, the team sign
        word, line, strokes = _nearest(pdf, page)
        assert strokes >= 1
        assert line >= SAFE - 1e-6, (page, f"{line:.1f} mm")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sheet_embeds_its_fonts(tmp_path, lang):
    assert_all_embedded(_tally_of(6, lang, "a4")[0], tmp_path)


def _console_words(lang: str) -> set[str]:
    """Every word the console shows in ``lang``, as its translations give them (mnemonics out)."""
    root = ET.parse(TRANSLATIONS / f"bataille_{lang}.ts").getroot()
    return {_plain(t.text.replace("&", "")) for t in root.iter("translation") if t.text}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sheet_names_the_consoles_controls_as_the_console_does(lang):
    """Each control the foot quotes (« Ouvrir le débat », « Enregistrer (caché) »…), the votes' heads
    (the console's boxes of the same name) and the shift are words of the console's translations."""
    quote = r"«\s*(.+?)\s*»" if lang == "fr" else r"“(.+?)”"
    quoted = re.findall(quote, _plain(kit_word("tally_console", lang) + " " + kit_word("tally_keep", lang)))
    assert len(quoted) >= 5, quoted
    named = [*quoted, kit_word("tally_before", lang), kit_word("tally_after", lang)]
    console = _console_words(lang)
    missing = [name for name in named if _plain(name) not in console]
    assert not missing, missing
    shift = _plain(kit_word("tally_shift", lang))  # as the debate panel says the shift: « Évolution : … »
    assert any(re.match(re.escape(shift) + r" ?:", word) for word in console), shift
