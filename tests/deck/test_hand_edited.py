"""A deck copied and edited by hand: each slip is said where it is, with what to write, once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck

from .conftest import CARDS_YAML, DECK_YAML, SCENARIO_YAML, write_deck

N, T = "\u00a0", "\u202f"  # French typography: no-break space before « : », narrow one before ; ? !


def problems(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    monkeypatch.chdir(root)  # files named from the deck folder, as validate names them when run there
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    return caught.value.lines("en"), caught.value.lines("fr")


BLOCK_TEXT = CARDS_YAML.replace(
    "    text: {fr: Une estimation de l'eau évaporée., en: An estimate of evaporated water.}\n"
    "    figure: {fr: \"700 000 L\", en: \"700,000 L\"}\n",
    "    text:\n      fr: Une estimation de l'eau évaporée.\n      en: An estimate of evaporated water.\n"
    "    figure {fr: \"≈ 1 sur 4\", en: \"about 1 in 4\"}\n")

# (file, its new text, the English line, the French line): a key's ':' left out before {…} or […]
COLON = {
    "flow mapping after a deeper block": (
        "cards/environment.yaml", BLOCK_TEXT,
        "cards/environment.yaml:9:5: not valid YAML: a “:” is missing after “figure”: write "
        "“figure: {fr: \"≈ 1 sur 4\", en: \"about 1 in 4\"}”",
        f"cards/environment.yaml:9:5: YAML invalide{N}: il manque «{N}:{N}» après «{N}figure{N}»{N}: écrivez "
        f"«{N}figure: {{fr: \"≈ 1 sur 4\", en: \"about 1 in 4\"}}{N}»"),
    "flow mapping of a long title": (
        "cards/environment.yaml", CARDS_YAML.replace(
            "    title: {fr: L'eau, en: Water}",
            "    title {fr: \"L’eau évaporée par les centres de données\", en: \"Water evaporated by data centres\"}"),
        "cards/environment.yaml:5:5: not valid YAML: a “:” is missing after “title”: write "
        "“title: {fr: \"…\", en: \"…\"}”",
        f"cards/environment.yaml:5:5: YAML invalide{N}: il manque «{N}:{N}» après «{N}title{N}»{N}: écrivez "
        f"«{N}title: {{fr: \"…\", en: \"…\"}}{N}»"),
    "flow mapping of plain texts (an “unexpected colon” before)": (
        "cards/deck.yaml", DECK_YAML.replace("    name: {fr: Société", "    name {fr: Société"),
        "cards/deck.yaml:11:5: not valid YAML: a “:” is missing after “name”: write "
        "“name: {fr: Société, en: Society}”",
        f"cards/deck.yaml:11:5: YAML invalide{N}: il manque «{N}:{N}» après «{N}name{N}»{N}: écrivez "
        f"«{N}name: {{fr: Société, en: Society}}{N}»"),
    "flow sequence": (
        "cards/deck.yaml", DECK_YAML.replace("languages: [fr, en]", "languages [fr, en]"),
        "cards/deck.yaml:3:1: not valid YAML: a “:” is missing after “languages”: write “languages: [fr, en]”",
        f"cards/deck.yaml:3:1: YAML invalide{N}: il manque «{N}:{N}» après «{N}languages{N}»{N}: écrivez "
        f"«{N}languages: [fr, en]{N}»"),
    "list item's key": (
        "cards/environment.yaml", CARDS_YAML.replace(
            "      - title: Making AI Less Thirsty", "      - title {fr: \"Moins assoiffée\", en: \"Less thirsty\"}"),
        "cards/environment.yaml:10:9: not valid YAML: a “:” is missing after “title”: write "
        "“- title: {fr: \"Moins assoiffée\", en: \"Less thirsty\"}”",
        f"cards/environment.yaml:10:9: YAML invalide{N}: il manque «{N}:{N}» après «{N}title{N}»{N}: écrivez "
        f"«{N}- title: {{fr: \"Moins assoiffée\", en: \"Less thirsty\"}}{N}»"),
    "effects": (
        "scenarios/frugal.yaml", SCENARIO_YAML.replace("effects: {environment: 2", "effects {environment: 2"),
        "scenarios/frugal.yaml:18:11: not valid YAML: a “:” is missing after “effects”: write "
        "“effects: {environment: 2, trust: -1}”",
        f"scenarios/frugal.yaml:18:11: YAML invalide{N}: il manque «{N}:{N}» après «{N}effects{N}»{N}: écrivez "
        f"«{N}effects: {{environment: 2, trust: -1}}{N}»"),
    "a key set deeper than the key and text above it": (
        "cards/environment.yaml", CARDS_YAML.replace("    kind: fact", "      kind: fact", 1),
        "cards/environment.yaml:4:11: not valid YAML: wrong indentation: this line has 6 spaces before it, line 3 "
        "above it has 4 spaces before its key; set further in, this line is read as the rest of line 3’s text: give "
        "it as many spaces as the key above (and if a text contains “:”, put it in quotes)",
        f"cards/environment.yaml:4:11: YAML invalide{N}: mauvaise indentation{N}: cette ligne a 6 espaces devant, "
        f"la ligne 3 au-dessus en a 4 espaces devant sa clé{T}; plus décalée, cette ligne est lue comme la suite du "
        f"texte de la ligne 3{N}: donnez-lui autant d’espaces qu’à la clé du dessus (et si un texte contient "
        f"«{N}:{N}», mettez-le entre guillemets)"),
}


@pytest.mark.parametrize("case", list(COLON))
def test_a_key_without_its_colon_is_said_at_the_key_with_what_to_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    rel, text, english, french = COLON[case]
    assert problems(write_deck(tmp_path / "d", **{rel: text}), monkeypatch) == ([english], [french])


def test_a_scenario_copied_with_its_id_is_one_problem_naming_both_places(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_deck(tmp_path / "d", **{"scenarios/classroom.yaml": SCENARIO_YAML})
    assert problems(root, monkeypatch) == (
        ["scenarios/frugal.yaml:2:3: two scenarios have the id “frugal” (scenarios/classroom.yaml:2:3 and "
         "scenarios/frugal.yaml:2:3): change one of them"],
        [f"scenarios/frugal.yaml:2:3: deux scénarios ont l’identifiant «{N}frugal{N}» («{N}scenarios/classroom.yaml:2:3"
         f"{N}» et «{N}scenarios/frugal.yaml:2:3{N}»){N}: changez l’un des deux"])


def test_a_card_copied_to_another_file_with_its_id_names_both_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card = CARDS_YAML.split("  - id: env-debate")[0]  # theme, cards: and the fact card env-water
    root = write_deck(tmp_path / "d", **{"cards/classroom.yaml": "# my own cards\n" + card})
    assert problems(root, monkeypatch) == (
        ["cards/environment.yaml:3:5: two cards have the id “env-water” (cards/classroom.yaml:4:5 and "
         "cards/environment.yaml:3:5): change one of them"],
        [f"cards/environment.yaml:3:5: deux cartes ont l’identifiant «{N}env-water{N}» («{N}cards/classroom.yaml:4:5"
         f"{N}» et «{N}cards/environment.yaml:3:5{N}»){N}: changez l’un des deux"])


def test_a_typo_in_an_indicator_id_is_said_once_at_the_indicator(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": SCENARIO_YAML.replace(
        "    - id: environment", "    - id: enviroment")})
    assert problems(root, monkeypatch) == (
        ["scenarios/frugal.yaml:6:11: indicator “enviroment” is used by no effect, while effects name "
         "“environment” 2 times: did you mean “environment”?"],
        [f"scenarios/frugal.yaml:6:11: l’indicateur «{N}enviroment{N}» ne sert à aucun effet, alors que les effets "
         f"nomment «{N}environment{N}» 2 fois{N}: vouliez-vous dire «{N}environment{N}»{T}?"])


def test_an_effect_on_an_unknown_indicator_lists_the_scenario_s_indicators(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": SCENARIO_YAML.replace(
        "{environment: 2, trust: -1}", "{environment: 2, wellbeing: -1}")})
    assert problems(root, monkeypatch) == (
        ["scenarios/frugal.yaml:18:37: unknown indicator “wellbeing” in effects; this scenario’s indicators are: "
         "environment, trust"],
        [f"scenarios/frugal.yaml:18:37: indicateur inconnu «{N}wellbeing{N}» dans «{N}effects{N}»{T}; les "
         f"indicateurs de ce scénario sont{N}: environment, trust"])


def test_a_text_without_french_shows_how_to_write_it_with_its_english(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": CARDS_YAML.replace(
        "title: {fr: Sobriété, en: Frugality}", "title: {en: Teachers using AI}")})
    assert problems(root, monkeypatch) == (
        ["cards/environment.yaml:16:12: “title” has no French text (fr): write it, for example "
         "“title: {fr: \"…\", en: \"Teachers using AI\"}”"],
        [f"cards/environment.yaml:16:12: «{N}title{N}» n’a pas de texte en français (fr){N}: écrivez-le, par "
         f"exemple «{N}title: {{fr: \"…\", en: \"Teachers using AI\"}}{N}»"])


def test_icons_left_behind_with_their_folder_are_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_deck(tmp_path / "d")
    shutil.rmtree(root / "assets")
    assert problems(root, monkeypatch) == (
        ["cards/deck.yaml:9:11: the folder “assets/” is not in the deck folder: the icons of 2 themes are missing "
         "(the first, “assets/icons/environment.svg”); copy the “assets/” folder beside your cards/ folder, or "
         "remove the line “icon:” of these themes"],
        [f"cards/deck.yaml:9:11: le dossier «{N}assets/{N}» n’est pas dans le dossier du jeu{N}: les icônes de 2 "
         f"thèmes manquent (la première, «{N}assets/icons/environment.svg{N}»){T}; copiez le dossier "
         f"«{N}assets/{N}» à côté de votre dossier cards/, ou retirez la ligne «{N}icon:{N}» de ces thèmes"])


def test_an_icon_file_named_by_two_themes_is_said_once_with_the_count(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_deck(tmp_path / "d", **{"cards/deck.yaml": DECK_YAML.replace(
        "icons/environment.svg", "icons/nature.svg").replace("icons/society.svg", "icons/nature.svg")})
    assert problems(root, monkeypatch) == (
        ["cards/deck.yaml:9:11: the file “assets/icons/nature.svg” does not exist in the deck folder (named by 2 "
         "themes): copy it there (the assets/ folder sits beside the cards/ folder), or remove the line “icon:”"],
        [f"cards/deck.yaml:9:11: le fichier «{N}assets/icons/nature.svg{N}» n’existe pas dans le dossier du jeu "
         f"(nommé par 2 thèmes){N}: copiez-le là (le dossier assets/ se place à côté du dossier cards/), ou retirez "
         f"la ligne «{N}icon:{N}»"])


# A one-entry text written without its key's ':' is valid YAML (a key "title {fr" holding "Des centres}"):
# (file, its new text, the English line, the French line), said once at the key, with no "needs 'title'" too.
COLON_VALID_YAML = {
    "a card's title": (
        "cards/environment.yaml", CARDS_YAML.replace("    title: {fr: L'eau, en: Water}", "    title {fr: Des centres}"),
        "cards/environment.yaml:5:5: a “:” is missing after “title”: write “title: {fr: Des centres, en: \"…\"}”",
        f"cards/environment.yaml:5:5: il manque «{N}:{N}» après «{N}title{N}»{N}: écrivez "
        f"«{N}title: {{fr: Des centres, en: \"…\"}}{N}»"),
    "a fact's figure": (
        "cards/environment.yaml", CARDS_YAML.replace(
            '    figure: {fr: "700 000 L", en: "700,000 L"}', "    figure {fr: 700 000 L}"),
        "cards/environment.yaml:7:5: a “:” is missing after “figure”: write “figure: {fr: 700 000 L, en: \"…\"}”",
        f"cards/environment.yaml:7:5: il manque «{N}:{N}» après «{N}figure{N}»{N}: écrivez "
        f"«{N}figure: {{fr: 700 000 L, en: \"…\"}}{N}»"),
    "a decision's situation": (
        "scenarios/frugal.yaml", SCENARIO_YAML.replace(
            "      situation: {fr: Situation., en: Situation.}", "      situation {fr: Situation.}"),
        "scenarios/frugal.yaml:13:7: a “:” is missing after “situation”: write "
        "“situation: {fr: Situation., en: \"…\"}”",
        f"scenarios/frugal.yaml:13:7: il manque «{N}:{N}» après «{N}situation{N}»{N}: écrivez "
        f"«{N}situation: {{fr: Situation., en: \"…\"}}{N}»"),
    "a card's first key in the list of cards": (
        "cards/environment.yaml", CARDS_YAML.replace(
            "  - id: env-water\n    kind: fact\n    title: {fr: L'eau, en: Water}\n",
            "  - title {fr: L’eau}\n    id: env-water\n    kind: fact\n"),
        "cards/environment.yaml:3:5: a “:” is missing after “title”: write “- title: {fr: L’eau, en: \"…\"}”",
        f"cards/environment.yaml:3:5: il manque «{N}:{N}» après «{N}title{N}»{N}: écrivez "
        f"«{N}- title: {{fr: L’eau, en: \"…\"}}{N}»"),
}


@pytest.mark.parametrize("case", list(COLON_VALID_YAML))
def test_a_one_entry_text_without_its_key_s_colon_is_one_problem_at_the_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    rel, text, english, french = COLON_VALID_YAML[case]
    assert problems(write_deck(tmp_path / "d", **{rel: text}), monkeypatch) == ([english], [french])


def test_an_unknown_key_with_a_brace_that_is_no_field_is_still_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": CARDS_YAML.replace(
        "    contested: true", "    colour {fr: Bleu}")})
    english, french = problems(root, monkeypatch)
    assert english == ["cards/environment.yaml:8:5: unknown key “colour {fr” in a fact card (expected one of: id, "
                       "kind, title, theme, notes, text, figure, sources, contested)"]
    assert len(french) == 1 and french[0].startswith(f"cards/environment.yaml:8:5: clé inconnue «{N}colour {{fr{N}»")
