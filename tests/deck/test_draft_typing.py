"""French typography as you type (typeset_typing): the rule tests/deck/test_typography.py checks."""

from __future__ import annotations

import pytest

from bataille.deck.draft import typeset_typing

from .test_typography import ENGLISH_RULES, FRENCH_RULES, problems

NB, NN = "\u00a0", "\u202f"


def type_out(keys: str, lang: str) -> tuple[str, int]:
    """What a field holds after ``keys`` are typed one by one at the end."""
    text, cursor = "", 0
    for key in keys:
        text, cursor = typeset_typing(text[:cursor] + key + text[cursor:], cursor + 1, lang)
    return text, cursor


@pytest.mark.parametrize(("typed", "expected"), [
    ("Un test : passer", f"Un test{NB}: passer"),
    ("Un test: passer", f"Un test{NB}: passer"),
    ("Vraiment ?", f"Vraiment{NN}?"),
    ("Vraiment?", f"Vraiment{NN}?"),
    ("Quoi ?!", f"Quoi{NN}?!"),
    ("Stop ; assez", f"Stop{NN}; assez"),
    ("21 %", f"21{NN}%"),
    ("le « juge »", f"le «{NB}juge{NB}»"),
    ("le «juge»", f"le «{NB}juge{NB}»"),
    ("l'IA", "l’IA"),
    ("à 10:30", "à 10:30"),
    ("voir https://example.org", "voir https://example.org"),
])
def test_french_as_typed(typed: str, expected: str) -> None:
    text, cursor = type_out(typed, "fr")
    assert text == expected and cursor == len(expected)


def test_what_is_typed_in_french_follows_the_decks_rule() -> None:
    text, _ = type_out("Un test : «hiver de l'IA» ; vraiment ? Oui !", "fr")
    assert problems(text, FRENCH_RULES) == []


def test_english_gets_the_apostrophe_only() -> None:
    text, cursor = type_out("It's a test: really?", "en")
    assert (text, cursor) == ("It’s a test: really?", 20)
    assert problems(text, ENGLISH_RULES) == []


def test_the_cursor_stays_after_the_same_character() -> None:
    # a mark typed in the middle of a text
    assert typeset_typing("Un test: passer", 8, "fr") == (f"Un test{NB}: passer", 9)
    # a space before ":" already there: the space changes, the text keeps its length
    assert typeset_typing("Un test : passer", 9, "fr") == (f"Un test{NB}: passer", 9)
    # a pasted text: every apostrophe, the cursor moves by what changed before it
    assert typeset_typing("l'a l'b", 3, "fr") == ("l’a l’b", 3)
    # the cursor at the start, or past the end
    assert typeset_typing("a : b", 0, "fr") == (f"a{NB}: b", 0)
    assert typeset_typing("l'a", 99, "en") == ("l’a", 3)


def test_a_space_typed_after_an_opening_guillemet_is_not_doubled() -> None:
    text, cursor = type_out("« juge", "fr")
    assert text == f"«{NB}juge" and cursor == len(text)


def test_deleting_the_inserted_space_is_respected() -> None:
    text, cursor = type_out("Jeopardy!", "fr")
    assert text == f"Jeopardy{NN}!"
    text = text.replace(NN, "")  # the author removes it with backspace: cursor after "y"
    assert typeset_typing(text, 8, "fr") == ("Jeopardy!", 8)
