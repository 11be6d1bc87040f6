"""The guide read as a facilitator preparing and starting a session: the agenda at every length the
start screen offers and how many debates fit at each, how to start the session, what to print and
how many sheets (the take-home cards as the kit lays them out), when to print the take-home card,
how to prepare the timeline's cards, and each of these sections whole on its page."""

from __future__ import annotations

import dataclasses
import math
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf, rule

from .test_guide import _flat, _interface, _said, _without_contents

ROOT = Path(__file__).resolve().parents[2]
QUOTE = {"fr": "« {} »", "en": "“{}”"}


@pytest.fixture(scope="module")
def bundled():
    return load_deck(bundled_deck_path())


def _guide(deck, tmp_path, lang: str, paper: str = "a4") -> str:
    path = tmp_path / f"guide-{lang}-{paper}.pdf"
    path.write_bytes(render_guide_pdf(deck, lang, paper))
    return _flat(path)


def _pages(deck, tmp_path, lang: str, paper: str) -> list[str]:
    path = tmp_path / f"guide-{lang}-{paper}.pdf"
    path.write_bytes(render_guide_pdf(deck, lang, paper))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [_without_contents(_said(page)) for page in out.split("\f")]


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _quotes_the_interface(text: str, lang: str, labels) -> None:
    interface = _interface(lang)
    for label in labels:
        assert label in interface, label  # a label of the app, as it reads
        assert QUOTE[lang].format(label) in text, label  # quoted as it reads


@pytest.mark.parametrize(("lang", "agenda", "total"), [("fr", "Déroulé", "Durée totale"),
                                                       ("en", "Agenda", "Total time")])
def test_the_agenda_gives_every_length_the_start_screen_offers(bundled, tmp_path, lang, agenda, total):
    """The guide gave only the deck's 90 minutes: it now gives each phase's minutes, start and end at
    each length, as the console shares them out (agenda_plan, which the start screen shows too)."""
    from bataille.lengths import LENGTHS
    from bataille.workshop.actions_setup import agenda_plan

    text = _guide(bundled, tmp_path, lang)
    start = text.index(agenda)
    end = text.index(total, start)
    table = text[start:end]
    plans = [agenda_plan(bundled, minutes, None) for minutes in LENGTHS]
    at = table.index(" ".join(f"{minutes} min" for minutes in LENGTHS))  # the columns' heads
    begun = dict.fromkeys(LENGTHS, 0)
    for n, phase in enumerate(bundled.agenda.phases):
        at = table.index(_said(phase.title.get(lang)), at)
        lengths, spans = [], []
        for minutes, plan in zip(LENGTHS, plans, strict=True):
            length, first = plan[n][2], begun[minutes]
            lengths.append(f"{length} min")
            spans.append(f"{_clock(first)}–{_clock(first + length)}")
            begun[minutes] += length
        at = table.index(" ".join(lengths + spans), at)  # the row's minutes, then its times
    assert plans[0] != plans[-1] and [p[2] for p in plans[1]] == [p.minutes for p in bundled.agenda.phases]
    assert text[end:].startswith(f"{total} " + " ".join(f"{minutes} min" for minutes in LENGTHS))


@pytest.mark.parametrize(("lang", "heading", "labels"), [
    ("fr", "Lancer la séance", ("Nouvelle séance", "Langue des cartes", "Durée", "1 heure", "1 h 30", "2 heures",
                                "Équipes", "Ajouter une équipe", "Retirer la dernière équipe", "Couleur…",
                                "Commencer la séance")),
    ("en", "Starting the session", ("New session", "Language of the cards", "Length", "1 hour", "1½ hours",
                                    "2 hours", "Teams", "Add a team", "Remove the last team", "Colour…",
                                    "Start the session")),
])
def test_the_guide_says_how_to_start_a_session_in_the_start_screens_words(bundled, tmp_path, lang, heading,
                                                                         labels):
    """Nothing said how to start: the start screen's language, length, teams, their names and
    colours and its button, quoted as they read, before the rules."""
    from bataille.workshop.actions_setup import MAX_TEAMS, MIN_TEAMS

    text = _guide(bundled, tmp_path, lang)
    start = text.index(heading)
    section = text[start:text.index("Règles de chaque phase" if lang == "fr" else "Rules of each phase")]
    assert section
    _quotes_the_interface(section, lang, labels)
    assert (f"de {MIN_TEAMS} à {MAX_TEAMS} équipes" if lang == "fr" else f"{MIN_TEAMS} to {MAX_TEAMS} teams") in section


def _before(text: str, lang: str) -> str:
    heading, rules = ("Avant l’atelier", "Règles de chaque phase") if lang == "fr" else ("Before the workshop",
                                                                                        "Rules of each phase")
    return text[text.index(heading):text.index(rules)]


@pytest.mark.parametrize(("lang", "paper"), [("fr", "a4"), ("en", "letter")])
def test_the_print_table_counts_only_what_is_printed_and_its_sheets(bundled, tmp_path, lang, paper):
    """It counted the 28 debate cards the guide itself prints, and gave no sheet: now the events and
    facts only, and the sheets as the print lays them out (double-sided or folded) and the kit's."""
    from bataille.export.cards_sheets import PrintOptions, plan_sheets
    from bataille.export.guide_before import EXAMPLE_TEAMS, TEAM_SIZE
    from bataille.export.kit_takeaway import cards_a_sheet

    section = _before(_guide(bundled, tmp_path, lang, paper), lang)
    sheets = {}
    for layout in ("grid", "fold"):
        plan = plan_sheets(bundled, PrintOptions(paper=paper, lang=lang, kinds=("event", "fact"), layout=layout))
        assert {card.kind for card in plan.cards} == {"event", "fact"}
        sheets[layout] = len({page.sheet for page in plan.pages})
    people = EXAMPLE_TEAMS * TEAM_SIZE
    # the cards, a sign a team, a voting sheet a person, the facilitator's score sheet
    before = sheets["grid"] + EXAMPLE_TEAMS + people + 1
    after = math.ceil(people / cards_a_sheet())
    debates = len(bundled.cards_of("debate"))
    if lang == "fr":
        said = (f"{sheets['grid']} feuilles recto verso, ou {sheets['fold']} à plier",
                "Chevalets d’équipe et « Feuille de marque » (kit) un par équipe, une feuille chacun ; une feuille de "
                f"marque, les points et votes sur papier {EXAMPLE_TEAMS + 1} feuilles",
                f"Pas les {debates} cartes débat : elles sont dans ce guide",
                f"{before} feuilles la veille, {after} en séance")
    else:
        said = (f"{sheets['grid']} double-sided sheets, or {sheets['fold']} to fold",
                "Team signs and “Score sheet” (kit) one per team, a sheet each; one score sheet, points and votes "
                f"on paper {EXAMPLE_TEAMS + 1} sheets",
                f"Not the {debates} debate cards: they are in this guide",
                f"{before} sheets the day before, {after} during the session")
    for words in said:
        assert words in section, words
    assert (f"{debates} débats" if lang == "fr" else f"{debates} debates") not in section
    labels = ("Quelles cartes", "Débats") if lang == "fr" else ("Which cards", "Debates")
    _quotes_the_interface(section, lang, labels)
    assert "--kind event --kind fact" in section


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", ("à imprimer après le dernier débat", "Kit de l’atelier…", "Imprimée la veille, c’est une carte vierge",
            "5 feuilles, en séance")),
    ("en", ("to print after the last debate", "Workshop Kit…", "Printed the day before, it is a blank card",
            "5 sheets, during the session")),
])
def test_the_take_home_card_is_printed_after_the_votes(bundled, tmp_path, lang, said):
    """Printed the evening before, the take-home card is blank (kit_takeaway): the table says to print
    it from the session once its debates are voted, and counts its sheets apart."""
    section = _before(_guide(bundled, tmp_path, lang), lang)
    row = section[section.index("Carte « À retenir »" if lang == "fr" else "“To take home” card"):]
    places = [row.find(words) for words in said]
    assert all(p >= 0 for p in places) and places == sorted(places), places
    _quotes_the_interface(row, lang, said[1:2])


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", ("rangez-les par date (elle est au dos)", "Inutile de les mélanger", "au hasard")),
    ("en", ("sort them by date (it is on the back)", "no need to shuffle them", "at random")),
])
def test_the_timeline_cards_are_sorted_by_date_before_the_room_arrives(bundled, tmp_path, lang, said):
    """The console deals the hands at random and shows their titles; the printed cards carry their
    date on the back: sorted by date the evening before, each hand is found with the answer key."""
    from bataille.export.cards import CardLayout
    from bataille.workshop.rules import deal

    ids = [card.id for card in bundled.cards_of("event")]
    assert deal(ids, ["a", "b"], 4, 1) != deal(ids, ["a", "b"], 4, 2)  # the console shuffles
    event = bundled.cards_of("event")[0]
    _front, back = CardLayout(bundled, "poker", lang).layout(event)
    assert str(event.year) in [line.text for line in back.lines]
    section = _before(_guide(bundled, tmp_path, lang), lang)
    for words in said:
        assert words in section, words


@pytest.mark.parametrize(("lang", "paper"), [("fr", "a4"), ("en", "letter"), ("en", "a4")])
def test_each_section_before_the_answer_key_is_whole_on_its_page(bundled, tmp_path, lang, paper):
    """"Before the workshop" ran onto a second page; with the new section and table, each section
    before the answer key starts and ends on one page. "Before the workshop" itself, longer than a page
    now, flows onto a second one between two points (test_guide_before_pages.py)."""
    from bataille.export.guide_before import BEFORE
    from bataille.export.guide_console import CONDUCT

    pages = _pages(bundled, tmp_path, lang, paper)
    rules = "Règles de chaque phase" if lang == "fr" else "Rules of each phase"
    last_phase = bundled.agenda.phases[-1]
    sections = [
        (BEFORE.text("agenda", lang), BEFORE.text("total_time", lang)),
        (BEFORE.text("start_title", lang), _said(BEFORE.text("start", lang))[-40:]),
        (rules, _said(rule(last_phase.kind, lang))[-40:]),
        (CONDUCT.text("title", lang), _said(CONDUCT.text("safe", lang))[-40:]),
    ]
    for first, last in sections:
        holding = [n for n, page in enumerate(pages) if _said(first) in page]
        assert holding, first
        assert _said(last) in pages[holding[0]], (first, holding[0] + 1)


def _debates_rules(text: str, deck, lang: str) -> str:
    """The debate phase's rules, up to the next phase's."""
    debate = next(p for p in deck.agenda.phases if p.kind == "debate")
    scenario = next(p for p in deck.agenda.phases if p.kind == "scenario")
    start = text.index(debate.title.get(lang), text.index("Règles de chaque phase" if lang == "fr" else
                                                          "Rules of each phase"))
    return text[start:text.index(scenario.title.get(lang), start)]


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", ("Le temps : avec 5 thèmes, deux votes compris, chaque débat n’aurait que 4 min sur 60 min de séance "
            "(20 min de débats), 6 min sur 90 min (30 min de débats), 8 min sur 120 min (40 min de débats). C’est "
            "trop peu pour préparer et argumenter.",
            "Choisissez-en plutôt 1 ou 2 en 60 min, 2 ou 3 en 90 min, 2 à 4 en 120 min (10 à 15 min chacun).")),
    ("en", ("Time: with 5 themes, both votes included, each debate would get only 4 min in a session of 60 min "
            "(20 min of debates), 6 min in 90 min (30 min of debates), 8 min in 120 min (40 min of debates). That "
            "is too little to prepare and argue.",
            "Choose instead 1 or 2 in 60 min, 2 or 3 in 90 min, 2 to 4 in 120 min (10 to 15 min each).")),
])
def test_the_debate_advice_holds_at_every_length(bundled, tmp_path, lang, said):
    """The advice was worked out for the deck's 90 minutes only ("30 min for 5 themes"): it now gives
    the debates' minutes at each length the start screen offers, as the agenda shares them out, and
    how many debates of 10 to 15 minutes fit in each, under the debate's rules."""
    from bataille.lengths import LENGTHS
    from bataille.workshop.actions_setup import agenda_plan

    debating = [sum(m for _, kind, m in agenda_plan(bundled, minutes, None) if kind == "debate") for minutes in LENGTHS]
    assert (LENGTHS, debating) == ((60, 90, 120), [20, 30, 40]), "the agenda changed: update the sentences"
    section = _debates_rules(_guide(bundled, tmp_path, lang), bundled, lang)
    for words in said:
        assert words in section, words
    assert "30 min for 5 themes" not in section and "30 min pour 5 thèmes" not in section


def _with_debates(deck, themes: int, debate_minutes: int | None = None):
    """The deck with debate cards in its first ``themes`` themes only, its debates' phase ``debate_minutes`` long."""
    kept = {theme.id for theme in deck.themes if deck.cards_of("debate", theme.id)}
    kept = set(sorted(kept)[:themes])
    cards = tuple(c for c in deck.cards if c.kind != "debate" or c.theme in kept)
    phases = tuple(dataclasses.replace(p, minutes=debate_minutes) if p.kind == "debate" and debate_minutes else p
                   for p in deck.agenda.phases)
    return dataclasses.replace(deck, cards=cards, agenda=dataclasses.replace(deck.agenda, phases=phases))


@pytest.mark.parametrize(("lang", "fits"), [("fr", "En 90 ou 120 min, tous les thèmes tiennent."),
                                            ("en", "In 90 or 120 min, every theme fits.")])
def test_the_debate_advice_names_only_the_lengths_too_short(bundled, lang, fits):
    """Three themes fit in 90 and 120 minutes but not in 60; two fit everywhere (no advice); an agenda
    giving the debates 60 of its 120 minutes still leaves 6 minutes a debate in a 1-hour session, and
    the advice says so where it said nothing."""
    from bataille.export.guide_agenda import debate_timing

    three = _said(debate_timing(_with_debates(bundled, 3), lang))
    assert fits in three
    assert ("avec 3 thèmes" if lang == "fr" else "with 3 themes") in three
    assert ("6 min sur 60 min de séance (20 min de débats)." if lang == "fr"  # 20 minutes for 3 themes
            else "6 min in a session of 60 min (20 min of debates).") in three
    assert "90 min (" not in three and "120 min (" not in three
    assert debate_timing(_with_debates(bundled, 2), lang) == ""
    roomy = _said(debate_timing(_with_debates(bundled, 5, debate_minutes=60), lang))
    assert ("6 min sur 60 min de séance (30 min de débats), 9 min sur 90 min (45 min de débats)." if lang == "fr"
            else "6 min in a session of 60 min (30 min of debates), 9 min in 90 min (45 min of debates).") in roomy
    assert ("En 120 min, tous les thèmes tiennent." if lang == "fr" else "In 120 min, every theme fits.") in roomy


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_take_home_cards_a_sheet_are_the_kits_layout(bundled, tmp_path, monkeypatch, lang):
    """The guide wrote its own "4 a sheet" beside the kit's 2 × 2: it reads the kit's layout, so a
    sheet of 3 × 2 would be counted as the kit prints it, in the guide's table and its sheets."""
    from bataille.export import kit_takeaway
    from bataille.export.guide_before import EXAMPLE_TEAMS, TEAM_SIZE
    from bataille.export.kit import KitOptions, kit_pages, render_kit_pdf
    from bataille.export.kit_words import kit_word

    def printed_on_the_sheet() -> int:  # the take-home cards the kit's sheet draws, by their heading
        path = tmp_path / "kit.pdf"
        options = KitOptions(lang=lang, pupils=1)
        path.write_bytes(render_kit_pdf(options, only_page=kit_pages(options).index("take_home")))
        return _flat(path).count(kit_word("take_home", lang))

    people = EXAMPLE_TEAMS * TEAM_SIZE
    for columns, per_sheet in ((2, 4), (3, 6)):
        monkeypatch.setattr(kit_takeaway, "COLUMNS", columns)
        assert printed_on_the_sheet() == per_sheet
        section = _before(_guide(bundled, tmp_path, lang), lang)
        sheets = math.ceil(people / per_sheet)
        said = ((f"Carte « À retenir » (kit), {per_sheet} par feuille", f"{sheets} feuilles, en séance")
                if lang == "fr" else (f"“To take home” card (kit), {per_sheet} per sheet",
                                      f"{sheets} sheets, during the session"))
        for words in said:
            assert words in section, (columns, words)
