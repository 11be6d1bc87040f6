"""The guide and the card sheets run the themes as the workshop does: in the deck's order of themes
(deck.yaml's `themes:` — reliability, environment, bias…), each theme's cards in deck order, not in
the alphabetical order of the deck's files; read back from the PDFs with pdftotext."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export.cards_sheets import PrintOptions, SelectionError, select_cards


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def ids_in_order(path: Path, deck) -> list[str]:
    """The deck's card ids in the order the PDF draws them (each id once, at its first place)."""
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    known = {c.id for c in deck.cards}
    found = [word for word in re.findall(r"[a-z0-9][a-z0-9-]+", text) if word in known]
    return list(dict.fromkeys(found))


def expected(deck, kinds: tuple[str, ...]) -> list[str]:
    """The workshop's order: theme by theme as deck.yaml lists them, each theme's cards in deck order."""
    return [c.id for theme in deck.themes for c in deck.cards_of(theme=theme.id) if c.kind in kinds]


def test_the_deck_files_sort_otherwise(deck):
    """The point of it: the bundled deck's files come bias, creativity…, its themes reliability first."""
    assert deck.themes[0].id == "reliability" and deck.cards[0].theme == "bias"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guide_runs_the_debates_in_the_decks_order_of_themes(deck, tmp_path, lang):
    path = tmp_path / "guide.pdf"
    assert main(["--lang", lang, "guide", "-o", str(path)]) == 0
    debates = [i for i in ids_in_order(path, deck) if deck.card(i).kind == "debate"]
    assert debates == expected(deck, ("debate",))
    themes = list(dict.fromkeys(deck.card(i).theme for i in debates))
    assert themes == ["reliability", "environment", "bias", "creativity", "society"]


@pytest.mark.parametrize("layout", ["grid", "fold"])
def test_the_card_sheets_run_theme_by_theme_in_the_decks_order_then_the_timeline(deck, tmp_path, layout):
    path = tmp_path / "cartes.pdf"
    assert main(["print", "-o", str(path), "--layout", layout]) == 0
    printed = ids_in_order(path, deck)
    themed = [i for i in printed if deck.card(i).kind != "event"]
    assert themed == expected(deck, ("fact", "debate"))
    events = [i for i in printed if deck.card(i).kind == "event"]
    assert printed == themed + events and events == [c.id for c in deck.cards_of("event")]


def test_a_filtered_print_keeps_the_order_and_an_unknown_theme_lists_the_decks(deck):
    cards = select_cards(deck, PrintOptions(kinds=("debate",), themes=("society", "bias")))
    assert [c.id for c in cards] == [c.id for t in ("bias", "society") for c in deck.cards_of("debate", t)]
    with pytest.raises(SelectionError, match="reliability, environment, bias, creativity, society"):
        select_cards(deck, PrintOptions(themes=("water",)))
