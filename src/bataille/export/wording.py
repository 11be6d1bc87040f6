"""The words printed by the exporter itself (not the deck's), in French and English."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "fact": {"fr": "Fait", "en": "Fact"},
    "debate": {"fr": "Débat", "en": "Debate"},
    "event": {"fr": "Événement", "en": "Event"},
    "timeline": {"fr": "Frise chronologique", "en": "Timeline"},
    "contested": {"fr": "chiffre contesté", "en": "contested figure"},
    "for": {"fr": "Pour", "en": "For"},
    "against": {"fr": "Contre", "en": "Against"},
    "which_year": {"fr": "En quelle année ?", "en": "What year?"},
    "source": {"fr": "Source", "en": "Source"},
    "no_theme": {"fr": "Sans thème", "en": "No theme"},
    "guide": {"fr": "Guide de l'animateur", "en": "Facilitator's guide"},
    "agenda": {"fr": "Déroulé", "en": "Agenda"},
    "minutes": {"fr": "min", "en": "min"},
    "total": {"fr": "Durée totale", "en": "Total time"},
    "rules": {"fr": "Règles de chaque phase", "en": "Rules of each phase"},
    "answer_key": {"fr": "Frise : corrigé", "en": "Timeline answer key"},
    "debates": {"fr": "Cartes débat", "en": "Debate cards"},
    "claim": {"fr": "Affirmation", "en": "Claim"},
    "context": {"fr": "Contexte", "en": "Context"},
    "notes": {"fr": "Notes pour l'animateur", "en": "Notes for the facilitator"},
    "scenarios": {"fr": "Carte des scénarios", "en": "Scenario map"},
    "indicators": {"fr": "Indicateurs (valeur de départ)", "en": "Indicators (starting value)"},
    "decision": {"fr": "Décision", "en": "Decision"},
    "option": {"fr": "Choix", "en": "Option"},
    "consequence": {"fr": "Conséquence", "en": "Consequence"},
    "effects": {"fr": "Effets", "en": "Effects"},
    "epilogue": {"fr": "Épilogue", "en": "Epilogue"},
    "sources": {"fr": "Sources", "en": "Sources"},
    "cited_by": {"fr": "cartes", "en": "cards"},
    "year": {"fr": "Année", "en": "Year"},
    "card": {"fr": "Carte", "en": "Card"},
    "title": {"fr": "Titre", "en": "Title"},
    "start": {"fr": "Début", "en": "Start"},
    "phase": {"fr": "Phase", "en": "Phase"},
    "none": {"fr": "aucun", "en": "none"},
    "calibration": {"fr": "Page de calibrage recto verso", "en": "Double-sided calibration page"},
    "calibration_front": {
        "fr": "Imprimez ces deux pages en recto verso ({duplex}), puis regardez la feuille par "
        "transparence. Lisez sur les règles du verso la graduation que croisent les traits du "
        "recto, et reportez ces valeurs : --back-offset X,Y.",
        "en": "Print these two pages double-sided ({duplex}), then hold the sheet against the "
        "light. Read on the back's rulers the mark crossed by the front's lines, and use those "
        "values: --back-offset X,Y.",
    },
    "calibration_back": {
        "fr": "Verso : les valeurs lues sont en millimètres, X horizontal, Y vertical.",
        "en": "Back: the values read are in millimetres, X horizontal, Y vertical.",
    },
    "long": {"fr": "bord long", "en": "long edge"},
    "short": {"fr": "bord court", "en": "short edge"},
    "none_duplex": {"fr": "recto seul", "en": "single-sided"},
}

RULES: dict[str, dict[str, str]] = {
    "intro": {
        "fr": "Présentez l'atelier, formez des équipes de 3 à 5 et faites un premier vote à main "
        "levée : « L'IA générative, plutôt une chance ou plutôt un risque ? »",
        "en": "Introduce the workshop, form teams of 3 to 5 and take a first show of hands: "
        "“Generative AI: more of an opportunity or more of a risk?”",
    },
    "timeline": {
        "fr": "Chaque équipe reçoit des cartes événement, face visible. À tour de rôle, une équipe "
        "place une carte sur la frise, avant ou après celles déjà posées. On retourne la carte : "
        "bien placée, elle reste et l'équipe marque un point ; mal placée, elle rejoint sa place "
        "exacte et l'équipe n'en marque pas. L'équipe qui a le plus de points gagne la manche.",
        "en": "Each team gets event cards, face up. In turn, a team places a card on the timeline, "
        "before or after the cards already laid. Turn the card over: if it is in the right place "
        "it stays and the team scores a point; if not, it moves to its right place and scores "
        "nothing. The team with most points wins the round.",
    },
    "debate": {
        "fr": "Lisez l'affirmation et faites voter la salle (d'accord, pas d'accord, sans avis). "
        "Les équipes préparent leurs arguments avec les cartes fait du thème, puis débattent à "
        "tour de rôle. Un deuxième vote mesure les changements d'avis. Une carte fait jouée doit "
        "être lue à voix haute, source comprise.",
        "en": "Read the claim and have the room vote (agree, disagree, undecided). Teams prepare "
        "their arguments with the theme's fact cards, then argue in turn. A second vote measures "
        "how opinions moved. A fact card played must be read aloud, source included.",
    },
    "scenario": {
        "fr": "Lisez l'introduction du scénario. À chaque décision, les équipes discutent puis "
        "votent pour une option ; la conséquence est lue et les indicateurs bougent. À la fin, "
        "lisez l'épilogue et comparez les indicateurs.",
        "en": "Read the scenario's introduction. At each decision, teams discuss then vote for an "
        "option; the consequence is read and the indicators move. At the end, read the epilogue "
        "and compare the indicators.",
    },
    "debrief": {
        "fr": "Revenez sur le premier vote : qu'est-ce qui a changé ? Qu'a-t-on appris ? Quelles "
        "sources vérifier ? Chacun note une idée qu'il retient.",
        "en": "Go back to the first vote: what changed? What did we learn? Which sources should "
        "we check? Everyone writes down one idea to keep.",
    },
    "break": {"fr": "Pause.", "en": "Break."},
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def word(key: str, lang: str) -> str:
    """One of the exporter's own words in ``lang`` (French when the language is unknown)."""
    table = WORDS[key]
    return table.get(lang, table["fr"])


def rule(kind: str, lang: str) -> str:
    """How a phase of this kind is played."""
    table = RULES.get(kind, {})
    return table.get(lang, table.get("fr", ""))


def month_name(month: int, lang: str) -> str:
    """The month's name in ``lang``."""
    return MONTHS.get(lang, MONTHS["fr"])[month - 1]
