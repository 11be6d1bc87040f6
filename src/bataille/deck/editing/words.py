"""The words of the deck editor and of `bataille import`, French and English side by side."""

from __future__ import annotations

from bataille import words

_TEMPLATES: dict[str, tuple[str, str]] = {
    "edit.no_file": ("le fichier {file} n’est pas un fichier du jeu", "{file} is not a file of the deck"),
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
    "edit.deck_exists": ("{folder} contient déjà un jeu", "{folder} already holds a deck"),
    "save.changed": ("modifié sur le disque par un autre programme : {files}",
                     "changed on disk by another program: {files}"),
}

CATALOGUE = words.Catalogue("editing", _TEMPLATES)


class Message(words.Message):
    """A message of the deck editor not yet put into words."""

    __slots__ = ()
    catalogue = CATALOGUE
