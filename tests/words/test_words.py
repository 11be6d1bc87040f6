"""One home for words: every catalogue of the core has one shape, French first, typeset in one place."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from bataille import words
from bataille.words import (
    NBSP,
    NNBSP,
    Catalogue,
    Message,
    language,
    language_from_environment,
    quoted,
    typeset_french,
)

CATALOGUES = [
    ("bataille.deck.messages", "CATALOGUE"), ("bataille.export.wording", "MESSAGES"),
    ("bataille.export.wording", "WORDS"), ("bataille.export.guide", "WORDS"), ("bataille.export.guide", "RULES"),
    ("bataille.export.guide", "QUICK"),
    ("bataille.export.summary_words", "WORDS"), ("bataille.workshop.describe", "_LINES"),
    ("bataille.workshop.describe", "_QUICK_LINES"), ("bataille.workshop.describe", "_ENDING_LINE"),
    ("bataille.workshop.describe", "_UNKNOWN_UNDONE"), ("bataille.workshop.describe", "_REDONE"),
    ("bataille.workshop.describe", "_FIELD_WORDS"), ("bataille.workshop.describe", "_PRESS"),
    ("bataille.export.kit_words", "KIT_WORDS"), ("bataille.export.print_run", "RUN_WORDS"),
    ("bataille.workshop.refusals", "REFUSALS"), ("bataille.commands._words", "LINES"),
    ("bataille.workshop.flow", "WORDS"), ("bataille.export.guide_console", "CONDUCT"),
    ("bataille.export.guide_before", "BEFORE"), ("bataille.export.guide_facts", "FACTS"),
    ("bataille.storage.words", "STORAGE"), ("bataille.workshop.event_check", "_WORDS"),
    ("bataille.workshop.pacing", "WORDS"),
]
SRC = Path(__file__).resolve().parents[2] / "src"


def test_every_catalogue_of_the_code_is_checked_here():
    """A new catalogue (``NAME = Catalogue(...)``) is held to the checks below as soon as it exists."""
    found = {(".".join(path.relative_to(SRC).with_suffix("").parts), match.group(1))
             for path in SRC.rglob("*.py")
             for match in re.finditer(r"^(\w+) = Catalogue\(", path.read_text(encoding="utf-8"), flags=re.MULTILINE)}
    assert len(found) > 10
    assert found <= set(CATALOGUES), sorted(found - set(CATALOGUES))


def test_french_typography_in_one_place():
    assert typeset_french("Note : « oui » ; vraiment ? 50 % !") == (
        f"Note{NBSP}: «{NBSP}oui{NBSP}»{NNBSP}; vraiment{NNBSP}? 50{NNBSP}%{NNBSP}!")
    assert typeset_french(typeset_french("a : b")) == typeset_french("a : b")  # idempotent


def test_one_choice_of_language():
    assert [language(c) for c in ("fr", "fr_CA", "FR-be", "en", "de", "", None)] == \
        ["fr", "fr", "fr", "en", "en", "en", "en"]
    assert language_from_environment({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert language_from_environment({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}) == "en"
    assert language_from_environment({}) == "en"


@pytest.mark.parametrize(("module", "name"), CATALOGUES)
def test_every_catalogue_has_one_shape_and_typeset_french(module, name):
    catalogue = getattr(importlib.import_module(module), name)
    assert isinstance(catalogue, Catalogue) and catalogue
    for key, texts in catalogue.items():
        assert set(texts) == {"fr", "en"}, key
        french = texts["fr"]
        assert typeset_french(french) == french, (key, french)  # nothing left untypeset
        assert not re.search(r"\w'\w", french), (key, french)  # French apostrophes are curly: l’IA, d’accord
        assert catalogue.text(key, "de") == texts["en"]  # one fallback everywhere: English


def test_a_message_is_put_into_words_only_when_shown():
    catalogue = Catalogue("test", {"hello": ("Bonjour {who} : {n} carte(s)", "Hello {who}: {n} card(s)"),
                                   "world": ("le monde", "the world")})

    class TestMessage(Message):
        __slots__ = ()

    TestMessage.catalogue = catalogue
    message = TestMessage("hello", who=TestMessage("world"), n=3)
    assert message.render("fr") == f"Bonjour le monde{NBSP}: 3 carte(s)"
    assert message.render("en") == "Hello the world: 3 card(s)"
    assert message == TestMessage("hello", who=TestMessage("world"), n=3)
    with pytest.raises(KeyError, match="test catalogue"):
        TestMessage("nowhere")
    assert words.render_value(("a", TestMessage("world")), "en") == "a the world"


def test_a_negative_number_people_read_has_the_true_minus_sign():
    from bataille.words import MINUS, minus_sign

    assert [minus_sign(t) for t in ("-12", "+3,5", "0", "-2.14e+09")] == [f"{MINUS}12", "+3,5", "0", f"{MINUS}2.14e+09"]


def test_quotes_inside_a_quotation_take_the_inner_kind():
    """The stage wrapped “Saying “thank you” to an AI…” in the same marks twice."""
    assert quoted("Saying “thank you” to an AI", "en") == "“Saying ‘thank you’ to an AI”"
    assert quoted("Dire « merci » à une IA", "fr") == f"«{NBSP}Dire “merci” à une IA{NBSP}»"
    assert quoted(f"Dire «{NBSP}merci{NBSP}» à une IA", "fr") == f"«{NBSP}Dire “merci” à une IA{NBSP}»"
    assert quoted("L’IA décide", "fr") == f"«{NBSP}L’IA décide{NBSP}»" and quoted("AI’s", "en") == "“AI’s”"
