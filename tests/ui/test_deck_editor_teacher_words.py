"""The problems a teacher meets while editing say what is missing and the button that adds it, in
workshop words (no YAML keys, lists or mappings), in French and English, each after its
file:line:column; the command line keeps the file's words. A new theme's cards can then be added:
its row « no card yet » in the card list takes the first one."""

from __future__ import annotations

import re

import pytest

from .editor_helpers import editor_window, section, wait_refresh

NBSP = "\u00a0"
# What the file's words would say: its keys, "must be a list", "lists no", "- " items, {fr: …} texts.
YAML_WORDS = re.compile(r"«\xa0cards\xa0»|'cards'|«\xa0themes\xa0»|'themes'|doit être une liste|must be a list|"
                        r"lists no|ne contient aucun|mapping|clé|\{fr:|«\xa0- |'- ")


def problem_lines(editor) -> list[str]:
    return [editor.problem_list.item(r).text() for r in range(editor.problem_list.count())]


def said_in(qtbot, translations, window, lang: str) -> list[str]:
    translations.set_language(lang)
    qtbot.wait(50)
    editor = window.editing.editor
    editor.refresh_now()
    wait_refresh(qtbot, editor)
    return problem_lines(editor)


def test_a_new_theme_says_how_to_give_it_its_first_card_and_that_works(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.add_theme()
    wait_refresh(qtbot, editor)
    [line] = problem_lines(editor)
    assert re.fullmatch(r"cards/theme-3\.yaml:\d+:\d+: .*", line), line  # file:line:column kept
    assert line.endswith(f": ce thème n’a encore aucune carte{NBSP}: choisissez sa ligne dans la liste des cartes, "
                         f"puis ajoutez-en une avec «{NBSP}+ Fait{NBSP}» ou «{NBSP}+ Débat{NBSP}»"), line
    assert not YAML_WORDS.search(line), line
    [english] = said_in(qtbot, translations, window, "en")
    assert english.endswith(": this theme has no card yet: choose its row in the card list, then add one with "
                            "“+ Fact” or “+ Debate”"), english
    # the command line keeps the file's words
    [problem] = window.editing.draft.problems
    assert problem.problem.message_in("en") == "“cards” lists no card; write cards under it or remove the file"

    translations.set_language("fr")
    qtbot.wait(50)
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.themes)
    assert editor.jump(editor.problem_list.item(0)) is True  # the problem leads to the theme's row
    cards = editor.cards.cards
    assert editor.tabs.currentWidget() is editor.cards
    row = cards.list.currentItem().text()
    assert row == "Nouveau thème\u00a0: aucune carte encore" and cards.current_where() is None
    assert not cards.delete_button.isEnabled() and not cards.duplicate_button.isEnabled()
    cards.add_buttons["debate"].click()
    wait_refresh(qtbot, editor)
    assert cards.current_where() == ("cards/theme-3.yaml", ("cards", 0))  # in the theme's own file
    assert not any("aucune carte" in line for line in problem_lines(editor))
    assert all(item.text() != row for item in (cards.list.item(r) for r in range(cards.list.count())))
    # its empty title's example is a debate's, not a fact's of the same deck
    title = editor.cards.form.field("title", "fr")
    assert f"par exemple «{NBSP}L’IA pour les devoirs{NBSP}»" in title.editor.toolTip()
    assert "Visages" not in title.editor.toolTip()


def test_the_row_of_a_theme_without_cards_stays_chosen_while_the_list_is_made_again(qtbot, translations,
                                                                                     small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.add_theme()
    wait_refresh(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.cards)
    cards = editor.cards.cards
    cards.refresh()
    empty = next(cards.list.item(r) for r in range(cards.list.count()) if "aucune carte" in cards.list.item(r).text())
    cards.list.setCurrentItem(empty)
    cards.refresh()
    assert "aucune carte" in cards.list.currentItem().text()
    cards.add_buttons["fact"].click()
    assert cards.current_where() == ("cards/theme-3.yaml", ("cards", 0))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lists_emptied_in_the_forms_are_said_in_workshop_words(qtbot, translations, small_deck, lang):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    draft, ctx = window.editing.draft, editor.ctx
    ctx.run(lambda: draft.remove_item(("cards/cards.yaml", ("cards", 0, "sources")), 0))  # a fact's only source
    ctx.run(lambda: draft.remove_item(("cards/cards.yaml", ("cards", 1, "prompts_for")), 0))  # a debate's argument
    for _ in range(3):
        ctx.run(lambda: draft.remove_item(("scenarios/agenda.yaml", ("agenda", "phases")), 0))
    for _ in range(2):
        ctx.run(lambda: draft.remove_item(("cards/deck.yaml", ("themes",)), 0))
    lines = said_in(qtbot, translations, window, lang)
    assert len(lines) == 4, lines
    for line in lines:
        assert re.match(r"(cards|scenarios)/\w+\.yaml:\d+:\d+: ", line), line
        assert not YAML_WORDS.search(line.split(": ", 1)[1]), line
    words = {"fr": ["cette carte n’a aucune source", "«\u00a0+ Source\u00a0»", "aucun argument encore",
                    "«\u00a0+ Argument\u00a0»", "le programme n’a aucune étape", "«\u00a0+ Étape\u00a0»",
                    "le jeu n’a aucun thème", "«\u00a0+ Thème\u00a0»"],
             "en": ["this card has no source", "“+ Source”", "no argument yet", "“+ Argument”",
                    "the agenda has no phase", "“+ Phase”", "the deck has no theme", "“+ Theme”"]}[lang]
    for expected in words:
        assert any(expected in line for line in lines), (expected, lines)
    # at the list it is about, in the form
    wait_refresh(qtbot, window.editing.editor)
    window.editing.editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, window.editing.editor)
    sources = section(window.editing.editor.cards.form, "sources")
    assert words[0] in sources.mark.text() and sources.mark.isVisibleTo(window)


def test_a_scenario_without_indicators_or_decisions_says_which_button_adds_them(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    draft, ctx = window.editing.draft, editor.ctx
    editor.add_scenario()
    file = next(f for f in draft.texts if f.startswith("scenarios/scenario-"))
    ctx.run(lambda: draft.remove_item((file, ("scenario", "indicators")), 0))
    for index in (1, 0):
        ctx.run(lambda index=index: draft.remove_item((file, ("scenario", "decisions")), index))
    wait_refresh(qtbot, editor)
    lines = [line for line in problem_lines(editor) if "aucun" in line]
    assert [line.split(": ", 1)[1] for line in lines] == [
        f"ce scénario n’a aucun indicateur{NBSP}: ajoutez-en au moins un avec «{NBSP}+ Indicateur{NBSP}»\u202f; "
        "les choix de la salle le font monter ou descendre",
        f"ce scénario n’a aucune décision à prendre{NBSP}: ajoutez-en au moins une avec «{NBSP}+ Décision{NBSP}»"]
    # the command line says what to write in the file
    english = [p.problem.message_in("en") for p in draft.problems if p.file == file]
    assert "“indicators” lists no indicator; a scenario needs at least one: write one under it, with id and name" \
        in english
