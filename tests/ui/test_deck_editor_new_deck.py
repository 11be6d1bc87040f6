"""A whole deck made in the editor, by clicks and typing only, then checked and printed by the real commands."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bataille.ui.commands import Command
from bataille.ui.deck_window.editor.new_deck import NewDeckDialog
from bataille.ui.deck_window.window import DeckWindow

from .editor_helpers import add_items, choose, editor_window, type_into, wait_refresh

FR_EN = {"fr": "", "en": ""}


def both(form, *path, fr: str, en: str) -> None:
    type_into(form, *path, "fr", text=fr)
    type_into(form, *path, "en", text=en)


def create_empty_deck(qtbot, window: DeckWindow, folder: Path) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewDeckDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.folder_edit.setText(str(folder))
        dialog.empty.click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(20, fill)
    window.registry[Command.NEW_DECK].trigger()
    assert window.editing_on and (folder / "cards" / "deck.yaml").is_file()


def fill_theme(qtbot, editor) -> None:
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    both(editor.themes.top, "title", fr="Notre charte de l'IA", en="Our AI charter")
    form = editor.themes.form
    both(form, "name", fr="Vie du lycée", en="School life")
    type_into(form, "colour", text="#0B5CAD")
    wait_refresh(qtbot, editor)


def add_card(qtbot, editor, kind: str, n: int):
    page = editor.cards
    page.cards.add_buttons[kind].click()
    wait_refresh(qtbot, editor)
    form = page.form
    assert form is not None and form.where[1][0] == "cards"
    both(form, "title", fr=f"Carte {kind} {n}", en=f"{kind} card {n}")
    if kind == "debate":
        both(form, "claim", fr=f"Il faut une charte n°{n}.", en=f"We need charter {n}.")
        both(form, "context", fr="Le lycée en discute.", en="The school talks about it.")
        for key in ("prompts_for", "prompts_against"):
            add_items(qtbot, editor, form, key, 1)
            both(form, key, 0, fr="Une idée", en="An idea")
        return
    both(form, "text", fr=f"Un fait daté, numéro {n}.", en=f"A dated fact, number {n}.")
    if kind == "fact":
        both(form, "figure", fr=f"{n} sur 10", en=f"{n} in 10")
    else:
        type_into(form, "year", text=str(2000 + n))
    add_items(qtbot, editor, form, "sources", 1)
    type_into(form, "sources", 0, "title", text=f"Rapport {n}")
    type_into(form, "sources", 0, "publisher", "fr", text="Le lycée")
    type_into(form, "sources", 0, "year", text="2025")
    type_into(form, "sources", 0, "url", text=f"https://example.org/rapport-{n}")


def fill_scenario(qtbot, editor) -> None:
    editor.tabs.setCurrentWidget(editor.scenarios)
    editor.scenarios.add_button.click()
    wait_refresh(qtbot, editor)
    assert not list(editor.folder.glob("scenarios/scenario-*.yaml"))  # written on save, not before
    form = editor.scenarios.form
    both(form, "title", fr="Le lycée en 2035", en="School in 2035")
    both(form, "intro", fr="Le lycée décide.", en="The school decides.")
    add_items(qtbot, editor, form, "indicators", 1)
    type_into(form, "indicators", 0, "id", text="trust")
    both(form, "indicators", 0, "name", fr="Confiance", en="Trust")
    decisions = add_items(qtbot, editor, form, "decisions", 2)
    for d in range(2):
        type_into(form, "decisions", d, "id", text=f"d{d + 1}")
        both(form, "decisions", d, "title", fr=f"Décision {d + 1}", en=f"Decision {d + 1}")
        both(form, "decisions", d, "situation", fr="Que faire ?", en="What to do?")
        for o in range(2):
            type_into(form, "decisions", d, "options", o, "id", text="ab"[o])
            both(form, "decisions", d, "options", o, "label", fr=f"Choix {o + 1}", en=f"Choice {o + 1}")
            both(form, "decisions", d, "options", o, "consequence", fr="Il se passe ceci.", en="This happens.")
            wait_refresh(qtbot, editor)  # the effect fields follow the indicators written above
            type_into(form, "decisions", d, "options", o, "effects", "trust", text=("1", "-1")[o])
    assert len(decisions.forms) == 2


def fill_agenda(qtbot, editor) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    wait_refresh(qtbot, editor)
    form = editor.agenda.form
    add_items(qtbot, editor, form, "phases", 5)
    titles = [("Accueil", "Welcome"), ("Débats", "Debates"), ("Bilan", "Debrief"),
              ("Frise", "Timeline"), ("Scénario", "Scenario")]
    for index, (fr, en) in enumerate(titles):
        both(form, "phases", index, "title", fr=fr, en=en)
    for index, (phase_id, kind) in enumerate((("timeline", "timeline"), ("scenario", "scenario")), start=3):
        type_into(form, "phases", index, "id", text=phase_id)
        choose(form, "phases", index, "kind", value=kind)
        type_into(form, "phases", index, "minutes", text="15")
    wait_refresh(qtbot, editor)
    assert editor.agenda.total.text() == "Total\u00a0: 80 minutes"


def test_a_deck_made_in_the_editor_is_valid_and_prints(qtbot, translations, tmp_path):
    window = editor_window(qtbot, translations)
    folder = tmp_path / "notre-jeu"
    create_empty_deck(qtbot, window, folder)
    editor = window.editing.editor
    fill_theme(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.cards)
    for kind in ("fact", "debate", "event"):
        for n in (1, 2, 3):
            add_card(qtbot, editor, kind, n)
    assert editor.cards.cards.list.count() == 9
    fill_scenario(qtbot, editor)
    fill_agenda(qtbot, editor)
    wait_refresh(qtbot, editor)
    problems = [str(p) for p in window.editing.draft.problems]
    assert problems == []
    assert editor.problems_heading.text().startswith("Aucun problème")

    window.registry[Command.SAVE_DECK].trigger()
    assert not window.editing.draft.dirty

    env = dict(os.environ, LANG="fr_FR.UTF-8")
    checked = subprocess.run([sys.executable, "-m", "bataille", "validate", str(folder)],
                             capture_output=True, text=True, env=env, timeout=120)
    assert checked.returncode == 0, checked.stderr
    assert re.search(r"9 cartes \(3 faits, 3 débats, 3 événements\), 1 thèmes?, 1 scénario", checked.stdout)
    pdf = tmp_path / "cartes.pdf"
    printed = subprocess.run([sys.executable, "-m", "bataille", "print", str(folder), "-o", str(pdf)],
                             capture_output=True, text=True, env=env, timeout=300)
    assert printed.returncode == 0, printed.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Carte fact 1" in text and "Vie du lycée" in text


def test_a_new_deck_from_the_bundled_one_and_never_in_a_folder_that_holds_files(qtbot, translations, tmp_path):
    window = editor_window(qtbot, translations)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("à garder", encoding="utf-8")
    folder = tmp_path / "copie"
    said: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewDeckDialog):
            QTimer.singleShot(20, fill)
            return
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.folder_edit.setText(str(taken))
        ok.click()  # refused: the dialog stays, and says why
        said.append(dialog.error.text())
        dialog.folder_edit.setText(str(folder))
        assert dialog.bundled.isChecked()
        ok.click()

    QTimer.singleShot(20, fill)
    window.registry[Command.NEW_DECK].trigger()
    assert said and "n’est pas vide" in said[0]
    assert (taken / "notes.txt").read_text(encoding="utf-8") == "à garder" and len(list(taken.iterdir())) == 1
    assert window.editing_on and window.editing.draft.deck is not None
    assert len(window.editing.draft.deck.cards) > 50
    assert window.editing.editor.cards.cards.list.count() == len(window.editing.draft.deck.cards)
