"""The guide as a teacher reads it the day before, page by page, read back from the PDF: the agenda
agrees with the debate's rules at every length, a fallback when the projector or the Wi-Fi fails,
figures said as their cards say them, the console's own button names, sentences read once, the
phones' set-up for a class, pages filled, contents on page 1, sources in the guide's language."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf

from .conftest import page_streams
from .test_guide import _flat, _interface

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module", params=["fr", "en"])
def guide(request, deck, tmp_path_factory):
    """(lang, the PDF's path) of the bundled deck's guide."""
    path = tmp_path_factory.mktemp("guide") / f"guide-{request.param}.pdf"
    path.write_bytes(render_guide_pdf(deck, request.param))
    return request.param, path


def _pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def _one_line(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _between(text: str, start: str, end: str) -> str:
    first = text.index(start)
    return text[first:text.index(end, first)]


# -- 1. the agenda's debates agree with the debate's rules ----------------------------------------

def test_the_agenda_says_as_many_debates_as_the_rules_at_each_length(guide):
    lang, path = guide
    text = _flat(path)
    agenda = _between(text, "Déroulé" if lang == "fr" else "Agenda", "Durée totale" if lang == "fr" else "Total time")
    assert ("Une manche par thème" if lang == "fr" else "One debate per theme") not in agenda
    debates = "débats (10–15 min chacun)" if lang == "fr" else "debates (10–15 min each)"
    in_agenda = re.findall(rf"(\d+(?: (?:ou|à|or|to) \d+)?) {re.escape(debates)}", agenda)
    rules = _between(text, "Règles de chaque phase" if lang == "fr" else "Rules of each phase", "(10")
    advised = re.findall(r"(\d+(?: (?:ou|à|or|to) \d+)?) (?:en|in) (\d+) min", rules.split("plutôt" if lang == "fr"
                                                                                              else "instead")[1])
    assert [minutes for _, minutes in advised] == ["60", "90", "120"]
    assert in_agenda == [few for few, _ in advised] == (["1 ou 2", "2 ou 3", "2 à 4"] if lang == "fr"
                                                        else ["1 or 2", "2 or 3", "2 to 4"])


# -- 2. without the projector, without the Wi-Fi --------------------------------------------------

def _phone_page_words(lang: str) -> set[str]:
    """The phone page's words in ``lang`` (its WORDS table), as read: no trailing colon or bracket,
    and each also up to its first colon, where the phone adds the answer."""
    page = (ROOT / "src" / "bataille" / "phones" / "page.html").read_text(encoding="utf-8")
    table = page[page.index("var WORDS = {"):]
    table = table[:table.index("\n};")]
    fr, en = table.split("\n  en: {")
    words = {_one_line(json.loads(f'"{w}"')).rstrip(" :(").strip()
             for w in re.findall(r'"((?:[^"\\]|\\.)*)"', fr if lang == "fr" else en)}
    return words | {w.split(":")[0].strip() for w in words}  # "Pas encore enregistrée : votre réponse (…"


def test_the_guide_says_what_to_do_when_the_projector_or_the_wifi_fails(guide):
    lang, path = guide
    text = _flat(path)
    fr = lang == "fr"
    section = _between(text, "Si le projecteur ou le réseau tombe" if fr else "If the projector or the network fails",
                       "Débat express" if fr else "Quick debate")
    for words in (("« Cartes débat »", "sur une table", "à voix haute", "« Carte des scénarios »", "comptez les mains",
                   "restent sur l’ordinateur", "se reconnecte seul", "Ajoutez ces mains aux nombres")
                  if fr else ("“Debate cards”", "on a table", "aloud", "“Scenario map”", "count the hands",
                              "stay on the computer", "reconnects by itself", "Add those hands to the numbers")):
        assert words in section, words
    phone, interface = _phone_page_words(lang), _interface(lang)
    quoted = re.findall("« (.+?) »" if fr else "“(.+?)”", section)
    for label in quoted:
        assert (label in interface or label in phone or any(t.startswith(label + " (") for t in interface)
                or label in ("Cartes débat", "Carte des scénarios", "Debate cards", "Scenario map")), label
    assert {"Connexion perdue — reconnexion…", "Pas encore enregistrée"} <= set(quoted) if fr else \
        {"Connection lost — reconnecting…", "Not recorded yet"} <= set(quoted)


# -- 3. figures as their cards say them ------------------------------------------------------------

def test_the_debate_cards_say_figures_as_the_fact_cards_do_with_source_and_mark(guide, deck):
    lang, path = guide
    text = _flat(path)
    fr = lang == "fr"
    key = text.index("Frise : corrigé" if fr else "Timeline answer key")  # the pages, not the prose naming them
    debates = _between(text[key:], "Cartes débat" if fr else "Debate cards", "Carte des scénarios" if fr
                       else "Scenario map")
    bloom = deck.card("env-bloom-grid")  # its figure as the card writes it: 25 à 50 t CO2e, 25–50 t CO2e
    assert bloom.figure.get(lang).replace("₂", "2").replace("\u202f", " ").removeprefix("≈ ") in debates
    assert ("25 t pour le courant des puces" if fr else "25 t for the chips’ electricity") in debates
    assert ("BLOOM a émis ≈ 25 t" if fr else "BLOOM emitted about 25 t") not in debates
    label = _between(debates, deck.card("rel-debate-label").title.get(lang), " Pour • " if fr else " For • ")
    assert deck.card("rel-ai-act-labels").contested
    assert ("chiffre contesté" if fr else "contested figure") in label
    efficiency = _between(debates, deck.card("env-debate-efficiency").title.get(lang), " Pour • " if fr else " For • ")
    assert ("48 % entre 2019 et 2023 (Google, rapport environnemental 2024)" if fr
            else "48% between 2019 and 2023 (Google, 2024 Environmental Report)") in efficiency


# -- 4. the console's own button names -----------------------------------------------------------

# Quoted, but not a label of the interface: a key of the remote, the deck's card kind, the room's
# network kind, a heading of this guide.
NOT_LABELS = {"suivant", "précédent", "next", "previous", ".", "fait", "invités", "guest", "Cartes débat",
              "Carte des scénarios", "Debate cards", "Scenario map", "Sources"}


def test_every_name_the_guide_quotes_is_the_interfaces(guide):
    """Every button, box and menu item the guide's own pages quote is written as the console, the
    start screen or the phones' page write it: « Reculer » and « Avancer », never « Précédent »."""
    from bataille.export import guide as guide_words
    from bataille.export import guide_before, guide_console, guide_facts
    from bataille.export.kit_words import kit_word

    lang, path = guide
    allowed = _interface(lang) | _phone_page_words(lang) | NOT_LABELS | {kit_word("take_home", lang)}
    # a label with its count or its length after it: "Clore le vote des téléphones (réponses : %1)"
    prefixes = {t.split(" (")[0] for t in _interface(lang)}
    pattern = "« (.+?) »" if lang == "fr" else "“(.+?)”"
    for catalogue in (guide_words.RULES, guide_words.QUICK, guide_before.BEFORE, guide_console.CONDUCT,
                      guide_facts.FACTS):
        for key in catalogue:
            said = _one_line(catalogue.text(key, lang)).replace("{name}", kit_word("take_home", lang))
            for label in re.findall(pattern, said):
                assert label in allowed or label in prefixes, (catalogue, key, label)
    text = _flat(path)
    if lang == "fr":
        assert "« Reculer »" in text and "« Avancer »" in text and "« Précédent »" not in text
    else:
        assert "“Previous Step”" in text and "“Next Step”" in text and "“Previous”" not in text


# -- 5. sentences read once ------------------------------------------------------------------------

KNOTS = {
    "fr": ("l’arrêtent, qui le dit", "son évolution dévoilée ou sans le vote", "comme « Clore le débat », puis",
           "il ne propose plus d’y aller plus loin", "les deux se combinent"),
    "en": ("in the agenda, do", "stop it, and it says so", "was just typed too", "share that theme’s among",
           "the two combine"),
}
LONGEST = 45  # words in a sentence of the guide's own prose


def test_the_guides_own_sentences_are_short_and_plain(guide):
    from bataille.export import guide as guide_words
    from bataille.export import guide_before, guide_console

    lang, path = guide
    text = _flat(path)
    for knot in KNOTS[lang]:
        assert knot not in text, knot
    for catalogue in (guide_words.RULES, guide_words.QUICK, guide_before.BEFORE, guide_console.CONDUCT):
        for key in catalogue:
            for sentence in re.split(r"(?<=[.!?])\s+", _one_line(catalogue.text(key, lang))):
                assert len(sentence.split()) <= LONGEST, (key, len(sentence.split()), sentence[:80])


# -- 6. phones for a class ------------------------------------------------------------------------

def test_the_phones_setup_says_what_a_class_needs_and_what_pupils_do(guide):
    lang, path = guide
    text = _flat(path)
    fr = lang == "fr"
    before = _between(text, "Avant l’atelier" if fr else "Before the workshop",
                      "Règles de chaque phase" if fr else "Rules of each phase")
    for words in (("environ 8 appareils", "classe de 30", "Wi-Fi de l’établissement", "routeur de voyage",
                   "scanne le code QR", "choisit son équipe", "L’affiche pour rejoindre", "« Kit de l’atelier… »")
                  if fr else ("about 8 devices", "class of 30", "school’s Wi-Fi", "travel router",
                              "scans the QR code", "picks their team", "The join poster", "“Workshop Kit…”")):
        assert words in before, words
    if fr:
        guide_prose = _between(text, "Déroulé", "Frise : corrigé")
        assert "QR code" not in guide_prose and "code QR" in guide_prose


# -- 7. the pages: filled, a scenario's start kept whole, readable sources, contents ------------------

def _fill(path: Path) -> list[float]:
    """How far down each page its text goes (footer left out), as a share of the page's height."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    out = []
    for page in bbox.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        ends = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page) if float(y) < height - 40]
        out.append(max(ends, default=0) / height)
    return out


def test_page_one_has_the_contents_with_each_sections_page(guide):
    lang, path = guide
    pages = _pages(path)
    assert len(pages) > 12
    heading = "Sommaire" if lang == "fr" else "Contents"
    first = pages[0].splitlines()
    rows = first[first.index(heading) + 1:]
    names = [r for r in rows if r and not r.isdigit()][:12]
    numbers = [int(r) for r in rows if r.isdigit()][:12]
    names = names[:6] + names[6:12]  # pdftotext reads the two columns one after the other
    numbers = numbers[:6] + numbers[6:12]
    assert names[0] == ("Déroulé" if lang == "fr" else "Agenda") and names[-1] == "Sources"
    for name, number in zip(names, numbers, strict=True):
        heads = [n for n, page in enumerate(pages, 1) if [_one_line(line) for line in page.splitlines()].count(
            _one_line(name)) > (n == 1)]  # a line of its own (on page 1, once more than the contents' line)
        assert number in heads, (name, number, heads)


def test_no_section_leaves_the_page_before_it_half_empty(guide):
    """The answer key's last third of a page, then the debate cards on a new page; one debate card on
    a third of a page, then the scenario map on a new page: a section now starts where the last ends."""
    lang, path = guide
    pages, fill = _pages(path), _fill(path)
    starts = ("Frise : corrigé", "Cartes débat", "Carte des scénarios", "Annexe : les cartes « fait »", "Sources") \
        if lang == "fr" else ("Timeline answer key", "Debate cards", "Scenario map", "Annex: the fact cards", "Sources")
    for n, page in enumerate(pages[1:], 1):
        if page.lstrip().splitlines()[0] in starts:
            assert fill[n - 1] >= 0.5, (n, page.splitlines()[0], round(fill[n - 1], 2))


def test_a_scenarios_introduction_is_on_the_page_of_its_first_decision(guide, deck):
    lang, path = guide
    pages = [_one_line(page) for page in _pages(path)]
    decision = "Décision 1 —" if lang == "fr" else "Decision 1 —"
    for scenario in deck.scenarios:
        intro = _one_line(scenario.intro.get(lang))[:50]
        holding = [n for n, page in enumerate(pages) if intro in page]
        assert holding, scenario.id
        first = _one_line(f"{decision} {scenario.decisions[0].title.get(lang)}")
        assert first in pages[holding[0]], scenario.id


def _sources_page(pages: list[str]) -> int:
    """The index of the page the list of sources starts on: the last with a line "Sources" (page 1
    names the list in the contents, the fact cards' annex heads a column so)."""
    return max(n for n, page in enumerate(pages) if "Sources" in (line.strip() for line in page.splitlines()))


def test_the_sources_ids_are_8_points_and_addresses_break_only_between_parts(guide, deck):
    lang, path = guide
    pdf = path.read_bytes()
    pages = _pages(path)
    heading = _sources_page(pages)
    for stream in page_streams(pdf)[heading:]:
        # the grey text: the cards' ids after each source (and the footer)
        sizes = {float(x) for x in re.findall(rb"\.333333 \.333333 \.333333 rg /F[\w+]+ ([\d.]+) Tf", stream)}
        assert sizes and min(sizes) >= 8, sorted(sizes)
    # the list's lines, without the pages' footers: an address may go on from one page to the next
    text = "\n".join(re.sub(r"\s*Bataille IA — .*\s+\d+\s*$", "", page) for page in pages[heading:])
    for url in {s.url for c in deck.cards for s in getattr(c, "sources", ())}:
        # pdftotext joins a line that ends in "-" to the next, dropping the "-": a break there too
        found = re.search("".join("(?:-\n?)?" if ch == "-" else re.escape(html.unescape(ch)) + "\n?" for ch in url),
                          text)
        assert found, url
        said = found.group(0).rstrip("\n")  # the address, not the line's end after it
        for cut in re.finditer("\n", said):
            assert said[cut.start() - 1] in "/.-?&", (url, said[max(0, cut.start() - 12):])


# -- 8. the sources in the guide's language ----------------------------------------------------------

def test_the_sources_notes_are_in_the_guides_language(guide):
    lang, path = guide
    pages = _pages(path)
    heading = _sources_page(pages)
    sources = _one_line(" ".join(pages[heading:]))
    english = ("(book reprint)", "(case record)", "(sanctions order quoted)", "(reasons for decision",
               "(on JD Supra’s analysis)")
    for note in english:
        assert note not in sources, note
    for note in (("Réédition en livre.", "Fiche de l’affaire.", "Cite l’ordonnance de sanctions.",
                  "Motifs de la décision, 14 février 2024.", "D’après l’analyse de JD Supra.") if lang == "fr"
                 else ("Book reprint.", "Case record.", "Quotes the sanctions order.",
                       "Reasons for decision, 14 February 2024.", "On JD Supra’s analysis.")):
        assert note in sources, note
