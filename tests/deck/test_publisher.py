"""A source's publisher: a name written once, or a text in each language when it holds words of one.

Read in both shapes, checked like any text (``file:line:col`` problems), edited one language at a
time, and written in French and English on the bundled deck wherever it holds English prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.commands import sources as sources_command
from bataille.deck import DeckError, Name, bundled_deck_path, load_deck
from bataille.deck.draft import Draft

from .conftest import CARDS_YAML, write_deck

WATER = "        publisher: Li et al.\n"
DARTMOUTH = "        publisher: McCarthy et al.\n"
BILINGUAL = ('        publisher: {fr: "McCarthy et al. (copie annotée, Fermat’s Library)",'
             ' en: "McCarthy et al. (annotated copy, Fermat’s Library)"}\n')
# English prose in a publisher: the French cards, guide and summary would show it as it is.
ENGLISH_MARKERS = ("(on ", " analysis", "reproduced by", "copy on", "summary of", "regulator", "reprinted",
                   "annotated copy", "bibliographic record", "co-founder", "(Australia)", "Council of the",
                   "European Union", "Energy Agency")


def cards(old: str, new: str) -> str:
    assert old in CARDS_YAML
    return CARDS_YAML.replace(old, new)


def test_a_publisher_is_a_name_or_a_text_in_each_language(tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path / "d", **{"cards/environment.yaml": cards(DARTMOUTH, BILINGUAL)}))
    name = deck.card("env-water").sources[0].publisher
    assert isinstance(name, Name) and name.get("fr") == name.get("en") == "Li et al."
    text = deck.card("ev-1956").sources[0].publisher
    assert not isinstance(text, Name)
    assert text.get("fr") == "McCarthy et al. (copie annotée, Fermat’s Library)"
    assert text.get("en") == "McCarthy et al. (annotated copy, Fermat’s Library)"
    assert deck.card("ev-1956").sources[0].short("fr") == "McCarthy et al. (copie annotée, Fermat’s Library), 1955"


@pytest.mark.parametrize(("written", "expected"), [
    ('{en: "McCarthy et al. (annotated copy)"}', ":32:20: “publisher” has no French text (fr): write it, for example "
                                                 "“publisher: {fr: \"…\", en: \"McCarthy et al. (annotated copy)\"}”"),
    ('{fr: "", en: "McCarthy et al."}', ":32:25: “publisher” in French is empty: write the source’s author or "
                                         "publisher, for example “Joy Buolamwini, Timnit Gebru”"),
    ('{fr: "McCarthy et al.", en: "McCarthy et al.", de: "McCarthy u. a."}',
     ":32:67: “publisher” has a text in “de”, which is not one of the deck’s languages (fr, en)"),
])
def test_a_publisher_in_each_language_is_checked_as_a_text(tmp_path: Path, written: str, expected: str) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards(DARTMOUTH, f"        publisher: {written}\n")})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    lines = caught.value.lines("en")
    assert len(lines) == 1 and lines[0].endswith(f"cards/environment.yaml{expected}"), lines


def test_a_name_is_edited_once_and_becomes_bilingual_when_another_language_is_given(tmp_path: Path) -> None:
    draft = Draft.open(write_deck(tmp_path / "d"))
    rel = "cards/environment.yaml"
    where = (rel, ("cards", 0, "sources", 0, "publisher"))
    draft.set_name(where, "fr", "Li, Yang, Islam, Ren")
    assert "        publisher: Li, Yang, Islam, Ren\n" in draft.texts[rel]
    draft.set_name(where, "en", "Li et al. (on their own data)")
    assert ('        publisher: {fr: "Li, Yang, Islam, Ren", en: "Li et al. (on their own data)"}\n'
            in draft.texts[rel])
    draft.set_name(where, "fr", "Li et al. (d’après leurs données)")
    after = draft.texts[rel]
    assert [line for line in after.splitlines() if line not in CARDS_YAML.splitlines()] == [
        '        publisher: {fr: "Li et al. (d’après leurs données)", en: "Li et al. (on their own data)"}']
    assert draft.deck.card("env-water").sources[0].publisher.get("en") == "Li et al. (on their own data)"
    draft.set_name(where, "en", "")  # the same in every language again: a name written once
    assert '        publisher: "Li et al. (d’après leurs données)"\n' in draft.texts[rel]
    assert isinstance(draft.deck.card("env-water").sources[0].publisher, Name)
    while draft.undo():
        pass
    assert draft.texts[rel] == CARDS_YAML


@pytest.fixture(scope="module")
def bundled():
    return load_deck(bundled_deck_path())


def test_no_french_publisher_of_the_bundled_deck_holds_english_prose(bundled) -> None:
    bad = [f"{card.id}: {source.publisher.get('fr')!r} holds {marker!r}"
           for card in bundled.cards for source in getattr(card, "sources", ())
           for marker in ENGLISH_MARKERS if marker in source.publisher.get("fr")]
    assert not bad, "write these publishers in each language, {fr: …, en: …}:\n" + "\n".join(bad)


def test_the_bundled_deck_has_bilingual_publishers_and_sources_lists_them_in_each_language(bundled) -> None:
    publishers = {source.publisher for card in bundled.cards for source in getattr(card, "sources", ())}
    bilingual = [p for p in publishers if not isinstance(p, Name)]
    assert len(bilingual) >= 30
    assert all(p.get("fr") != p.get("en") for p in bilingual)
    french, english = (sources_command.render_markdown(bundled, lang) for lang in ("fr", "en"))
    assert "The Verge (d’après l’analyse de Bloomberg)" in french and "on Bloomberg’s analysis" not in french
    assert "The Verge (on Bloomberg’s analysis)" in english and "d’après" not in english
    assert "Agence internationale de l’énergie (AIE)" in french
    assert "International Energy Agency (IEA)" in english
