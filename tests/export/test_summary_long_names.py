"""Eight teams with names of the longest a session takes (22 characters, ``MAX_NAME``), through a
whole example session: the PDF summary shows every name whole, as pdftotext reads it back.
(The final indicators' table cut « Équipe Wagner-Mozart 2 » to « Équipe Wagner-… 2 »: its heads,
at 6 pt, broke between words only, and « Wagner-Mozart » was wider than a column.)"""

from __future__ import annotations

import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_pdf_indicators import indicator_columns
from bataille.workshop import example
from bataille.workshop.actions_setup import MAX_NAME
from bataille.workshop.example import ExampleOptions, play_example

from .test_summary_pdf_layout import _lines, pdf_words

NAMES = ("Les Loutres de la 4e B", "Équipe Wagner-Mozart 2", "Les Hiboux du CDI 2nde", "Les Castors de Tle STI",
         "Les Lynx de 1re STMG 2", "Les Grues du club info", "Les Pandas de 3e Jaune", "Les Ours du lycée Zola")


@pytest.fixture(scope="module")
def summary_text(tmp_path_factory) -> tuple[list[str], str]:
    """The session's team names and the words of its PDF summary (one space between words)."""
    deck = load_deck(bundled_deck_path())
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(example.TEAM_NAMES, "fr", NAMES)
        session = play_example(deck, seed=1, options=ExampleOptions(teams=8))
    path = tmp_path_factory.mktemp("long") / "s.pdf"
    export_summary(session, deck, path)
    return [t.name for t in session.state.teams], pdf_words(path)


def test_eight_long_names_head_the_indicators_table_whole(summary_text) -> None:
    names, text = summary_text
    assert {len(n) for n in names} == {MAX_NAME} and len(names) == 8
    table = text[text.index("Indicateurs finaux"):text.index("Indicateurs finaux des équipes")]
    assert "…" not in table
    # A name broken after its hyphen: pdftotext joins the two lines, and drops the hyphen.
    for name in names:
        assert name.replace("-", "") in table.replace("- ", "-").replace("-", ""), (name, table)


def test_a_hyphenated_word_too_wide_for_its_column_breaks_after_its_hyphen() -> None:
    """Four such names head their columns. They did so in 8 pt, on two lines (« Équipe Wagner- /
    Mozart 2 »), too small to read on paper: a head is now never under 8.5 pt, and may take three
    lines, so these are in 9 pt, the table's other heads' size, « Wagner- » still broken after its
    hyphen."""
    names = list(NAMES[:4])
    widths, heads = indicator_columns(names)
    for name, head, width in zip(names, heads, widths[2:], strict=True):
        lines = _lines(head, width - 12)
        assert "…" not in " ".join(lines) and len(lines) <= 3, lines
        assert " ".join(" ".join(lines).split()).replace("- ", "-") == name, lines
        assert head.style.fontSize == 9
    assert [" ".join(line.split()) for line in _lines(heads[1], widths[3] - 12)] == ["Équipe", "Wagner-", "Mozart 2"]
    assert indicator_columns(list(NAMES)) is None  # eight such names: one row a team


@pytest.fixture(scope="module")
def layout_lines(summary_text, tmp_path_factory) -> list[str]:
    names, _ = summary_text
    path = next(tmp_path_factory.getbasetemp().glob("long*/s.pdf"))
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return out.stdout.decode("utf-8").splitlines()


def test_names_of_22_characters_stand_on_one_line_in_the_summary_tables(summary_text, layout_lines) -> None:
    """The cards placed named the team in a column 42 mm wide: « Équipe Wagner-Mozart / 2 », « Les
    Pandas de 3e / Jaune », on two lines, 27 rows of them."""
    names, _ = summary_text
    broken = []
    for name in names:
        start = name.rsplit(" ", 1)[0]  # all but its last word
        broken += [line.strip() for line in layout_lines if start in line and name not in line]
    assert broken == []
