"""Files a deck folder may hold, and decks a workshop cannot run: said by `validate`, never skipped.

Classes 5 and 6 of docs/reliability.md: an emptied card file, other YAML suffixes, files that
are not read; a deck without an agenda, without cards, with an empty scenario or a phase with
nothing to play.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bataille.deck import DeckError, load_deck
from tests.deck.conftest import (
    AGENDA_YAML,
    CARDS_YAML,
    SCENARIO_YAML,
    copy_bundled_deck,
    write_deck,
)

from .figures import count


def _validate(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="en_GB.UTF-8")
    return subprocess.run([sys.executable, "-m", "bataille", "validate", *args], capture_output=True, text=True,
                          env=env, timeout=60)


def _one_problem(root: Path) -> str:
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    lines = caught.value.lines("en")
    assert len(lines) == 1, lines
    assert caught.value.lines("fr")[0] != lines[0]
    count("deck folder problems said")
    return lines[0]


@pytest.mark.parametrize("content", [b"", b"\n\n", b"# every card was cut\n", b"---\n", b"\xef\xbb\xbf"])
def test_an_emptied_card_file_is_a_problem(content: bytes, tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"cards/more.yaml": content})
    line = _one_problem(root)
    assert "cards/more.yaml:1:1: this card file is empty" in line


def test_an_empty_card_list_is_a_problem(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"cards/more.yaml": "theme: environment\ncards: []\n"})
    assert "cards/more.yaml:2:8: “cards” lists no card" in _one_problem(root)


def test_an_empty_scenario_file_is_a_problem(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"scenarios/later.yaml": "# to do\n"})
    assert "scenarios/later.yaml:1:1: this file is empty" in _one_problem(root)


@pytest.mark.parametrize("name", ["more.yml", "more.YAML", "More.Yml", "more.yAmL"])
def test_every_yaml_suffix_is_read(name: str, tmp_path: Path) -> None:
    extra = CARDS_YAML.replace("env-", "more-").replace("ev-1956", "ev-1957")
    root = write_deck(tmp_path / "deck", **{f"cards/{name}": extra})
    assert len(load_deck(root).cards) == 6
    broken = write_deck(tmp_path / "broken", **{f"cards/{name}": extra.replace("kind: fact", "kind: fakt")})
    assert f"cards/{name}:" in _one_problem(broken)


def test_an_agenda_with_another_suffix_is_the_agenda(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck")
    (root / "scenarios" / "agenda.yaml").rename(root / "scenarios" / "agenda.yml")
    assert [p.id for p in load_deck(root).agenda.phases] == ["welcome", "debates"]


def test_files_not_read_are_named_by_validate(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck")
    for name in ("cards/README.txt", "cards/environment.yaml.bak", "cards/.~lock.x#", "scenarios/notes.md",
                 "cards/._environment.yaml"):
        (root / name).write_bytes(b"\x00\x01 not a deck file")
    deck = load_deck(root)
    assert len(deck.skipped) == 5 and len(deck.cards) == 3
    done = _validate(str(root))
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 5 and all("is not read (a deck reads only the .yaml and .yml files" in n for n in notes)
    assert "3 cards" in done.stdout


def test_the_bundled_deck_skips_nothing(tmp_path: Path) -> None:
    root = copy_bundled_deck(tmp_path / "deck")
    deck = load_deck(root)
    # Every card written in the card files is read: count them in the files themselves.
    written = sum(len(yaml.safe_load(f.read_text(encoding="utf-8")).get("cards") or [])
                  for f in (root / "cards").glob("*.yaml") if f.name != "deck.yaml")
    assert written > 100
    assert deck.skipped == () and len(deck.cards) == written


# -- decks the app cannot run ------------------------------------------------------------------------


def test_a_deck_without_an_agenda_is_refused(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck")
    (root / "scenarios" / "agenda.yaml").unlink()
    assert "scenarios/agenda.yaml:1:1: the deck has no agenda" in _one_problem(root)
    (root / "scenarios").rename(root / "gone")
    assert "the deck has no agenda" in _one_problem(root)


def test_a_deck_without_cards_is_refused(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"scenarios/agenda.yaml": AGENDA_YAML.replace("kind: debate", "kind: intro")})
    (root / "cards" / "environment.yaml").unlink()
    assert "cards/deck.yaml:1:1: the deck has no card" in _one_problem(root)


@pytest.mark.parametrize("key,words", [("indicators", "lists no indicator"), ("decisions", "lists no decision")])
def test_an_empty_scenario_is_refused(key: str, words: str, tmp_path: Path) -> None:
    start = SCENARIO_YAML.index(f"  {key}:")
    end = SCENARIO_YAML.index("  decisions:") if key == "indicators" else len(SCENARIO_YAML)
    emptied = SCENARIO_YAML[:start] + f"  {key}: []\n" + SCENARIO_YAML[end:]
    if key == "indicators":
        emptied = emptied.replace("effects: {environment: 2, trust: -1}", "").replace("effects: {environment: -1}", "")
    root = write_deck(tmp_path / "deck", **{"scenarios/frugal.yaml": emptied})
    assert words in _one_problem(root)


@pytest.mark.parametrize("kind,removed,none", [
    ("debate", "  - id: env-debate", "no debate card"),
    ("timeline", "  - id: ev-1956", "no event card"),
    ("scenario", None, "no scenario"),
])
def test_a_phase_with_nothing_to_play_is_refused(kind: str, removed: str | None, none: str, tmp_path: Path) -> None:
    agenda = AGENDA_YAML.replace("kind: debate", f"kind: {kind}")
    cards = CARDS_YAML
    if removed:
        start = cards.index(removed)
        following = cards.find("  - id:", start + 5)
        cards = cards[:start] + (cards[following:] if following > 0 else "")
    root = write_deck(tmp_path / "deck", **{"scenarios/agenda.yaml": agenda, "cards/environment.yaml": cards})
    if removed is None:
        (root / "scenarios" / "frugal.yaml").unlink()
    line = _one_problem(root)
    assert f"scenarios/agenda.yaml:7:7: phase “debates” is a “{kind}” phase, but the deck has {none}" in line


def test_a_broken_card_file_does_not_also_say_the_deck_has_no_card(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"cards/environment.yaml": CARDS_YAML.replace("cards:", "cardz:")})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    assert not any("has no card" in line or "phase" in line for line in caught.value.lines())
