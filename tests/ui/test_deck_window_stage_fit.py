"""A scenario text the projected stage would cut is said in the deck window before the workshop: the
stage shrinks a text to its smallest size, then cuts it with « … », and the teacher found out in front
of the room. The deck window lays each scenario out on the stage offscreen (1280×720, each language
of the deck) and lists each text cut as a warning at its YAML line, with about how many words to take
out; choosing it opens the editor at the field."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.deck import Text, bundled_deck_path, load_deck
from bataille.ui.deck_window.stage_fit import stage_cuts
from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.settings import Settings

SCENARIO, DECISION, OPTION = "frugal", 0, 0  # its first decision's option A


def _deck_copy(folder: Path) -> Path:
    for part in ("cards", "scenarios", "assets"):
        shutil.copytree(bundled_deck_path() / part, folder / part)
    return folder


def _consequence_three_times(folder: Path) -> int:
    """The French consequence of option A of the first decision, three times as long; returns its line."""
    path = folder / "scenarios" / f"{SCENARIO}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip() == "consequence:") + 1
    head, text = lines[at].split('fr: "', 1)
    text = text.rstrip().removesuffix('"')
    lines[at] = f'{head}fr: "{" ".join([text] * 3)}"\n'
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1


def _window(qtbot, translations, folder: Path) -> DeckWindow:
    window = DeckWindow(translations, Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.open_deck(folder)
    window.show()
    qtbot.waitUntil(lambda: not window.problems.checking, timeout=20000)  # the claims too: a busy machine
    return window


def _field_of_first_warning(qtbot, window: DeckWindow, panel):
    """The first warning clicked: the editor's field it opened (the widget that says ``where`` it edits)."""
    item = panel.list.item(0)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.editing_on)
    focused = QApplication.focusWidget()
    while focused is not None and not hasattr(focused, "where"):
        focused = focused.parentWidget()
    assert focused is not None
    return focused


def test_a_consequence_too_long_for_the_stage_is_one_warning_that_leads_to_its_field(
        qtbot, translations, in_app_font, tmp_path: Path) -> None:
    folder = _deck_copy(tmp_path / "deck")
    line = _consequence_three_times(folder)
    window = _window(qtbot, translations, folder)
    panel = window.problems
    assert panel.isVisible() and panel.kind == "warning"
    assert window.browser.isVisible()  # a warning: the deck runs, its cards are shown
    assert len(panel.problems) == 1, panel.problems
    said = panel.problems[0]
    assert said.startswith(f"scenarios/{SCENARIO}.yaml:{line}:")
    assert "Sur l’écran projeté (1280×720), la conséquence de l’option A de la décision 1 (en français) est " \
           "coupée\u00a0: raccourcissez-la d’environ" in said, said
    assert said.endswith(" mots"), said
    assert "1 texte" in panel.heading.text()

    translations.set_language("en")
    qtbot.waitUntil(lambda: "English" not in panel.problems[0] and "consequence" in panel.problems[0])
    assert len(panel.problems) == 1
    assert "On the projected screen (1280×720), the consequence of option A of decision 1 (in French) is cut: " \
           "shorten it by about" in panel.problems[0], panel.problems[0]
    assert "would cut 1 text" in panel.heading.text()

    focused = _field_of_first_warning(qtbot, window, panel)
    assert focused.where == (f"scenarios/{SCENARIO}.yaml",
                             ("scenario", "decisions", DECISION, "options", OPTION, "consequence", "fr"))


def test_the_bundled_deck_reads_whole_on_the_stage(qtbot, translations, in_app_font, tmp_path: Path) -> None:
    window = _window(qtbot, translations, _deck_copy(tmp_path / "deck"))
    assert window.deck is not None and len(window.deck.scenarios) == 4
    assert window.problems.kind == "" and not window.problems.isVisible(), window.problems.problems


@pytest.mark.parametrize(("lang", "field"), [("fr", "consequence"), ("en", "consequence"), ("en", "label")])
def test_the_words_to_take_out_are_enough(qapp, in_app_font, lang: str, field: str) -> None:
    """The text shortened by the words the warning says reads whole; by two words fewer, it does not (the
    words the stage puts before a label, « B. », are not counted)."""
    deck = load_deck(bundled_deck_path())
    scenario = deck.scenario(SCENARIO)
    decision = scenario.decisions[1]
    option = decision.options[1]
    other = "en" if lang == "fr" else "fr"

    def with_text(text: str):
        shown = replace(option, **{field: Text.of(**{lang: text, other: getattr(option, field).get(other)})})
        shown = replace(decision, options=(decision.options[0], shown, *decision.options[2:]))
        shown = replace(scenario, decisions=(scenario.decisions[0], shown, *scenario.decisions[2:]))
        return replace(deck, scenarios=tuple(shown if s.id == SCENARIO else s for s in deck.scenarios))

    written = getattr(option, field).get(lang)
    times = next(k for k in range(2, 12) if stage_cuts(with_text(" ".join([written] * k)), in_app_font))
    words = " ".join([written] * times).split(" ")
    cuts = stage_cuts(with_text(" ".join(words)), in_app_font)
    assert [(c.lang, c.decision, c.option, c.field) for c in cuts] == [(lang, 2, "B", field)]
    n = cuts[0].words
    assert 0 < n < len(words) * 2 // 3
    assert stage_cuts(with_text(" ".join(words[:-n])), in_app_font) == []
    if n > 2:
        assert len(stage_cuts(with_text(" ".join(words[:-(n - 2)])), in_app_font)) == 1
