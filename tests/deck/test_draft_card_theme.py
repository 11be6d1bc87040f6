"""A new card given another theme moves to that theme's file, whole; a saved card is known as saved."""

from __future__ import annotations

from pathlib import Path

import yaml

from bataille.deck.draft import Draft

from .conftest import copy_bundled_deck


def test_a_new_card_moves_to_its_theme_file_whole_under_a_new_id(tmp_path: Path) -> None:
    deck = copy_bundled_deck(tmp_path / "deck")
    bias_before = (deck / "cards" / "bias.yaml").read_bytes()
    draft = Draft.open(deck)
    card_id = draft.add_card("debate", "bias", after="bias-dutch-benefits")
    assert card_id == "bias-debate" and card_id not in draft.saved_card_ids()
    assert "bias-dutch-benefits" in draft.saved_card_ids()
    draft.set_value((*draft.where_of_card(card_id)[:1], (*draft.where_of_card(card_id)[1], "title", "fr")),
                    "Moins d’IA en classe ?")
    assert draft.theme_file("debate", "environment") == "cards/environment.yaml"
    assert draft.theme_file("event", None) == "cards/timeline.yaml"

    draft.move_card_to_file(card_id, "cards/environment.yaml", "environment", "env-debate")
    assert draft.where_of_card("env-debate")[0] == "cards/environment.yaml"
    assert draft.texts["cards/bias.yaml"].encode() == bias_before
    moved = draft.value(draft.where_of_card("env-debate"))
    assert moved["title"]["fr"] == "Moins d’IA en classe ?" and "theme" not in moved  # the file gives it
    draft.save()
    assert (deck / "cards" / "bias.yaml").read_bytes() == bias_before
    saved = yaml.safe_load((deck / "cards" / "environment.yaml").read_text(encoding="utf-8"))
    assert saved["theme"] == "environment" and saved["cards"][-1]["id"] == "env-debate"
    assert "theme" not in saved["cards"][-1] and saved["cards"][-1]["kind"] == "debate"
    assert "env-debate" in draft.saved_card_ids()


def test_moved_to_a_file_of_another_theme_the_card_says_its_own(tmp_path: Path) -> None:
    deck = copy_bundled_deck(tmp_path / "deck")
    draft = Draft.open(deck)
    card_id = draft.add_card("fact", "bias")
    draft.move_card_to_file(card_id, "cards/society.yaml", "environment")
    assert draft.value(draft.where_of_card(card_id))["theme"] == "environment"
    assert draft.undo() and draft.where_of_card(card_id)[0] == "cards/bias.yaml"
