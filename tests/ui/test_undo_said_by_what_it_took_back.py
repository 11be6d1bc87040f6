"""An undo is said by what it took back, in the history, the Undo item and the file opened again (the
recovery banner's « last action » is said the same way),
in French and in English: never « Annulation de l’action n° 12 », a number nobody can see."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.storage import close_session, open_session
from bataille.ui.commands import Command
from bataille.words import for_the_font, typeset_french
from bataille.workshop import ManualClock, describe

from .conftest import console_on, open_console


def test_history_and_recovery_banner_name_what_was_undone(qtbot, translations, bundled_deck, tmp_path) -> None:
    path = tmp_path / "atelier.bataille"
    console = open_console(qtbot, bundled_deck, path=path)
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    c.act(c.session.add_takeaway, "Vérifier les sources.")
    assert console.actions_[Command.UNDO].text().startswith("&Annuler\u00a0: Ajouté à ce que l’on retient")
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    newest = console.history.list.item(0).text()
    assert newest == for_the_font(typeset_french("Annulé — Ajouté à ce que l’on retient : « Vérifier les sources. »"))
    english = describe(c.session.events[-1], "en", c.state, c.deck, undone=c.session.event(c.session.events[-1].target))
    assert english == "Undone — Added to what we take away: “Vérifier les sources.”"
    # Opened again (the recovery banner's « last action » is said so too): the undo, by what it took back.
    console.close()
    close_session(c.session)
    again = console_on(qtbot, open_session(path, bundled_deck, ManualClock()))
    undo = next(e for e in reversed(again.controller.session.events) if e.type == "undone")
    assert again.controller.said(undo).startswith("Annulé — Ajouté")
    again.close()
    close_session(again.controller.session)
