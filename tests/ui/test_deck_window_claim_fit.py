"""A debate claim too long for the stage is said in the deck window before the workshop: the stage
shrinks the claim to its smallest size, then cuts it with « … », and a teacher found out on a 4:3
projector (a claim of 390 characters), or once two facts were played under it. The deck window lays
each debate card out as the room sees it (1280×720 and 1024×768, two facts of its theme played, then
alone) and lists each claim cut as a warning at its `claim:` line, saying how many characters fit;
choosing it opens the editor at the field."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bataille.deck import Text, bundled_deck_path, load_deck
from bataille.deck.models import DebateCard
from bataille.ui.deck_window.problems import fitting
from bataille.ui.deck_window.stage_fit_debate import claim_check

from .test_deck_window_stage_fit import _deck_copy, _field_of_first_warning, _window

CARD = "soc-debate-homework"  # cards/society.yaml


def _long(text: str, length: int) -> str:
    """``text`` said again and again, whole words, ``length`` characters at most."""
    words = " ".join([text] * 40).split(" ")
    return " ".join(words[:max(n for n in range(1, len(words)) if len(" ".join(words[:n])) <= length)])


def _claim_of(folder: Path, lang: str, length: int) -> tuple[int, int, str]:
    """The card's claim in ``lang`` written ``length`` characters long: (its line, its card's index in the
    file, the claim)."""
    path = folder / "cards" / "society.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {CARD}")
    index = sum(1 for line in lines[:start] if line.startswith("  - id: "))
    claim = next(i for i in range(start, len(lines)) if lines[i].strip() == "claim:")
    at = next(i for i in range(claim, len(lines)) if lines[i].strip().startswith(f"{lang}: "))
    head, text = lines[at].split(f'{lang}: "', 1)
    written = _long(text.rstrip().removesuffix('"'), length)
    lines[at] = f'{head}{lang}: "{written}"\n'
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1, index, written


def test_a_claim_too_long_for_a_four_three_projector_is_one_warning_at_its_line(
        qtbot, translations, in_app_font, tmp_path: Path) -> None:
    folder = _deck_copy(tmp_path / "deck")
    line, index, written = _claim_of(folder, "en", 390)
    window = _window(qtbot, translations, folder)
    panel = window.problems
    assert panel.isVisible() and panel.kind == "warning", panel.problems
    assert window.browser.isVisible()  # a warning: the deck runs, its cards are shown
    assert len(panel.problems) == 1, panel.problems
    said = panel.problems[0]
    assert said.startswith(f"cards/society.yaml:{line}:"), said
    assert f"Sur l’écran projeté (1024×768), avec 2 faits joués, l’affirmation de «\u00a0{CARD}\u00a0» (en anglais) est " \
           "coupée\u00a0: l’écran en montre environ " in said, said
    assert f" caractères sur {len(written)}\u00a0; raccourcissez-la à " in said and said.endswith(" au plus"), said
    assert "1 texte" in panel.heading.text()

    translations.set_language("en")
    qtbot.waitUntil(lambda: "claim" in panel.problems[0])
    assert f"On the projected screen (1024×768), with 2 facts played, the claim of “{CARD}” (in English) is cut: " \
           f"it shows about " in panel.problems[0], panel.problems[0]
    assert f" of its {len(written)} characters; shorten it to " in panel.problems[0], panel.problems[0]

    focused = _field_of_first_warning(qtbot, window, panel)
    assert focused.where == ("cards/society.yaml", ("cards", index, "claim", "en"))


def test_a_claim_cut_even_alone_says_so(qtbot, translations, in_app_font, tmp_path: Path) -> None:
    folder = _deck_copy(tmp_path / "deck")
    line, _index, written = _claim_of(folder, "fr", 700)  # longer than 1024×768 shows, even alone
    window = _window(qtbot, translations, folder)
    said = window.problems.problems
    assert len(said) == 1 and said[0].startswith(f"cards/society.yaml:{line}:"), said
    assert "(en français) est coupée avant même qu’un fait soit joué\u00a0: raccourcissez-la à " in said[0], said
    assert said[0].endswith(f" caractères au plus (elle en a {len(written)})"), said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_length_said_reads_whole(qapp, in_app_font, lang: str) -> None:
    """The claim shortened to the length the warning says reads whole on the stage; 40 characters longer
    than that, it does not."""
    deck = load_deck(bundled_deck_path())
    card = deck.card(CARD)
    assert isinstance(card, DebateCard)

    def with_claim(text: str):
        other = "en" if lang == "fr" else "fr"
        shown = replace(card, claim=Text.of(**{lang: text, other: card.claim.get(other)}))
        return replace(deck, cards=tuple(shown if c.id == CARD else c for c in deck.cards))

    def cuts(text: str):
        return [c for c in claim_check(with_claim(text), in_app_font) if c is not None][-1]

    found = cuts(_long(card.claim.get(lang), 390))
    assert [(c.card, c.lang, c.size, c.facts) for c in found] == [(CARD, lang, (1024, 768), 2)], found
    most = fitting(found[0])
    assert 250 <= most < 390
    assert cuts(_long(card.claim.get(lang), most)) == []
    assert len(cuts(_long(card.claim.get(lang), most + 40))) == 1


def test_the_bundled_claims_read_whole_with_two_facts(qapp, in_app_font) -> None:
    deck = load_deck(bundled_deck_path())
    assert [c for c in claim_check(deck, in_app_font) if c is not None][-1] == []
