"""Two cards with one id: the draft says it at the card whose id was changed (the one being edited),
whichever of the two files comes first, not at the card left as it was saved."""

from __future__ import annotations

from pathlib import Path

from bataille.deck.draft import Draft

from .conftest import copy_bundled_deck


def repeated(draft: Draft) -> list:
    return [p for p in draft.problems if p.problem.wording is not None
            and p.problem.wording.key == "deck.duplicate_id"]


def test_a_card_of_an_earlier_file_given_a_later_card_s_id_is_the_one_the_problem_is_at(tmp_path: Path):
    draft = Draft.open(copy_bundled_deck(tmp_path / "deck"))
    draft.set_value(("cards/bias.yaml", ("cards", 1, "id")), "env-datacentres-2030")
    [problem] = repeated(draft)
    line = 1 + draft.texts["cards/bias.yaml"].splitlines().index("  - id: env-datacentres-2030")
    assert (problem.file, problem.line, problem.column) == ("cards/bias.yaml", line, 5)
    assert problem.where == ("cards/bias.yaml", ("cards", 1))
    assert str(problem).startswith(f"cards/bias.yaml:{line}:5: ")
    assert "cards/environment.yaml:7:5" in problem.message  # the other card is still named


def test_a_card_of_a_later_file_given_an_earlier_card_s_id_keeps_the_problem(tmp_path: Path):
    draft = Draft.open(copy_bundled_deck(tmp_path / "deck"))
    draft.set_value(("cards/environment.yaml", ("cards", 0, "id")), "bias-amazon-cv")
    [problem] = repeated(draft)
    assert problem.where == ("cards/environment.yaml", ("cards", 0))
    assert (problem.file, problem.line, problem.column) == ("cards/environment.yaml", 7, 5)


def test_two_cards_both_as_saved_keep_the_reader_s_place(tmp_path: Path):
    """Nothing says which one to change (a deck written with the repeat): the second, as `validate` says."""
    folder = copy_bundled_deck(tmp_path / "deck")
    bias = folder / "cards" / "bias.yaml"
    bias.write_text(bias.read_text(encoding="utf-8").replace("  - id: bias-amazon-cv", "  - id: env-datacentres-2030"),
                    encoding="utf-8")
    draft = Draft.open(folder)
    [problem] = repeated(draft)
    assert problem.file == "cards/environment.yaml"
