"""What the guide says of putting a mistake right and of coming back to a session, where a facilitator
looks for it: Ctrl+Z for a fact card played for the wrong team, an argument, a phase ended by mistake,
and Ctrl+Y for one Ctrl+Z too many;
closing the console mid-vote; a finished workshop opened again; « Mêmes équipes » on the start
screen. Quoted as the interface reads, and no section pushed off its page, on A4 and on Letter."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf
from bataille.export.guide_before import BEFORE
from bataille.export.guide_console import CONDUCT

from .test_guide import _flat, _interface, _said
from .test_guide_session import _pages

SAID = {
    "fr": {
        "start": ("« Mêmes équipes » reprend tout cela, et le jeu, de la séance choisie dans « Séances récentes »",),
        "conduct": ("Une carte « fait » jouée pour la mauvaise équipe, un argument à reprendre, une phase terminée "
                    "par erreur : Ctrl+Z annule les dernières actions, la console dit combien",
                    "un argument annulé revient dans sa case",
                    "Un Ctrl+Z de trop se reprend par Ctrl+Y si rien n’a suivi",
                    "Fermer la console pendant un vote demande confirmation ; « Quitter quand même » le laisse "
                    "comme cet arrêt",
                    "Dans les trois heures", "les nombres tapés reviennent dans leurs cases",
                    "Un atelier terminé, rouvert, se relit et s’exporte ; le modifier demande confirmation"),
    },
    "en": {
        "start": ("“Same teams” fills all this in (and the deck) as the session chosen under “Recent sessions” had it",),
        "conduct": ("A fact card played for the wrong team, an argument to take back, a phase ended by mistake: "
                    "Ctrl+Z undoes the last actions, and the console says how many",
                    "an undone argument comes back in its box",
                    "One Ctrl+Z too many is taken back by Ctrl+Y if nothing came since",
                    "Closing the console during a vote asks you first; “Quit anyway” leaves the vote as such a "
                    "stop would",
                    "Within three hours", "the counts typed are back in their boxes",
                    "A finished workshop opened again is for reading and exporting; changing it asks you first"),
    },
}
LABELS = {"fr": ("Mêmes équipes", "Séances récentes", "Quitter quand même"),
          "en": ("Same teams", "Recent sessions", "Quit anyway")}
QUOTE = {"fr": "« {} »", "en": "“{}”"}


@pytest.fixture(scope="module")
def bundled():
    return load_deck(bundled_deck_path())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guide_says_how_to_put_a_mistake_right_and_come_back(bundled, tmp_path, lang):
    path = tmp_path / f"guide-{lang}.pdf"
    path.write_bytes(render_guide_pdf(bundled, lang))
    text = _flat(path)
    start = text[text.index(BEFORE.text("start_title", lang)):text.index(BEFORE.text("title", lang))]
    conduct = text[text.index(CONDUCT.text("title", lang)):text.index(CONDUCT.text("fallback_title", lang))]
    for words in SAID[lang]["start"]:
        assert words in start, words
    for words in SAID[lang]["conduct"]:
        assert words in conduct, words
    interface = _interface(lang)
    for label in LABELS[lang]:
        assert label in interface, label
        assert QUOTE[lang].format(label) in start + conduct, label


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_starting_and_conducting_stay_on_their_pages(bundled, tmp_path, lang, paper):
    """The start screen's section ends on page 1 under the agenda; the console's page holds, to its
    end, the fallback when the projector or the network fails."""
    pages = _pages(bundled, tmp_path, lang, paper)
    assert _said(BEFORE.text("start_title", lang)) in pages[0]
    assert _said(BEFORE.text("start", lang))[-40:] in pages[0]
    holding = [n for n, page in enumerate(pages) if _said(CONDUCT.text("title", lang)) in page]
    assert holding
    for key in ("fallback_title", "no_stage", "no_wifi"):
        assert _said(CONDUCT.text(key, lang))[-40:] in pages[holding[0]], key
