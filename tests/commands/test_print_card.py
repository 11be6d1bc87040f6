"""`bataille print --card ID`: only the cards named (the one a teacher just edited), its back on the
next page; an id the deck does not have is refused in the user's language, with the nearest ids."""

from __future__ import annotations

import subprocess

import pytest

from bataille.cli import main


def pdf_text(path, page: int) -> str:
    return " ".join(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


def pages_of(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_one_card_is_printed_alone_with_its_back(tmp_path, capsys):
    out = tmp_path / "carte.pdf"
    assert main(["--lang", "en", "print", "--card", "rel-newsbots", "--card", "rel-newsbots", "-o", str(out)]) == 0
    assert pages_of(out) == 2
    front = pdf_text(out, 1)
    assert "News sites written by bots" in front and "rel-newsbots" in front
    assert front.count("Source:") == 1  # one card on the sheet, not the deck's 72
    assert "Reliability of information FACT" in pdf_text(out, 2)
    fold = tmp_path / "pli.pdf"
    assert main(["--lang", "en", "print", "--card", "rel-newsbots", "--layout", "fold", "-o", str(fold)]) == 0
    assert pages_of(fold) == 1


@pytest.mark.parametrize(("lang", "card", "said"), [
    ("en", "nope", "--card nope: no card of this deck has that id (it is printed at the foot of each card"),
    ("fr", "rel-news", "--card rel-news\u00a0: aucune carte de ce jeu n’a cet identifiant\u202f; voulez-vous dire "
                       "rel-newsbots\u202f?"),
    ("en", "rel-newbots", "--card rel-newbots: no card of this deck has that id; did you mean rel-newsbots?"),
])
def test_an_unknown_card_is_refused_with_its_id(tmp_path, capsys, lang, card, said):
    out = tmp_path / "x.pdf"
    assert main(["--lang", lang, "print", "--card", card, "-o", str(out)]) == 2
    assert said in capsys.readouterr().err and not out.exists()


def test_the_help_names_card_in_french(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "print", "--help"])
    assert "imprime seulement cette carte, nommée par son identifiant" in " ".join(capsys.readouterr().out.split())
