"""A quote, a brace or a comma left out is reported where it is, saying what to write.

YAML lets a quoted text run over several lines, so a closing quote left out swallows the lines
below and libyaml fails lines later; these are the commonest mistakes of a deck edited by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck
from bataille.deck.yamlread import YamlProblem, parse_yaml

from .conftest import copy_bundled_deck, write_deck
from .test_messages import ENGLISH_WORDS, typography_faults

N = "\u00a0"
TITLE_FR = 'fr: "Visages\u00a0: des erreurs très inégales"'
TITLE_EN = 'en: "Face analysis: very unequal errors"'


def broken_bias(tmp_path: Path, old: str, new: str) -> tuple[str, str]:
    """The bundled deck with one edit of cards/bias.yaml: its one problem, in English and French."""
    root = copy_bundled_deck(tmp_path / "deck")
    bias = root / "cards" / "bias.yaml"
    text = bias.read_text(encoding="utf-8")
    assert text.count(old) == 1
    bias.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    problems = caught.value.problems
    assert len(problems) == 1, caught.value.lines()
    problem = problems[0]
    assert problem.path.endswith("bias.yaml")
    english, french = problem.text("en"), problem.text("fr")
    assert english.split(": ", 1)[0] == french.split(": ", 1)[0]
    french_words = french.split(": ", 1)[1]
    assert not ENGLISH_WORDS.search(french_words) and typography_faults(french_words) == [], french
    return english.split("bias.yaml:", 1)[1], french.split("bias.yaml:", 1)[1]


def test_a_closing_quote_left_out_of_a_block_line_is_reported_where_the_quote_opens(tmp_path: Path) -> None:
    english, french = broken_bias(tmp_path, TITLE_EN, TITLE_EN[:-1])  # the tester's case: once 12:12
    assert english == ("10:11: not valid YAML: the quotation mark “\"” opened here is not closed: write the "
                       "closing quotation mark on the same line, for example “en: \"Face analysis: very unequal "
                       "errors\"” (without it, YAML reads what follows as text up to line 12)")
    assert french == (f"10:11: YAML invalide{N}: le guillemet «{N}\"{N}» ouvert ici n’est pas fermé{N}: écrivez "
                      f"le guillemet fermant sur la même ligne, par exemple «{N}en: \"Face analysis: very unequal "
                      f"errors\"{N}» (sans lui, YAML lit la suite comme du texte jusqu’à la ligne 12)")


def test_a_closing_quote_left_out_of_a_flow_mapping_is_reported_where_the_quote_opens(tmp_path: Path) -> None:
    english, french = broken_bias(tmp_path, f"    title:\n      {TITLE_FR}\n      {TITLE_EN}\n",
                                  '    title: {fr: "Visages", en: "Gender Shades }\n')
    assert english.startswith("8:32: not valid YAML: the quotation mark “\"” opened here is not closed")
    assert "for example “en: \"Gender Shades\"”" in english
    assert french.startswith(f"8:32: YAML invalide{N}: le guillemet «{N}\"{N}» ouvert ici n’est pas fermé")
    assert f"par exemple «{N}en: \"Gender Shades\"{N}»" in french


def test_a_single_quote_left_open_is_reported_too(tmp_path: Path) -> None:
    english, french = broken_bias(tmp_path, TITLE_EN, "en: 'Face analysis")
    assert english.startswith("10:11: not valid YAML: the quotation mark “'” opened here is not closed")
    assert "for example “en: 'Face analysis'”" in english
    assert french.startswith(f"10:11: YAML invalide{N}: le guillemet «{N}'{N}» ouvert ici")


def test_a_quote_left_open_to_the_end_of_the_file_is_reported_where_it_opens() -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(b'a:\n  b: "x\n  c: 1\n')
    assert caught.value.pos == (2, 6)
    assert caught.value.message.endswith("for example “b: \"x\"” (without it, YAML reads what follows as text "
                                         "up to the end of the file)")
    assert caught.value.wording.render("fr").endswith("jusqu’à la fin du fichier)")


def test_an_opening_quote_left_out_before_a_colon_is_reported_at_the_text(tmp_path: Path) -> None:
    english, french = broken_bias(tmp_path, TITLE_EN, 'en: Face analysis: very unequal errors"')
    assert english == ("10:11: not valid YAML: this text ends with a quotation mark “\"” that is never opened: "
                       "write “\"” at its start too, for example “en: \"Face analysis: very unequal errors\"”")
    assert french == (f"10:11: YAML invalide{N}: ce texte finit par un guillemet «{N}\"{N}» qui n’est jamais "
                      f"ouvert{N}: écrivez aussi «{N}\"{N}» au début du texte, par exemple "
                      f"«{N}en: \"Face analysis: very unequal errors\"{N}»")


def test_an_opening_quote_left_out_of_a_text_that_yaml_reads_is_a_problem_too(tmp_path: Path) -> None:
    english, french = broken_bias(tmp_path, TITLE_EN, 'en: Face analysis, very unequal errors"')
    assert english == ("10:11: this text ends with a quotation mark “\"” that is never opened: write “\"” at its "
                       "start too, for example “en: \"Face analysis, very unequal errors\"”")
    assert french.startswith(f"10:11: ce texte finit par un guillemet «{N}\"{N}» qui n’est jamais ouvert")


def test_a_closing_brace_left_out_is_reported_at_the_end_of_its_line(tmp_path: Path) -> None:
    line = '    title: {fr: "Visages", en: "Gender Shades"'
    english, french = broken_bias(tmp_path, f"    title:\n      {TITLE_FR}\n      {TITLE_EN}\n", line + "\n")
    assert english == (f"8:{len(line) + 1}: not valid YAML: the brace “{{” opened on line 8, column 12 is not "
                       "closed: write “}” at the end of this line, as in “title: {fr: \"…\", en: \"…\"}”")
    assert french == (f"8:{len(line) + 1}: YAML invalide{N}: l’accolade «{N}{{{N}» ouverte ligne 8, colonne 12 "
                      f"n’est pas fermée{N}: écrivez «{N}}}{N}» à la fin de cette ligne, comme dans "
                      f"«{N}title: {{fr: \"…\", en: \"…\"}}{N}»")


@pytest.mark.parametrize(("line", "col"), [
    ('    title: {fr: "Visages" en: "Gender Shades"}', 27),
    ("    title: {fr: Visages en: Gender Shades}", 25),
])
def test_a_comma_left_out_of_a_flow_mapping_is_reported_before_the_next_entry(
        tmp_path: Path, line: str, col: int) -> None:
    english, french = broken_bias(tmp_path, f"    title:\n      {TITLE_FR}\n      {TITLE_EN}\n", line + "\n")
    assert english == (f"8:{col}: not valid YAML: a comma “,” is missing before “en”: inside braces, separate the "
                       "entries with commas, as in “{fr: \"…\", en: \"…\"}”")
    assert french == (f"8:{col}: YAML invalide{N}: il manque une virgule «{N},{N}» avant «{N}en{N}»{N}: entre "
                      f"accolades, séparez les entrées par des virgules, comme dans «{N}{{fr: \"…\", en: \"…\"}}{N}»")


def test_a_closing_quote_left_out_before_the_next_entry_is_not_called_a_missing_comma(tmp_path: Path) -> None:
    """The first text ran on to the next entry's opening quote: the message said a comma was missing
    before the English text, and a comma written there changed nothing."""
    english, french = broken_bias(tmp_path, f"    title:\n      {TITLE_FR}\n      {TITLE_EN}\n",
                                  '    title: {fr: "Visages, en: "Gender Shades"}\n')
    assert english == ("8:17: not valid YAML: the quotation mark “\"” opened here is not closed: write the closing "
                       "quotation mark on the same line, for example “fr: \"Visages\"” (without it, YAML reads "
                       "what follows as text up to the quotation mark of “en:”)")
    assert french == (f"8:17: YAML invalide{N}: le guillemet «{N}\"{N}» ouvert ici n’est pas fermé{N}: écrivez le "
                      f"guillemet fermant sur la même ligne, par exemple «{N}fr: \"Visages\"{N}» (sans lui, YAML lit "
                      f"la suite comme du texte jusqu’au guillemet de «{N}en:{N}»)")


def test_a_closing_bracket_left_out_is_reported_at_the_end_of_its_line() -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(b"id: x\nlanguages: [fr, en\ntitle: {fr: a, en: b}\n")
    assert caught.value.pos == (2, 19)
    assert "the bracket “[” opened on line 2, column 12 is not closed: write “]”" in caught.value.message


@pytest.mark.parametrize("raw", [
    b'a:\n  en: "Face analysis\n    continues here"\n',  # a quoted text over two lines, on purpose
    b"a:\n  en: 'it''s\n    fine'\n",
    b'a:\n  fr: "l\'IA, c\'est \\"x\\""\n  b: \'it\'\'s\'\n  d: l\'IA # "x\n',  # apostrophes, escapes, a comment
    b'a:\n  c: >-\n    He said "hi\n    b: 1\n  d: |\n    \'open\n',  # quotes in block texts
    b'a:\n  en: 13"\n  fr: Il a dit "oui"\n',  # inches; a pair of quotes
])
def test_valid_yaml_with_quotes_still_loads(raw: bytes) -> None:
    assert parse_yaml(raw)


def test_a_deck_with_apostrophes_and_a_text_over_several_quoted_lines_loads(tmp_path: Path) -> None:
    from .conftest import CARDS_YAML
    cards = CARDS_YAML.replace("title: {fr: L'eau, en: Water}",
                               "title: {fr: \"L’eau, l'IA\n      et le reste\", en: 'Water''s\n      cost'}")
    assert cards != CARDS_YAML
    deck = load_deck(write_deck(tmp_path / "deck", **{"cards/environment.yaml": cards}))
    titles = [card.title for card in deck.cards]
    assert any("et le reste" in str(t) for t in titles), titles


def test_a_text_over_several_lines_then_an_unrelated_mistake_keeps_the_general_message() -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(b'a:\n  en: "Face analysis\n    continues here"\n  fr: x\n b: 2\n')
    assert caught.value.pos == (5, 2)
    assert "wrong indentation" in caught.value.message


@pytest.mark.parametrize(("line", "col", "word"), [
    ("    title: {fr: 'Les visages d'abord', en: \"Gender Shades\"}", 31, "d'abord"),  # in braces
    ("    title:\n      fr: 'L'IA voit mal les visages'\n      en: \"Gender Shades\"", 13, "L'IA"),  # on its own line
])
def test_an_apostrophe_inside_a_text_quoted_with_apostrophes_is_named(
        tmp_path: Path, line: str, col: int, word: str) -> None:
    """« 'Des sites d'info' »: libyaml spoke of a comma missing before « info », or of indentation."""
    english, french = broken_bias(tmp_path, f"    title:\n      {TITLE_FR}\n      {TITLE_EN}\n", line + "\n")
    at = 8 if "{" in line else 9
    assert english.startswith(f"{at}:{col}: not valid YAML: the apostrophe in “{word}” ends the text opened "
                              "with an apostrophe"), english
    assert f"write the typographic apostrophe, “{word.replace(chr(39), chr(0x2019))}”" in english
    assert french.startswith(f"{at}:{col}: YAML invalide{N}: l’apostrophe de «{N}{word}{N}» ferme le texte"), french
