"""What each command says after writing a PDF to print: its sheets and pages, read back with pdfinfo,
and how to print them (scale, sides, flip edge, fold, print shop), in the user's language; the PDF's
own properties in that language; and what it says when the command line asks for something the
printer or the deck cannot give (a shift the calibration page cannot measure, cards too small)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bataille.cli import main

from ..deck.conftest import write_deck

N, NN = "\u00a0", "\u202f"
HINT = {"fr": "pour une imprimante noir et blanc, ajoutez --save-ink", "en": "for a black-and-white printer, add --save-ink"}


def info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("séance") / "atelier.bataille"
    assert main(["example-session", "-o", str(path), "--seed", "2", "--lang", "fr"]) == 0
    return path


@pytest.mark.parametrize(("args", "lang", "how", "sheets_per_page"), [
    ([], "fr", f"imprimer à 100{NN}%, recto verso, retournement bord long", 0.5),
    (["--duplex", "short"], "fr", f"imprimer à 100{NN}%, recto verso, retournement bord court", 0.5),
    (["--duplex", "short"], "en", "print at 100%, double-sided, flip on short edge", 0.5),
    (["--duplex", "none"], "fr", f"imprimer à 100{NN}%, recto seul", 1),
    (["--layout", "fold"], "fr", f"imprimer à 100{NN}%, recto seul, puis plier chaque feuille sur le pointillé, "
                                 "coller et découper", 1),
    (["--layout", "fold"], "en", "print at 100%, single-sided, then fold each sheet on the dashed line, glue and cut", 1),
])
def test_print_says_the_sheets_and_how_to_print_them(tmp_path, capsys, args, lang, how, sheets_per_page):
    out = tmp_path / "cartes.pdf"
    assert main(["--lang", lang, "print", "--kind", "fact", *args, "-o", str(out)]) == 0
    pages = int(info(out)["Pages"])
    sheets = int(pages * sheets_per_page)
    said = capsys.readouterr().out.splitlines()
    if lang == "fr":
        assert said[0] == f"{out}{N}: {sheets} feuilles ({pages} pages) — {how}"
    else:
        assert said[0] == f"{out}: {sheets} sheets ({pages} pages) — {how}"
    assert said[1:] == [HINT[lang]]  # the black-and-white printer: one short line


def test_saving_ink_or_for_a_print_shop_the_black_and_white_line_is_not_said(tmp_path, capsys):
    out = tmp_path / "cartes.pdf"
    assert main(["--lang", "fr", "print", "--kind", "fact", "--save-ink", "-o", str(out)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["--lang", "fr", "print", "--kind", "fact", "--layout", "shop", "-o", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{out}{N}: {info(out)['Pages']} pages, une carte par page avec son fond perdu — pour un imprimeur "
        "professionnel, pas pour l’imprimante de l’école"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_calibration_kit_guide_and_summary_say_their_pages(tmp_path, capsys, session, lang):
    mini = write_deck(tmp_path / "mini")
    said = {}
    for name, args in (("calibration", ["print", "--calibration", "--duplex", "short"]), ("kit", ["kit"]),
                       ("guide", ["guide", str(mini)]), ("summary", ["summary", str(session)])):
        out = tmp_path / f"{name}.pdf"
        assert main(["--lang", lang, *args, "-o", str(out)]) == 0, name
        said[name] = capsys.readouterr().out.strip().replace(f"{out}", "FILE")
        said[name + ".pages"] = info(out)["Pages"]
    p = said
    if lang == "fr":
        assert p["calibration"] == (f"FILE{N}: page de calibrage, 1 feuille (2 pages) — imprimer à 100{NN}%, recto "
                                    "verso, retournement bord court, puis regarder la feuille par transparence (mode "
                                    "d’emploi sur la page)")
        assert p["kit"] == (f"FILE{N}: kit de l’atelier, {p['kit.pages']} feuilles ({p['kit.pages']} pages) — "
                            f"imprimer à 100{NN}%, recto seul")
        assert p["guide"] == f"FILE{N}: guide de l’animateur ({p['guide.pages']} pages)"
        assert p["summary"] == f"FILE{N}: bilan de la séance ({p['summary.pages']} pages)"
    else:
        assert p["calibration"] == ("FILE: calibration page, 1 sheet (2 pages) — print at 100%, double-sided, flip "
                                    "on short edge, then hold the sheet against the light (instructions on the page)")
        assert p["kit"] == (f"FILE: workshop kit, {p['kit.pages']} sheets ({p['kit.pages']} pages) — print at 100%, "
                            "single-sided")
        assert p["guide"] == f"FILE: facilitator’s guide ({p['guide.pages']} pages)"
        assert p["summary"] == f"FILE: session summary ({p['summary.pages']} pages)"


# -- the PDF's properties ------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "title", "subject"), [
    ("fr", "Cartes à découper — Bataille IA",
     f"Jeu «{N}Bataille IA{N}» 0.1.0{N}: cartes poker (63×88 mm) en français, sur A4, recto verso, retournement bord long, "
     "économie d’encre"),
    ("en", "Cards to cut out — Bataille IA",
     "Deck “Bataille IA” 0.1.0: poker (63×88 mm) cards in English, on A4, double-sided, flip on the long edge, ink saving"),
])
def test_the_card_sheets_properties_are_in_the_users_words(tmp_path, lang, title, subject):
    out = tmp_path / "cartes.pdf"
    assert main(["--lang", lang, "print", "--kind", "fact", "--save-ink", "-o", str(out)]) == 0
    props = info(out)
    assert (props["Title"], props["Subject"], props["Author"]) == (title, subject, "Bataille IA")


@pytest.mark.parametrize(("args", "title", "subject"), [
    (["--lang", "fr", "kit"], "Kit de l’atelier — Bataille IA",
     f"Cartes de vote, chevalets d’équipe, feuille de marque et cartes à emporter{N}: sur A4, recto seul"),
    (["--lang", "en", "kit", "--paper", "letter"], "Workshop kit — Bataille IA",
     "Voting cards, team signs, score sheet and take-home cards: on LETTER, single-sided"),
    (["--lang", "fr", "print", "--calibration"], "Page de calibrage recto verso — Bataille IA",
     f"Mesure le décalage des versos (--back-offset){N}: sur A4, recto verso, retournement bord long"),
    (["--lang", "en", "print", "--calibration", "--duplex", "short"], "Double-sided calibration page — Bataille IA",
     "Measures the backs’ offset (--back-offset): on A4, double-sided, flip on the short edge"),
])
def test_the_kit_and_calibration_properties_are_in_the_users_words(tmp_path, capsys, args, title, subject):
    out = tmp_path / "x.pdf"
    assert main([*args, "-o", str(out)]) == 0
    props = info(out)
    assert (props["Title"], props["Subject"]) == (title, subject)


# -- what the printer or the deck cannot give -----------------------------------------------------------


def test_a_back_offset_beyond_the_calibration_rulers_is_warned(tmp_path, capsys):
    out = tmp_path / "c.pdf"
    assert main(["--lang", "en", "print", "--calibration", "--back-offset", "9,-1", "-o", str(out)]) == 0
    assert capsys.readouterr().err == ("bataille print: warning: --back-offset 9,-1 shifts the backs further than the "
                                       "±5 mm the calibration page measures; check the value read (in millimetres, "
                                       "X then Y)\n")
    assert main(["--lang", "fr", "print", "--kind", "fact", "--back-offset", "1,-5", "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""  # within the rulers: nothing to say
    assert main(["--lang", "fr", "print", "--calibration", "--back-offset", "0.5,-5.5", "-o", str(out)]) == 0
    assert "mesure la page de calibrage" in capsys.readouterr().err


@pytest.mark.parametrize(("size", "label", "lang"), [("mini", "mini (44×63 mm)", "fr"), ("50x70", "50×70 mm", "en")])
def test_cards_too_long_for_a_small_size_are_counted_first_then_listed_briefly(tmp_path, capsys, size, label, lang):
    out = tmp_path / "c.pdf"
    assert main(["--lang", lang, "print", "--size", size, "-o", str(out)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert not out.exists()
    details = [line for line in lines if ".yaml:" in line]
    assert 1 <= len(details) <= 10 and len(lines) <= 12 and lines[1:len(details) + 1] == details
    count = int(lines[0].split()[2])
    assert count >= 3
    if lang == "fr":
        assert lines[0] == (f"bataille print: {count} cartes trop longues pour le format {label}{N}: rien n’a été "
                            f"imprimé{NN}; essayez --size poker, ou raccourcissez-les (liste ci-dessous)")
        assert lines[-1].startswith("… et ") and lines[-1].endswith(
            f"la liste complète, toutes langues{N}: bataille validate --size mini")
    else:
        assert lines[0] == (f"bataille print: {count} cards too long for the {label} size: nothing printed; try --size "
                            "poker, or shorten them (list below)")


def test_the_help_says_mini_is_for_short_texts(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "print", "--help"])
    assert "mini 44×63 (only for decks with short texts" in " ".join(capsys.readouterr().out.split())


def test_validate_names_the_bundled_deck_as_such(capsys):
    assert main(["--lang", "fr", "validate"]) == 0
    assert capsys.readouterr().out.startswith(f"Jeu fourni avec l’application{N}: OK — jeu bataille-ia ")
    assert main(["--lang", "en", "validate"]) == 0
    assert capsys.readouterr().out.startswith("Deck bundled with the app: OK — deck bataille-ia ")


def test_validate_names_another_deck_by_its_folder(tmp_path, capsys):
    mini = write_deck(tmp_path / "mini")
    assert main(["--lang", "en", "validate", str(mini)]) == 0
    assert capsys.readouterr().out.startswith(f"{mini}: OK — deck mini ")
