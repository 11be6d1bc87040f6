"""The words printed by the exporter itself (not the deck's), in French and English."""

from __future__ import annotations

from bataille import words
from bataille.words import Catalogue

_WORDS: dict[str, tuple[str, str]] = {
    "fact": ("Fait", "Fact"),
    "debate": ("Débat", "Debate"),
    "event": ("Événement", "Event"),
    "timeline": ("Frise chronologique", "Timeline"),
    "contested": ("chiffre contesté", "contested figure"),
    "for": ("Pour", "For"),
    "against": ("Contre", "Against"),
    "which_year": ("En quelle année ?", "What year?"),
    "source": ("Source", "Source"),
    # the language a source's title is in, said after it when the document is in another one
    "in.fr": ("en français", "in French"),
    "in.en": ("en anglais", "in English"),
    "in.de": ("en allemand", "in German"),
    "in.es": ("en espagnol", "in Spanish"),
    "in.it": ("en italien", "in Italian"),
    "in.pt": ("en portugais", "in Portuguese"),
    "in.nl": ("en néerlandais", "in Dutch"),
    "in.ca": ("en catalan", "in Catalan"),
    "in.eu": ("en basque", "in Basque"),
    "in.pl": ("en polonais", "in Polish"),
    "in.cs": ("en tchèque", "in Czech"),
    "in.sv": ("en suédois", "in Swedish"),
    "in.da": ("en danois", "in Danish"),
    "in.no": ("en norvégien", "in Norwegian"),
    "in.fi": ("en finnois", "in Finnish"),
    "in.el": ("en grec", "in Greek"),
    "in.ro": ("en roumain", "in Romanian"),
    "in.hu": ("en hongrois", "in Hungarian"),
    "in.ru": ("en russe", "in Russian"),
    "in.uk": ("en ukrainien", "in Ukrainian"),
    "in.tr": ("en turc", "in Turkish"),
    "in.ar": ("en arabe", "in Arabic"),
    "in.he": ("en hébreu", "in Hebrew"),
    "in.hi": ("en hindi", "in Hindi"),
    "in.zh": ("en chinois", "in Chinese"),
    "in.ja": ("en japonais", "in Japanese"),
    "in.ko": ("en coréen", "in Korean"),
    "no_theme": ("Sans thème", "No theme"),
    # the PDF's properties (Title, Subject), as a reader's "Document properties" shows them
    "doc.cards": ("Cartes à découper — {deck}", "Cards to cut out — {deck}"),
    "doc.cards_subject": ("Jeu « {deck} » {version} : cartes {size} {language}, {how}{bleed}{ink}",
                          "Deck “{deck}” {version}: {size} cards {language}, {how}{bleed}{ink}"),
    "doc.grid": ("sur {paper}, {sides}", "on {paper}, {sides}"),
    "doc.two_sided": ("recto verso, retournement {edge}", "double-sided, flip on the {edge}"),
    "doc.fold": ("sur {paper}, recto seul, à plier et coller", "on {paper}, single-sided, to fold and glue"),
    "doc.shop": ("une carte par page, pour un imprimeur", "one card a page, for a print shop"),
    "doc.bleed": (", fond perdu de {bleed} mm", ", {bleed} mm bleed"),
    "doc.ink": (", économie d’encre", ", ink saving"),
    "doc.calibration": ("Page de calibrage recto verso — Bataille IA", "Double-sided calibration page — Bataille IA"),
    "doc.calibration_subject": ("Mesure le décalage des versos (--back-offset) : sur {paper}, recto verso, "
                                "retournement {edge}",
                                "Measures the backs’ offset (--back-offset): on {paper}, double-sided, flip on "
                                "the {edge}"),
    "calibration": ("Page de calibrage recto verso", "Double-sided calibration page"),
    "calibration_front": (
        "Imprimez ces deux pages en recto verso ({duplex}), puis regardez la feuille par "
        "transparence. Lisez sur les règles du verso la graduation que croisent les traits du "
        "recto, et reportez ces valeurs dans « Décalage des versos » (X, Y) de la fenêtre "
        "d’impression, ou en ligne de commande : --back-offset X,Y.",
        "Print these two pages double-sided ({duplex}), then hold the sheet against the "
        "light. Read on the back’s rulers the mark crossed by the front’s lines, and enter those "
        "values in \u201cBack offset\u201d (X, Y) in the print window, or on the command line: "
        "--back-offset X,Y.",
    ),
    "calibration_back": (
        "Verso : les valeurs lues sont en millimètres, X horizontal, Y vertical.",
        "Back: the values read are in millimetres, X horizontal, Y vertical.",
    ),
    "calibration_edge_front": (
        "Le bord de retournement : regardez aussi chaque coin par transparence, recto vers vous. "
        "Dans chaque cadre, le numéro du verso doit apparaître à côté du même numéro du recto : "
        "1 avec 1, 2 avec 2, 3 avec 3, 4 avec 4. Si les numéros ne correspondent pas (4 avec 1), "
        "l’imprimante retourne la feuille par l’autre bord : choisissez « Recto verso, {other} » dans "
        "« Impression » de la fenêtre d’impression (--duplex {other_key}), ou réglez l’imprimante sur "
        "le {duplex}, puis imprimez de nouveau cette page. Sinon, chaque carte aurait le dos d’une "
        "autre, à l’envers.",
        "The flip edge: also look at each corner against the light, front towards you. In each "
        "box, the back’s number must show beside the same number on the front: 1 with 1, 2 with 2, "
        "3 with 3, 4 with 4. If the numbers do not match (4 with 1), the printer turns the sheet on "
        "the other edge: choose \u201cBoth sides, flip on the {other}\u201d under \u201cPrinting\u201d "
        "in the print window (--duplex {other_key}), or set the printer to flip on the {duplex}, "
        "then print this page again. Otherwise every card would get another card’s back, upside "
        "down.",
    ),
    "calibration_edge_back": (
        "Retournement par le {duplex} : dans chaque coin, le numéro du recto vu par transparence "
        "dans ce cadre doit être le même que celui-ci. S’il est différent, choisissez « Recto verso, "
        "{other} » (--duplex {other_key}) et imprimez de nouveau cette page.",
        "Flip on the {duplex}: in each corner, the front’s number seen through this box against "
        "the light must be the same as this one. If it is not, choose \u201cBoth sides, flip on the "
        "{other}\u201d (--duplex {other_key}) and print this page again.",
    ),
    "calibration_front_box": ("recto", "front"),
    "calibration_back_box": ("verso", "back"),
    "sheet_front": ("Feuille {n} · recto", "Sheet {n} · front"),
    "sheet_back": ("Feuille {n} · verso", "Sheet {n} · back"),
    "sheet_fold": ("Feuille {n}", "Sheet {n}"),
    "long": ("bord long", "long edge"),
    "short": ("bord court", "short edge"),
    "none_duplex": ("recto seul", "single-sided"),
    "ruler": ("Imprimez à 100 % : cette règle mesure 50 mm", "Print at 100%: this ruler measures 50 mm"),
    "fold": ("Pliez le long des tirets, collez les deux moitiés dos à dos, puis découpez les cartes",
             "Fold along the dashes, glue the two halves back to back, then cut out the cards"),
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


WORDS = Catalogue("export", _WORDS)


def word(key: str, lang: str) -> str:
    """One of the exporter's own words in ``lang``."""
    return WORDS.text(key, lang)



def month_name(month: int, lang: str) -> str:
    """The month's name in ``lang``."""
    return MONTHS.get(lang, MONTHS["fr"])[month - 1]


def day_text(day: int, month: int, year: int, lang: str) -> str:
    """A date as a reader writes it: ``1er décembre 2026``, ``18 mars 2025``, ``1 December 2026``."""
    first = "1er" if lang != "en" and day == 1 else str(day)
    return f"{first} {month_name(month, lang)} {year}"


# -- messages: problems the exporter reports, in French and English -----------------------------
# key -> (French, English). The English is exactly what `str()` of the problem or error has always
# said (tests and callers read it); the French is typeset once, by the catalogue (bataille.words).
_MESSAGES: dict[str, tuple[str, str]] = {
    # what is wrong with one card field (FitProblem.message): French is a verb phrase whose
    # subject is the field, so that it reads after "le champ « text » (fr)" and after a colon
    "fit.overflow": ("dépasse de {excess} mm, même à la plus petite taille lisible ; raccourcissez-le "
                     "ou choisissez un format plus grand",
                     "needs {excess} mm more even at the smallest legible size; shorten it"),
    "fit.word_too_wide": ("contient un mot plus large que la carte, même en {size} pt ; raccourcissez ce mot "
                          "ou choisissez un format plus grand",
                          "a word is wider than the card at {size} pt"),
    "fit.too_many_lines": ("occupe {lines} lignes pour {limit} au plus, même en {size} pt ; raccourcissez-le",
                           "{lines} lines, at most {limit} at {size} pt"),
    "fit.footer": ("a besoin de {need} mm pour l’identifiant et la version {text}, même en {size} pt, et le pied de "
                   "carte n’en a que {room} (à côté du code QR) ; raccourcissez l’identifiant ou la version",
                   "the card id and version {text} need {need} mm even at {size} pt; the footer has {room} mm "
                   "(beside the QR code): shorten the id or the version"),
    "glyph.missing": ("contient {chars}, que la police ne sait pas imprimer ; utilisez un autre caractère",
                      "the font cannot print {chars}; use another character"),
    "glyph.char": ("{char} (U+{code})", "{char} (U+{code})"),
    # one FitProblem as a whole line, by the kind of its message
    "problem.fit": ("La carte {card} ne tient pas au format {size} : le champ « {field} » ({lang}) {detail}.",
                    "card {card}: '{field}' ({lang}) on a {size} card: {detail}"),
    "problem.glyph": ("La carte {card} ne peut pas être imprimée : le champ « {field} » ({lang}) {detail}.",
                      "card {card}: '{field}' ({lang}) on a {size} card: {detail}"),
    "problem.icon": ("La carte {card} ne peut pas être imprimée : {detail}.",
                     "card {card}: '{field}' ({lang}) on a {size} card: {detail}"),
    "problems.one": ("{count} texte de carte ne tient pas :", "{count} card text does not fit:"),
    "problems.many": ("{count} textes de cartes ne tiennent pas :", "{count} card texts do not fit:"),
    # writing a file (atomic.py)
    "write.no_folder": ("Impossible d’enregistrer {target} : le dossier {folder} n’existe pas.",
                        "cannot write {target}: the folder {folder} does not exist"),
    "write.link_loop": ("Impossible d’enregistrer {target} : c’est un lien qui renvoie à lui-même (une boucle de "
                        "liens). Choisissez un autre fichier.",
                        "cannot write {target}: it is a link that leads back to itself (a loop of links). "
                        "Choose another file."),
    "write.not_a_file": ("Impossible d’enregistrer {target} : ce n’est pas un fichier mais un périphérique de "
                         "stockage ou un socket, qui ne serait pas écrit mais remplacé. Choisissez un fichier.",
                         "cannot write {target}: it is not a file but a storage device or a socket, which would be "
                         "replaced rather than written. Choose a file."),
    "write.failed": ("Impossible d’enregistrer {target} ({reason}). Choisissez un autre fichier ou dossier.",
                     "cannot write {target}: {reason}. Choose another file or folder."),
    "write.folder_is_a_file": ("Impossible d’enregistrer {target} : {file} est un fichier, pas un dossier. "
                               "Choisissez un autre dossier.",
                               "cannot write {target}: {file} is a file, not a folder. Choose another folder."),
    "write.folder_refuses": ("Impossible d’enregistrer {target} : le dossier {folder} n’accepte pas de nouveaux "
                             "fichiers. Choisissez un autre dossier.",
                             "cannot write {target}: the folder {folder} does not accept new files. "
                             "Choose another folder."),
    # a session summary
    "summary.unreplayable": ("Les actions de cette séance ne peuvent pas être rejouées ({why}) : le fichier est "
                             "abîmé ou a été modifié. Aucun bilan n’a été écrit ; le fichier n’a pas été changé.",
                             "the session's actions cannot be replayed ({why}): the file is damaged or was "
                             "altered. No summary was written; the file was not changed."),
    "summary.too_long": ("Un texte de la séance est trop long pour tenir sur une page du bilan PDF ; écrivez "
                         "le bilan en .md, .json ou .csv.",
                         "a text of the session is too long to fit on a page of the PDF summary; write the "
                         "summary as .md, .json or .csv instead."),
    # `bataille print`
    "cli.print_problems.one": ("{count} champ de carte ne peut pas être imprimé tel quel (voir ci-dessus) ; "
                               "rien n’a été imprimé",
                               "{count} card field cannot be printed as written (see above); nothing printed"),
    "cli.print_problems.many": ("{count} champs de cartes ne peuvent pas être imprimés tels quels (voir "
                                "ci-dessus) ; rien n’a été imprimé",
                                "{count} card fields cannot be printed as written (see above); nothing printed"),
    "cli.fit_summary.one": ("{count} champ de carte ne tient pas au format {size} : raccourcissez-le ou "
                            "choisissez un --size plus grand ; rien n’a été imprimé",
                            "{count} card field does not fit on a {size} card: shorten it or choose a "
                            "larger --size; nothing printed"),
    "cli.fit_summary.many": ("{count} champs de cartes ne tiennent pas au format {size} : raccourcissez-les ou "
                             "choisissez un --size plus grand ; rien n’a été imprimé",
                             "{count} card fields do not fit on a {size} card: shorten them or choose a "
                             "larger --size; nothing printed"),
}


MESSAGES = Catalogue("export messages", _MESSAGES)


class ExportMessage(words.Message):
    """An exporter message not yet put into words: a key of MESSAGES and its fields.

    A field is plain text, a number, or anything with ``render(lang)`` (``bataille.deck.messages``
    Quoted and Num, another ExportMessage); a tuple of them is joined with spaces.
    """

    __slots__ = ()
    catalogue = MESSAGES

    def text(self, lang: str = "en") -> str:
        return self.render(lang)


class Said:
    """A value quoted from a file or the user: repr in English (as always), « value » in French."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def render(self, lang: str) -> str:
        return f"«\u00a0{self.value}\u00a0»" if lang == "fr" else repr(self.value)


# -- a fact's figure and quoted titles, as the summary and the kit print them -------------------

def figure_with_mark(figure: str, contested: bool, lang: str) -> str:
    """A fact card's figure as written, with the printed card's mark when it is contested:
    ``≈ 552 t CO₂e, chiffre contesté`` / ``≈ 552 t CO₂e, contested figure``; the mark alone when the
    card has no figure, ``''`` when it has neither."""
    parts = [part for part in (figure, word("contested", lang) if contested else "") if part]
    return ", ".join(parts)


_CLOSING = "\"'”’»)] \u00a0\u202f"  # what may follow a title's last word: quotes, brackets, spaces


def title_language(title_lang: str, lang: str) -> str:
    """The language a source's title is in, in words of ``lang`` (« en anglais », "in French"), when the
    deck says it (``title_lang``) and it is not ``lang``, the language of the list; else ``''``."""
    if title_lang and title_lang != lang and f"in.{title_lang}" in WORDS:
        return word(f"in.{title_lang}", lang)
    return ""


def after_title(title: str, title_lang: str, lang: str) -> str:
    """What follows a source's ``title`` in a list written in ``lang``: its language when it is
    another one, as a bibliography gives it (« … du 17 octobre 2022 (in French). »), then the
    full stop (``full_stop``)."""
    said = title_language(title_lang, lang)
    return f" ({said})." if said else full_stop(title)


def full_stop(title: str) -> str:
    """The full stop after a source's ``title`` in a list (the guide's, the summary's): none after a
    title that ends in its own punctuation (« Why Did Symbolics Fail? », « IBM Watson: Jeopardy! »,
    « … », « Inc. »)."""
    return "" if title.rstrip(_CLOSING).endswith((".", "?", "!", "…")) else "."
