"""`bataille validate` on broken decks: one line per problem, right place, exit 1, no traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CARDS_YAML, DECK_YAML, write_deck

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
    for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)

# name -> (file overrides, expected "path:line:col" prefix, expected fragment of the message)
CASES = {
    "yaml-syntax": (
        {"cards/environment.yaml": CARDS_YAML.replace("title: {fr: L'eau, en: Water}", "title: {fr: L'eau, en: Water")},
        "cards/environment.yaml:", "not valid YAML",
    ),
    "tab-indentation": (
        {"cards/environment.yaml": CARDS_YAML.replace("    kind: fact", "\tkind: fact")},
        "cards/environment.yaml:4:", "tab",
    ),
    "wrong-type": (
        {"cards/environment.yaml": CARDS_YAML.replace("year: 1956", 'year: "vers 1956"')},
        "cards/environment.yaml:27:11", "“year” must be a whole number such as 1956, got “vers 1956”",
    ),
    "unknown-key": (
        {"cards/environment.yaml": CARDS_YAML.replace("    title: {fr: Sobriété", "    titel: {fr: Sobriété")},
        "cards/environment.yaml:16:5", "unknown key “titel” in a debate card; did you mean “title”?",
    ),
    "duplicate-id": (
        {"cards/environment.yaml": CARDS_YAML.replace("id: env-debate", "id: env-water")},
        "cards/environment.yaml:14:5", "two cards have the id “env-water” (",
    ),
    "missing-language": (
        {"cards/environment.yaml": CARDS_YAML.replace("title: {fr: Dartmouth, en: Dartmouth}", "title: {fr: Dartmouth}")},
        "cards/environment.yaml:26:12", "“title” has no English text (en)",
    ),
    "missing-french": (
        {"cards/environment.yaml": CARDS_YAML.replace("title: {fr: Dartmouth, en: Dartmouth}", "title: {en: Dartmouth}")},
        "cards/environment.yaml:26:12", "“title” has no French text (fr)",
    ),
    "dangling-theme": (
        {"cards/environment.yaml": CARDS_YAML.replace("theme: environment", "theme: environement")},
        "cards/environment.yaml:1:8", "unknown theme “environement”; did you mean “environment”?",
    ),
    "source-without-url": (
        {"cards/environment.yaml": CARDS_YAML.replace("        url: https://arxiv.org/abs/2304.03271\n", "")},
        "cards/environment.yaml:10:9", "a source needs “url”",
    ),
    "alias-bomb": ({"cards/bomb.yaml": BOMB}, "cards/bomb.yaml:4:", "billion laughs"),
    "over-size-limit": (
        {"cards/huge.yaml": "cards: []\n" + "# padding\n" * 230_000},
        "cards/huge.yaml:1:1", "a deck file may be at most 2 MiB",
    ),
    "not-utf8": (
        {"cards/latin1.yaml": "cards: []\n# caf\xe9\n".encode("latin-1")},
        "cards/latin1.yaml:2:6", "not UTF-8",
    ),
    "path-escape": (
        {"cards/deck.yaml": DECK_YAML.replace("icon: assets/icons/society.svg", "icon: ../../etc/passwd")},
        "cards/deck.yaml:13:11", "leaves the deck folder",
    ),
}


def validate(*paths: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bataille", "validate", "--lang", "en", *map(str, paths)],
                          capture_output=True, text=True, cwd=cwd, timeout=60)


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_broken_deck_is_reported_at_the_right_place(tmp_path: Path, case: str) -> None:
    overrides, where, fragment = CASES[case]
    root = write_deck(tmp_path / case, **overrides)
    result = validate(root, cwd=root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    problem_lines = [line for line in result.stderr.splitlines() if ": " in line and not re.search(r": \d+ problems?$", line)]
    assert any(line.startswith(where) and fragment in line for line in problem_lines), result.stderr
    for line in problem_lines:  # every line is file:line:col: message
        path, line_no, col, message = line.split(":", 3)
        assert path.endswith(".yaml") and line_no.isdigit() and col.isdigit() and message.strip()


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    cards = (CARDS_YAML.replace("year: 1956", "year: soon")
             .replace("    title: {fr: Sobriété", "    titel: {fr: Sobriété"))
    root = write_deck(tmp_path / "many", **{"cards/environment.yaml": cards,
                                             "cards/bomb.yaml": BOMB})
    result = validate(root, cwd=root)
    assert result.returncode == 1
    assert "“year” must be" in result.stderr and "“titel”" in result.stderr and "billion" in result.stderr


def test_valid_deck_exits_zero_and_usage_error_exits_two(mini_deck: Path) -> None:
    ok = validate(mini_deck, cwd=mini_deck)
    assert ok.returncode == 0 and "OK" in ok.stdout
    usage = subprocess.run([sys.executable, "-m", "bataille", "validate", "--no-such-option"],
                           capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2 and "usage:" in usage.stderr
