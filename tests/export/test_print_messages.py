"""Print problems in the user's language: fit problems, missing glyphs, icons, unwritable files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck.icons import IconError, clear_icons, load_icon, read_icon
from bataille.deck.models import Text
from bataille.export.atomic import write_atomically
from bataille.export.card_frame import FitProblem
from bataille.export.cards import check_fits
from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf
from bataille.export.errors import CardsDoNotFit, ExportError
from bataille.export.wording import MESSAGES

N, NN = "\u00a0", "\u202f"
ENGLISH_WORDS = re.compile(r"\b(needs|more|does not fit|do not fit|cannot|shorten|card|font|use another)\b")
LONG = "Les centres de données consomment beaucoup d'eau pour refroidir leurs serveurs. " * 12


def bataille(*args: str, lang: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "bataille", *args], capture_output=True, text=True,
                          env={**env, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture
def long_deck(deck_root, make):
    card = make.fact(1, text=Text.of(fr=LONG, en=LONG))
    return make.deck(deck_root, [card, make.fact(2)])


def overflow(problems: list[FitProblem]) -> FitProblem:
    return next(p for p in problems if p.wording is not None and p.wording.key == "fit.overflow")


def test_a_too_long_card_is_told_in_french(long_deck) -> None:
    problem = overflow(check_fits(long_deck, "poker", "fr"))
    text = problem.text("fr")
    assert problem.card_id == "fait-001" and problem.field == "text"
    assert text.startswith(f"La carte fait-001 ne tient pas au format poker (63×88 mm){N}: ")
    assert f"le champ «{N}text{N}» (fr) dépasse de " in text
    assert re.search(r"dépasse de \d+,\d mm", text), text  # decimal comma
    assert f"lisible{NN}; raccourcissez-le ou choisissez un format plus grand." in text
    assert not ENGLISH_WORDS.search(text), text
    detail = problem.message_in("fr")
    assert detail.startswith("dépasse de ") and not ENGLISH_WORDS.search(detail)


def test_english_is_unchanged(long_deck) -> None:
    problem = overflow(check_fits(long_deck, "poker", "fr"))
    assert re.fullmatch(r"needs \d+\.\d mm more even at the smallest legible size; shorten it", problem.message)
    assert problem.message_in("en") == problem.message
    assert problem.text("en") == str(problem) == (
        f"card fait-001: 'text' (fr) on a poker (63×88 mm) card: {problem.message}")
    excess = re.search(r"\d+\.\d", problem.message).group()
    assert excess.replace(".", ",") in problem.text("fr")


def test_cards_do_not_fit_lists_every_problem_in_french(long_deck) -> None:
    with pytest.raises(CardsDoNotFit) as caught:
        render_sheets_pdf(long_deck, PrintOptions())
    error = caught.value
    n = len(error.problems)
    assert str(error).startswith("1 card text does not fit:\n" if n == 1 else f"{n} card texts do not fit:\n")
    lines = error.message_in("fr").split("\n")
    assert lines[0] == (f"1 texte de carte ne tient pas{N}:" if n == 1 else f"{n} textes de cartes ne tiennent pas{N}:")
    assert lines[1:] == [p.text("fr") for p in error.problems]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_other_fit_problems_have_french_words(deck_root, make, lang) -> None:
    word = "Anticonstitutionnellementissimementextraordinairement"
    deck = make.deck(deck_root, [make.fact(1, figure=Text.of(fr=word, en=word))])
    problems = check_fits(deck, "mini", lang)
    assert problems and all(p.wording is not None for p in problems)
    for p in problems:
        french = p.text("fr")
        assert french.startswith("La carte fait-001 ne tient pas") and not ENGLISH_WORDS.search(french), french
        assert p.text("en") == str(p)


def test_a_missing_glyph_is_told_in_french(deck_root, make) -> None:
    deck = make.deck(deck_root, [make.fact(1, title=Text.of(fr="Un titre 😀", en="A title 😀"))])
    problem = next(p for p in check_fits(deck, "poker", "fr") if p.wording and p.wording.key == "glyph.missing")
    assert problem.message == "the font cannot print '😀' (U+1F600); use another character"
    assert problem.text("fr") == (f"La carte fait-001 ne peut pas être imprimée{N}: le champ «{N}title{N}» (fr) "
                                  f"contient «{N}😀{N}» (U+1F600), que la police ne sait pas imprimer{NN}; "
                                  "utilisez un autre caractère.")


def test_icon_errors_are_told_in_french(tmp_path: Path, deck_root, make) -> None:
    with pytest.raises(IconError) as caught:
        read_icon("<svg><text>x</text></svg>")
    assert str(caught.value) == ("it contains <text>, which icons cannot hold; turn the text into paths "
                                 "(Inkscape: Path > Object to Path)")
    assert caught.value.message_in("fr") == (f"elle contient <text>, qu’une icône ne peut pas contenir{NN}; "
                                             f"transformez le texte en chemins (Inkscape{N}: Chemin > Objet en chemin)")
    with pytest.raises(IconError) as caught:
        load_icon(tmp_path / "absent.svg")
    assert "cannot read it (No such file or directory)" in str(caught.value)
    # on a card (the icon changed after the deck was read): named once, as the theme's icon
    (deck_root / "assets" / "icons" / "eau.svg").write_text('<svg><path fill="rouge" d="M0 0L1 1"/></svg>')
    clear_icons()
    problems = [p for p in check_fits(make.deck(deck_root, [make.fact(1), make.fact(2)]), "poker", "fr")
                if p.field == "icon"]
    assert len(problems) == 1
    assert problems[0].message == ("the icon “assets/icons/eau.svg” of theme “eau” cannot be drawn: the colour “rouge” "
                                   "is not supported (use #RRGGBB, rgb(…), a basic colour name or none)")
    assert problems[0].text("fr") == (
        f"La carte fait-001 ne peut pas être imprimée{N}: l’icône «{N}assets/icons/eau.svg{N}» du thème «{N}eau{N}» "
        f"ne peut pas être dessinée{N}: la couleur «{N}rouge{N}» n’est pas prise en charge (utilisez #RRGGBB, "
        "rgb(…), un nom de couleur simple ou none).")
    clear_icons()


def test_an_unwritable_file_is_told_in_french(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / "nowhere" / "x.pdf", b"%PDF")
    assert str(caught.value) == f"cannot write {tmp_path}/nowhere/x.pdf: the folder {tmp_path}/nowhere does not exist"
    assert caught.value.message_in("fr") == (f"Impossible d’enregistrer {tmp_path}/nowhere/x.pdf{N}: "
                                             f"le dossier {tmp_path}/nowhere n’existe pas.")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / "folder.pdf", b"%PDF")
    assert str(caught.value).endswith("Is a directory. Choose another file or folder.")
    assert caught.value.message_in("fr").endswith("(c’est un dossier). Choisissez un autre fichier ou dossier.")


def test_every_french_template_is_typeset() -> None:
    for key, templates in MESSAGES.items():
        french = templates["fr"]
        assert not re.search(r" [:;?!%»]|« ", french), (key, french)
        assert templates["en"] != french or key in ("glyph.char",), key


# -- the command line, in the user's language ------------------------------------------------------


@pytest.fixture
def tiny_cards_args(tmp_path: Path) -> list[str]:
    """`bataille print` arguments on the bundled deck that cannot fit: 25 × 30 mm event cards."""
    return ["print", "-o", str(tmp_path / "x.pdf"), "--size", "25x30", "--kind", "event"]


def test_cli_tells_a_french_teacher_in_french(tmp_path: Path, tiny_cards_args) -> None:
    result = bataille(*tiny_cards_args, lang="fr_FR.UTF-8")
    assert result.returncode == 1 and not (tmp_path / "x.pdf").exists()
    lines = result.stderr.strip().split("\n")
    # First how many cards and what to do; then each problem says where its card is, as the deck's own
    # problems do (file:line:col), the first ten of them; then how many more and where to read them all.
    assert lines[0] == (f"bataille print: 57 cartes trop longues pour le format 25×30 mm{N}: rien n’a été "
                        f"imprimé{NN}; essayez --size poker, ou raccourcissez-les (liste ci-dessous)")
    assert all(re.match(r"\S+/timeline\.yaml:\d+:\d+: La carte ", line) for line in lines[1:-1]), lines[:3]
    assert len(lines) == 12 and f"le champ «{N}" in lines[1]
    assert lines[-1] == f"… et 275 autres problèmes{NN}; la liste complète, toutes langues{N}: bataille validate --size 25x30"
    assert not ENGLISH_WORDS.search(result.stderr), result.stderr[:500]
    unwritable = bataille("print", "-o", str(tmp_path / "nowhere" / "x.pdf"), "--kind", "event", lang="fr_FR.UTF-8")
    assert unwritable.returncode == 1
    assert unwritable.stderr.startswith("bataille print: Impossible d’enregistrer ")
    guide = bataille("guide", "-o", str(tmp_path / "nowhere" / "g.pdf"), lang="fr_FR.UTF-8")
    assert guide.returncode == 1 and guide.stderr.startswith("bataille guide: Impossible d’enregistrer ")


def test_cli_tells_others_in_english(tmp_path: Path, tiny_cards_args) -> None:
    result = bataille(*tiny_cards_args, lang="en_GB.UTF-8")
    assert result.returncode == 1
    lines = result.stderr.strip().split("\n")
    assert lines[0] == ("bataille print: 57 cards too long for the 25×30 mm size: nothing printed; try --size poker, "
                        "or shorten them (list below)")
    assert all(re.match(r"\S+/timeline\.yaml:\d+:\d+: card ", line) for line in lines[1:-1]), lines[:3]
    assert lines[-1] == "… and 256 more problems; the whole list, all languages: bataille validate --size 25x30"
    unwritable = bataille("print", "-o", str(tmp_path / "nowhere" / "x.pdf"), "--kind", "event", lang="en_GB.UTF-8")
    assert "bataille print: cannot write " in unwritable.stderr
    guide = bataille("guide", "-o", str(tmp_path / "nowhere" / "g.pdf"), lang="en_GB.UTF-8")
    assert guide.stderr.startswith("bataille guide: cannot write ")


def test_validate_counts_the_cards_of_each_kind_in_both_languages() -> None:
    """« 157 cards (72 fact, 28 debate, 57 event) »: English said each kind in the singular."""
    from bataille.deck import bundled_deck_path

    english = bataille("validate", str(bundled_deck_path()), lang="en_US.UTF-8")
    french = bataille("validate", str(bundled_deck_path()), lang="fr_FR.UTF-8")
    assert english.returncode == 0 and re.search(r"\(\d+ facts, \d+ debates, \d+ events\)", english.stdout), english
    assert french.returncode == 0 and re.search(r"\(\d+ faits, \d+ débats, \d+ événements\)", french.stdout), french


@pytest.mark.parametrize("under", ["cartes.pdf", "cartes.pdf/sous-dossier"])
def test_a_file_where_a_folder_should_be_is_named_as_a_file(tmp_path: Path, under: str) -> None:
    """« cartes.pdf/kit.pdf » (a file taken for a folder, as a save dialog's typed path can): the card
    sheets, the kit and the guide said « the folder … does not exist », as the summary did."""
    (tmp_path / "cartes.pdf").write_bytes(b"%PDF")
    target = tmp_path / under / "kit.pdf"
    with pytest.raises(ExportError) as caught:
        write_atomically(target, b"%PDF")
    assert str(caught.value) == (f"cannot write {target}: {tmp_path}/cartes.pdf is a file, not a folder. "
                                 "Choose another folder.")
    assert caught.value.message_in("fr") == (f"Impossible d’enregistrer {target}{N}: {tmp_path}/cartes.pdf est un "
                                             "fichier, pas un dossier. Choisissez un autre dossier.")
    assert (tmp_path / "cartes.pdf").read_bytes() == b"%PDF"
