"""The words of the deck editor and of `bataille import`, French and English side by side."""

from __future__ import annotations

from bataille import words

_TEMPLATES: dict[str, tuple[str, str]] = {
    "edit.bad_path": ("{file} n’est pas un chemin de fichier du jeu (cards/….yaml ou scenarios/….yaml)",
                      "{file} is not the path of a deck file (cards/….yaml or scenarios/….yaml)"),
    "edit.leaves_folder": ("{file} sort du dossier du jeu", "{file} leads out of the deck folder"),
    "edit.unreadable": ("{file} ne se lit pas comme du YAML : corrigez-le d’abord ({detail})",
                        "{file} cannot be read as YAML: fix it first ({detail})"),
    "edit.cannot": ("{file} : {detail}", "{file}: {detail}"),
    "edit.no_card": ("aucune carte n’a l’identifiant {id}", "no card has the id {id}"),
    "edit.bad_kind": ("{kind} n’est pas une sorte de carte ({choices})", "{kind} is not a kind of card ({choices})"),
    "edit.bad_theme_id": ("{id} ne peut pas servir d’identifiant de thème : des lettres sans accent, des chiffres, "
                          "- et _, 64 au plus", "{id} cannot be a theme id: letters without accents, digits, - and _, "
                          "64 at most"),
    "edit.theme_exists": ("le thème {id} existe déjà", "the theme {id} already exists"),
    "edit.no_theme": ("le jeu n’a pas de thème {id}", "the deck has no theme {id}"),
    "edit.card_stays_in_file": ("une carte glissée reste parmi les cartes de son fichier : pour lui donner un autre "
                                "thème, choisissez-le dans son champ Thème",
                                "a dragged card stays among the cards of its own file: to give it another theme, "
                                "choose the theme in its Theme field"),
    "edit.new_theme": ("Nouveau thème", "New theme"),
    "edit.deck_exists": ("{folder} contient déjà un jeu", "{folder} already holds a deck"),
    "csv.unknown_column": ("colonne inconnue {column}{hint}", "unknown column {column}{hint}"),
    "csv.no_kind_column": ("il manque la colonne kind ({choices})", "the column kind is missing ({choices})"),
    "csv.no_rows": ("le fichier ne contient aucune carte sous son en-tête", "the file holds no card below its header"),
    "csv.bad_kind": ("la colonne kind doit valoir {choices}, reçu « {kind} »",
                     "the column kind must be one of {choices}, got \"{kind}\""),
    "csv.no_theme": ("une carte « fait » ou « débat » a besoin d’un thème (colonne theme)",
                     "a fact or debate card needs a theme (column theme)"),
    "csv.unknown_theme": ("le jeu n’a pas de thème « {theme} »{hint} (thèmes : {themes})",
                          "the deck has no theme \"{theme}\"{hint} (themes: {themes})"),
    "csv.deck_has_problems.one": ("le jeu a déjà un problème : corrigez-le d’abord (bataille validate)",
                                  "the deck already has a problem: fix it first (bataille validate)"),
    "csv.deck_has_problems.many": ("le jeu a déjà {count} problèmes : corrigez-les d’abord (bataille validate)",
                                   "the deck already has {count} problems: fix them first (bataille validate)"),
    "csv.unreadable": ("illisible : {reason}", "cannot be read: {reason}"),
    "csv.not_utf8": ("ce fichier n’est pas en UTF-8 : enregistrez-le en « CSV UTF-8 »",
                     "this file is not UTF-8: save it as \"CSV UTF-8\""),
    "csv.added.one": ("{count} carte ajoutée : {files}", "{count} card added: {files}"),
    "csv.added.many": ("{count} cartes ajoutées : {files}", "{count} cards added: {files}"),
    "csv.no_deck": ("précisez le jeu à compléter : --deck DOSSIER", "say which deck to add to: --deck FOLDER"),
    "save.changed": ("modifié sur le disque par un autre programme : {files}",
                     "changed on disk by another program: {files}"),
    "save.failed": ("{file} n’a pas pu être enregistré ({reason}) : aucun fichier du jeu n’a changé, vos "
                    "modifications restent ouvertes",
                    "{file} could not be saved ({reason}): no file of the deck changed, and your changes "
                    "are still open"),
    "save.failed_after": ("{file} n’a pas pu être enregistré ({reason}) ; {files} l’ont été : enregistrez à "
                          "nouveau une fois la place libérée",
                          "{file} could not be saved ({reason}); {files} were: save again once there is room"),
}

CATALOGUE = words.Catalogue("editing", _TEMPLATES)


class Message(words.Message):
    """A message of the deck editor not yet put into words."""

    __slots__ = ()
    catalogue = CATALOGUE
