"""The debates' rules name the console's button that draws the sides, and a scenario's starting
values read as values, not as changes."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf, rule

from .test_guide import _flat, _interface, _said

QUOTE = {"fr": "« {} »", "en": "“{}”"}


def _guide(deck, tmp_path, lang: str) -> str:
    path = tmp_path / f"guide-{lang}.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    return _flat(path)


@pytest.mark.parametrize(("lang", "label"), [("fr", "Tirer les camps"), ("en", "Draw sides")])
def test_the_debates_rules_name_the_consoles_draw_sides(tmp_path, lang, label):
    """Opening a debate draws balanced sides (workshop/flow.py: open_debate); the console's button
    draws them again until the vote after is shown."""
    said = rule("debate", lang)
    assert label in _interface(lang) and QUOTE[lang].format(label) in _said(said)
    assert ("jusqu’au dévoilement du vote après" if lang == "fr" else "until the vote after is shown") in said
    text = _guide(load_deck(bundled_deck_path()), tmp_path, lang)
    assert QUOTE[lang].format(label) in text


def test_a_starting_value_reads_as_a_value(small_deck, tmp_path):
    """« Environnement (+0) » read as a change: a start is written as a value, with a true minus."""
    from dataclasses import replace

    scenario = small_deck.scenarios[0]
    low = replace(scenario.indicators[0], start=-2)
    deck = replace(small_deck, scenarios=(replace(scenario, indicators=(low, *scenario.indicators[1:])),))
    for lang in ("fr", "en"):
        text = _guide(deck, tmp_path, lang)
        name = low.name.get(lang)
        assert f"{name} −2" in text and "(+" not in text and "(−" not in text
        text = _guide(small_deck, tmp_path, lang)
        assert f"{scenario.indicators[0].name.get(lang)} {scenario.indicators[0].start}" in text
