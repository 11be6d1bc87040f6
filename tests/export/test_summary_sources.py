"""The summary's sources, as the guide lists them: with the note a source has in the deck."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_model import build_summary
from bataille.workshop.example import play_example


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def words(text: str) -> str:
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


def _noted(deck, summary, lang):
    """The notes the deck gives the sources the summary cites, on whichever card it gives them."""
    cited = {(s.url, s.title, s.year) for s in summary.sources}
    notes = {}
    for card in deck.cards:
        for source in getattr(card, "sources", ()):
            if (source.url, source.title, source.year) in cited and source.note:
                notes.setdefault(source.url, source.note.get(lang))
    return notes


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sources_keep_their_notes(deck, tmp_path, lang):
    """The 1986 back-propagation paper's note ("Cité pour sa référence…") was in the guide only."""
    session = play_example(deck, seed=0, lang=lang)
    notes = _noted(deck, build_summary(session, deck), lang)
    # The 1969 card's source has its note; the Business Standard write-up has one on a fact card
    # that the example does not play, and is cited by a timeline card that gives it none.
    assert "https://www.nature.com/articles/323533a0" in notes
    assert any("business-standard.com" in url for url in notes)
    export_summary(session, deck, tmp_path / "s.pdf")
    md = export_summary(session, deck, tmp_path / "s.md")[0].read_text(encoding="utf-8")
    pdf = words(subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "s.pdf"), "-"], check=True,
                               capture_output=True).stdout.decode("utf-8"))
    sources_md = md[md.index("\n## " + ("Sources citées" if lang == "fr" else "Sources cited")):]
    for note in notes.values():
        assert words(note) in words(sources_md.replace("\\", "")), note
        assert words(note) in pdf, note
