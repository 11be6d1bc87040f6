"""The facilitator's guide as PDF: agenda, rules of each phase, timeline answer key, debate cards,
scenario map and sources, all computed from the deck."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    Spacer,
    TableStyle,
)

from bataille.deck.models import DebateCard, Decision, Deck, EventCard
from bataille.words import Catalogue, minus_sign
from bataille.workshop.actions_setup import MAX_TEAMS, MIN_TEAMS
from bataille.workshop.state import Rules

from . import guide_contents as contents
from .deck_order import in_workshop_order
from .fonts import REGULAR, clean_text
from .guide_agenda import agenda, debate_timing
from .guide_before import before_the_workshop, starting_the_session
from .guide_console import conducting, fallback
from .guide_facts import fact_cards
from .guide_parts import lead
from .guide_parts import p as _p
from .guide_parts import styles as _styles
from .guide_parts import table as _table
from .guide_sources import sources
from .wording import month_name

# The guide's own words, French first (the catalogue typesets the French). French apostrophes are
# curly, as in the deck’s texts printed beside them, and so are English ones.
_WORDS: dict[str, tuple[str, str]] = {
    "guide": ("Guide de l’animateur", "Facilitator’s guide"),
    "contents": ("Sommaire", "Contents"),
    "rules": ("Règles de chaque phase", "Rules of each phase"),
    "answer_key": ("Frise : corrigé", "Timeline answer key"),
    "year": ("Année", "Year"),
    "title": ("Titre", "Title"),
    "card": ("Carte", "Card"),
    "debates": ("Cartes débat", "Debate cards"),
    "for": ("Pour", "For"),
    "against": ("Contre", "Against"),
    "notes": ("Notes pour l’animateur", "Notes for the facilitator"),
    "none": ("aucun", "none"),
    "scenarios": ("Carte des scénarios", "Scenario map"),
    "indicators": ("Indicateurs (valeur de départ)", "Indicators (starting value)"),
    "decision": ("Décision", "Decision"),
    "epilogue": ("Épilogue", "Epilogue"),
    "sources": ("Sources", "Sources"),
    # when a source was last opened and its figure found there (the deck's `checked: YYYY-MM`)
    "checked": ("vérifiée en {month}", "checked {month}"),
    # under a decision: where its situation's (and its options' consequences') facts of today come from;
    # their titles and addresses are in the guide's list of sources, after the scenario's id
    "decision_sources": ("Sources : {list}", "Sources: {list}"),
}

# How each kind of phase is played.
_RULES: dict[str, tuple[str, str]] = {
    "intro": (
        "Présentez l’atelier et son déroulé, puis formez des équipes d’environ cinq (de {min_teams} à "
        "{max_teams} équipes).",
        "Introduce the workshop and how it runs, then form teams of about five ({min_teams} to {max_teams} "
        "teams).",
    ),
    "timeline": (
        "Chaque équipe reçoit des cartes événement. À tour de rôle, une équipe dit où placer une de ses "
        "cartes sur la frise : avant ou après celles déjà posées. L’animateur la pose sur la console, qui "
        "montre sa date. Bien placée, la carte reste et l’équipe marque {timeline_points} points. Mal "
        "placée, elle rejoint sa place exacte et l’équipe ne marque rien.",
        "Each team gets event cards. In turn, a team says where one of its cards goes on the timeline: "
        "before or after the cards already placed. The facilitator places it on the console, which shows "
        "its date. In the right place, the card stays and the team scores {timeline_points} points. If "
        "not, it moves to its right place and the team scores nothing.",
    ),
    "debate": (
        "Ouvrez le débat : la console tire au sort le camp de chaque équipe, pour ou contre, en "
        "équilibrant les deux ; « Tirer les camps » en tire d’autres, jusqu’au dévoilement du vote "
        "après. Lisez l’affirmation et faites voter la salle (d’accord, pas d’accord, indécis). Les équipes "
        "préparent leurs arguments avec les cartes « fait » du thème, puis débattent à tour de "
        "rôle ; chaque fait apporté au débat est lu à voix haute, source comprise. Le vote après le débat mesure les "
        "changements d’avis : le camp dont la part a le plus progressé (ou le moins reculé) l’emporte, "
        "et chacune de ses équipes marque {debate_points} points.",
        "Open the debate: the console draws each team’s side, for or against, balancing the two; "
        "“Draw sides” draws them again, until the vote after is shown. Read the claim and take the vote "
        "before (agree, disagree, undecided). Teams prepare their arguments with the theme’s fact "
        "cards, then argue in turn; a fact card played is read aloud, source included. The vote "
        "after the debate measures how opinions moved: the side whose share grew most (or fell least) wins, and "
        "each of its teams scores {debate_points} points.",
    ),
    # As the console runs it (workshop/flow.py, ui/console/scenario_choices.py): one path per team.
    "scenario": (
        "Le grand bouton lance le premier scénario pour chaque équipe ; pour un autre, ou un par "
        "équipe, choisissez-le dans « Scénario », au milieu de la console. Lisez son introduction. "
        "À chaque décision, chaque équipe discute et choisit son option. Cliquez son choix au milieu de "
        "la console (un clic par équipe) : la scène montre sa conséquence, que vous lisez, et les "
        "indicateurs de cette équipe bougent. « Afficher la décision suivante » passe à la suite. À la "
        "fin, « Montrer où mène ce futur » : lisez l’épilogue et comparez les indicateurs des équipes.",
        "The large button starts the first scenario for every team; for another, or one per team, "
        "choose it under “Scenario”, in the middle of the console. Read its introduction. At each "
        "decision, each team discusses and chooses its option. Click its choice in the middle of the "
        "console (one click per team): the stage shows its consequence, which you read out, and that "
        "team’s indicators move. “Show the next decision” moves on. At the end, “Show where this "
        "future leads”: read the epilogue and compare the teams’ indicators.",
    ),
    "debrief": (
        "Revenez sur les débats : quels avis ont bougé, et pourquoi ? Qu’a-t-on appris ? Quelles "
        "sources vérifier ? Chacun note une idée qu’il retient.",
        "Go back to the debates: which opinions moved, and why? What did we learn? Which sources "
        "should we check? Everyone writes down one idea to keep.",
    ),
    "break": ("Pause.", "Break."),
}

# The quick debate, as the start screen starts it (workshop/flow.py: start_quick_debate): its
# title, what it is, then its steps in the order the console's main button takes them. The
# console's words are quoted as the interface says them (ui/translations).
_QUICK: dict[str, tuple[str, str]] = {
    "title": ("Débat express (20 minutes)", "Quick debate (20 minutes)"),
    "intro": (
        "Le temps d’une partie de cours : un seul débat pour toute la classe, sans équipes ni points. Sur "
        "l’écran d’accueil, dans « Débat express », choisissez une carte débat, puis « Lancer le débat "
        "express ». L’application ouvre une séance de 20 minutes, le débat déjà ouvert sur cette carte, "
        "la salle partagée en deux camps, « Pour » et « Contre ». Il n’y a pas de camps à tirer au sort : "
        "chacun défend son avis.",
        "For part of a lesson or a short session: one debate for the whole group, with no teams and no "
        "points. On the start screen, under “Quick debate”, choose a debate card, then “Start the quick "
        "debate”. The app opens a 20-minute session with the debate already open on that card and the "
        "room split into two sides, “For” and “Against”. Nothing is drawn: everyone argues their own view.",
    ),
    "vote_before": (
        "Lisez l’affirmation et faites voter la salle (d’accord, pas d’accord, indécis) avec les "
        "cartes de vote du kit ou par les téléphones. Saisissez le compte sur la console et "
        "enregistrez-le, puis dévoilez-le sur l’écran projeté.",
        "Read the claim and have the room vote (agree, disagree, undecided) with the kit’s voting "
        "cards or from the phones. Enter the count on the console and record it, then show it on the "
        "projected screen.",
    ),
    "argue": (
        "Débattez : notez chaque argument sur la console, sous « Pour » ou « Contre ». Une carte "
        "« fait » peut appuyer un argument : lisez-la à voix haute, source comprise, et jouez-la sur "
        "la console.",
        "Debate: note each argument on the console, under “For” or “Against”. A fact card may "
        "back an argument: read it aloud, source included, and play it on the console.",
    ),
    "vote_after": (
        "Faites voter une deuxième fois, enregistrez ce vote et dévoilez-le : l’écran montre "
        "l’évolution des avis. On ne compte pas de points : demandez plutôt qui a changé d’avis, "
        "et pourquoi.",
        "Have the room vote a second time, record that vote and show it: the screen shows how "
        "opinions moved. No points are scored; ask instead who changed their mind, and why.",
    ),
    "summary": (
        "Cliquez sur « Clore le débat et terminer ». La console propose alors « Exporter le bilan… » "
        "(aussi dans le menu Séance). En PDF ou Markdown, le bilan donne les deux votes, l’évolution, les "
        "arguments de chaque camp et les faits apportés. En CSV, il donne chaque action sur une ligne, "
        "pour un tableur (le ZIP y ajoute un tableau des votes).",
        "Click “Close the debate and end”. The console then offers “Export the summary…” (also in the "
        "Session menu). As PDF or Markdown, the summary gives both votes, the shift, each side’s "
        "arguments and the facts played. As CSV, it gives every action on a line, for a spreadsheet "
        "(the ZIP adds a table of the votes).",
    ),
}
QUICK_STEPS = ("vote_before", "argue", "vote_after", "summary")

WORDS = Catalogue("guide", _WORDS)
RULES = Catalogue("guide rules", _RULES)
QUICK = Catalogue("guide quick debate", _QUICK)


def word(key: str, lang: str) -> str:
    """One of the guide's own words in ``lang``."""
    return WORDS.text(key, lang)


def rule(kind: str, lang: str, rules: Rules | None = None) -> str:
    """How a phase of this kind is played, with the points of ``rules`` (a new session's by default;
    "" for a kind without rules)."""
    if kind not in RULES:
        return ""
    rules = rules or Rules()
    return RULES.text(kind, lang).format(timeline_points=rules.timeline_points_correct,
                                         debate_points=rules.debate_points_won,
                                         min_teams=MIN_TEAMS, max_teams=MAX_TEAMS)


def _agenda(deck: Deck, lang: str, st, paper: str) -> list:
    """The agenda, starting a session, the day before, the rules of each phase, conducting from the
    console and the quick debate: each section whole on a page when a page holds it."""
    out = agenda(deck, lang, st)
    if deck.agenda is None:
        return out
    out += starting_the_session(lang, st)
    out += before_the_workshop(deck, lang, st, paper)  # flows on: longer than a page, it is cut between points
    rules: list = [_p(word("rules", lang), st["h1"])]
    seen: set[str] = set()
    for phase in deck.agenda.phases:
        if phase.kind in seen or not rule(phase.kind, lang):
            continue
        seen.add(phase.kind)
        said = [_p(phase.title.get(lang), st["h2"]), _p(rule(phase.kind, lang), st["body"])]
        timing = debate_timing(deck, lang) if phase.kind == "debate" else ""
        if timing:
            said.append(lead(timing, st["body"]))
        rules.append(KeepTogether(said))
    out.append(KeepTogether(rules))
    out.append(KeepTogether(conducting(lang, st)))
    out.append(KeepTogether(fallback(lang, st)))
    if any(p.kind == "debate" for p in deck.agenda.phases) and deck.cards_of("debate"):
        out.append(KeepTogether(_quick_debate(lang, st)))
    return out


def _quick_debate(lang: str, st) -> list:
    """The quick debate: what the start screen starts, and its steps on the console."""
    steps = [ListItem(_p(QUICK.text(key, lang), st["body"]), leftIndent=16) for key in QUICK_STEPS]
    return [_p(QUICK.text("title", lang), st["h1"]), _p(QUICK.text("intro", lang), st["body"]),
            ListFlowable(steps, bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontName=REGULAR,
                         bulletFontSize=10)]


def _answer_key(deck: Deck, lang: str, st) -> list:
    events = sorted((c for c in deck.cards if isinstance(c, EventCard)), key=lambda c: (c.date_key, c.id))
    out = [CondPageBreak(60 * mm), _p(word("answer_key", lang), st["h1"])]
    rows = [[_p(word(k, lang), st["cellb"]) for k in ("year", "title", "card")]]
    for ev in events:
        date = f"{month_name(ev.month, lang)} {ev.year}" if ev.month else str(ev.year)
        rows.append([_p(date, st["cellb"]), _p(ev.title.get(lang), st["cell"]), _p(ev.id, st["small"])])
    out.append(_table(rows, [30 * mm, 95 * mm, 45 * mm]))
    return out


def _debates(deck: Deck, lang: str, st) -> list:
    out = [CondPageBreak(60 * mm), _p(word("debates", lang), st["h1"])]
    for card in in_workshop_order(deck):  # the themes as the workshop runs them, not as files sort
        if not isinstance(card, DebateCard):
            continue
        theme = deck.theme(card.theme).name.get(lang) if card.theme else ""
        block = [
            _p(f"{card.title.get(lang)}", st["h2"]),
            _p(f"{theme} · {card.id}", st["small"]),
            _p(card.claim.get(lang), st["claim"]),
            _p(card.context.get(lang), st["body"]),
        ]
        for key, prompts in (("for", card.prompts_for), ("against", card.prompts_against)):
            block.append(_p(word(key, lang), st["cellb"]))
            block.append(ListFlowable([ListItem(_p(p.get(lang), st["cell"]), leftIndent=12) for p in prompts],
                                      bulletType="bullet", start="•", leftIndent=12,
                                      bulletFontName=REGULAR, bulletFontSize=9))
        if card.notes:
            block.append(_p(f"{word('notes', lang)} — {card.notes.get(lang)}", st["note"]))
        out.append(KeepTogether(block))
    return out


def _effects(effects, indicators, lang: str) -> str:
    names = {i.id: i.name.get(lang) for i in indicators}
    if not effects:
        return word("none", lang)
    # The sign of the number only: an indicator may be called "Bien-être".
    return ", ".join(f"{names.get(k, k)} {minus_sign(f'{v:+d}')}" for k, v in effects)


def _decision_sources(decision: Decision, lang: str) -> str:
    """The line under a decision naming the sources of what its situation and consequences say of
    today ("" when it cites none): publisher and year, an option's after its letter ("C. Nature, 2024")."""
    parts = [" · ".join(s.short(lang) for s in decision.sources)] if decision.sources else []
    parts += [f"{o.id.upper()}. " + " · ".join(s.short(lang) for s in o.sources) for o in decision.options if o.sources]
    return word("decision_sources", lang).format(list=("\u202f; " if lang == "fr" else "; ").join(parts)) if parts else ""


def _scenarios(deck: Deck, lang: str, st) -> list:
    out = [CondPageBreak(60 * mm), _p(word("scenarios", lang), st["h1"])]
    for scenario in deck.scenarios:
        block = [_p(scenario.title.get(lang), st["h2"]), _p(scenario.intro.get(lang), st["body"])]
        # a value, not a change: "Environnement 0", never "(+0)"
        gauges = ", ".join(f"{i.name.get(lang)} {minus_sign(str(i.start))}" for i in scenario.indicators)
        block.append(_p(f"{word('indicators', lang)} : {gauges}" if lang == "fr"
                        else f"{word('indicators', lang)}: {gauges}", st["small"]))
        defined = [i for i in scenario.indicators if i.description]
        if defined:  # each gauge said once, so that every option's effects are read the same way
            block.append(ListFlowable(
                [ListItem(_p(f"{i.name.get(lang)} — {i.description.get(lang)}", st["small"]),
                          leftIndent=10) for i in defined],
                bulletType="bullet", start="•", leftIndent=10, bulletFontName=REGULAR, bulletFontSize=8))
        for n, decision in enumerate(scenario.decisions, 1):
            rows = [[_p(f"{word('decision', lang)} {n} — {decision.title.get(lang)}", st["cellb"]), "", ""],
                    [_p(decision.situation.get(lang), st["cell"]), "", ""]]
            for opt in decision.options:
                rows.append([_p(f"{opt.id.upper()}. {opt.label.get(lang)}", st["cellb"]),
                             _p(opt.consequence.get(lang), st["cell"]),
                             _p(_effects(opt.effects, scenario.indicators, lang), st["cell"])])
            table = _table(rows, [55 * mm, 80 * mm, 35 * mm], header=False)
            table.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
            cited = _decision_sources(decision, lang)
            below = [table, _p(cited, st["small"])] if cited else [table]
            # a choice read on one page, never cut; a scenario's introduction never apart from its first
            block = [*block, *below, Spacer(1, 6)] if n == 1 else [*below, Spacer(1, 6)]
            out.append(KeepTogether(block))
        if not scenario.decisions:
            out.append(KeepTogether(block))
        if scenario.epilogue:
            out.append(_p(f"{word('epilogue', lang)} — {scenario.epilogue.get(lang)}", st["note"]))
    return out


def render_guide_pdf(deck: Deck, lang: str = "fr", paper: str = "a4") -> bytes:
    """The facilitator's guide for ``deck`` as PDF bytes (same deck, same bytes)."""
    st = _styles()
    title = f"{deck.title.get(lang)} — {word('guide', lang)}"
    # initialFontName: every page would otherwise open in Helvetica, which reportlab does not embed.
    doc_args = dict(pagesize=LETTER if paper == "letter" else A4, invariant=1, initialFontName=REGULAR,
                    leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                    title=title, author="Bataille IA", creator="Bataille IA", subject=f"{deck.id} {deck.version}")

    def story(contents: list) -> list:
        out = [_p(deck.title.get(lang), st["title"]),
               _p(f"{word('guide', lang)} · {deck.id} v{deck.version}", st["h2"]), *contents]
        out += _agenda(deck, lang, st, paper)
        out += _answer_key(deck, lang, st)
        out += _debates(deck, lang, st)
        if deck.scenarios:
            out += _scenarios(deck, lang, st)
        facts = fact_cards(deck, lang, st)
        out += [CondPageBreak(60 * mm), *facts] if facts else []
        return out + [CondPageBreak(40 * mm), _p(word("sources", lang), st["h1"]),
                      *sources(deck, lang, st["small"], word)]

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 10 * mm, clean_text(title))
        canvas.drawRightString(document.pagesize[0] - 20 * mm, 10 * mm, str(document.page))
        canvas.restoreState()

    return contents.build(doc_args, story, word("contents", lang), st, onFirstPage=footer, onLaterPages=footer)


__all__ = ["render_guide_pdf"]
