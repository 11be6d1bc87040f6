"""The score sheet's rows of debates say what they are about, read back from real PDFs.

They had a row for each debate the agenda plans, but each only said « Débat 1 : » over a line: the
facilitator copied the claims by hand. Now a debate played (a kit from a session) carries its claim,
in the kit's language, fitted to its row on two lines at most; a debate still to come carries its
theme (its card is drawn as it opens) and a line to write the claim on; a theme with one debate card
gives its claim already. A kit made without a deck keeps its rows blank.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import Text
from bataille.export.kit import KitOptions, default_teams, render_kit_pdf
from bataille.export.kit_tally import debates_of_deck
from bataille.export.kit_words import kit_word
from bataille.export.summary_model import build_summary
from bataille.storage.reader import read_session

from .conftest import build_deck, debate, event, fact, geometry, page_streams
from .test_kit_tally import _pages, _plain
from .test_kit_tally_debates import _tally_pages

MM = 72 / 25.4


def _row_texts(page: str, lang: str) -> dict[int, str]:
    """What each debate's row says after its « Débat N : », up to the next row's label (or the foot)."""
    label = re.escape(_plain(kit_word("tally_debate", lang, number=999))).replace("999", r"(\d+)")
    foot = re.escape(_plain(kit_word("tally_console", lang)).split()[0])
    found = re.findall(label + r"\s*(.*?)\s*(?=" + label.replace(r"(\d+)", r"\d+") + "|" + foot + ")", page)
    return {int(n): text for n, text in found}


def _words(pdf: Path, page: int) -> tuple[float, float, list[tuple[float, float, float, float, str]]]:
    """The page's width and height (pt) and its words as (x0, x1, bottom, top, word), from the bottom."""
    html = subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    width, height = (float(v) for v in re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    return width, height, [(float(a), float(c), height - float(d), height - float(b), w) for a, b, c, d, w in words]


def _assert_words_clear_of_lines(pdf: Path, page: int) -> None:
    """No word on the page crosses a line of its tables, nor runs past the 10 mm margin."""
    width, _height, words = _words(pdf, page)
    _clips, segments = geometry(page_streams(pdf.read_bytes())[page])
    across = [(min(x0, x1), max(x0, x1), y0) for (x0, y0), (x1, y1) in segments if abs(y0 - y1) < 0.01]
    for x0, x1, bottom, top, word in words:
        assert 10 * MM - 0.5 <= x0 and x1 <= width - 10 * MM + 0.5, word
        for left, right, y in across:
            if left < x1 and x0 < right:  # the line runs under the word
                assert not bottom + 0.5 < y < top - 0.5, (word, y)


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claims")
    path = folder / "s.bataille"
    assert main(["example-session", "-o", str(path), "--teams", "6", "--lang", "fr"]) == 0
    return folder, path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sessions_sheet_carries_each_debates_claim_in_the_kits_language(session, lang):
    folder, path = session
    deck = load_deck(bundled_deck_path())
    summary = build_summary(read_session(path), deck, lang)
    pdf = folder / f"kit-{lang}.pdf"
    assert main(["kit", "-o", str(pdf), "--session", str(path), "--lang", lang]) == 0
    pages = _pages(pdf)
    (sheet,) = _tally_pages(pages, lang)
    rows = _row_texts(pages[sheet], lang)
    assert sorted(rows) == [1, 2, 3, 4, 5]
    played = [_plain(r.claim) for r in summary.rounds]
    assert played and [rows[n + 1] for n in range(len(played))] == played  # whole, in the kit's language
    debated = {r.theme_id for r in summary.rounds}
    to_come = [_plain(t.name.get(lang)) for t in deck.themes if t.id not in debated and deck.cards_of("debate", t.id)]
    assert [rows[n] for n in range(len(played) + 1, 6)] == to_come
    _assert_words_clear_of_lines(pdf, sheet)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_kit_for_a_deck_names_each_debates_theme_and_a_kit_without_one_stays_blank(tmp_path, lang):
    deck = load_deck(bundled_deck_path())
    pdf = tmp_path / "deck.pdf"
    assert main(["kit", "-o", str(pdf), "--lang", lang, "--deck", str(deck.root)]) == 0
    pages = _pages(pdf)
    (sheet,) = _tally_pages(pages, lang)
    themes = [_plain(t.name.get(lang)) for t in deck.themes if deck.cards_of("debate", t.id)]
    assert list(_row_texts(pages[sheet], lang).values()) == themes
    _assert_words_clear_of_lines(pdf, sheet)
    blank = tmp_path / "blank.pdf"
    assert main(["kit", "-o", str(blank), "--lang", lang]) == 0
    pages = _pages(blank)
    (sheet,) = _tally_pages(pages, lang)
    assert _row_texts(pages[sheet], lang) == {n: "" for n in range(1, 6)}


def test_a_theme_with_one_card_gives_its_claim_and_a_long_claim_fits_its_row(deck_root, tmp_path):
    """Two lines at most, cut with an ellipsis, inside the row and the margins."""
    long = ("Les établissements scolaires devraient être tenus de publier chaque année la liste complète des "
            "outils d’intelligence artificielle qu’ils utilisent, avec leurs usages, leurs coûts, leurs "
            "fournisseurs et les données des élèves qu’ils traitent, sous le contrôle d’un comité indépendant "
            "où siègent des parents, des enseignants, des élèves et des chercheurs, qui rend chaque année un avis "
            "public sur chacun de ces outils et sur la façon dont ils sont choisis.")
    water = dataclasses.replace(debate(1, theme="eau"), claim=Text.of(fr=long, en="Schools should publish their AI."))
    deck = build_deck(deck_root, [fact(1), water, debate(2, theme="biais"), debate(3, theme="biais"), event(1, 1956)])
    options = KitOptions(lang="fr", teams=default_teams(8, "fr"), debates=debates_of_deck(deck))
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_kit_pdf(options))
    pages = _pages(pdf)
    (sheet,) = _tally_pages(pages, "fr")
    rows = _row_texts(pages[sheet], "fr")
    assert rows[1].startswith("Les établissements scolaires devraient") and rows[1].endswith("…")
    assert rows[2] == "Biais algorithmiques"  # two cards: drawn as the debate opens
    _assert_words_clear_of_lines(pdf, sheet)
    _w, _h, words = _words(pdf, sheet)
    first = [w for w in words if w[4] == "établissements"][0]
    lines = {round(bottom) for _x0, _x1, bottom, _t, word in words
             if bottom > first[2] - 20 and bottom <= first[2] + 0.5 and word not in ("Débat", "1", ":")}
    assert len(lines) == 2, lines
