"""A source whose title is in another language than the document's is followed by that language,
as a bibliography says it: « (en anglais) » in French, "(in French)" in English; one in the
document's own language, or whose language the deck does not say, is followed by nothing.

Checked where source titles are printed: the summary (PDF read back with pdftotext, Markdown),
the facilitator's guide (PDF) and `bataille sources`. The deck is the bundled one, with
`lang: en` added to "Energy and AI" (the IEA report), which the example session seed 1 cites
along with the CNIL's decision on Clearview AI (`lang: fr`) and the Gazzetta del Sud (`lang: it`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bataille.commands import sources as sources_command
from bataille.deck import Deck, bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf
from bataille.export.summary import export_summary
from bataille.export.summary_model import build_summary
from bataille.export.wording import after_title, title_language
from bataille.workshop.example import play_example

CNIL = "Délibération SAN-2022-019 du 17 octobre 2022"
NEXT_INPACT = "RGPD : Clearview AI condamné à 20 millions d’euros d’amende, pour la 3e fois"
GAZZETTA = "Dal Garante della privacy 15 milioni di multa per le violazioni di ChatGPT"
IEA = "Energy and AI"
UNSAID = "Language Models are Few-Shot Learners"  # English, its language not said


@pytest.fixture(scope="module")
def deck(tmp_path_factory) -> Deck:
    folder = tmp_path_factory.mktemp("deck")
    for part in ("cards", "scenarios", "assets"):
        shutil.copytree(bundled_deck_path() / part, folder / part)
    for name in ("environment.yaml", "timeline.yaml"):
        path = folder / "cards" / name
        text = path.read_text(encoding="utf-8")
        assert f'      - title: "{IEA}"\n' in text
        path.write_text(text.replace(f'      - title: "{IEA}"\n', f'      - title: "{IEA}"\n        lang: en\n'),
                        encoding="utf-8")
    return load_deck(folder)


def words(text: str) -> str:
    """Text with every run of spaces (no-break ones too, and line ends) as one space."""
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


# A long address is cut across lines in the PDF: the tests read up to its "http".


def pdf_words(path: Path) -> str:
    return words(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                capture_output=True).stdout.decode("utf-8"))


def test_the_mark_is_said_in_the_list_s_language_only_when_the_title_is_in_another_one() -> None:
    assert after_title(CNIL, "fr", "en") == " (in French)."
    assert after_title(CNIL, "fr", "fr") == "."
    assert after_title(IEA, "en", "fr") == " (en anglais)."
    assert after_title(IEA, "", "fr") == "."  # not said: nothing guessed
    assert after_title("Why Did Symbolics Fail?", "en", "fr") == " (en anglais)."
    assert after_title("Why Did Symbolics Fail?", "en", "en") == ""
    assert title_language("it", "fr") == "en italien" and title_language("ja", "en") == "in Japanese"
    assert title_language("de", "de") == ""  # a document in German says nothing after a German title


@pytest.fixture(scope="module")
def summaries(deck, tmp_path_factory) -> dict[str, tuple[str, str]]:
    """The example session's summary (seed 1) in French and in English: the PDF's words, the Markdown."""
    out = {}
    for lang in ("fr", "en"):
        folder = tmp_path_factory.mktemp(f"summary-{lang}")
        session = play_example(deck, seed=1, lang=lang)
        cited = {words(row.title) for row in build_summary(session, deck).sources}
        assert {CNIL, NEXT_INPACT, GAZZETTA, IEA, UNSAID} <= cited
        export_summary(session, deck, folder / "s.pdf")
        md = export_summary(session, deck, folder / "s.md")[0].read_text(encoding="utf-8")
        out[lang] = (pdf_words(folder / "s.pdf"), words(md.replace("\\", "")))
    return out


def test_the_english_summary_says_which_titles_are_in_french_or_italian(summaries) -> None:
    for text in summaries["en"]:
        plain = text.replace("<", "").replace("*", "")  # Markdown's <url> and *title*
        assert f"{CNIL} (in French). http" in plain
        assert f"{NEXT_INPACT} (in French). http" in plain
        assert f"{GAZZETTA} (in Italian). http" in plain
        assert f"{IEA}. http" in plain  # in English, as the summary
        assert f"{UNSAID}. http" in plain
        assert "(in English)" not in plain


def test_the_french_summary_says_which_titles_are_in_english_or_italian(summaries) -> None:
    for text in summaries["fr"]:
        plain = text.replace("<", "").replace("*", "")  # Markdown's <url> and *title*
        assert f"{CNIL}. http" in plain
        assert f"{NEXT_INPACT}. http" in plain
        assert f"{GAZZETTA} (en italien). http" in plain
        assert f"{IEA} (en anglais). http" in plain
        assert f"{UNSAID}. http" in plain  # its language not said: nothing guessed
        assert "(en français)" not in plain


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guide_s_sources_say_it_too(deck, tmp_path, lang) -> None:
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    text = pdf_words(path)
    sources = text[text.rindex("Sources"):]
    if lang == "en":
        assert f"{CNIL} (in French). http" in sources
        assert f"{GAZZETTA} (in Italian). http" in sources
        assert f"{IEA}. http" in sources
    else:
        assert f"{CNIL}. http" in sources
        assert f"{GAZZETTA} (en italien). http" in sources
        assert f"{IEA} (en anglais). http" in sources
    assert f"{UNSAID}. http" in sources


def test_the_sources_page_says_it_too(deck) -> None:
    english = words(sources_command.render_markdown(deck, "en"))
    assert f"**{CNIL}** (in French). " in english and f"**{IEA}**. " in english
    french = words(sources_command.render_markdown(deck, "fr"))
    assert f"**{CNIL}**. " in french and f"**{IEA}** (en anglais). " in french
    assert f"**{GAZZETTA}** (en italien). " in french
