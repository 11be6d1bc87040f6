"""The deck window as a teacher reads it at 1366×768, in French and in English: each warning in the number
it speaks of (and copied as warnings, not as problems), the card beside a theme said to be one of its
cards, and a missing icon said once, as the deck's problem, not again as a card's text that would not fit."""

from __future__ import annotations

from pathlib import Path

from .editor_helpers import editor_window, wait_refresh
from .test_deck_window_print_fit_language import speak
from .test_deck_window_stage_fit import _window

LONG_CLAIM = " ".join(["Il faut limiter l'usage de l'IA générative à l'école, et partout ailleurs aussi."] * 8)


def _claim_too_long(folder: Path, langs: tuple[str, ...]) -> None:
    """The small deck's debate claim, far too long for the stage in ``langs``."""
    cards = folder / "cards" / "cards.yaml"
    text = cards.read_text(encoding="utf-8")
    before = "claim: {fr: Il faut limiter l'usage de l'IA générative à l'école., en: Schools should limit the use " \
             "of generative AI.}"
    assert before in text
    fr = LONG_CLAIM if "fr" in langs else "Il faut limiter l'usage de l'IA générative à l'école."
    en = LONG_CLAIM.replace("Il faut", "We must") if "en" in langs else "Schools should limit the use of generative AI."
    cards.write_text(text.replace(before, f'claim: {{fr: "{fr}", en: "{en}"}}'), encoding="utf-8")


def test_one_text_cut_on_the_stage_is_spoken_of_as_one(qtbot, translations, in_app_font, small_deck):
    _claim_too_long(small_deck, ("fr",))
    window = _window(qtbot, translations, small_deck)
    panel = window.problems
    assert panel.kind == "warning" and len(panel.problems) == 1, panel.problems
    said = panel.explanation.text()
    assert said.startswith("Raccourcissez-le\u00a0:") and "Choisissez-le " in said, said
    assert panel.copy_button.text().replace("&", "") == "Copier les avertissements"  # not « les problèmes »
    translations.set_language("en")
    qtbot.waitUntil(lambda: panel.explanation.text().startswith("Shorten it:"))
    assert "Choose it to go to its field." in panel.explanation.text()
    assert panel.copy_button.text().replace("&", "") == "Copy warnings"


def test_several_texts_cut_on_the_stage_are_spoken_of_as_several(qtbot, translations, in_app_font, small_deck):
    _claim_too_long(small_deck, ("fr", "en"))
    window = _window(qtbot, translations, small_deck)
    panel = window.problems
    assert panel.kind == "warning" and len(panel.problems) == 2, panel.problems
    assert panel.explanation.text().startswith("Raccourcissez-les\u00a0:"), panel.explanation.text()
    translations.set_language("en")
    qtbot.waitUntil(lambda: panel.explanation.text().startswith("Shorten them:"))


def test_the_card_beside_a_theme_is_said_to_be_one_of_its_cards(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    side = editor.themes.side
    assert side.faces is not None
    assert side.heading.isVisible() and "Une carte de ce thème" in side.heading.text(), side.heading.text()
    assert not side.note.isVisible()
    editor.themes.add_button.click()  # a new theme: no card of it yet
    wait_refresh(qtbot, editor)
    editor.refresh_now()
    assert side.faces is None and side.note.isVisible(), side.note.text()
    assert "n’a encore aucune carte" in side.note.text(), side.note.text()
    speak(qtbot, translations, editor, "en")
    assert "A card of this theme" in editor.themes.side.heading.text()


def test_a_missing_icon_is_said_once_as_the_decks_problem(qtbot, translations, small_deck):
    (small_deck / "assets" / "icons" / "bias.svg").unlink()
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("bias-faces")  # a card of the theme whose icon is missing, shown
    wait_refresh(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.print_fits.busy, timeout=10_000)
    wait_refresh(qtbot, editor)
    rows = [editor.problem_list.item(r).text() for r in range(editor.problem_list.count())]
    assert any("bias.svg" in row for row in rows), rows  # the deck's problem: the theme's icon
    assert not any("« icon »" in row or "No such file" in row for row in rows), rows
