"""`bataille import cards.csv --deck DIR`, run as a real command on a copy of the bundled deck."""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import load_deck
from bataille.deck.editing import Draft
from bataille.deck.editing.csvcards import ImportRefused, import_cards, read_rows

from .conftest import copy_bundled_deck

HEADER = ["id", "kind", "theme", "year", "title_fr", "title_en", "text_fr", "text_en", "figure_fr", "figure_en",
          "claim_fr", "claim_en", "context_fr", "context_en", "prompts_for_fr", "prompts_for_en",
          "prompts_against_fr", "prompts_against_en", "source_title", "source_publisher", "source_year",
          "source_url", "source_note_fr", "source_note_en"]

FACT = {"id": "school-charter", "kind": "fact", "theme": "society", "title_fr": "La charte du lycée",
        "title_en": "The school’s charter", "text_fr": "Notre lycée a adopté une charte de l’IA en 2025.",
        "text_en": "Our school adopted an AI charter in 2025.", "figure_fr": "1 charte", "figure_en": "1 charter",
        "source_title": "Charte numérique", "source_publisher": "Lycée Jean-Moulin", "source_year": "2025",
        "source_url": "https://example.org/charte", "source_note_fr": "Page du lycée.",
        "source_note_en": "The school’s page."}
DEBATE = {"kind": "debate", "theme": "society", "title_fr": "Le téléphone en classe",
          "title_en": "Phones in class", "claim_fr": "Il faut autoriser l’IA en devoir.",
          "claim_en": "AI should be allowed for homework.", "context_fr": "Au lycée.", "context_en": "At school.",
          "prompts_for_fr": "C’est un outil.\nTout le monde l’utilise.",
          "prompts_for_en": "It is a tool.\nEveryone uses it.",
          "prompts_against_fr": "On apprend moins.", "prompts_against_en": "We learn less."}
EVENT = {"id": "ev-2025-charter", "kind": "event", "year": "2025", "title_fr": "Une charte", "title_en": "A charter",
         "text_fr": "Le lycée adopte sa charte.", "text_en": "The school adopts its charter.",
         "source_title": "Charte", "source_publisher": "Lycée", "source_year": "2025",
         "source_url": "https://example.org/charte"}


def write_csv(path: Path, rows: list[dict], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, HEADER, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def bataille(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    import bataille as package

    src = str(Path(package.__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=src, LANG="en_GB.UTF-8", LC_ALL="", LC_MESSAGES="")
    return subprocess.run([sys.executable, "-m", "bataille.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.yaml"))}


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_good_rows_become_cards_that_validate_accepts(tmp_path: Path, delimiter: str) -> None:
    deck = copy_bundled_deck(tmp_path / "deck")
    before = {rel: (deck / rel).read_text(encoding="utf-8") for rel in digest(deck)}
    sheet = write_csv(tmp_path / "cards.csv", [FACT, DEBATE, EVENT], delimiter)
    run = bataille("import", "cards.csv", "--deck", "deck", "--lang", "en", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "3 cards added: cards/society.yaml, cards/timeline.yaml" in run.stdout
    assert sheet.exists()
    checked = bataille("validate", "deck", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    cards = {c.id: c for c in load_deck(deck).cards}
    assert cards["school-charter"].sources[0].note.get("fr") == "Page du lycée."
    assert cards["society-debate"].prompts_for[1].get("en") == "Everyone uses it."
    assert cards["ev-2025-charter"].year == 2025 and cards["ev-2025-charter"].theme is None
    for rel, text in before.items():  # the files keep their layout: the new cards are appended
        after = (deck / rel).read_text(encoding="utf-8")
        assert after.startswith(text), rel
    assert '      fr: "La charte du lycée"\n' in (deck / "cards" / "society.yaml").read_text(encoding="utf-8")


def test_a_bad_row_is_told_at_its_line_and_nothing_is_written(tmp_path: Path) -> None:
    deck = copy_bundled_deck(tmp_path / "deck")
    before = digest(deck)
    bad_year = dict(EVENT, id="ev-bad", year="vers 2020")
    no_title = dict(FACT, id="school-2", title_en="")
    rows = [FACT, dict(DEBATE, theme="socity"), bad_year, dict(FACT, kind="fakt"), no_title]
    write_csv(tmp_path / "cards.csv", rows)
    run = bataille("import", "cards.csv", "--deck", "deck", "--lang", "fr", cwd=tmp_path)
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    # the debate's two cells of two lines each make its row three lines long (3 to 5)
    assert lines[0].startswith("cards.csv:3: le jeu n’a pas de thème «\u00a0socity\u00a0»"), lines
    assert "vouliez-vous dire" in lines[0]
    assert lines[1].startswith("cards.csv:7: la colonne kind doit valoir fact, debate, event"), lines
    assert len(lines) == 2  # the rows that can be placed are checked once these are fixed
    assert digest(deck) == before
    rows = [FACT, bad_year, no_title]
    write_csv(tmp_path / "cards.csv", rows)
    run = bataille("import", "cards.csv", "--deck", "deck", "--lang", "en", cwd=tmp_path)
    assert run.returncode == 1
    assert [line.split(":")[1] for line in run.stderr.splitlines()] == ["3", "4"], run.stderr
    assert "“year” must be a whole number" in run.stderr and "is empty: write the card’s title" in run.stderr
    assert digest(deck) == before


def test_the_header_is_checked(tmp_path: Path) -> None:
    deck = copy_bundled_deck(tmp_path / "deck")
    before = digest(deck)
    (tmp_path / "cards.csv").write_text("id,kind,titel_fr\nx,fact,Titre\n", encoding="utf-8")
    run = bataille("import", "cards.csv", "--deck", "deck", "--lang", "en", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.startswith("cards.csv:1: unknown column titel_fr; did you mean “title_fr”?"), run.stderr
    (tmp_path / "cards.csv").write_bytes("id,kind\nx,fact\n".encode("latin-1") + b"\xe9\n")
    run = bataille("import", "cards.csv", "--deck", "deck", "--lang", "fr", cwd=tmp_path)
    assert run.returncode == 1 and "UTF-8" in run.stderr
    run = bataille("import", "cards.csv", cwd=tmp_path)
    assert run.returncode == 2 and "--deck" in run.stderr
    run = bataille("import", "missing.csv", "--deck", "deck", "--lang", "fr", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.strip() == "missing.csv: illisible\u00a0: fichier ou dossier introuvable"  # said in French
    assert digest(deck) == before


def test_a_refused_import_leaves_the_draft_as_it_was(tmp_path: Path) -> None:
    deck = copy_bundled_deck(tmp_path / "deck")
    draft = Draft.open(deck)
    draft.set_value(("cards/bias.yaml", ("cards", 0, "title", "en")), "Faces")
    texts = dict(draft.texts)
    sheet = write_csv(tmp_path / "cards.csv", [FACT, dict(FACT, id="x2", source_url="not a url")])
    with pytest.raises(ImportRefused) as caught:
        import_cards(draft, sheet.read_text(encoding="utf-8"))
    assert [p.line for p in caught.value.problems] == [3]
    assert dict(draft.texts) == texts and not draft.can_redo
    added = import_cards(draft, write_csv(tmp_path / "ok.csv", [FACT, DEBATE]).read_text(encoding="utf-8"))
    assert added == ["school-charter", "society-debate"]
    assert draft.undo() and dict(draft.texts) == texts  # one step of undo


def test_rows_keep_their_line_numbers_across_multi_line_cells() -> None:
    header, rows = read_rows('id,kind,text_fr\na,fact,"un\ndeux"\n\nb,fact,x\r\nc,event,y')
    assert header == ["id", "kind", "text_fr"]
    assert [(line, cells[0]) for line, cells in rows] == [(2, "a"), (5, "b"), (6, "c")]


def test_a_publisher_may_come_in_each_language(tmp_path: Path) -> None:
    """``source_publisher_fr`` and ``…_en``: a text in each language; ``source_publisher`` fills a language left out."""
    deck = copy_bundled_deck(tmp_path / "deck")
    draft = Draft.open(deck)
    bilingual = dict(FACT, source_publisher="", source_publisher_fr="Lycée Jean-Moulin (d’après sa charte)",
                     source_publisher_en="Jean Moulin school (on its charter)")
    partly = dict(EVENT, source_publisher="Le Monde", source_publisher_en="Le Monde (AFP)")
    path = tmp_path / "cards.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, [*HEADER, "source_publisher_fr", "source_publisher_en"])
        writer.writeheader()
        writer.writerows([bilingual, partly])
    assert import_cards(draft, path.read_text(encoding="utf-8")) == ["school-charter", "ev-2025-charter"]
    fact, event = draft.deck.card("school-charter").sources[0], draft.deck.card("ev-2025-charter").sources[0]
    assert (fact.publisher.get("fr"), fact.publisher.get("en")) == ("Lycée Jean-Moulin (d’après sa charte)",
                                                                    "Jean Moulin school (on its charter)")
    assert (event.publisher.get("fr"), event.publisher.get("en")) == ("Le Monde", "Le Monde (AFP)")
