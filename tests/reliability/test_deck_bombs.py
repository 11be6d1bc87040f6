"""Hand-made hostile deck files, each at or near the 2 MiB limit: the reader's error, fast and small.

Every crash or blow-up the fuzzing found is pinned here as a regression case (see
docs/reliability.md, "Crashes found and fixed").
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bataille.deck import DeckError, bundled_deck_path, load_deck
from bataille.deck.yamlread import MAX_FILE_BYTES, YamlProblem
from tests.deck.conftest import copy_bundled_deck

from .figures import note
from .measure import MiB, best_of, measure
from .test_deck_fuzz import MAX_BYTES, MAX_MESSAGE, MAX_SECONDS

NEAR = MAX_FILE_BYTES - 4096  # room for the surrounding YAML


def _fill(unit: bytes, head: bytes = b"", tail: bytes = b"\n") -> bytes:
    return head + unit * ((NEAR - len(head) - len(tail)) // len(unit)) + tail


CARD_HEAD = b"theme: environment\ncards:\n"
PARSE_CASES = {
    "equals-sign value (YAML 'value' tag)": b"a: =\nb: [=, x]\n",
    "merge key written as a value": b"a: <<\nb: [<<]\n",
    "5000-digit integer": b"year: " + b"7" * 5000 + b"\n",
    "integer at the file limit": _fill(b"9", b"year: "),
    "sexagesimal integer at the file limit": _fill(b":59", b"a: 1"),
    "sexagesimal float at the file limit": _fill(b":59", b"a: 1", b".5\n"),
    "hex integer at the file limit": _fill(b"f", b"a: 0x"),
    "octal integer at the file limit": _fill(b"7", b"a: 0"),
    "float digits at the file limit": _fill(b"9", b"a: 1.", b"e+99\n"),
    "one scalar at the file limit": _fill(b"x", b"a: "),
    "emoji and RTL marks at the file limit": _fill("\U0001F916\u200f\u200d\u202e".encode(), b"a: "),
    "flow nesting at the file limit": b"a: " + b"[" * (NEAR // 2) + b"]" * (NEAR // 2),
    "block nesting 2000 deep": b"".join(b" " * i + b"- \n" for i in range(2000)),
    "billion laughs": b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" .encode() + b", ".join([f"*{chr(97 + i)}".encode()] * 9) + b"]\n"
        for i in range(9)),
    "many small mappings": _fill(b"- {a: 1}\n"),
    "many anchors and aliases": _fill(b"- &x1 {a: 1}\n- *x1\n"),
    "many duplicate keys": _fill(b"a: 1\n"),
    "many documents": _fill(b"---\na: 1\n"),
    "NUL in the middle": b"a: b\n" * 1000 + b"c: \x00\n",
    "invalid UTF-8": b"a: caf\xe9\n",
    "control characters": b"a: \x01\x02\x1b\n",
    "unknown tags": b"a: !!python/object/apply:os.system [echo hi]\nb: !!binary aGk=\n",
    "over the size limit": b"a: " + b"x" * (MAX_FILE_BYTES + 10) + b"\n",
}


@pytest.mark.parametrize("name", list(PARSE_CASES))
def test_parse_bomb_is_refused_quickly(name: str, tmp_path: Path) -> None:
    from bataille.deck.yamlread import read_yaml

    path = tmp_path / "bomb.yaml"
    path.write_bytes(PARSE_CASES[name])
    timed = best_of(3, lambda: read_yaml(path))
    traced = measure(lambda: read_yaml(path))
    for m in (timed, traced):
        if m.error is not None and not isinstance(m.error, YamlProblem):
            raise AssertionError(f"{name}: {type(m.error).__name__}") from m.error
    if isinstance(timed.error, YamlProblem):
        assert len(timed.error.message) <= MAX_MESSAGE, timed.error.message[:300]
    note("deck bombs (read_yaml)", f"{name}: {timed.seconds * 1000:.0f} ms, "
         f"peak {traced.peak_bytes / MiB:.1f} MiB, "
         f"{'refused' if timed.error else 'read'}")
    assert timed.cpu_seconds < MAX_SECONDS, f"{name}: {timed.cpu_seconds:.2f} s of CPU"
    assert traced.peak_bytes < MAX_BYTES, f"{name}: {traced.peak_bytes / MiB:.0f} MiB"


def _card_file_cases() -> dict[str, tuple[str, bytes]]:
    # Most cases stay just under MAX_NODES written values, so that the validator (not the node
    # cap) meets them; aliases then multiply what it sees up to MAX_ALIAS_EXPANSION times.
    long_id = b"x" * 100_000
    return {
        "aliased long ids (messages quote the value)": (
            "cards/environment.yaml",
            CARD_HEAD + b"  - {kind: fact, id: &i " + long_id + b"}\n"
            + b"  - {kind: fact, id: *i}\n" * 10_000),
        "aliased broken cards (problem amplification)": (
            "cards/environment.yaml",
            CARD_HEAD + b"  - &c {kind: fact}\n" + b"  - {a: 1}\n" * 15_000 + b"  - *c\n" * 140_000),
        "many broken cards": ("cards/environment.yaml", CARD_HEAD + b"  - {kind: fact}\n" * 15_000),
        "many unknown keys": ("cards/environment.yaml", CARD_HEAD + b"  - {kind: fact, zz: 1}\n" * 9_000),
        "broken cards up to the file limit": ("cards/environment.yaml", _fill(b"  - {kind: fact}\n", CARD_HEAD)),
        "aliased long key (did-you-mean on a huge word)": (
            "cards/environment.yaml",
            CARD_HEAD + b"  - kind: fact\n    ? &k " + long_id + b"\n    : 1\n" + b"  - {kind: fact, *k : 1}\n" * 10_000),
        "huge hex year (too many digits to print)": (
            "cards/timeline.yaml",
            b"cards:\n  - {kind: event, id: e1, year: 0x" + b"f" * 50_000 + b"}\n"),
        "huge octal minutes": (
            "scenarios/agenda.yaml",
            b"agenda:\n  phases:\n    - {id: p, kind: intro, title: {fr: a, en: b}, minutes: 0" + b"7" * 50_000 + b"}\n"),
        "thousands of languages": (
            "cards/deck.yaml",
            bundled_deck_path().joinpath("cards/deck.yaml").read_bytes().replace(
                b"languages: [fr, en]", b"languages: [fr, en, " + b", ".join(
                    f"l{i}".encode() for i in range(40_000)) + b"]")),
        "icon path too long for the file system": (
            "cards/deck.yaml",
            bundled_deck_path().joinpath("cards/deck.yaml").read_bytes().replace(
                b"icon: assets/icons/bias.svg", b"icon: assets/" + b"a" * 5000 + b".svg")),
        "icon path escaping the deck": (
            "cards/deck.yaml",
            bundled_deck_path().joinpath("cards/deck.yaml").read_bytes().replace(
                b"icon: assets/icons/bias.svg", b"icon: ../../../../etc/passwd")),
        "scenario effects on thousands of unknown indicators": (
            "scenarios/frugal.yaml",
            b"scenario:\n  id: s\n  decisions:\n    - id: d\n      options:\n        - id: o\n"
            b"          effects: {" + b", ".join(f"k{i}: 1".encode() for i in range(20_000)) + b"}\n"),
    }


@pytest.fixture
def deck_copy(tmp_path: Path) -> Path:
    return copy_bundled_deck(tmp_path / "deck")


@pytest.mark.parametrize("name", list(_card_file_cases()))
def test_deck_bomb_is_refused_quickly(name: str, deck_copy: Path) -> None:
    rel, raw = _card_file_cases()[name]
    assert len(raw) <= MAX_FILE_BYTES, f"{name}: the case itself is {len(raw)} bytes"
    (deck_copy / rel).write_bytes(raw)
    timed = best_of(3, lambda: load_deck(deck_copy))
    traced = measure(lambda: load_deck(deck_copy))
    for m in (timed, traced):
        if m.error is not None and not isinstance(m.error, DeckError):
            raise AssertionError(f"{name}: {type(m.error).__name__}") from m.error
    assert isinstance(timed.error, DeckError), f"{name}: the hostile deck was accepted"
    for problem in timed.error.problems:
        assert len(problem.message) <= MAX_MESSAGE, problem.message[:300]
    note("deck bombs (load_deck)", f"{name}: {timed.seconds * 1000:.0f} ms, peak "
         f"{traced.peak_bytes / MiB:.1f} MiB, {len(timed.error.problems)} problems reported")
    assert timed.cpu_seconds < MAX_SECONDS, f"{name}: {timed.cpu_seconds:.2f} s of CPU"
    assert traced.peak_bytes < MAX_BYTES, f"{name}: {traced.peak_bytes / MiB:.0f} MiB"


def test_special_files_in_the_deck_are_refused_not_read(deck_copy: Path) -> None:
    """A FIFO or a link to /dev/zero named like a card file must not hang or eat memory."""
    fifo = deck_copy / "cards" / "fifo.yaml"
    os.mkfifo(fifo)
    (deck_copy / "cards" / "zero.yaml").symlink_to("/dev/zero")
    m = measure(lambda: load_deck(deck_copy), trace_memory=False)
    assert isinstance(m.error, DeckError), m.error
    messages = " ".join(p.message for p in m.error.problems)
    assert "fifo.yaml" in str(m.error.problems) or "regular" in messages
    assert m.seconds < MAX_SECONDS


def test_card_file_vanishing_between_listing_and_reading(deck_copy: Path, monkeypatch) -> None:
    """A file removed after the folder was listed is a DeckError, not a FileNotFoundError."""
    from bataille.deck import loader

    real = loader.deck_files

    def listed_then_vanished(root: Path) -> list[Path]:
        files = real(root)
        files[1].unlink()
        return files

    monkeypatch.setattr(loader, "deck_files", listed_then_vanished)
    with pytest.raises(DeckError, match="cannot read the file"):
        load_deck(deck_copy)
