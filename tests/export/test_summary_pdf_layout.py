"""The PDF summary's tables as a reader sees them: headers whole, numbers aligned, widths even."""

from __future__ import annotations

import re
import subprocess

import pytest
from reportlab.lib.units import mm

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_pdf_indicators import indicator_columns
from bataille.export.summary_pdf_style import WIDTH
from bataille.workshop.example import ExampleOptions, play_example


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def pdf_words(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", out.stdout.decode("utf-8")).split())


def test_six_teams_names_head_the_indicators_table_whole(deck, tmp_path):
    """With 6 teams a column was narrower than "Mésanges": the header read "Les Més / anges"."""
    session = play_example(deck, seed=0, options=ExampleOptions(teams=6))
    export_summary(session, deck, tmp_path / "six.pdf")
    text = pdf_words(tmp_path / "six.pdf")
    assert "Més anges" not in text
    table = text[text.index("Indicateurs finaux"):text.index("Indicateurs finaux des équipes")]
    for team in session.state.teams:  # all six walked a scenario
        assert team.name in table, (team.name, table)


def _lines(paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1000)
    return [" ".join(getattr(w, "text", w) for w in line[1]) if isinstance(line, tuple) else
            " ".join(getattr(f, "text", "") for f in line.words) for line in paragraph.blPara.lines]


@pytest.mark.parametrize("count", [2, 6, 8])
def test_team_heads_break_between_words_only(count):
    names = ["Les Mésanges", "Les Extraordinaires", "Les Renards", "A B", "Les Hiboux", "Team", "Les Lynx",
             "Les Ours"][:count]
    across = indicator_columns(names)
    if count == 2:
        assert across is not None
    if across is None:  # "Extraordinaires" in 7 pt is wider than a sixth of the page: the teams are rows
        return
    widths, heads = across
    assert len(widths) == count + 2 and len(heads) == count and abs(sum(widths) - WIDTH) < 0.01
    assert widths[0] >= 40 * mm  # the indicators' names keep room to wrap between their words too
    for name, head, width in zip(names, heads, widths[2:], strict=True):
        lines = _lines(head, width - 12)  # the cell's own padding, 6 pt a side
        assert len(lines) <= 2 and " ".join(lines).split() == name.split(), (name, lines)
        assert head.style.fontSize >= 7


@pytest.mark.parametrize("names", [["W" * 40, "Les Hiboux"], ["Les Hiboux", "Équipe Anticonstitutionnellement"] * 4])
def test_a_name_too_wide_for_a_column_makes_the_teams_rows(names):
    """A word wider than a column at 7 pt was cut with an ellipsis ("Anticonstitu…"): the teams
    are then the table's rows, where a name has room."""
    assert indicator_columns(names) is None


def _words(path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(text, xMin, yMin, xMax, yMax) of every word on a page, as pdftotext -bbox places them."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    found = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', out)
    return [(t, float(a), float(b), float(c), float(d)) for a, b, c, d, t in found]


def test_scores_are_right_aligned_under_their_header_in_a_table_as_wide_as_the_others(deck, tmp_path):
    """The scores sat left in their cell under a right-aligned "Score", in a table 5 mm narrower
    than the agenda above it and the awards below it."""
    from reportlab.lib.pagesizes import A4

    from bataille.export.summary_pdf_style import MARGIN

    session = play_example(deck, seed=0)
    export_summary(session, deck, tmp_path / "s.pdf")
    words = _words(tmp_path / "s.pdf", 1)
    # A table as wide as the agenda's (WIDTH) starts 6 pt in (the frame's padding) and sets its
    # right-aligned cells 6 pt in from its right edge (the cell's): they end at the margin.
    edge = A4[0] - MARGIN
    score = next(w for w in words if w[0] == "Score")
    assert abs(score[3] - edge) < 0.6, (score, edge)
    cells = [w for w in words if w[1] > score[1] - 30 and score[4] < w[2] < score[4] + 4 * 17]
    assert sorted(w[0] for w in cells) == sorted(str(t.score) for t in session.state.teams)
    for cell in cells:
        assert abs(cell[3] - score[3]) < 0.6, (cell, score)
    # the awards' last column (on the next page when the agenda lists breaks)
    points = [w for p in (1, 2) for w in _words(tmp_path / "s.pdf", p) if w[0] == "Points" and w[1] > 300]
    assert points and abs(points[0][3] - edge) < 0.6, (points, edge)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_votes_table_heads_stand_apart(deck, tmp_path, lang):
    """« Pas d’accord » ran into « D’accord » (5 pt apart), and "Disagree" into "Undecided" (3 pt, a
    word space): read as one header. Each column's head now stands clear of the next one."""
    from bataille.export.summary_words import word

    from ..sessions import voted_debate

    session = voted_debate(deck, (10, 9, 5), (9, 4, 2), lang)
    export_summary(session, deck, tmp_path / "s.pdf")
    page = next(p for p in (1, 2) if any(w[0] == word("total", lang) for w in _words(tmp_path / "s.pdf", p)))
    words = _words(tmp_path / "s.pdf", page)
    total = next(w for w in words if w[0] == word("total", lang))
    row = sorted((w for w in words if abs(w[2] - total[2]) < 0.5 and w[3] <= total[3]), key=lambda w: w[1])
    spans, i = [], 0
    for key in ("agree", "disagree", "undecided", "total"):
        n = len(word(key, lang).split())
        assert " ".join(w[0] for w in row[i:i + n]) == word(key, lang)
        spans.append((row[i][1], row[i + n - 1][3]))
        i += n
    assert i == len(row)
    gaps = [right[0] - left[1] for left, right in zip(spans[:-1], spans[1:], strict=True)]
    assert min(gaps) >= 8, gaps  # points; a word space is 3
