"""French typography in the summary and the guide: "52 %" with a no-break space, curly apostrophes,
the vote's words as the app says them."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.workshop.example import play_example

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def written(deck, tmp_path_factory):
    """The French and English summaries of one example, as PDF and Markdown (with its SVG charts)."""
    folder = tmp_path_factory.mktemp("typography")
    out = {}
    for lang in ("fr", "en"):
        session = play_example(deck, seed=0, lang=lang)
        export_summary(session, deck, folder / f"{lang}.pdf")
        files = export_summary(session, deck, folder / f"{lang}.md")
        out[lang] = {
            "pdf": pdf_text(folder / f"{lang}.pdf"),
            "md": files[0].read_text(encoding="utf-8"),
            "svg": "\n".join(p.read_text(encoding="utf-8") for p in files[1:] if p.name.startswith("votes-")),
        }
    return out


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def test_french_percentages_have_their_space(written):
    fr = written["fr"]
    # pdftotext reads any space as " "; that it is a no-break one is checked below.
    assert re.search(r"\d+ \(\d+ %\)", fr["pdf"]) and not re.search(r"\d%", fr["pdf"])
    assert re.search(rf"\| \d+ \(\d+{NNBSP}%\) \|", fr["md"]) and not re.search(r"\d%", fr["md"])
    # The charts are the PDF's drawings too: the space the face has.
    assert re.search(rf">\d+{NBSP}%</text>", fr["svg"]) and not re.search(r">[^<]*\d%", fr["svg"])


def test_the_pdf_percentage_space_is_one_its_face_can_draw(deck):
    """The face has no narrow no-break space (bataille.words.FONT_SUBSTITUTES): a no-break one."""
    from bataille.export.summary_model import build_summary
    from bataille.export.summary_pdf_debates import _count

    vote = build_summary(play_example(deck, seed=0), deck).rounds[0].before
    assert _count(vote, "agree", "fr") == f"{vote.total.agree} ({round(vote.share('agree'))}{NBSP}%)"
    assert _count(vote, "agree", "en") == f"{vote.total.agree} ({round(vote.share('agree'))}%)"


def test_english_percentages_stay_tight(written):
    en = written["en"]
    assert re.search(r"\d+ \(\d+%\)", en["pdf"]) and re.search(r"\| \d+ \(\d+%\) \|", en["md"])
    assert re.search(r">\d+%</text>", en["svg"])


def test_the_summarys_french_words_have_curly_apostrophes():
    from bataille.export.summary_words import WORDS

    straight = {key: texts["fr"] for key, texts in WORDS.items() if "'" in texts["fr"]}
    assert not straight
    assert WORDS.text("winner_for_held", "en").endswith("the “against” side’s fell.")  # English has curly ones too


def test_the_summary_pdf_and_markdown_say_pas_d_accord_curly(written):
    for kind in ("pdf", "md"):
        assert "Pas d’accord" in written["fr"][kind] and "Pas d'accord" not in written["fr"][kind]
        # The stage's verdicts (the example's debates: convinced, lost the least), then why.
        for words in ("a convaincu la salle : sa part a le plus progressé", "a le moins reculé : les indécis"):
            said = r"\s+".join(re.escape(word) for word in words.split(" "))  # \s: the no-break space too
            assert re.search(said, written["fr"][kind]), (kind, words)


def test_the_undecided_vote_is_called_as_on_the_voting_cards(written):
    """The app, the stage and the printed voting cards say "Indécis"; the summary said "Sans avis"."""
    from bataille.export.kit_words import KIT_WORDS
    from bataille.export.summary_words import WORDS

    for choice in ("agree", "disagree", "undecided"):
        assert WORDS.text(choice, "fr") == KIT_WORDS.text(choice, "fr")
    for kind in ("pdf", "md"):
        text = written["fr"][kind]
        assert "Indécis" in text and "sans avis" not in text.lower()
    assert "Indécis</text>" in written["fr"]["svg"]


def test_negative_numbers_have_the_true_minus_sign(written):
    """As the stage writes them: "−13 pp", as wide as "+13 pp", not "-13" with a hyphen."""
    for lang, unit in (("fr", "pp"), ("en", "pp")):
        for kind in ("pdf", "md"):
            text = written[lang][kind]
            assert re.search(rf"−\d+(?:[,.]\d)?\s+{unit}", text), (lang, kind)
            assert not re.search(rf"(?<![\w-])-\d+(?:[,.]\d)?\s+{unit}", text), (lang, kind)
        assert re.search(r"\| −\d \|", written[lang]["md"])  # the scenarios' final indicators


def test_the_shares_and_the_shift_are_the_stages(deck, tmp_path):
    """The summary wrote each share rounded on its own (undecided "6 (19 %)" then "5 (8 %)") under an
    evolution of −12 (the exact −11.5): shares are now the whole percentages the stage shows, and
    the evolution is their difference, in the PDF and the Markdown."""
    from tests.sessions import voted_debate

    session = voted_debate(deck, (12, 13, 6), (20, 39, 5))
    markdown = export_summary(session, deck, tmp_path / "s.md")[0].read_text(encoding="utf-8")
    export_summary(session, deck, tmp_path / "s.pdf")
    pdf = " ".join(pdf_text(tmp_path / "s.pdf").split())
    for said in ("12 (39 %)", "13 (42 %)", "6 (19 %)", "20 (31 %)", "39 (61 %)", "5 (8 %)"):
        assert said.replace(" %", f"{NNBSP}%") in markdown, said
        assert said.replace(" %", f"{NBSP}%") in pdf or said in pdf, said
    assert "| −8 pp | +19 pp | −11 pp |" in markdown
    assert "−12" not in markdown and "−12" not in pdf
    assert not re.search(r"\d pts", markdown + pdf)  # the shift is never in the scores' "pts"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_vote_whose_shares_do_not_add_up_to_100_says_why(deck, tmp_path, lang):
    """Thirds are shown 33, 33, 33 %: the summary says the shares are rounded each on its own, under
    that debate only, and an unchanged undecided count shows no shift."""
    from tests.sessions import voted_debate

    session = voted_debate(deck, (10, 10, 10), (9, 11, 10), lang)
    markdown = export_summary(session, deck, tmp_path / "s.md")[0].read_text(encoding="utf-8")
    export_summary(session, deck, tmp_path / "s.pdf")
    pdf = " ".join(pdf_text(tmp_path / "s.pdf").split())
    said = {"fr": "leur somme peut faire 99 ou 101", "en": "they may add up to 99 or 101"}[lang]
    assert markdown.count(said) == 1 and pdf.count(said) == 1
    assert "| −3 pp | +4 pp | 0 pp |" in markdown
