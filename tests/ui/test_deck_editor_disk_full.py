"""Saving the deck on a full disk: the editor says which file and why, in the interface's language,
keeps the edits open, and the next save, once there is room, writes them (the error reached Qt as
a traceback and nothing was shown)."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from bataille.deck.editing import saving

from .editor_helpers import editor_window, type_into, wait_refresh
from .test_deck_editor import card_form


def test_a_full_disk_on_save_says_so_and_keeps_the_edits(qtbot, translations, small_deck, monkeypatch):
    window = editor_window(qtbot, translations, small_deck)
    form = card_form(qtbot, window, "env-water")
    type_into(form, "title", "fr", text="L'eau des serveurs")
    wait_refresh(qtbot, window.editing.editor)
    cards_file = small_deck / "cards" / "cards.yaml"
    before = cards_file.read_bytes()
    real = saving.stage_file

    def full(path: Path, data: bytes) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(saving, "stage_file", full)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append((title, text))))
    assert window.editing.save() is False
    assert said == [("Le jeu n’a pas été enregistré",
                     "cards/cards.yaml n’a pas pu être enregistré (plus de place sur le disque)\u00a0: aucun fichier du "
                     "jeu n’a changé, vos modifications restent ouvertes")]
    assert cards_file.read_bytes() == before and window.editing.draft.dirty
    monkeypatch.setattr(saving, "stage_file", real)
    assert window.editing.save() is True
    assert "L’eau des serveurs" in cards_file.read_text(encoding="utf-8")
