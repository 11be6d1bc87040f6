"""The `bataille` commands as a teacher types them: global options, names, languages, refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.commands._words import LINES
from bataille.words import template_fields

from ..deck.conftest import write_deck

N, NN = "\u00a0", "\u202f"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A small valid deck of its own (id 'mini')."""
    return write_deck(tmp_path / "mini")


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The small deck without its version: one problem."""
    folder = write_deck(tmp_path / "cassé")
    manifest = folder / "cards" / "deck.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("version: 1.0.0\n", ""), encoding="utf-8")
    return folder


# -- the global --lang counts unless the command's own is given --------------------------------------


def test_global_lang_reaches_validate(capsys):
    assert main(["--lang", "fr", "validate"]) == 0
    assert f"{N}: OK — jeu " in capsys.readouterr().out
    assert main(["--lang", "fr", "validate", "--lang", "en"]) == 0  # the command's own wins
    assert ": OK — deck " in capsys.readouterr().out


def test_global_lang_reaches_import(tmp_path, capsys):
    (tmp_path / "cards.csv").write_text("kind,id\n", encoding="utf-8")
    assert main(["--lang", "fr", "import", str(tmp_path / "cards.csv")]) == 2
    assert "précisez le jeu" in capsys.readouterr().err


# -- every line of a command in the user's language: --lang, else the locale ------------------------

# Words that only an English line would hold; a French line may quote a path or an option's value.
ENGLISH = re.compile(r"\b(the|is|are|not|nothing|printed|written|cannot|deck|problems?|card|pages? \(|"
                     r"chart|sources of|session file|give|use|choose|facilitator)\b")


def _french(text: str) -> None:
    assert text.strip(), "nothing was said"
    for line in text.strip().splitlines():
        line = re.sub(r"^(bataille [a-z-]+: |\S+:\d+:\d+: )", "", line)  # the program's name, file:line:col
        words = re.sub(r"(/\S*|--[a-z-]+ \S+|\S+\.(pdf|md|bataille|docx|png|yaml)\b)", "", line)
        assert not ENGLISH.search(words), line


@pytest.fixture
def french(monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("séance") / "atelier.bataille"
    assert main(["example-session", "-o", str(path), "--seed", "2", "--lang", "fr"]) == 0
    return path


@pytest.mark.parametrize("args, code", [
    (["print", "{broken}", "-o", "{tmp}/x.pdf"], 1),
    (["guide", "{broken}", "-o", "{tmp}/g.pdf"], 1),
    (["sources", "{broken}"], 1),
    (["print", "-o", "{tmp}/x.pdf", "--bleed", "9"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--bleed", "beaucoup"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--size", "10x10"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--size", "énorme"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--back-offset", "1"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--back-offset", "11,0"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--theme", "météo"], 2),
    (["print", "{mini}", "-o", "{tmp}/x.pdf", "--theme", "society", "--kind", "debate"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--size", "240x240"], 2),
    (["print", "-o", "{tmp}/x.pdf", "--calibration", "--duplex", "none"], 2),
    (["kit", "-o", "{tmp}/k.pdf", "--teams", "9"], 2),
    (["kit", "-o", "{tmp}/k.pdf", "--pupils", "trente"], 2),
    (["kit", "-o", "{tmp}/k.pdf", "--room", "KXRT"], 2),
    (["kit", "-o", "{tmp}/k.pdf", "--room", "KXRT", "--join", "ftp://192.168.1.23/"], 2),
    (["kit", "-o", "{tmp}/k.pdf", "--deck", "{broken}"], 1),
    (["kit", "-o", "{tmp}/k.pdf", "--session", "{session}", "--teams", "2"], 2),
    (["sources", "--older-than", "six"], 2),
    (["sources", "-o", "{tmp}/nowhere/s.md"], 1),
    (["summary", "{tmp}/texte.bataille", "-o", "{tmp}/s.md"], 1),
    (["summary", "{session}", "-o", "{tmp}/s.docx"], 2),
    (["summary", "{session}", "-o", "{tmp}/nowhere/s.pdf"], 1),
    (["example-session", "-o", "{session}"], 1),
    (["example-session", "-o", "{tmp}/s.pdf"], 2),
])
def test_a_french_teacher_reads_french_errors(french, tmp_path, mini, broken, session, capsys, args, code):
    (tmp_path / "texte.bataille").write_text("bonjour", encoding="utf-8")
    args = [a.format(tmp=tmp_path, broken=broken, mini=mini, session=session) for a in args]
    assert main(args) == code
    out, err = capsys.readouterr()
    assert not out
    assert err.splitlines()[-1].startswith(f"bataille {args[0]}: ") and "Traceback" not in err
    _french(err)


def test_french_from_the_global_lang_option_too(tmp_path, broken, capsys):
    assert main(["--lang", "fr", "print", str(broken), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"bataille print: {broken}{N}: 1 problème dans le jeu{NN}; rien n’a été imprimé"
    assert main(["print", "-o", str(tmp_path / "x.pdf"), "--bleed", "9"]) == 2  # the locale: en_GB
    assert capsys.readouterr().err == "bataille print: --bleed 9: the bleed is 0 to 5 mm\n"


@pytest.mark.parametrize("args, said", [
    (["print", "{mini}", "-o", "{tmp}/x.pdf"], "{tmp}/x.pdf{N}: 1 feuille (2 pages) — imprimer à 100{NN}%, recto "
                                               "verso, retournement bord long\npour une imprimante noir et blanc, "
                                               "ajoutez --save-ink"),
    (["print", "--calibration", "-o", "{tmp}/x.pdf"], "{tmp}/x.pdf{N}: page de calibrage, 1 feuille (2 pages) — "
                                                      "imprimer à 100{NN}%, recto verso, retournement bord long, puis "
                                                      "regarder la feuille par transparence (mode d’emploi sur la "
                                                      "page)"),
    (["guide", "{mini}", "-o", "{tmp}/g.pdf"], "{tmp}/g.pdf{N}: guide de l’animateur (5 pages)"),
    (["kit", "-o", "{tmp}/k.pdf"], "{tmp}/k.pdf{N}: kit de l’atelier, 7 feuilles (7 pages) — imprimer à 100{NN}%, "
                                   "recto seul"),
    (["summary", "{session}", "-o", "{tmp}/s.pdf"], "{tmp}/s.pdf{N}: bilan de la séance (9 pages)"),
    (["sources", "{mini}", "-o", "{tmp}/s.md"], "{tmp}/s.md{N}: sources du jeu mini 1.0.0"),
    (["summary", "{session}", "-o", "{tmp}/s.md"], "{tmp}/s.md (+ 5 graphiques dans {tmp}/s-figures)"),
    (["example-session", "-o", "{tmp}/e.bataille"], "{tmp}/e.bataille{N}: 123 actions, 4 équipes, 3 débats, "
                                                     "4 parcours de scénario"),
])
def test_a_french_teacher_reads_what_was_written_in_french(french, tmp_path, mini, session, capsys, args, said):
    args = [a.format(tmp=tmp_path, mini=mini, session=session) for a in args]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out == said.format(tmp=tmp_path, N=N, NN=NN) + "\n" and not err


def test_the_commands_lines_have_the_same_fields_in_both_languages_and_french_apostrophes():
    for key, texts in LINES.items():
        assert template_fields(texts["fr"]) == template_fields(texts["en"]), key
        assert "'" not in texts["fr"], key


# -- the global --deck reaches every command ----------------------------------------------------------


@pytest.mark.parametrize("command", [["validate"], ["print", "-o", "{tmp}/x.pdf"], ["guide", "-o", "{tmp}/g.pdf"],
                                     ["sources"], ["summary", "{session}", "-o", "{tmp}/s.md"],
                                     ["example-session", "-o", "{tmp}/e.bataille"]])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_broken_deck_given_with_deck_is_the_one_used(tmp_path, broken, session, capsys, command, where):
    command = [a.format(tmp=tmp_path, session=session) for a in command]
    args = ["--deck", str(broken), *command] if where == "before" else [*command, "--deck", str(broken)]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "needs “version”" in err and str(broken) in err.splitlines()[-1], err
    assert not list(tmp_path.glob("?.*")), "nothing written"


def test_print_uses_the_deck_given_with_deck(tmp_path, mini, pdf, capsys):
    assert main(["--deck", str(mini), "print", "-o", str(tmp_path / "x.pdf"), "--kind", "debate", "--lang", "fr"]) == 0
    assert "Il faut limiter" in " ".join(pdf.text(tmp_path / "x.pdf", 1).split())  # the mini deck's debate


def test_deck_and_deck_must_name_the_same_deck(tmp_path, mini, broken, capsys):
    # The same folder named twice (or by its cards/ folder) is one deck.
    assert main(["--deck", str(mini), "sources", str(mini / "cards"), "-o", str(tmp_path / "s.md")]) == 0
    assert main(["--deck", str(mini), "guide", str(broken), "-o", str(tmp_path / "g.pdf")]) == 2
    err = capsys.readouterr().err
    assert err == (f"bataille guide: two different decks given, {mini} and {broken}: give the deck once, as DECK "
                   "or with --deck (before or after the command)\n")
    assert main(["--deck", str(mini), "summary", "x.bataille", "-o", "s.md", "--deck", str(broken)]) == 2
    assert not (tmp_path / "g.pdf").exists()


def test_validate_checks_the_deck_given_with_deck_and_its_paths(mini, broken, capsys):
    assert main(["--deck", str(broken), "validate", str(mini)]) == 1
    out, err = capsys.readouterr()
    assert f"{mini}: OK" in out and f"{broken}: 1 problem\n" in err


def test_import_refuses_two_decks(tmp_path, mini, broken, capsys):
    (tmp_path / "cards.csv").write_text("kind,id\n", encoding="utf-8")
    assert main(["--deck", str(broken), "import", str(tmp_path / "cards.csv"), "--deck", str(mini)]) == 2
    assert "two different decks" in capsys.readouterr().err


# -- a PDF is written under a name ending in .pdf -------------------------------------------------------


@pytest.mark.parametrize("args, said", [
    (["kit", "-o", "{tmp}/k.png"], "k.png: the kit is written as .pdf — choose a file ending in .pdf (k.pdf)."),
    (["guide", "-o", "{tmp}/g.docx"], "g.docx: the guide is written as .pdf — choose a file ending in .pdf (g.pdf)."),
    (["print", "-o", "{tmp}/c"], "c: the cards are written as .pdf — choose a file ending in .pdf (c.pdf)."),
    (["print", "--calibration", "-o", "{tmp}/c.txt"],
     "c.txt: the cards are written as .pdf — choose a file ending in .pdf (c.pdf)."),
])
def test_a_pdf_under_another_name_is_refused(tmp_path, capsys, args, said):
    assert main([a.format(tmp=tmp_path) for a in args]) == 2
    assert capsys.readouterr().err == f"bataille {args[0]}: {said}\n"
    assert not list(tmp_path.iterdir())


def test_the_pdf_name_is_refused_in_french_too(french, tmp_path, capsys):
    assert main(["kit", "-o", str(tmp_path / "k.png")]) == 2
    assert capsys.readouterr().err == (f"bataille kit: k.png{N}: le kit s’écrit en .pdf — choisissez un fichier qui "
                                       "finit par .pdf (k.pdf).\n")
    assert main(["guide", "-o", str(tmp_path / "G.PDF")]) == 0  # any case


# -- kit: no option ignored in silence -----------------------------------------------------------------


@pytest.mark.parametrize("args", [["kit", "--deck", "{broken}"], ["--deck", "{broken}", "kit"]])
def test_kit_with_a_broken_deck_says_so_and_writes_nothing(tmp_path, broken, capsys, args):
    args = [a.format(broken=broken) for a in args]
    assert main([*args, "-o", str(tmp_path / "y.pdf")]) == 1
    err = capsys.readouterr().err
    assert "needs “version”" in err
    assert err.splitlines()[-1] == f"bataille kit: {broken}: 1 problem in the deck; no kit written"
    assert not (tmp_path / "y.pdf").exists()


def test_kit_teams_with_a_session_cannot_leave_a_team_out(tmp_path, session, capsys):
    assert main(["kit", "--session", str(session), "--teams", "2", "-o", str(tmp_path / "k.pdf")]) == 2
    # The session is French: without --lang, so are the kit and its lines, whatever the locale.
    assert capsys.readouterr().err == ("bataille kit: la séance compte 4 équipes et le kit imprime un chevalet pour "
                                       "chacune\u00a0: --teams 2 ne peut pas en retirer\u202f; laissez --teams de "
                                       "côté, ou donnez 4 ou plus pour ajouter des chevalets numérotés\n")
    assert not (tmp_path / "k.pdf").exists()
    assert main(["kit", "--session", str(session), "--teams", "2", "-o", str(tmp_path / "k.pdf"), "--lang", "en"]) == 2
    assert capsys.readouterr().err == ("bataille kit: the session has 4 teams and the kit prints a sign for each: "
                                       "--teams 2 cannot leave any out; leave --teams out, or give 4 or more to add "
                                       "numbered signs\n")
    assert main(["kit", "--session", str(session), "--teams", "6", "-o", str(tmp_path / "k.pdf"), "--lang", "en"]) == 0
    assert capsys.readouterr().out == (f"{tmp_path / 'k.pdf'}: workshop kit, 9 sheets (9 pages) — print at 100%, "
                                       "single-sided\n")  # 1 voting, 6 signs, the score sheet, 1 card


@pytest.mark.parametrize("url", ["not a url", "192.168.1.23:8765", "ftp://192.168.1.23/", "http://", "http:// x/"])
def test_kit_join_must_be_a_web_address(tmp_path, capsys, url):
    assert main(["kit", "--join", url, "--room", "KXRT", "-o", str(tmp_path / "k.pdf")]) == 2
    assert capsys.readouterr().err == (f"bataille kit: --join {url}: not a web address; give the address the phones "
                                       "open, as the stage shows it, starting with http:// or https://\n")


@pytest.mark.parametrize("code", ["ABCD", "12345", "ZZZZ", "KXR", "KX RT"])
def test_kit_room_must_be_a_code_the_app_shows(tmp_path, capsys, code):
    """A poster whose code no stage can show sends a whole class to a room it cannot find."""
    assert main(["kit", "--join", "http://192.168.1.23:8765/", "--room", code, "-o", str(tmp_path / "k.pdf")]) == 2
    assert capsys.readouterr().err == (f"bataille kit: --room {code}: not a room code of the app; copy the four "
                                       "letters the stage shows once the phones are on (they are drawn from "
                                       "A C D E F H J K M N P R T U V W X Y)\n")
    assert not (tmp_path / "k.pdf").exists()
    assert main(["--lang", "fr", "kit", "--join", "http://192.168.1.23:8765/", "--room", code,
                 "-o", str(tmp_path / "k.pdf")]) == 2
    assert "recopiez les quatre lettres" in capsys.readouterr().err


def test_kit_join_poster_from_a_web_address(tmp_path, capsys):
    assert main(["kit", "--join", "http://192.168.1.23:8765/", "--room", "kxrt", "-o", str(tmp_path / "k.pdf")]) == 0
    assert "(8 pages)" in capsys.readouterr().out


def test_kit_help_says_the_ranges(capsys):
    with pytest.raises(SystemExit):
        main(["kit", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "how many participants, 1 to 60: a sheet of voting cards each" in text and "how many team signs, 1 to 8" in text


# -- a file where a folder should be ----------------------------------------------------------------------


@pytest.mark.parametrize("args, name", [
    (["print", "--kind", "debate", "-o"], "x.pdf"), (["print", "--calibration", "-o"], "x.pdf"),
    (["guide", "-o"], "g.pdf"), (["kit", "-o"], "k.pdf"), (["sources", "-o"], "s.md"),
    (["summary", "{session}", "-o"], "s.md"), (["example-session", "-o"], "e.bataille"),
])
@pytest.mark.parametrize("below", ["", "sub/"])
def test_a_file_on_the_way_is_said_to_be_a_file(tmp_path, session, capsys, args, name, below):
    (tmp_path / "somefile").write_text("not a folder", encoding="utf-8")
    target = tmp_path / "somefile" / f"{below}{name}"
    assert main([*(a.format(session=session) for a in args), str(target)]) == 1
    assert capsys.readouterr().err == (f"bataille {args[0]}: cannot write {target}: {tmp_path / 'somefile'} is a "
                                       "file, not a folder\n")
    assert (tmp_path / "somefile").read_text(encoding="utf-8") == "not a folder"


def test_a_file_on_the_way_is_said_in_french(french, tmp_path, capsys):
    (tmp_path / "somefile").write_text("not a folder", encoding="utf-8")
    assert main(["print", "-o", str(tmp_path / "somefile" / "x.pdf")]) == 1
    assert capsys.readouterr().err == (f"bataille print: Impossible d’enregistrer {tmp_path}/somefile/x.pdf{N}: "
                                       f"{tmp_path}/somefile est un fichier, pas un dossier.\n")


# -- validate also checks what print would refuse ---------------------------------------------------


def test_validate_says_which_card_texts_print_would_refuse(mini, capsys):
    cards = mini / "cards" / "environment.yaml"
    long = "Une phrase bien trop longue pour une carte. " * 30
    cards.write_text(cards.read_text(encoding="utf-8").replace("Une estimation de l'eau évaporée.", long),
                     encoding="utf-8")
    assert main(["--lang", "fr", "validate", str(mini)]) == 1
    err = capsys.readouterr().err.strip().split("\n")
    assert re.match(r"\S*environment\.yaml:\d+:\d+: La carte \S+ ne tient pas au format poker", err[0]), err
    assert err[-1].endswith(f"1 texte de carte ne tient pas sur les cartes poker (63×88 mm) à imprimer{NN}; "
                            "raccourcissez-le, ou vérifiez un autre format avec --size"), err[-1]
    assert main(["validate", "--size", "a7", "--lang", "en", str(mini)]) == 1  # still too long for A7
    assert capsys.readouterr().err.strip().endswith("1 card text does not fit on the a7 (74×105 mm) cards to "
                                                    "print; shorten it, or check another size with --size")
    assert main(["validate", "--size", "none", str(mini)]) == 0  # the deck itself is valid


def test_validate_passes_the_bundled_deck_on_poker_cards(capsys):
    assert main(["validate", "--lang", "en"]) == 0
    assert ": OK — deck " in capsys.readouterr().out


# -- the help and argparse's own words in the user's language -----------------------------------------


def _parsers(lang: str = "en"):
    """The main parser and every command's, built as `bataille` builds them in ``lang``."""
    import argparse

    from bataille.cli import build_parser

    parser, _table = build_parser(lang)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [("bataille", parser), *sub.choices.items()]


def test_every_help_text_has_its_french_with_french_typography():
    import argparse

    from bataille.commands._help import ARGPARSE_FR, HELP_FR

    texts = set()
    for _name, parser in _parsers():
        texts.add(parser.description)
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                texts.add(action.help)
            texts.update(choice.help for choice in getattr(action, "_choices_actions", ()))
    missing = sorted(t for t in texts if t not in HELP_FR)
    assert not missing, missing
    for french in [*HELP_FR.values(), *ARGPARSE_FR.values()]:
        assert "'" not in french.replace("%(value)r", "").replace("%r", ""), french  # ’, not '
        assert not re.search(r" [:;?!]|\w[;?!]", french), french  # no-break spaces before : ; ? !
        assert not re.search(r"\d %|\d%(?!%|\()", french), french  # 100 %% with a narrow no-break space


@pytest.mark.parametrize("command", ["", "example-session", "guide", "import", "kit", "print", "sources", "summary",
                                     "validate"])
def test_the_help_speaks_french_when_asked_or_when_the_locale_is_french(command, capsys, monkeypatch):
    from bataille.commands._help import HELP_FR

    argv = [command, "--help"] if command else ["--help"]
    for line, env in ((["--lang", "fr", *argv], {}), (argv, {"LANG": "fr_FR.UTF-8"})):
        for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        with pytest.raises(SystemExit) as done:
            main(line)
        assert done.value.code == 0
        out = re.sub(r"[ \n]+", " ", capsys.readouterr().out)  # argparse wraps its lines (never at a no-break space)
        assert out.startswith("utilisation\u00a0: bataille") and "affiche cette aide et s’arrête" in out
        assert "options\u00a0:" in out and "usage:" not in out and "show this help" not in out
        assert not [english for english in HELP_FR if english.replace("%%", "%") in out]
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    with pytest.raises(SystemExit):
        main(argv)
    out = capsys.readouterr().out
    assert out.startswith("usage: bataille") and "show this help message and exit" in out  # English unchanged


def test_argparse_own_errors_speak_french(capsys, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C")
    cases = [
        (["--lang", "fr", "print"], "bataille print: erreur\u00a0: ces arguments sont obligatoires\u00a0: -o/--output"),
        (["--lang", "fr", "print", "-o", "x.pdf", "--layout", "pli"],
         "argument --layout\u00a0: choix invalide\u00a0: 'pli' (au choix\u00a0: 'grid', 'fold', 'shop')"),
        (["--lang", "fr", "prnt"], "bataille: erreur\u00a0: argument COMMAND\u00a0: choix invalide\u00a0: 'prnt'"),
        (["--lang", "fr", "print", "-o"], "argument -o/--output\u00a0: une valeur est attendue"),
        (["--lang=fr", "validate", "--zzz"], "bataille: erreur\u00a0: arguments inconnus\u00a0: --zzz"),
        (["print", "--lang", "en"], "bataille print: error: the following arguments are required: -o/--output"),
    ]
    for argv, said in cases:
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 2
        err = capsys.readouterr().err
        assert said in err, err
        assert ("utilisation\u00a0: bataille" in err) == ("en" not in argv)
    import argparse
    import gettext

    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext  # put back after
