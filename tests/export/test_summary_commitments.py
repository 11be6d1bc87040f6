"""A class writes the same commitment many times on its phones: the PDF and the Markdown say each
once with how many wrote it, most written first; the JSON and the CSV keep every copy as written."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import jsonschema
import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_json import load_schema
from bataille.export.summary_phones import grouped_commitments
from bataille.export.summary_words import word
from bataille.workshop.example import play_example

SAME, SAME_AGAIN = "Vérifier mes sources", "vérifier mes sources."
OTHERS = ("Demander d’où vient une image", "Moins de vidéos en 4K", "Parler de l’IA à ma famille",
          "Citer l’outil utilisé", "Relire ce que l’IA écrit", "Tester deux chatbots", "Garder mes notes à la main",
          "Lire les conditions d’utilisation", "Éteindre la lumière du CDI", "Demander la source au prof",
          "Poser une question à un humain", "Comparer deux réponses", "Ne pas copier-coller",
          "Chercher l’auteur d’un article", "Signaler une fausse info", "Limiter mes recherches",
          "Écrire mon brouillon seul", "Protéger mes données", "Expliquer les biais à mon frère")


def written() -> list[str]:
    """The 30 phones' commitments in the order the session keeps them (by token): one of the others
    first, the same words 8 times as typed and 3 times in lower case with a full stop in between."""
    others = iter(OTHERS)
    texts = [next(others)]
    for k in range(11):
        texts += [SAME_AGAIN if k in (2, 5, 9) else SAME, *([next(others)] if k < 8 else [])]
    texts += list(others)
    assert len(texts) == 30 and texts.count(SAME) == 8 and texts.count(SAME_AGAIN) == 3
    return texts


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The example workshop with those 30 phones' feedback, its summary in French and English."""
    deck = load_deck(bundled_deck_path())
    session = play_example(deck, seed=0)
    themes = [t.id for t in deck.themes]
    session.record_phone_feedback({f"phone{n:04d}{'x' * 12}": (2 + n % 4, themes[n % len(themes)], text)
                                   for n, text in enumerate(written())})
    folder = tmp_path_factory.mktemp("commitments")
    out = {}
    for lang in ("fr", "en"):
        for ext in ("pdf", "md", "json", "zip"):
            out[f"{lang}.{ext}"] = folder / f"{lang}.{ext}"
            export_summary(session, deck, out[f"{lang}.{ext}"], lang)
    return out


def listed(lines: list[str], heading: str) -> list[str]:
    """The bullets under ``heading`` up to the next heading or blank line (Markdown) or heading (PDF)."""
    start = lines.index(heading) + 1
    items = []
    for line in lines[start:]:
        if line.startswith("- "):
            items.append(line[2:])
        elif line.startswith("• "):
            items.append(line[2:])
        elif items or (line and not line.startswith(("-", "•"))):
            break
    return items


def expected() -> list[str]:
    return [f"{SAME} (×11)", *OTHERS]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_markdown_lists_each_commitment_once_with_how_many_wrote_it(files, lang) -> None:
    lines = files[f"{lang}.md"].read_text(encoding="utf-8").splitlines()
    items = listed(lines, f"**{word('feedback_commitments', lang)}**")
    assert items == expected()


def pdf_lines(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    lines = [" ".join(line.replace("\u00a0", " ").replace("\u202f", " ").split()) for line in text.splitlines()]
    return [line for line in lines if line and not line.startswith("Bataille IA —")  # the footer
            and not re.fullmatch(r"page \d+", line)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pdf_lists_each_commitment_once_with_how_many_wrote_it(files, lang) -> None:
    lines = pdf_lines(files[f"{lang}.pdf"])
    heading = " ".join(word("feedback_commitments", lang).replace("\u00a0", " ").split())
    start = lines.index(heading) + 1
    said = [line.lstrip("• ").strip() for line in lines[start:start + 60]]
    assert said[:len(expected())] == expected()
    every = [line.casefold() for line in pdf_lines(files[f"{lang}.pdf"])]
    assert sum(SAME.casefold() in line for line in every) == 1  # nowhere else in the summary


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_json_and_the_csv_keep_every_commitment_as_written(files, lang) -> None:
    data = json.loads(files[f"{lang}.json"].read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["phone_feedback"]["answers"] == 30
    assert data["phone_feedback"]["commitments"] == written()
    with zipfile.ZipFile(files[f"{lang}.zip"]) as archive:
        rows = list(csv.reader(io.StringIO(archive.read("feedback_commitments.csv").decode("utf-8-sig")),
                               delimiter=";"))
    assert [r[0] for r in rows[1:]] == written()


def test_most_written_first_then_the_others_in_the_order_written() -> None:
    texts = ["Un", "Trois", "Deux !", "deux", " trois…", "TROIS", "Quatre", "Deux", "Deux", "Cinq"]
    assert grouped_commitments(texts) == (("Deux", 4), ("Trois", 3), ("Un", 1), ("Quatre", 1), ("Cinq", 1))
    # As many of each: the order written, and the spelling written first.
    assert grouped_commitments(["b.", "a", "B", "a"]) == (("b.", 2), ("a", 2))
    assert grouped_commitments(["...", "…", "?"]) == (("...", 1), ("…", 1), ("?", 1))  # nothing but marks
    assert grouped_commitments([]) == ()
