"""The problems panel lists deck problems in the interface language, and follows it when it changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from bataille.deck import DeckError, Problem, load_deck
from bataille.ui.deck_window.problems import DeckProblemsPanel
from bataille.ui.i18n import Translations

N = "\u00a0"


@pytest.fixture
def broken_problems(small_deck: Path) -> list[Problem]:
    cards = small_deck / "cards" / "cards.yaml"
    cards.write_text(cards.read_text(encoding="utf-8").replace("year: 1956", "year: vers 1956"), encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(small_deck)
    return caught.value.problems


def shown(panel: DeckProblemsPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_the_panel_shows_french_lines_when_the_interface_is_french(
        qtbot, translations: Translations, broken_problems: list[Problem]) -> None:
    panel = DeckProblemsPanel()
    qtbot.addWidget(panel)
    panel.show_problems(broken_problems, kept_deck=True)

    english = [str(p) for p in broken_problems]
    assert shown(panel) == panel.problems == [p.text("fr") for p in broken_problems]
    assert any(f"«{N}year{N}» doit être un nombre entier comme 1956, reçu «{N}vers 1956{N}»" in line
               for line in shown(panel)), shown(panel)
    for fr, en in zip(shown(panel), english, strict=True):
        assert fr != en and fr.split(": ", 1)[0] == en.split(": ", 1)[0]  # same file:line:col
    panel.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == "\n".join(shown(panel))


def test_the_panel_follows_a_change_of_interface_language(
        qtbot, translations: Translations, broken_problems: list[Problem]) -> None:
    panel = DeckProblemsPanel()
    qtbot.addWidget(panel)
    panel.show_problems(broken_problems, kept_deck=False)
    assert "doit être" in " ".join(shown(panel))

    translations.set_language("en")
    qtbot.waitUntil(lambda: shown(panel) == [str(p) for p in broken_problems], timeout=3000)
    translations.set_language("fr")
    qtbot.waitUntil(lambda: shown(panel) == [p.text("fr") for p in broken_problems], timeout=3000)


def test_plain_lines_are_shown_as_given(qtbot, translations: Translations) -> None:
    panel = DeckProblemsPanel()
    qtbot.addWidget(panel)
    panel.show_problems(["/tmp/deck: Permission denied"], kept_deck=False)
    assert shown(panel) == ["/tmp/deck: Permission denied"]
    panel.clear()
    assert shown(panel) == [] and panel.problems == []


def test_the_deck_window_shows_french_problems_when_the_interface_is_french(qtbot, tmp_path) -> None:
    """The watcher hands Problem objects over, so the window's panel can speak French."""
    from bataille.ui.deck_window.watcher import DeckWatcher
    from tests.deck.conftest import CARDS_YAML, write_deck

    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": CARDS_YAML.replace("year: 1956", "year: bientôt")})
    watcher = DeckWatcher()
    watcher.open(root)
    problems = watcher.problems
    assert problems and not isinstance(problems[0], str)
    assert "doit être un nombre entier" in problems[0].text("fr")


def test_the_deck_windows_panel_names_a_field_as_the_form_does(qtbot, translations: Translations,
                                                                small_deck: Path) -> None:
    """The amber panel said « year », « contested », « colour » (the YAML keys) to a teacher whose form
    says « Année », « Chiffre contesté », « Couleur »: it now names the field as the form does; its
    file:line:column and the command line's words stay the file's."""
    from tests.ui.editor_helpers import editor_window

    cards = small_deck / "cards" / "cards.yaml"
    cards.write_text(cards.read_text(encoding="utf-8").replace("year: 1956", "year: mille")
                     .replace("contested: true", "contested: peut-être"), encoding="utf-8")
    deck = small_deck / "cards" / "deck.yaml"
    deck.write_text(deck.read_text(encoding="utf-8").replace('colour: "#00735C"', "colour: vert"), encoding="utf-8")
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    qtbot.waitUntil(window.problems.isVisible, timeout=3000)
    panel, problems = window.problems, window.watcher.problems
    lines = shown(panel)
    assert len(lines) == len(problems) == 3
    for row, (line, problem) in enumerate(zip(lines, problems, strict=True)):
        file = Path(problem.path).resolve().relative_to(small_deck.resolve()).as_posix()
        assert line.startswith(f"{file}:{problem.line}:{problem.col}: "), line  # in the deck folder
        assert panel.list.item(row).toolTip() == f"{problem.path}{line[len(file):]}"  # in full on hover
    said = " ".join(lines)
    for label in ("Couleur", "Chiffre contesté", "Année"):
        assert f"«{N}{label}{N}»" in said, lines
    for key in ("colour", "contested", "year"):
        assert f"«{N}{key}{N}»" not in said and any(f"«{N}{key}{N}»" in p.text("fr") for p in problems)
    translations.set_language("en")
    qtbot.waitUntil(lambda: "“Year” must be a whole number" in " ".join(shown(panel)), timeout=3000)
    assert "“year”" in " ".join(str(p) for p in problems)  # as `bataille validate` prints it
