"""The YAML mistakes a teacher makes typing a deck by hand, each said in French and English as
what is wrong and what to write, at ``file:line:col``: the broken file is written and read by the
real loader. libyaml's own words ("while parsing a flow node…") stay out of these messages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck
from bataille.deck.yamlread import YamlProblem, parse_yaml

from .conftest import CARDS_YAML, DECK_YAML, write_deck
from .test_messages import ENGLISH_WORDS, typography_faults

N = "\u00a0"
T = "\u202f"


def one_problem(tmp_path: Path, rel: str, old: str, new: str) -> tuple[str, str]:
    """The mini deck with ``old`` replaced by ``new`` once in ``rel``: its one problem, (English, French)."""
    original = {"cards/deck.yaml": DECK_YAML, "cards/environment.yaml": CARDS_YAML}[rel]
    assert original.count(old) == 1, old
    root = write_deck(tmp_path / "deck", **{rel: original.replace(old, new)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    problems = caught.value.problems
    assert len(problems) == 1, caught.value.lines()
    name = rel.rsplit("/", 1)[1]
    english, french = problems[0].text("en"), problems[0].text("fr")
    english, french = english.split(f"{name}:", 1)[1], french.split(f"{name}:", 1)[1]
    for text in (english, french):
        assert "libyaml" not in text and "while " not in text and "did not find" not in text, text
    words = french.split(": ", 1)[1]
    outside_code = "".join(part.split(f"{N}»", 1)[-1] for part in words.split(f"«{N}"))
    assert not ENGLISH_WORDS.search(outside_code) and typography_faults(words) == [], french
    return english, french


def test_a_space_left_out_after_the_colon_is_said_with_the_line_to_write(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "    kind: debate", "    kind:debate")
    assert english == ("15:10: not valid YAML: a space is missing after “kind:”: without it, YAML sees no key on "
                       "this line; write “kind: debate”")
    assert french == (f"15:10: YAML invalide{N}: il manque une espace après «{N}kind:{N}»{N}: sans elle, YAML ne "
                      f"voit pas de clé sur cette ligne{T}; écrivez «{N}kind: debate{N}»")


def test_a_colon_inside_a_plain_text_asks_for_quotes_with_the_text_quoted(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "      - title: Making AI Less Thirsty",
                                  "      - title: Bilan : l'IA")
    assert english == ("10:16: not valid YAML: unexpected colon “:” inside a text: YAML takes it for the start of "
                       "another key; put the text in quotes, as in “title: \"Bilan : l'IA\"”")
    assert french == (f"10:16: YAML invalide{N}: deux-points «{N}:{N}» inattendu dans un texte{N}: YAML le prend "
                      f"pour le début d’une autre clé{T}; mettez le texte entre guillemets, comme "
                      f"«{N}title: \"Bilan : l'IA\"{N}»")


def test_a_colon_inside_a_text_between_braces_asks_for_quotes(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "title: {fr: L'eau, en: Water}",
                                  "title: {fr: Bilan : l'eau, en: Water}")
    assert english == ("5:17: not valid YAML: a text between braces contains “:”, which YAML takes for the start of "
                       "another key: put this text in quotes, as in “fr: \"Bilan : l'eau\"”")
    assert french.startswith(f"5:17: YAML invalide{N}: un texte entre accolades contient «{N}:{N}»")
    assert french.endswith(f"comme «{N}fr: \"Bilan : l'eau\"{N}»")


def test_a_text_with_straight_quotes_inside_is_shown_between_apostrophes(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "      - title: Making AI Less Thirsty",
                                  '      - title: "Making AI "Less" Thirsty"')
    assert english == ("10:28: not valid YAML: “Less\" Thirsty\"” follows the quotation mark that ends the text: a "
                       "text that contains straight quotation marks is written between apostrophes, as in "
                       "“title: 'Making AI \"Less\" Thirsty'”")
    assert french == (f"10:28: YAML invalide{N}: «{N}Less\" Thirsty\"{N}» suit le guillemet qui ferme le texte{N}: "
                      f"un texte qui contient des guillemets droits s’écrit entre apostrophes, comme "
                      f"«{N}title: 'Making AI \"Less\" Thirsty'{N}»")


def test_words_after_a_closing_quote_go_inside_it(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/deck.yaml", 'colour: "#00735C"', 'colour: "#00735C" vert')
    assert english == ("8:23: not valid YAML: “vert” follows the quotation mark that ends the text: write "
                       "the whole text between the quotation marks, as in “colour: \"#00735C vert\"”")
    assert french.startswith(f"8:23: YAML invalide{N}: «{N}vert{N}» suit le guillemet qui ferme le texte")


def test_a_brace_too_many_is_said_to_be_removed(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "title: {fr: Sobriété, en: Frugality}",
                                  "title: {fr: Sobriété, en: Frugality}}")
    assert english == "16:41: not valid YAML: “}” follows the “}” that ends the value: remove it"
    assert french == f"16:41: YAML invalide{N}: «{N}}}{N}» suit le «{N}}}{N}» qui ferme la valeur{N}: effacez-le"


def test_two_commas_in_a_row_between_brackets_are_said_plainly(tmp_path: Path) -> None:
    """The teacher's case: « (libyaml : while parsing a flow node, did not find expected node content) »."""
    english, french = one_problem(tmp_path, "cards/deck.yaml", "languages: [fr, en]", "languages: [fr,, en]")
    assert english.startswith("3:16: not valid YAML: a value is missing between brackets or braces: two commas "
                              "follow each other, a comma follows “[” or “{”")
    assert french.startswith(f"3:16: YAML invalide{N}: une valeur manque entre crochets ou accolades{N}: deux "
                             f"virgules se suivent")
    assert french.endswith(f"comme dans «{N}languages: [fr, en]{N}» (un texte qui commence par un signe s’écrit "
                           f"entre guillemets)")


def test_an_unclosed_bracket_is_said_with_the_line_to_write(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/deck.yaml", "languages: [fr, en]", "languages: [fr, en")
    assert english == ("3:19: not valid YAML: the bracket “[” opened on line 3, column 12 is not closed: write “]” "
                       "at the end of this line, as in “languages: [fr, en]”")
    assert french == (f"3:19: YAML invalide{N}: le crochet «{N}[{N}» ouvert ligne 3, colonne 12 n’est pas fermé{N}: "
                      f"écrivez «{N}]{N}» à la fin de cette ligne, comme dans «{N}languages: [fr, en]{N}»")


def test_an_unclosed_quote_is_said_where_it_opens(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", 'figure: {fr: "700 000 L", en: "700,000 L"}',
                                  'figure: {fr: "700 000 L, en: "700,000 L"}')
    assert english.startswith("7:18: not valid YAML: the quotation mark “\"” opened here is not closed: write the "
                              "closing quotation mark on the same line, for example “fr: \"700 000 L\"”"), english
    assert french.startswith(f"7:18: YAML invalide{N}: le guillemet «{N}\"{N}» ouvert ici n’est pas fermé")


def test_a_list_item_out_of_line_is_said(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "  - id: env-debate", "   - id: env-debate")
    assert english == ("14:4: not valid YAML: wrong indentation: a list item “-” aligned with the ones above is "
                       "expected here")
    assert french == (f"14:4: YAML invalide{N}: mauvaise indentation{N}: un élément de liste «{N}-{N}» aligné sur "
                      f"ceux du dessus est attendu ici")


def test_a_tab_for_indentation_is_said(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "    kind: debate", "\tkind: debate")
    assert english == "15:1: a tab is used for indentation; YAML needs spaces (set your editor to insert spaces)"
    assert french == (f"15:1: une tabulation sert d’indentation{T}; YAML demande des espaces (réglez votre éditeur "
                      f"pour qu’il insère des espaces)")


def test_a_key_written_twice_is_said_with_curly_quotes(tmp_path: Path) -> None:
    english, french = one_problem(tmp_path, "cards/environment.yaml", "    kind: debate\n",
                                  "    kind: debate\n    kind: fact\n")
    assert english == "16:5: the key “kind” is written twice (first at line 15)"
    assert french == f"16:5: la clé «{N}kind{N}» est écrite deux fois (la première à la ligne 15)"


@pytest.mark.parametrize(("raw", "english", "french"), [
    (b"title: - 20 %\n", "a “-” follows “key:” on the same line", f"un «{N}-{N}» suit «{N}clé:{N}» sur la même ligne"),
    (b"publisher: & co\n", "a value starts with “&” or “*”", f"une valeur commence par «{N}&{N}» ou «{N}*{N}»"),
    (b"id: a\n% des emplois\n", "a line starts with “%”", f"une ligne commence par «{N}%{N}»"),
])
def test_signs_yaml_reads_as_its_own_are_said_plainly(raw: bytes, english: str, french: str) -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(raw)
    assert english in caught.value.wording.render("en")
    assert french in caught.value.wording.render("fr")
    assert "libyaml" not in caught.value.wording.render("fr")


def test_a_parser_message_without_wording_of_its_own_still_shows_its_words() -> None:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(b"a: }\n")
    assert caught.value.wording.render("fr").startswith(f"YAML invalide{T}; vérifiez cette ligne")
    assert "did not find expected node content" in caught.value.wording.render("fr")
