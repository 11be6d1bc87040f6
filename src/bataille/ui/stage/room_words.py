"""The stage speaks the room's language: the session's, the language of its cards, which may not be
the facilitator's. A French teacher with an English class had English cards inside French labels
(« Vote avant le débat », « Pour : », « Étape 3 sur 5 »).

A stage picture (and its copy on the console) is laid out ``to_the_room(lang)``: its words are
translated in that language. Elsewhere, as when the console borrows the stage's words for its own
lines, they follow the interface. English is the source; when the room speaks the interface's
language, Qt's own translators answer; another language gets a translator of its own, loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from bataille.ui.i18n import interface_language

_room: dict[str, object] = {"speaking": "", "loaded": "", "translator": None}


@contextmanager
def to_the_room(lang: str) -> Iterator[None]:
    """Translate the stage's words in ``lang`` (the session's) while a picture is laid out. The
    interface's own language needs nothing more: Qt's translators answer (one look-up of the
    interface's language a picture, not one a word, and no second copy of its .qm)."""
    if lang == interface_language():
        lang = ""
    if lang and lang != "en" and lang != _room["loaded"]:
        from bataille.ui.paths import translations_dir

        translator = QTranslator()
        _room.update(loaded=lang, translator=translator if translator.load(f"bataille_{lang}", str(translations_dir()))
                     else None)  # no .qm built: the interface's words, as the rest of the app has
    speaking, _room["speaking"] = _room["speaking"], lang
    try:
        yield
    finally:
        _room["speaking"] = speaking


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, in the room's language while a stage picture is laid out
    (lupdate reads translate("Context", "literal"))."""
    lang = _room["speaking"]
    if not lang:
        return QCoreApplication.translate(context, text, disambiguation, n)
    if lang == "en":  # the source
        return text
    translator = _room["translator"] if _room["loaded"] == lang else None
    if translator is None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    return translator.translate(context, text, disambiguation, n) or text
