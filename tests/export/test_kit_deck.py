"""`bataille kit --deck DIR` without a session: the kit of that deck, read back from the PDF.

The command refused --deck without --session ("a kit without a session uses no deck"), while the
score sheet takes its rows of debates and its columns from the deck's agenda: a facilitator with a
deck of two debate themes could only print the bundled deck's five rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.cli import main
from bataille.export.kit_words import kit_word

from ..deck.conftest import CARDS_YAML, write_deck
from .test_kit_tally_debates import _debates_on, _pages, _plain, _tally_pages

SOCIETY_YAML = """\
theme: society
cards:
  - id: soc-debate
    kind: debate
    title: {fr: Confiance, en: Trust}
    claim: {fr: On peut croire une IA., en: An AI can be believed.}
    context: {fr: Contexte., en: Context.}
    prompts_for:
      - {fr: Pour., en: For.}
    prompts_against:
      - {fr: Contre., en: Against.}
"""

AGENDA_YAML = """\
agenda:
  phases:
    - id: welcome
      kind: intro
      minutes: 10
      title: {fr: Accueil, en: Welcome}
    - id: timeline
      kind: timeline
      minutes: 15
      title: {fr: La frise des dates, en: The line of dates}
    - id: debates
      kind: debate
      minutes: 30
      title: {fr: Joutes oratoires, en: Word jousts}
"""


@pytest.fixture
def two_themes(tmp_path: Path) -> Path:
    """A deck whose two themes each have a debate card, with an agenda of its own names."""
    return write_deck(tmp_path / "deux", **{"cards/society.yaml": SOCIETY_YAML, "scenarios/agenda.yaml": AGENDA_YAML,
                                            "cards/environment.yaml": CARDS_YAML})


@pytest.mark.parametrize("lang,where", [("fr", "after"), ("en", "before")])
def test_a_blank_kit_for_a_deck_has_its_debates_rows_and_its_agendas_names(tmp_path, two_themes, capsys, lang,
                                                                             where):
    pdf = tmp_path / "kit.pdf"
    deck = ["--deck", str(two_themes)]
    args = [*deck, "kit", "--lang", lang] if where == "before" else ["kit", "--lang", lang, *deck]
    assert main([*args, "-o", str(pdf), "--teams", "3"]) == 0
    assert str(pdf) in capsys.readouterr().out
    pages = _pages(pdf)
    (sheet,) = _tally_pages(pages, lang)
    assert _debates_on(pages[sheet], lang) == [1, 2]  # two themes with a debate card: two rows, not five
    timeline, debates = ("La frise des dates", "Joutes oratoires") if lang == "fr" else ("The line of dates",
                                                                                         "Word jousts")
    assert timeline in pages[sheet] and debates in pages[sheet]  # the columns as the deck's agenda names them
    assert _plain(kit_word("team", lang, number=3)) in pages[sheet]


def test_without_a_deck_the_blank_kit_keeps_the_bundled_decks_five_rows(tmp_path, capsys):
    pdf = tmp_path / "kit.pdf"
    assert main(["kit", "--lang", "en", "-o", str(pdf)]) == 0
    pages = _pages(pdf)
    (sheet,) = _tally_pages(pages, "en")
    assert _debates_on(pages[sheet], "en") == [1, 2, 3, 4, 5]


def test_a_french_teacher_reads_french_about_a_missing_deck(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    missing = tmp_path / "nulle-part"
    assert main(["kit", "--deck", str(missing), "-o", str(tmp_path / "k.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith(f"bataille kit: {missing}") and "aucun kit n’a été écrit" in err, err
    assert not (tmp_path / "k.pdf").exists()
