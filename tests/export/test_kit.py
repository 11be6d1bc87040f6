"""The workshop kit read back from real PDFs: its pages, its words in both languages, its fonts."""

from __future__ import annotations

import pytest
from reportlab.lib.rl_accel import fp_str

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.errors import ExportError
from bataille.export.kit import (
    CHOICE_COLOURS,
    KitOptions,
    default_teams,
    kit_pages,
    render_kit_pdf,
    session_teams,
)
from bataille.export.kit_takeaway import JoinInfo, take_home_from_summary
from bataille.export.summary_model import build_summary
from bataille.workshop.example import play_example

from .test_fonts_embedded import assert_all_embedded
from .test_print_cli import bataille


@pytest.fixture(scope="module")
def summary():
    deck = load_deck(bundled_deck_path())
    return build_summary(play_example(deck, seed=5).state, deck)


def _text(pdf, tmp_path, data: bytes, page: int) -> str:
    path = tmp_path / "kit.pdf"
    path.write_bytes(data)
    return " ".join(pdf.text(path, page).split())


@pytest.mark.parametrize("lang,words", [
    ("fr", ("D’accord", "Pas d’accord", "Indécis", "Équipe 3", "À retenir", "Mon engagement",
            "Un chiffre que je retiens", "Votez avec votre téléphone", "Salle KXRT")),
    ("en", ("Agree", "Disagree", "Undecided", "Team 3", "To take home", "My commitment",
            "A figure I will remember", "Vote from your phone", "Room KXRT")),
])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_blank_kit_says_everything_in_both_languages(tmp_path, pdf, lang, words, paper):
    options = KitOptions(paper=paper, lang=lang, teams=default_teams(3, lang),
                         join=JoinInfo("http://192.168.1.23:8765/", "KXRT"))
    data = render_kit_pdf(options)
    assert kit_pages(options) == ("voting", "sign", "sign", "sign", "tally", "take_home", "join")
    assert len(pdf.page_streams(data)) == 7
    text = " ".join(_text(pdf, tmp_path, data, page) for page in range(1, 8))
    for word in words:
        assert word in text, word
    assert "192.168.1.23:8765" in text
    assert_all_embedded(data, tmp_path)


def test_voting_cards_carry_colour_symbol_and_word(tmp_path, pdf):
    data = render_kit_pdf(KitOptions())
    stream = pdf.page_streams(data)[0].decode("latin-1")
    for colour in CHOICE_COLOURS.values():  # each choice's colour fills its disc and strokes its frame
        rgb = fp_str(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))
        assert f"{rgb} rg" in stream and f"{rgb} RG" in stream, colour
    text = _text(pdf, tmp_path, data, 1)
    assert "?" in text  # the undecided card's symbol is a glyph; the tick and the cross are drawn
    assert text.index("D’accord") < text.index("Pas d’accord") < text.index("Indécis")


def test_kit_from_a_session_names_its_teams_and_its_debates(tmp_path, pdf, summary):
    teams = session_teams(summary, None)
    assert [t.name for t in teams] == [t.name for t in sorted(summary.teams, key=lambda r: int(r.id.split("-")[-1]))]
    assert [t.colour for t in teams][:1] == [next(r.colour for r in summary.teams if r.id.endswith("-1"))]
    take_home = take_home_from_summary(summary)
    assert take_home.shifts and take_home.figures
    data = render_kit_pdf(KitOptions(lang=summary.lang, teams=teams, take_home=take_home))
    signs = " ".join(_text(pdf, tmp_path, data, 2 + i) for i in range(len(teams)))
    for team in summary.teams:
        assert " ".join(team.name.split()) in signs
    card = _text(pdf, tmp_path, data, 3 + len(teams))  # after the signs and the score sheet
    first = summary.rounds[0]
    assert " ".join(first.claim.split()[:4]) in card
    assert f"{first.before.share('agree'):.0f}" in card and "Mon engagement" in card
    assert take_home.figures[0][1].split()[0] in card
    assert "Un débat qui m’a fait réfléchir" not in card  # the blank card's prompts are gone


def test_more_teams_than_the_session_had(summary):
    teams = session_teams(summary, 6)
    assert len(teams) == 6 and teams[-1].name == "Équipe 6"


@pytest.mark.parametrize("options", [KitOptions(paper="a3"), KitOptions(pupils=0)])
def test_impossible_kits_are_refused(options):
    with pytest.raises(ExportError):
        render_kit_pdf(options)
    with pytest.raises(ExportError):
        default_teams(9, "fr")


def test_kit_command(tmp_path, pdf):
    session = tmp_path / "s.bataille"
    assert bataille("example-session", "-o", str(session), "--lang", "fr").returncode == 0  # its kit: French
    out = tmp_path / "kit.pdf"
    result = bataille("kit", "-o", str(out), "--session", str(session), "--pupils", "2",
                      "--join", "http://10.0.0.2:8765/", "--room", "kxrt")
    assert result.returncode == 0, result.stderr
    pages = len(pdf.page_streams(out.read_bytes()))
    assert pages == 2 + 4 + 1 + 1 + 1 and f"({pages} pages)" in result.stdout
    assert "Salle KXRT" in " ".join(pdf.text(out, pages).split())
    assert "Rejoignez le Wi-Fi de la salle" in " ".join(pdf.text(out, pages).split())
    named = tmp_path / "named.pdf"  # the room's network named: phones join the right one
    result = bataille("kit", "-o", str(named), "--join", "http://10.0.0.2:8765/", "--room", "kxrt",
                      "--wifi", " EduNet\tSalle 12 ", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    poster = " ".join(pdf.text(named, len(pdf.page_streams(named.read_bytes()))).split())
    assert "1. Rejoignez le Wi-Fi « EduNet Salle 12 »" in poster.replace("\u00a0", " ")
    for lang, words in (("fr", "--wifi nomme le Wi-Fi sur l’affiche"), ("en", "--wifi names the Wi-Fi on the join poster")):
        result = bataille("--lang", lang, "kit", "-o", str(tmp_path / "x.pdf"), "--wifi", "EduNet")
        assert result.returncode == 2 and words in result.stderr, result.stderr
    blank = tmp_path / "blank.pdf"
    result = bataille("--lang", "en", "kit", "-o", str(blank), "--teams", "2", "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert len(pdf.page_streams(blank.read_bytes())) == 1 + 2 + 1 + 1
    assert "Score sheet" in pdf.text(blank, 4) and "My commitment" in pdf.text(blank, 5)
    for args in (["--teams", "9"], ["--join", "http://x/"], ["--pupils", "many"], ["--paper", "a3"]):
        result = bataille("kit", "-o", str(tmp_path / "x.pdf"), *args)
        assert result.returncode == 2, (args, result.stderr)
    assert not (tmp_path / "x.pdf").exists()


def test_the_kit_counts_participants(tmp_path, pdf):
    """The voting sheets are one per participant, as the kit, the guide and the print dialog say:
    the option is --participants (it was --pupils, a school's word in a workshop also run with
    adults; the old name still works for scripts, and the help no longer shows it)."""
    for option in ("--participants", "--pupils"):
        out = tmp_path / f"{option[2:]}.pdf"
        result = bataille("--lang", "en", "kit", "-o", str(out), "--teams", "1", option, "3")
        assert result.returncode == 0, result.stderr
        assert len(pdf.page_streams(out.read_bytes())) == 3 + 1 + 1 + 1
    # A class of 30 in 6 teams: 30 voting sheets, 6 signs, the score sheet, and a take-home card each,
    # four a sheet (one sheet of four came out for 30 pupils).
    out = tmp_path / "class.pdf"
    result = bataille("--lang", "en", "kit", "-o", str(out), "--teams", "6", "--participants", "30")
    assert result.returncode == 0, result.stderr
    assert len(pdf.page_streams(out.read_bytes())) == 30 + 6 + 1 + 8 and "(45 pages)" in result.stdout
    assert all("My commitment" in pdf.text(out, page) for page in range(38, 46))
    assert kit_pages(KitOptions(pupils=4)).count("take_home") == 1
    assert kit_pages(KitOptions(pupils=5)).count("take_home") == 2
    result = bataille("--lang", "en", "kit", "-o", str(tmp_path / "x.pdf"), "--participants", "61")
    assert result.returncode == 2 and "--participants 61: give a number from 1 to 60" in result.stderr
    shown = " ".join(bataille("--lang", "en", "kit", "--help").stdout.split())
    assert "--participants N" in shown and "a sheet of voting cards each" in shown and "pupil" not in shown.lower()
