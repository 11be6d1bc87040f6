"""The facilitator's guide read back: every part is there, in order, accents intact, same bytes."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import EventCard
from bataille.export.guide import QUICK, render_guide_pdf


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_small_deck_guide(small_deck, tmp_path):
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(small_deck, "fr"))
    text = _text(path)
    order = ["Déroulé", "Règles de chaque phase", "Frise : corrigé", "Cartes débat", "Carte des scénarios",
             "Sources"]
    lines = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # the headings, each a line of its own, not the prose that names them
    positions = [re.search(rf"(?m)^\f?{re.escape(h)}$", lines).start() for h in order]
    assert positions == sorted(positions)
    assert "Débat n°1 : faut-il réguler ?" in text and "La satire est un droit." in text
    assert text.index("1956") < text.index("2022")  # answer key in date order
    assert "Sobriété choisie" in text and "Environnement −1" in text
    assert "https://www.iea.org/reports/energy-and-ai" in text
    assert render_guide_pdf(small_deck, "fr") == path.read_bytes()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bundled_guide(tmp_path, lang):
    deck = load_deck(bundled_deck_path())
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang, "letter" if lang == "en" else "a4"))
    text = _text(path)
    for card in deck.cards_of("debate"):
        assert card.title.get(lang).split()[0] in text
    events = sorted((c for c in deck.cards if isinstance(c, EventCard)), key=lambda c: c.date_key)
    assert str(events[0].year) in text and str(events[-1].year) in text
    for scenario in deck.scenarios:
        assert scenario.title.get(lang) in text


def test_the_guide_says_when_each_source_was_checked(small_deck, tmp_path):
    """The month a source was last opened, in words; a source checked for one card and never for
    another is shown as the deck says of it at its oldest: with no month."""
    import dataclasses

    cards = []
    for card in small_deck.cards:
        if getattr(card, "sources", ()):
            month = "" if card.id == "ev-002" else "2026-11"
            card = dataclasses.replace(card, sources=tuple(dataclasses.replace(s, checked=month)
                                                           for s in card.sources))
        cards.append(card)
    checked = dataclasses.replace(small_deck, cards=tuple(cards))
    for lang, words in (("fr", "vérifiée en novembre 2026"), ("en", "checked November 2026")):
        path = tmp_path / f"guide-{lang}.pdf"
        path.write_bytes(render_guide_pdf(checked, lang))
        assert words not in _text(path)  # one card cites it unchecked: no month claimed
    only_checked = dataclasses.replace(checked, cards=tuple(c for c in cards if c.id != "ev-002"))
    for lang, words in (("fr", "(vérifiée en novembre 2026)"), ("en", "(checked November 2026)")):
        path = tmp_path / f"guide-{lang}.pdf"
        path.write_bytes(render_guide_pdf(only_checked, lang))
        assert words in _text(path)


def test_the_guides_own_french_words_have_curly_apostrophes(small_deck, tmp_path):
    """The deck's texts had ’ and the guide's own words ' ("Guide de l'animateur") side by side."""
    from bataille.export import guide
    from bataille.export.guide_before import BEFORE
    from bataille.export.guide_facts import FACTS
    from bataille.words import typeset_french

    for catalogue in (guide.WORDS, guide.RULES, guide.QUICK, BEFORE, FACTS):
        assert not {key: texts["fr"] for key, texts in catalogue.items() if "'" in texts["fr"]}
        assert all(typeset_french(texts["fr"]) == texts["fr"] for texts in catalogue.values())
    assert guide.WORDS.text("guide", "en") == "Facilitator’s guide"  # English too (test_guide_apostrophes.py)
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(small_deck, "fr"))
    text = _text(path)
    assert "Guide de l’animateur" in text and "Guide de l'animateur" not in text
    assert "Lisez l’affirmation" in text and "l'affirmation" not in text


def test_the_guide_calls_the_undecided_vote_as_the_voting_cards_do(small_deck, tmp_path):
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(small_deck, "fr"))
    text = _text(path)
    assert "(d’accord, pas d’accord, indécis)" in text and "sans avis" not in text.lower()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guides_rules_are_the_apps(tmp_path, lang):
    """The guide said a well-placed card scores one point (the app gives 2), asked for a first show of
    hands the app has nowhere to record, and gave no points for a debate: it now says what the app
    does, with the points of the rules a new session starts with."""
    from bataille.export.guide import rule
    from bataille.workshop.state import Rules

    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), lang))
    text = " ".join(_text(path).split())
    rules = Rules()
    points = {"fr": (f"marque {rules.timeline_points_correct} points", f"marque {rules.debate_points_won} points"),
              "en": (f"scores {rules.timeline_points_correct} points", f"scores {rules.debate_points_won} points")}
    for said in points[lang]:
        assert said in text, said
    assert not any(old in text for old in ("un point", "a point", "main levée", "show of hands", "premier vote",
                                           "first vote", "second vote"))
    assert "7 points" in rule("debate", lang, Rules(debate_points_won=7))


def test_an_effect_has_the_true_minus_sign_and_a_hyphenated_indicator_keeps_its_hyphen(small_deck, tmp_path):
    """Only the number's sign becomes "−": "Bien-être −1", not "Bien−être −1"."""
    from dataclasses import replace

    from bataille.deck.models import Text

    scenario = small_deck.scenarios[0]
    indicator = replace(scenario.indicators[0], name=Text.of(fr="Bien-être", en="Well-being"))
    deck = replace(small_deck, scenarios=(replace(scenario, indicators=(indicator,)),))
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, "fr"))
    text = _text(path)
    assert "Bien-être −1" in text and "Bien−être" not in text


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", ("Débat express (20 minutes)", "« Lancer le débat express »", "séance de 20 minutes",
            "« Pour » et « Contre »", "cartes de vote", "sous « Pour » ou « Contre »", "deuxième fois",
            "pas de points", "« Clore le débat et terminer »", "« Exporter le bilan… »")),
    ("en", ("Quick debate (20 minutes)", "“Start the quick debate”", "20-minute session",
            "“For” and “Against”", "voting cards", "under “For” or “Against”", "second time",
            "No points", "“Close the debate and end”", "“Export the summary…”")),
])
def test_the_guide_says_how_to_run_a_quick_debate_with_the_app(tmp_path, lang, said):
    """The start screen's 20 minutes (workshop/flow.py: one card, one vote before, arguments, one
    vote after, no points, no sides, the summary), after the rules and before the answer key, its
    steps in the order the console takes them and called as the interface calls its buttons."""
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), lang))
    text = _without_contents(" ".join(_text(path).replace("\u00a0", " ").replace("\u202f", " ").split()))
    start = text.find(said[0])  # the page on the console, before it, speaks of voting cards too
    places = [text.find(words, start) for words in said]
    assert all(p >= 0 for p in places), [w for w, p in zip(said, places, strict=True) if p < 0]
    assert places == sorted(places)
    rules, key = ("Règles de chaque phase", "Frise : corrigé") if lang == "fr" else ("Rules of each phase",
                                                                                    "Timeline answer key")
    assert text.index(rules) < places[0] and places[-1] < text.index(key)
    for step in ("vote_before", "argue", "vote_after", "summary"):
        assert " ".join(QUICK.text(step, lang).replace("\u00a0", " ").replace("\u202f", " ").split()) in text


@pytest.mark.parametrize(("lang", "labels"), [
    ("fr", ("Et ensuite", "Séances récentes", "Reprendre", "Retirer la ligne", "Tenir", "Laisser tourner")),
    ("en", ("What comes next", "Recent sessions", "Resume", "Remove this line", "Hold", "Let it turn")),
])
def test_the_guide_says_how_to_conduct_from_the_console_in_the_interfaces_words(tmp_path, lang, labels):
    """The one button that offers the next step, the remote's keys, undo, votes counted by hand, a
    session reopened after a crash: after the rules, before the quick debate, every label it quotes
    as the interface says it."""
    import html
    from pathlib import Path

    from bataille.export.guide_console import CONDUCT, CONDUCT_POINTS

    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), lang))
    text = " ".join(_text(path).replace("\u00a0", " ").replace("\u202f", " ").split())
    said = [" ".join(CONDUCT.text(key, lang).replace("\u00a0", " ").replace("\u202f", " ").split())
            for key in ("title", "intro", *CONDUCT_POINTS)]
    places = [text.find(words) for words in said]
    assert all(p >= 0 for p in places) and places == sorted(places), places
    rules, quick = ("Règles de chaque phase", "Débat express") if lang == "fr" else ("Rules of each phase",
                                                                                     "Quick debate")
    assert text.index(rules) < places[0] and places[-1] < text.index(quick, places[-1])
    ts = Path(__file__).resolve().parents[2] / "src" / "bataille" / "ui" / "translations" / f"bataille_{lang}.ts"
    interface = {html.unescape(t).replace("&", "").replace("\u00a0", " ")
                 for t in re.findall(r"<translation>(.*?)</translation>", ts.read_text(encoding="utf-8"))}
    quote = "« {} »" if lang == "fr" else "“{}”"
    for label in labels:
        assert label in interface, label  # a label of the console or the start screen
        assert quote.format(label) in " ".join(said), label  # quoted as it reads


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guide_draws_co2s_subscript_which_the_face_lacks(tmp_path, lang):
    """The face has no ₂: the guide sets it as a smaller digit, as the summary does, never as a
    missing glyph (read back as "CO e")."""
    deck = load_deck(bundled_deck_path())
    said = [c for c in deck.cards if "CO\u2082" in str(getattr(c, "claim", "")) + str(getattr(c, "text", ""))]
    assert said, "the bundled deck no longer writes CO₂: pick another card for this test"
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    text = _text(path)
    assert "CO2e" in text
    assert "CO e" not in text and "CO\u2082" not in text



def _flat(path) -> str:
    """The guide's text on one line, no-break spaces as spaces, without the pages' footers (a
    sentence goes on from one page to the next) and without its contents (which name every section
    before it starts)."""
    return _without_contents(re.sub(r" Bataille IA — (Guide de l’animateur|Facilitator’s guide) \d+", "",
                                    " ".join(_text(path).replace("\u00a0", " ").replace("\u202f", " ").split())))


def _without_contents(text: str) -> str:
    """``text`` (on one line) without the guide's contents: its heading, its sections and their pages
    (the last section, Sources, then its column of pages)."""
    return re.sub(r"(Sommaire|Contents) .*? Sources(?: \d+)+ ", "", text, count=1)


def _said(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _interface(lang: str) -> set[str]:
    """The interface's labels in ``lang``, as read: no mnemonic "&", no trailing colon."""
    import html
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "src" / "bataille" / "ui" / "translations" / f"bataille_{lang}.ts"
    found = re.findall(r"<translation>(.*?)</translation>", ts.read_text(encoding="utf-8"))
    return {html.unescape(t).replace("&", "").replace("\u00a0", " ").replace("\u202f", " ").rstrip(" :")
            for t in found}


@pytest.mark.parametrize(("lang", "about_five", "old"), [
    ("fr", "équipes d’environ cinq", "de 3 à 5"), ("en", "teams of about five", "3 to 5"),
])
def test_the_rules_and_the_agenda_give_one_team_size(tmp_path, lang, about_five, old):
    """The agenda said teams of about five and the rules "3 to 5": both now say about five."""
    from bataille.export.guide import rule

    deck = load_deck(bundled_deck_path())
    welcome = next(p for p in deck.agenda.phases if p.kind == "intro")
    assert about_five in welcome.description.get(lang)
    assert about_five in rule("intro", lang) and old not in rule("intro", lang)
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    assert old not in _flat(path)


@pytest.mark.parametrize(("lang", "heading", "contested"), [
    ("fr", "Annexe : les cartes « fait »", "chiffre contesté"),
    ("en", "Annex: the fact cards", "contested figure"),
])
def test_the_guide_lists_the_fact_cards_by_theme_in_an_annex(tmp_path, lang, heading, contested):
    """Each fact card with its figure, "contested" when it is (with its notes) and its sources in
    short, theme by theme: after the scenarios, before the sources."""
    from bataille.deck.models import FactCard
    from bataille.export.fonts import clean_text

    deck = load_deck(bundled_deck_path())
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    text = _flat(path)
    start = text.index(heading, text.index(deck.scenarios[-1].title.get(lang)))
    facts = [c for c in deck.cards if isinstance(c, FactCard)]
    cited = [s for c in deck.cards for s in getattr(c, "sources", ())]
    first = min(cited, key=lambda s: (s.publisher.get(lang).lower(), s.year)).publisher.get(lang)
    annex = text[start:text.index(f"Sources {_said(first)}", start)]  # the sources' page, not a column's head
    assert annex.count(contested) == sum(c.contested for c in facts) > 0
    places = [annex.index(t.name.get(lang)) for t in deck.themes]
    assert places == sorted(places)
    plain = [c for c in facts if not any(ch in c.title.get(lang) + c.figure.get(lang) for ch in "→₂")]
    for card in plain:  # arrows and subscripts are drawn, not written
        assert _said(clean_text(card.title.get(lang))) in annex, card.id
        assert _said(clean_text(card.figure.get(lang))) in annex, card.id
        assert card.sources[0].publisher.get(lang).split()[0] in annex, card.id
    for card in facts:
        if card.contested and card.notes and not any(ch in card.notes.get(lang) for ch in "→₂"):
            assert _said(clean_text(card.notes.get(lang)))[:40] in annex, card.id


def test_a_deck_without_fact_cards_has_no_annex(small_deck, tmp_path):
    import dataclasses

    from bataille.deck.models import FactCard

    deck = dataclasses.replace(small_deck, cards=tuple(c for c in small_deck.cards if not isinstance(c, FactCard)))
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, "fr"))
    assert "Annexe" not in _flat(path)


@pytest.mark.parametrize(("lang", "heading", "rules", "said"), [
    ("fr", "Avant l’atelier", "Règles de chaque phase",
     ("Pour 4 équipes", "57 événements pour la frise et 72 faits", "Chevalets d’équipe", "20 feuilles",
      "Carte « À retenir » (kit), 4 par feuille", "5 feuilles")),
    ("en", "Before the workshop", "Rules of each phase",
     ("For 4 teams", "57 events for the timeline and 72 facts", "Team signs", "20 sheets",
      "“To take home” card (kit), 4 per sheet", "5 sheets")),
])
def test_the_guide_says_what_to_prepare_before_the_workshop(tmp_path, lang, heading, rules, said):
    """What to print and how many for a room of four teams of five (the deck's cards, the kit's
    signs, voting sheets and take-home cards), then printing, the two screens, the phones, the
    timeline's hands and the fact cards: after the agenda, before the rules."""
    from bataille.export.guide_before import BEFORE, BEFORE_POINTS

    deck = load_deck(bundled_deck_path())
    counts = (len(deck.cards_of("event")), len(deck.cards_of("fact")), len(deck.cards_of("debate")))
    assert counts == (57, 72, 28), "the bundled deck changed: update the counts this test reads"
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    text = _flat(path)
    start, end = text.index(heading), text.index(rules)
    assert text.index("Durée totale" if lang == "fr" else "Total time") < start < end
    section = text[start:end]
    for words in said:
        assert words in section, words
    for key in BEFORE_POINTS:
        first = _said(BEFORE.text(key, lang)).split(" (")[0][:60]
        assert first in section, key
    assert ("F5" in section and "F11" in section and "QR" in section
            and ("vidéoprojecteur" not in section if lang == "fr" else "mirror" in section))


@pytest.mark.parametrize(("lang", "labels"), [
    ("fr", ("Parcourir les cartes", "Imprimer les cartes…", "À plier et coller, recto seul",
            "Imprimer le kit de l’atelier au lieu des cartes", "Kit de l’atelier…", "Écran de la scène",
            "Wi-Fi de la salle", "Téléphones", "Cartes par équipe", "À jouer", "Arguments et faits", "Carte",
            "Ouvrir le débat", "Clore le débat", "Terminer l’étape")),
    ("en", ("Browse the cards", "Print Cards…", "Fold and glue, one side",
            "Print the workshop kit instead of the cards", "Workshop Kit…", "Stage screen", "Room’s Wi-Fi",
            "Phones", "Cards per team", "Turn", "Arguments and facts", "Card", "Open the debate",
            "Close the debate", "End phase")),
])
def test_the_guides_preparation_and_timing_quote_the_interface(tmp_path, lang, labels):
    """Every button, box and preference the new pages name is the interface's, quoted as it reads."""
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), lang))
    text = _flat(path)
    interface = _interface(lang)
    quote = "« {} »" if lang == "fr" else "“{}”"
    for label in labels:
        assert label in interface, label
        assert quote.format(label) in text, label


@pytest.mark.parametrize(("lang", "labels", "said"), [
    ("fr", ("+1 min", "+5 min", "Demander aux téléphones", "Réseau", "Téléphones : désactivés",
            "Écran pour rejoindre"),
     ("se rallument d’eux-mêmes", "réactivez-les", "même code de salle", "continué de compter")),
    ("en", ("+1 min", "+5 min", "Ask the phones", "Network", "Phones: off", "Join screen on the stage"),
     ("come back on by themselves", "turn them on again", "same room code", "went on counting")),
], ids=["fr", "en"])
def test_the_guide_says_what_to_do_again_after_a_stop_and_how_the_join_screen_comes_back(tmp_path, lang, labels,
                                                                                       said):
    """After an abrupt stop the guide said only "Resume: nothing is lost"; the app's own banner says
    the phones must be turned on again, a vote not closed asked again, and that the timer went on.
    And the phones' set-up named neither the "Network" list nor the switch, nor how to bring the QR
    code back once the workshop has moved on."""
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), lang))
    text = _flat(path)
    interface = _interface(lang)
    quote = "« {} »" if lang == "fr" else "“{}”"
    for label in labels:
        assert label in interface, label
        assert quote.format(label) in text, label
    for words in said:
        assert words in text, words
