"""The session file's messages, French first, English complete (a catalogue of ``bataille.words``).

A storage error that carries a ``Said`` message is shown in the user's language by ``said``;
the error's own text (``str``) stays the English one, for logs and older callers.
"""

from __future__ import annotations

from bataille.words import Catalogue, Message

_STORAGE = {
    "create_failed": (
        "Impossible de créer « {name} » : {reason}. Rien n’a été laissé derrière.",
        "Cannot create {name}: {reason}. Nothing was left behind."),
    "create_disk_full": (
        "Impossible de créer « {name} » : le disque est plein ({free} Kio libres). Libérez de la place ou "
        "choisissez un autre dossier ; rien n’a été laissé derrière.",
        "Cannot create {name}: the disk is full ({free} KiB free). Free some space or choose another "
        "folder; nothing was left behind."),
    "read_only": (
        "« {name} » est sur un disque en lecture seule (ou dans un dossier où l’on ne peut pas écrire) : "
        "une séance doit pouvoir y écrire pour se dérouler. Copiez le fichier (avec « {name}-wal » s’il "
        "existe) dans un autre dossier et ouvrez la copie ; « bataille summary » le lit sans le "
        "changer. Le fichier n’a pas été modifié.",
        "{name} is on a read-only disk (or in a folder that cannot be written to): a session must "
        "write to its file to run. Copy the file (with {name}-wal if there is one) to another folder "
        "and open the copy; \"bataille summary\" reads it without changing it. The file was not changed."),
    "is_folder": (
        "« {name} » est un dossier, pas un fichier de séance.",
        "{name} is a folder, not a session file."),
    "is_pipe": (
        "« {name} » est un tube nommé (FIFO), pas un fichier de séance : il n’est pas ouvert.",
        "{name} is a named pipe (FIFO), not a session file: it is not opened."),
    "is_device": (
        "« {name} » est un périphérique, pas un fichier de séance : il n’est pas ouvert.",
        "{name} is a device, not a session file: it is not opened."),
    "is_socket": (
        "« {name} » est un socket, pas un fichier de séance : il n’est pas ouvert.",
        "{name} is a socket, not a session file: it is not opened."),
    "dangling_link": (
        "« {name} » est un lien qui ne mène nulle part : il n’est pas ouvert.",
        "{name} is a link that leads nowhere: it is not opened."),
    "missing": (
        "{path} n’existe pas.",
        "{path} does not exist."),
    "foreign_wal": (
        "« {name}-wal », le fichier à côté de « {name} », appartient à un autre fichier de séance ({why}) : "
        "il n’est pas rejoué. Remettez le -wal qui va avec ce fichier, ou déplacez celui-ci ailleurs "
        "pour ouvrir la séance sans lui ; rien n’a été modifié.",
        "{name}-wal, the file beside {name}, belongs to another session file ({why}): it is not "
        "replayed. Put back the -wal that goes with this file, or move this one elsewhere to open "
        "the session without it; nothing was changed."),
    "wal_not_a_wal": (
        "son en-tête n’est pas celui d’un -wal SQLite",
        "its header is not a SQLite -wal header"),
    "wal_page_size": (
        "ses pages font {wal} octets, celles du fichier {file}",
        "its pages are {wal} bytes, the file's are {file}"),
    "wal_other_time": (
        "il contient une séance créée à un autre moment",
        "it holds a session created at another time"),
    "wal_other_actions": (
        "il contient d’autres actions que celles du fichier, à partir de l’action {first}",
        "it holds other actions than the file's, from action {first} on"),
    "missing_actions_unread": (
        "Actions de « {name} » illisibles (« {name}-wal » est endommagé) : {missing} ; actions lues : "
        "{kept}. Le fichier et son -wal n’ont pas été modifiés ; l’application en garde une "
        "copie intacte avant de les réparer à l’ouverture.",
        "Actions of {name} that cannot be read ({name}-wal is damaged): {missing}; actions read: {kept}. "
        "The file and its -wal were not changed; the app keeps an untouched copy of them before "
        "repairing them when it opens the session."),
    "damaged_at": (
        "« {name} » est endommagé à l’action {n} (sur {total}) : {what}. {after}",
        "{name} is damaged at event {n} (of {total}): {what}. {after}"),
    "damaged_intact_before": (
        "Les {seq} actions d’avant sont intactes : la récupération écrit chaque action intacte dans un "
        "nouveau fichier à côté de celui-ci, qui reste tel qu’il est.",
        "The {seq} events before it are intact: recovering the session writes every intact event to a "
        "new file beside this one, which is left as it is."),
    "damaged_from_start": (
        "Aucune action d’avant n’est sûre : ouvrez une copie ou une sauvegarde du fichier.",
        "No event before it can be trusted: open a copy or a backup of it."),
    "damage_missing": ("cette action manque", "that event is missing"),
    "damage_checksum": (
        "son contenu ne correspond pas à sa somme de contrôle",
        "its contents do not match their checksum"),
    "damage_unreadable": ("elle ne peut pas être lue", "it cannot be read"),
    "damage_sqlite": ("SQLite ne peut pas la lire ({why})", "SQLite cannot read it ({why})"),
    "file_moved": (
        "le fichier de séance a été supprimé, renommé ou remplacé pendant la séance",
        "the session file was removed, renamed or replaced during the session"),
    "exists": (
        "« {name} » existe déjà : {hint}.",
        "{name} already exists: {hint}."),
    "hint_other_name": ("choisissez un autre nom", "choose another name"),
    "hint_try_again": ("réessayez", "try again"),
    "write_failed": (
        "Impossible d’écrire {what} « {name} » : {reason}.",
        "Cannot write {what} {name}: {reason}."),
    "the_copy": ("la copie", "the copy"),
    "the_recovered": ("la séance récupérée", "the recovered session"),
    "folder_failed": (
        "Impossible de créer le dossier {folder} : {reason}.",
        "Cannot create the folder {folder}: {reason}."),
    "lock_failed": (  # the lock file is created first, beside the session: named as the session the user asked for
        "Impossible d’écrire la séance {path} : {reason}. Choisissez un autre dossier.",
        "Cannot write the session {path}: {reason}. Choose another folder."),
    "lock_churn": (
        "Le verrou de cette séance change sans cesse de main : réessayez dans un instant.",
        "This session's lock keeps changing hands: try again in a moment."),
    "open_failed": (
        "Impossible d’ouvrir « {name} » : {reason}.",
        "Cannot open {name}: {reason}."),
    "recovery_copy_failed": (
        "« {name} » n’a pas été fermé correctement et doit être récupéré, mais une copie de sécurité "
        "n’a pas pu être écrite d’abord ({reason}). Libérez de la place ou copiez le dossier ailleurs, "
        "puis ouvrez-le à nouveau ; le fichier n’a pas été modifié.",
        "{name} was not closed properly and must be recovered, but a safety copy could not be written "
        "first ({reason}). Free some space or copy the folder elsewhere, then open it again; the file "
        "was not changed."),
    "migration_copy_failed": (
        "« {name} » a été enregistré par une version plus ancienne de Bataille IA et doit être converti, "
        "mais une copie n’a pas pu en être écrite d’abord ({reason}). Libérez de la place ou copiez le "
        "dossier ailleurs, puis ouvrez-le à nouveau ; le fichier n’a pas été modifié.",
        "{name} was saved by an older version of Bataille IA and must be converted, but a copy of it "
        "could not be written first ({reason}). Free some space or copy the folder elsewhere, then open "
        "it again; the file was not changed."),
}

STORAGE = Catalogue("storage", _STORAGE)


class Said(Message):
    """A message of the session file, put into words when shown."""

    catalogue = STORAGE


def said(error: BaseException, lang: str) -> str:
    """An error's message in ``lang`` when it carries one (``error.said``), else its English text."""
    message = getattr(error, "said", None)
    return message.render(lang) if isinstance(message, Said) else str(error)


def told(error_type: type, message: Said, *args: object) -> BaseException:
    """An error of ``error_type`` whose text is ``message`` in English, carrying it for ``said``."""
    return error_type(message.render("en"), *args).saying(message)
