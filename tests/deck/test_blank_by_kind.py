"""An empty field's example is one of the card (or the part of a scenario) it belongs to: a debate's
empty title gets a debate's title as example, not a fact's from the same file; in French and English."""

from __future__ import annotations

from pathlib import Path

from bataille.deck.draft import Draft

NBSP = "\u00a0"


def said(draft: Draft, file: str, lang: str) -> list[str]:
    return [p.problem.message_in(lang) for p in draft.problems if p.file == file]


def one(lines: list[str], start: str) -> str:
    """The first of ``lines`` that starts with ``start``."""
    return next(line for line in lines if line.startswith(start))


def test_cards_of_each_kind_in_one_file_get_examples_of_their_kind(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "charte", template=None)
    for at, kind in enumerate(("fact", "debate", "event")):
        draft.add_card_data(draft.skeleton(kind, f"theme-1-{kind}", "theme-1", False), "cards/theme-1.yaml", at,
                            "theme-1")
    english, french = said(draft, "cards/theme-1.yaml", "en"), said(draft, "cards/theme-1.yaml", "fr")
    titles = [line for line in english if line.startswith("“title” in English is empty")]
    assert titles == [
        "“title” in English is empty: write the card’s title, for example “Face analysis: very unequal errors”",
        "“title” in English is empty: write the debate’s title, in a few words, for example “AI for homework”",
        "“title” in English is empty: write the event, in a few words, for example “ChatGPT comes out”",
    ]
    texts = [line for line in english if line.startswith("“text” in English is empty")]
    assert texts == [
        "“text” in English is empty: write the card’s text, for example “A data centre uses water to keep cool.”",
        "“text” in English is empty: write what happened that year, in a sentence or two, for example "
        "“OpenAI opens a chatbot that writes on request to everyone.”",
    ]
    titles_fr = [line for line in french if line.startswith(f"«{NBSP}title{NBSP}» en français est vide")]
    assert [line.split("par exemple ")[1] for line in titles_fr] == [
        f"«{NBSP}Visages{NBSP}: des erreurs très inégales{NBSP}»", f"«{NBSP}L’IA pour les devoirs{NBSP}»",
        f"«{NBSP}Sortie de ChatGPT{NBSP}»"]
    # a source of the event keeps the source's words, not the event's
    assert any(line.startswith("“title” is empty: write the source’s title") for line in english), english


def test_each_part_of_a_new_scenario_gets_its_own_example(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "charte", template=None)
    empty = {"fr": "", "en": ""}
    option = {"id": "a", "label": dict(empty), "consequence": dict(empty), "effects": {"trust": 1}}
    draft.set_value(("scenarios/s.yaml", ("scenario",)), {
        "id": "s", "title": dict(empty), "intro": dict(empty),
        "indicators": [{"id": "trust", "name": dict(empty)}],
        "decisions": [{"id": "d", "title": dict(empty), "situation": dict(empty),
                       "options": [option, dict(option, id="b")]}]})
    english = said(draft, "scenarios/s.yaml", "en")
    titles = [line for line in english if line.startswith("“title” in English")]
    assert sorted(titles) == ["“title” in English is empty: write the question the room settles, in a few words, "
                              "for example “Homework”",
                              "“title” in English is empty: write the scenario’s title, for example “School in 2035”"]
    for start, words in (("“intro” in English", "the starting situation, as told to the room"),
                         ("“situation” in English", "the situation to settle, in a sentence or two"),
                         ("“name” in English", "the indicator’s name"),
                         ("“label” in English", "the option, in a few words")):
        assert words in one(english, start), (start, english)
    consequences = [line for line in english if line.startswith("“consequence” in English")]
    assert len(consequences) == 2 and all("what this choice changes" in line and "Homework is now done in class."
                                          in line for line in consequences)
    french = said(draft, "scenarios/s.yaml", "fr")
    assert f"par exemple «{NBSP}Le lycée en 2035{NBSP}»" in one(french, f"«{NBSP}title{NBSP}» en français est vide{NBSP}: écrivez-y le titre du scénario")
