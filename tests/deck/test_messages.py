"""Deck problems in French: a complete catalogue, French at the same file:line:col, French typography."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import DeckError, bundled_deck_path, load_deck
from bataille.deck.messages import (
    CATALOGUE,
    LANGUAGES,
    Message,
    Quoted,
    default_language,
    template_fields,
)
from bataille.deck.yamlhints import KNOWN_SYNTAX
from bataille.deck.yamlread import YamlProblem, parse_yaml

from .conftest import write_deck
from .test_broken_decks import CASES

N = "\u00a0"  # no-break space: before « : », inside « guillemets »
T = "\u202f"  # narrow no-break space: before ; ? !
ENGLISH_WORDS = re.compile(r"\b(must|unknown|did you mean|got|needs|should|expected|cannot|not valid)\b", re.I)

# One French fragment for each broken deck of test_broken_decks (a new case needs one here too).
FRENCH = {
    "yaml-syntax": f"YAML invalide{N}: l’accolade «{N}{{{N}» ouverte ligne",
    "tab-indentation": f"une tabulation sert d’indentation{T}; YAML demande des espaces",
    "wrong-type": f"«{N}year{N}» doit être un nombre entier comme 1956, reçu «{N}vers 1956{N}»",
    "unknown-key": f"clé inconnue «{N}titel{N}» dans une carte débat{T}; vouliez-vous dire «{N}title{N}»{T}?",
    "duplicate-id": f"deux cartes ont l’identifiant «{N}env-water{N}» («{N}cards/environment.yaml:3:5{N}» et "
                    f"«{N}cards/environment.yaml:14:5{N}»){N}: changez l’un des deux",
    "missing-language": f"«{N}title{N}» n’a pas de texte en anglais (en)",
    "missing-french": f"«{N}title{N}» n’a pas de texte en français (fr)",
    "dangling-theme": f"thème inconnu «{N}environement{N}»{T}; vouliez-vous dire «{N}environment{N}»{T}?",
    "source-without-url": f"il manque «{N}url{N}» dans une source",
    "alias-bomb": "les alias (*nom) font grossir ce fichier bien au-delà de ce qui est écrit",
    "over-size-limit": f"le fichier fait 2,2 Mio{T}; un fichier du jeu fait au plus 2 Mio",
    "not-utf8": f"le fichier n’est pas en UTF-8 (octet 0xe9){T}; enregistrez-le en UTF-8",
    "path-escape": f"le chemin «{N}../../etc/passwd{N}» sort du dossier du jeu",
}


def typography_faults(text: str) -> list[str]:
    """French typography broken in ``text`` (code quoted in « » is left alone)."""
    faults = []
    for i, char in enumerate(text):
        if char == "«" and text[i + 1:i + 2] != N:
            faults.append(f"no no-break space after « at {i}")
        if char == "»" and text[i - 1:i] != N:
            faults.append(f"no no-break space before » at {i}")
    outside = re.sub(r"«[^»]*»", "«»", text)  # what is quoted is code or the author's own text
    for match in re.finditer(r"[:;?!]", outside):
        i, mark = match.start(), match.group()
        if outside[i:i + 3] == "://":
            continue  # http:// in a hint
        wanted = N if mark == ":" else T
        if outside[i - 1:i] != wanted:
            faults.append(f"{mark!r} at {i} not preceded by {'U+00A0' if wanted == N else 'U+202F'}")
    if "'" in outside or '"' in outside:
        faults.append("straight quote outside « »: use ’ and « »")
    return faults


def french_lines(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    monkeypatch.chdir(root)  # paths are shown relative to the current folder, as validate does
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    return caught.value.lines("en"), caught.value.lines("fr")


def message_of(line: str) -> str:
    return line.split(": ", 1)[1]


def test_every_key_has_both_languages_with_the_same_fields() -> None:
    for key, templates in CATALOGUE.items():
        assert set(templates) == set(LANGUAGES), key
        assert all(templates[lang] for lang in LANGUAGES), key
        assert template_fields(templates["en"]) == template_fields(templates["fr"]), key


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_french_template_follows_french_typography(key: str) -> None:
    assert typography_faults(CATALOGUE[key]["fr"]) == [], CATALOGUE[key]["fr"]


def test_libyaml_wordings_are_explained_in_english_too() -> None:
    # A teacher reading English gets what to do, as in French, not "while parsing a block mapping…".
    for (context, problem), key in KNOWN_SYNTAX.items():
        english = Message(key).render("en")
        assert problem not in english and (context is None or context not in english), english
        assert not re.search(r"\b(scalar|mapping|token|stream|parsing|scanning|indicator)\b", english), english


@pytest.mark.parametrize(("raw", "english"), [
    (b"a: [1, 2\n    b: 3\n", "a bracket “[” is not closed: a “,” or a “]” is missing"),
    (b"a: {x: 1\n    b: 3\n", "a brace “{” is not closed: a “,” or a “}” is missing"),
    (b"a: b: c\n", "unexpected colon “:”"),
    # Which of two misaligned lines is wrong, YAML cannot tell (it notices the second): both are named.
    # Said in spaces, which a teacher counts, and nothing about a closing quotation mark (not the case here).
    (b"a:\n  b: 1\n c: 2\n", "wrong indentation: this line has 1 space before it, line 2 above it has 2 spaces; "),
    (b"a:\n  - b: 1\n    c: 2\n\n    # note\n   d: 3\n", "this line has 3 spaces before it, line 3 above it has 4 "
                                                          "spaces; the keys of one group have as many spaces before "
                                                          "them (like “fr:” and “en:” under “title:”): align whichever "
                                                          "of the two is out of line"),
    (b'a:\n  b: "x" y\n', "“y” follows the quotation mark that ends the text: write the whole text between the "
                          "quotation marks, as in “b: \"x y\"”"),
    (b"- a\nb: 1\n", "wrong indentation: a list item “-”"),
    (b"a: @x\n", "a value cannot start with this character"),
    (b"a:\n  - 1\n  x\n", "a “:” is missing after a key"),
    (b'a: "x\\q"\n', "a backslash “\\” starts an unknown escape"),
])
def test_common_yaml_errors_have_a_plain_english_wording(raw: bytes, english: str) -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(raw)
    assert caught.value.message.startswith("not valid YAML: ")
    assert english in caught.value.message
    assert english in caught.value.wording.render("en")


def test_a_misaligned_key_is_said_in_spaces_in_french() -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(b"a:\n  b: 1\n  c:\n    x: 1\n    y: 2\n   z: 3\n")
    french = caught.value.wording.render("fr")
    assert "cette ligne a 3 espaces devant, la ligne 5 au-dessus en a 4 espaces" in french, french
    assert "guillemet" not in french and "colonne" not in french


def test_french_covers_every_broken_deck_case() -> None:
    assert set(FRENCH) == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_broken_deck_gives_a_french_line_at_the_same_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    overrides, where, fragment = CASES[case]
    english, french = french_lines(write_deck(tmp_path / case, **overrides), monkeypatch)
    assert len(english) == len(french)
    for en, fr in zip(english, french, strict=True):
        assert en.split(": ", 1)[0] == fr.split(": ", 1)[0]  # the same file:line:col prefix
    hits = [i for i, line in enumerate(english) if line.startswith(where) and fragment in line]
    assert hits, english
    assert any(FRENCH[case] in french[i] for i in hits), "\n".join(french)
    for line in french:
        message = message_of(line)
        outside_quotes = re.sub(r"«[^»]*»", "«»", message)
        assert not ENGLISH_WORDS.search(outside_quotes), line
        assert typography_faults(message) == [], (line, typography_faults(message))


@pytest.mark.parametrize(("raw", "french"), [
    (b"a: [1, 2\n    b: 3\n", f"un crochet «{N}[{N}» n’est pas fermé"),
    (b"a: b: c\n", f"deux-points «{N}:{N}» inattendu"),
    (b"a:\n  b: 1\n c: 2\n", "mauvaise indentation"),
    (b"a:\n\tb: 1\n", "une tabulation sert d’indentation"),
    (b"a: @x\n", "caractère interdit au début d’une valeur"),
    (b"a: 1\na: 2\n", f"la clé «{N}a{N}» est écrite deux fois (la première à la ligne 1)"),
    (b"a: 1\x00\n", "caractère NUL"),
    (b"cards: " + b"[" * 50 + b"]" * 50, "le fichier imbrique plus de 40 niveaux"),
])
def test_common_yaml_errors_have_a_french_wording(raw: bytes, french: str) -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(raw)
    assert caught.value.wording is not None
    text = caught.value.wording.render("fr")
    assert french in text
    assert not ENGLISH_WORDS.search(text) and typography_faults(text) == [], text


def test_other_yaml_errors_keep_libyaml_text_in_parentheses() -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(b"a: }\n")
    english = caught.value.message
    assert english == ("not valid YAML; check this line and the one above "
                       "(libyaml: while parsing a block node, did not find expected node content)")
    assert caught.value.wording.render("fr") == (
        f"YAML invalide{T}; vérifiez cette ligne et celle du dessus "
        f"(libyaml{N}: while parsing a block node, did not find expected node content)")


def test_values_are_quoted_and_cut_the_french_way() -> None:
    assert Quoted("titel").render("fr") == f"«{N}titel{N}»"
    assert Quoted("titel").render("en") == "“titel”"
    assert Quoted("x" * 100).render("fr") == f"«{N}{'x' * 59}…{N}» (100 caractères)"
    assert Quoted("x" * 100).render("en") == "“" + "x" * 59 + "…” (100 characters)"
    assert Quoted("a\nb").render("fr") == f"«{N}a\\nb{N}»"  # one problem, one line


def test_english_stays_the_message_and_str_of_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    overrides, where, fragment = CASES["unknown-key"]
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DeckError) as caught:
        load_deck(write_deck(tmp_path / "deck", **overrides))
    problem = next(p for p in caught.value.problems if "titel" in p.message)
    assert str(problem) == problem.text("en") == problem.text() == caught.value.lines()[1]
    assert problem.message_in("fr") == f"clé inconnue «{N}titel{N}» dans une carte débat{T}; vouliez-vous dire «{N}title{N}»{T}?"
    assert problem.text("de") == str(problem)  # any other language falls back to English


def test_a_valid_deck_puts_no_message_into_words(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Message, lang: str = "en") -> str:
        raise AssertionError(f"message {self.key} rendered while loading a valid deck")

    monkeypatch.setattr(Message, "render", refuse)
    assert load_deck(bundled_deck_path()).cards


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "C.UTF-8"}, "en"), ({}, "en"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_BE.UTF-8"}, "fr"),
    ({"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, "en"), ({"LANG": "fr_CA", "LC_ALL": ""}, "fr"),
])
def test_default_language_follows_the_locale(environ: dict[str, str], lang: str) -> None:
    assert default_language(environ) == lang


def run_validate(root: Path, *options: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bataille", "validate", *options, str(root)],
                          capture_output=True, text=True, cwd=root, timeout=60, env=env)


def test_validate_speaks_french_when_asked_or_when_the_locale_is_french(tmp_path: Path) -> None:
    overrides, where, _ = CASES["wrong-type"]
    root = write_deck(tmp_path / "deck", **overrides)
    expected = f"{where}: {FRENCH['wrong-type']}"
    french = run_validate(root, "--lang", "fr")
    assert french.returncode == 1 and expected in french.stderr.splitlines(), french.stderr
    assert f"{N}: 1 problème\n" in french.stderr and "Traceback" not in french.stderr
    english = run_validate(root, "--lang", "en")
    assert f"{where}: “year” must be a whole number such as 1956" in english.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    by_locale = run_validate(root, env={**env, "LANG": "fr_FR.UTF-8"})
    assert expected in by_locale.stderr.splitlines(), by_locale.stderr
    assert "must" not in run_validate(root, env={**env, "LANG": "C.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}).stderr
