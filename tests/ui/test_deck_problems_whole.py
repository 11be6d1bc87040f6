"""Every problem is readable whole: a long message wraps, and the box grows with it (the deck
window's panel, the editor's list and the start screen's bar share one list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import Problem

LONG = ("le thème « biass » n’est déclaré nulle part dans cards/deck.yaml : une carte doit appartenir à l’un des "
        "thèmes du jeu (environment, bias, reliability, creativity, society), ou n’en avoir aucun si c’est un "
        "événement de la frise ; vouliez-vous dire « bias » ?")


def whole(problems) -> None:
    """Each item of the list lies inside what the list shows, none cut at the bottom."""
    shown = problems.viewport().rect()
    for row in range(problems.count()):
        rect = problems.visualItemRect(problems.item(row))
        assert shown.contains(rect), (row, rect, shown)


@pytest.mark.parametrize("width", [1024, 1366])
def test_a_long_problem_is_shown_whole_in_the_deck_window(qtbot, window, width: int, tmp_path: Path) -> None:
    window.resize(width, 768)
    problems = [Problem("cards/cards.yaml", 4, 10, "short"), Problem("cards/cards.yaml", 12, 12, LONG)]
    window.problems.show_problems(problems, kept_deck=True)
    qtbot.waitUntil(lambda: window.problems.list.isVisible())
    qtbot.wait(10)  # the height is measured again once the list has its width
    listed = window.problems.list
    assert listed.visualItemRect(listed.item(1)).height() > 1.5 * listed.fontMetrics().height()  # wrapped
    whole(listed)
    window.grab().save(str(tmp_path / f"problems-{width}.png"))
    window.resize(width - 300, 768)  # narrower: more lines, a taller box
    qtbot.wait(10)
    whole(listed)


def test_the_editor_lists_a_long_problem_whole(qtbot, window) -> None:
    cards = window.watcher.folder / "cards" / "cards.yaml"
    text = cards.read_text(encoding="utf-8")
    cards.write_text(text.replace("theme: environment", "theme: environement" + " " * 0, 1), encoding="utf-8")
    window.resize(700, 768)  # narrow: the message wraps
    assert window.set_editing(True)
    qtbot.wait(10)
    listed = window.editing.editor.problem_list
    assert listed.count() >= 1
    whole(listed)
