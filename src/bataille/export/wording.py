"""The words printed by the exporter itself (not the deck's), in French and English."""

from __future__ import annotations

import errno

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
    "ruler": {"fr": "Imprimez à 100\u202f%\u00a0: cette règle mesure 50 mm",
              "en": "Print at 100%: this ruler measures 50 mm"},
    "fold": {"fr": "Pliez le long des tirets, collez les deux moitiés dos à dos, puis découpez les cartes",
             "en": "Fold along the dashes, glue the two halves back to back, then cut out the cards"},
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


# -- messages: problems the exporter reports, in French and English -----------------------------
# key -> (English, French). The English is exactly what `str()` of the problem or error has always
# said (tests and callers read it); the French is typeset once at import (see _typeset_french).
_MESSAGES: dict[str, tuple[str, str]] = {
    # what is wrong with one card field (FitProblem.message): French is a verb phrase whose
    # subject is the field, so that it reads after "le champ « text » (fr)" and after a colon
    "fit.overflow": ("needs {excess} mm more even at the smallest legible size; shorten it",
                     "dépasse de {excess} mm, même à la plus petite taille lisible ; raccourcissez-le "
                     "ou choisissez un format plus grand"),
    "fit.word_too_wide": ("a word is wider than the card at {size} pt",
                          "contient un mot plus large que la carte, même en {size} pt ; raccourcissez ce mot "
                          "ou choisissez un format plus grand"),
    "fit.too_many_lines": ("{lines} lines, at most {limit} at {size} pt",
                           "occupe {lines} lignes pour {limit} au plus, même en {size} pt ; raccourcissez-le"),
    "glyph.missing": ("the font cannot print {chars}; use another character",
                      "contient {chars}, que la police ne sait pas imprimer ; utilisez un autre caractère"),
    "glyph.char": ("{char} (U+{code})", "{char} (U+{code})"),
    # one FitProblem as a whole line, by the kind of its message
    "problem.fit": ("card {card}: '{field}' ({lang}) on a {size} card: {detail}",
                    "La carte {card} ne tient pas au format {size} : le champ « {field} » ({lang}) {detail}."),
    "problem.glyph": ("card {card}: '{field}' ({lang}) on a {size} card: {detail}",
                      "La carte {card} ne peut pas être imprimée : le champ « {field} » ({lang}) {detail}."),
    "problem.icon": ("card {card}: '{field}' ({lang}) on a {size} card: {detail}",
                     "La carte {card} ne peut pas être imprimée : {detail}."),
    "problems.one": ("{count} card text(s) do not fit:", "{count} texte de carte ne tient pas :"),
    "problems.many": ("{count} card text(s) do not fit:", "{count} textes de cartes ne tiennent pas :"),
    # icons (svg.py): French clauses, so that they read after "ne peut pas être imprimée :"
    "icon.unreadable": ("{path}: cannot read the icon ({reason})",
                        "impossible de lire l’icône {path} ({reason})"),
    "icon.not_svg": ("{where}: not a readable SVG file ({reason})",
                     "l’icône {where} n’est pas un fichier SVG lisible ({reason})"),
    "icon.root": ("{where}: the root element is not <svg>",
                  "l’icône {where} n’est pas un fichier SVG (son premier élément n’est pas <svg>)"),
    "icon.entities": ("{where}: SVG entities are not allowed",
                      "l’icône {where} utilise des entités SVG (<!ENTITY>), qui sont refusées"),
    "icon.element": ("{where}: <{tag}> is not supported in icons (use paths and basic shapes)",
                     "l’icône {where} contient <{tag}>, qui n’est pas pris en charge (utilisez des chemins "
                     "et des formes simples)"),
    "icon.transform": ("unsupported transform {name}({args})",
                       "l’icône utilise une transformation non prise en charge : {name}({args})"),
    "icon.colour": ("unsupported colour {value} (use #RRGGBB, white, black or none)",
                    "l’icône utilise une couleur non prise en charge, {value} (utilisez #RRGGBB, white, "
                    "black ou none)"),
    "icon.path_short": ("path data ends early or is malformed near {near}",
                        "un tracé (d) de l’icône est incomplet ou mal écrit vers {near}"),
    "icon.path_start": ("path data must start with a command",
                        "un tracé (d) de l’icône doit commencer par une commande (M, L…)"),
    "icon.path_command": ("unsupported path command {cmd}",
                          "l’icône utilise une commande de tracé non prise en charge, {cmd}"),
    "icon.number": ("<{tag}> {name}={raw} is not a number",
                    "dans l’icône, <{tag}> {name}={raw} n’est pas un nombre"),
    # writing a file (atomic.py)
    "write.no_folder": ("cannot write {target}: the folder {folder} does not exist",
                        "Impossible d’enregistrer {target} : le dossier {folder} n’existe pas."),
    "write.failed": ("cannot write {target}: {reason}. Choose another file or folder.",
                     "Impossible d’enregistrer {target} ({reason}). Choisissez un autre fichier ou dossier."),
    # `bataille print`
    "cli.fit_summary.one": ("{count} card field(s) do not fit on a {size} card: shorten them or choose a "
                            "larger --size; nothing printed",
                            "{count} champ de carte ne tient pas au format {size} : raccourcissez-le ou "
                            "choisissez un --size plus grand ; rien n’a été imprimé"),
    "cli.fit_summary.many": ("{count} card field(s) do not fit on a {size} card: shorten them or choose a "
                             "larger --size; nothing printed",
                             "{count} champs de cartes ne tiennent pas au format {size} : raccourcissez-les ou "
                             "choisissez un --size plus grand ; rien n’a été imprimé"),
}


def _typeset_french(text: str) -> str:
    """French spacing: no-break inside « » and before :, narrow no-break before ; ? ! %."""
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:")
    for mark in ";?!%":
        text = text.replace(" " + mark, "\u202f" + mark)
    return text


MESSAGES: dict[str, dict[str, str]] = {
    key: {"en": en, "fr": _typeset_french(fr)} for key, (en, fr) in _MESSAGES.items()
}


class ExportMessage:
    """An exporter message not yet put into words: a key of MESSAGES and its fields.

    A field is plain text, a number, or anything with ``render(lang)`` (``bataille.deck.messages``
    Quoted and Num, another ExportMessage); a tuple of them is joined with spaces.
    """

    __slots__ = ("key", "fields")

    def __init__(self, key: str, /, **fields: object) -> None:
        if key not in MESSAGES:
            raise KeyError(f"no message {key!r} in the export catalogue")
        self.key = key
        self.fields = fields

    def render(self, lang: str = "en") -> str:
        """The message in ``lang`` ("fr" or "en"; any other language gets English)."""
        template = MESSAGES[self.key].get(lang) or MESSAGES[self.key]["en"]
        return template.format_map({name: _field(value, lang) for name, value in self.fields.items()})

    text = render

    def __repr__(self) -> str:
        return f"ExportMessage({self.key!r}, {self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ExportMessage) and (self.key, self.fields) == (other.key, other.fields)

    def __hash__(self) -> int:
        return hash(self.key)


class Said:
    """A value quoted from a file or the user: repr in English (as always), « value » in French."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def render(self, lang: str) -> str:
        return f"«\u00a0{self.value}\u00a0»" if lang == "fr" else repr(self.value)


_OS_REASONS_FR = {
    errno.EACCES: "accès refusé", errno.EPERM: "opération non permise",
    errno.ENOENT: "fichier ou dossier introuvable", errno.EISDIR: "c’est un dossier",
    errno.ENOTDIR: "un élément du chemin n’est pas un dossier", errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "support en lecture seule", errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EDQUOT: "quota de disque dépassé",
}


class OsReason:
    """Why the system refused a file (an OSError): its own English words, or ours in French."""

    __slots__ = ("errno", "english")

    def __init__(self, exc: OSError) -> None:
        self.errno = exc.errno
        self.english = exc.strerror or str(exc)

    def render(self, lang: str) -> str:
        return _OS_REASONS_FR.get(self.errno, self.english) if lang == "fr" else self.english

    def __str__(self) -> str:
        return self.english


def _field(value: object, lang: str) -> str:
    if isinstance(value, tuple):
        return " ".join(_field(v, lang) for v in value)
    render = getattr(value, "render", None)
    return render(lang) if callable(render) else str(value)
