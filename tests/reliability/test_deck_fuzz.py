"""Fuzz the deck reader: whatever a file holds, the reader answers with its own error, quickly.

Two layers are fuzzed: ``parse_yaml`` (one file as bytes -> located data or ``YamlProblem``) and
``load_deck`` on a copy of the bundled deck where one file is replaced by hostile content (->
``Deck`` or ``DeckError``). Every example is measured: at most 1 s and 50 MiB of Python memory
per file, and every problem a teacher reads must be short and placed at a line and column.

``BATAILLE_FUZZ_EXAMPLES`` raises the number of examples for a longer campaign.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bataille.deck import DeckError, bundled_deck_path, deck_files, load_deck
from bataille.deck.yamlread import YamlProblem, parse_yaml
from tests.deck.conftest import copy_bundled_deck

from .figures import count
from .measure import MiB, best_of, measure
from .yamlgen import any_text_document, block_document, mutated, nested, token_soup, yaml_tree

CAMPAIGN = "BATAILLE_FUZZ_EXAMPLES" in os.environ  # a long random run by hand; else fixed examples
EXAMPLES = int(os.environ.get("BATAILLE_FUZZ_EXAMPLES", "100"))
DECK_EXAMPLES = EXAMPLES if CAMPAIGN else 25  # a whole deck load is ~50x a parse
MAX_SECONDS = 1.0
MAX_BYTES = 50 * MiB
MAX_MESSAGE = 600  # a problem is one line a teacher reads, not a dump of the file
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not CAMPAIGN, database=None,
                print_blob=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DECK_FUZZ = settings(FUZZ, max_examples=DECK_EXAMPLES)


def _within_time(m, fn) -> float:
    """The time to judge: a slow traced run is re-timed untraced, in CPU time (best of 3), before failing."""
    return m.seconds if m.seconds < MAX_SECONDS else best_of(3, fn).cpu_seconds


def check_parse(raw: bytes) -> None:
    """parse_yaml on ``raw`` returns data or raises YamlProblem, within the per-file bounds."""
    m = measure(lambda: parse_yaml(raw))
    count("deck fuzz: parse_yaml cases")
    if m.error is not None and not isinstance(m.error, YamlProblem):
        raise AssertionError(f"parse_yaml raised {type(m.error).__name__} on {raw[:200]!r}") from m.error
    if isinstance(m.error, YamlProblem):
        assert m.error.pos.line >= 1 and m.error.pos.col >= 1
        assert len(m.error.message) <= MAX_MESSAGE, m.error.message[:200]
    seconds = _within_time(m, lambda: parse_yaml(raw))
    assert seconds < MAX_SECONDS, f"{seconds:.2f} s on {raw[:200]!r}"
    assert m.peak_bytes < MAX_BYTES, f"{m.peak_bytes / MiB:.0f} MiB on {raw[:200]!r}"


class DeckCopy:
    """A private deck folder whose files the tests overwrite one at a time, then restore."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.originals = {p: p.read_bytes() for p in deck_files(root)}

    def __repr__(self) -> str:  # hypothesis prints fixtures with a failing example
        return f"DeckCopy({self.root})"


@pytest.fixture(scope="module")
def bundled_copy():
    """A copy of the bundled deck (134 cards, 4 scenarios, the agenda)."""
    with tempfile.TemporaryDirectory(prefix="bataille-fuzz-") as tmp:
        root = copy_bundled_deck(Path(tmp) / "deck")
        yield DeckCopy(root)


@pytest.fixture(scope="module")
def mini_copy():
    """The tests' mini deck (3 cards): hostile content meets the validator at little cost."""
    from tests.deck.conftest import write_deck

    with tempfile.TemporaryDirectory(prefix="bataille-fuzz-") as tmp:
        yield DeckCopy(write_deck(Path(tmp) / "mini"))


def check_deck(deck: DeckCopy, target: Path, raw: bytes) -> None:
    """load_deck with ``target`` replaced by ``raw``: a Deck or a DeckError, within the bounds."""
    root = deck.root
    target.write_bytes(raw)
    try:
        m = measure(lambda: load_deck(root))
        if m.seconds >= MAX_SECONDS:
            m.seconds = best_of(3, lambda: load_deck(root)).cpu_seconds
    finally:
        target.write_bytes(deck.originals[target])
    count("deck fuzz: load_deck cases")
    if m.error is not None and not isinstance(m.error, DeckError):
        raise AssertionError(f"load_deck raised {type(m.error).__name__} with {target.name} = "
                             f"{raw[:200]!r}") from m.error
    if isinstance(m.error, DeckError):
        assert m.error.problems
        for problem in m.error.problems:
            assert problem.line >= 1 and problem.col >= 1, problem
            assert len(problem.message) <= MAX_MESSAGE, problem.message[:200]
    assert m.seconds < MAX_SECONDS, f"{m.seconds:.2f} s with {target.name} = {raw[:200]!r}"
    assert m.peak_bytes < MAX_BYTES, f"{m.peak_bytes / MiB:.0f} MiB with {target.name} = {raw[:200]!r}"


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_parse_or_refuse(raw: bytes) -> None:
    check_parse(raw)


@FUZZ
@given(any_text_document)
def test_generated_yaml_parse_or_refuse(text: str) -> None:
    check_parse(_encode(text))


@FUZZ
@given(st.integers(1, 400), st.booleans())
def test_deep_nesting_is_refused_not_overflowed(depth: int, flow: bool) -> None:
    check_parse(nested(depth, flow).encode())


def _originals() -> list[bytes]:
    return [p.read_bytes() for p in deck_files(bundled_deck_path())]


@FUZZ
@given(mutated(_originals()))
def test_mutated_real_files_parse_or_refuse(raw: bytes) -> None:
    check_parse(raw)


@DECK_FUZZ
@given(data=st.data())
def test_mutated_deck_file_loads_or_refuses(bundled_copy: DeckCopy, data) -> None:
    target = data.draw(st.sampled_from(sorted(bundled_copy.originals)))
    raw = data.draw(mutated([bundled_copy.originals[target]]))
    check_deck(bundled_copy, target, raw)


@DECK_FUZZ
@given(data=st.data())
def test_mutated_mini_deck_file_loads_or_refuses(mini_copy: DeckCopy, data) -> None:
    target = data.draw(st.sampled_from(sorted(mini_copy.originals)))
    raw = data.draw(mutated([mini_copy.originals[target]]))
    check_deck(mini_copy, target, raw)


@FUZZ
@given(data=st.data())
def test_hostile_deck_file_loads_or_refuses(mini_copy: DeckCopy, data) -> None:
    target = data.draw(st.sampled_from(sorted(mini_copy.originals)))
    text = data.draw(st.one_of(block_document(), yaml_tree(), token_soup()))
    check_deck(mini_copy, target, _encode(text))
