"""The card being edited stays the one the teacher chose: held (shown, not typed into) while another
program leaves its file unreadable, chosen again when it reads; a new card in sight with the cursor
in it; the window's title and the heading say when edits wait to be saved."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .editor_helpers import editor_window, type_into, wait_refresh
from .test_deck_editor_card_list import EVENTS_YML
from .test_deck_editor_problems import replace_file

IdRole = Qt.ItemDataRole.UserRole + 30
BROKEN = EVENTS_YML.replace("title: {fr: Sortie de ChatGPT,", "title: {fr: Sortie de ChatGPT")


def unreadable(qtbot, window, file: str) -> None:
    """Wait until the editor has taken ``file`` from disk, unreadable, and followed it."""
    qtbot.waitUntil(lambda: any(p.file == file for p in window.editing.draft.problems), timeout=3000)
    wait_refresh(qtbot, window.editing.editor)


def editing_an_event(qtbot, translations, small_deck, name: str):
    """The editor open on the event « ev-2022 » of the card file ``name``: (window, editor, card list, file)."""
    events = small_deck / "cards" / name
    events.write_text(EVENTS_YML, encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("ev-2022")
    wait_refresh(qtbot, editor)
    return window, editor, cards, events


def test_the_card_whose_file_breaks_is_held_not_swapped_for_another_and_comes_back(qtbot, translations, small_deck):
    # a long name, as the bundled deck's
    window, editor, cards, events = editing_an_event(qtbot, translations, small_deck, "environment.yaml")
    title = editor.cards.form.field("title", "fr")
    title.setFocus()

    replace_file(events, BROKEN)  # saved by a text editor, with a comma missing
    unreadable(qtbot, window, "cards/environment.yaml")
    assert cards.current_id() is None  # no other card chosen in its place
    form = editor.cards.form
    assert form is not None and form.where[0] == "cards/environment.yaml"  # still the card that was open
    assert form.field("title", "fr").text() == "Sortie de ChatGPT" and not form.isEnabled()
    assert not form.isAncestorOf(QApplication.focusWidget())  # the keys go into no card
    note = editor.cards.held_note
    assert note.isVisible() and note.text().startswith("cards/environment.yaml ne peut pas être lu")
    assert not editor.cards.no_source.isVisible()  # its sources are in the file, unread: not missing
    row = next(cards.list.item(r) for r in range(cards.list.count()) if cards.list.item(r).data(IdRole) is None)
    rect, metrics = cards.list.visualItemRect(row), cards.list.fontMetrics()
    assert cards.list.viewport().rect().contains(rect)  # in sight, where the card was
    room = rect.width() - cards.list.iconSize().width() - 12
    assert all(metrics.horizontalAdvance(line) <= room for line in row.text().split("\n")), row.text()  # whole

    replace_file(events, EVENTS_YML)  # mended: the same card, open again and editable
    qtbot.waitUntil(lambda: cards.current_id() == "ev-2022", timeout=3000)
    wait_refresh(qtbot, editor)
    assert editor.cards.form.isEnabled() and not editor.cards.held_note.isVisible()
    assert editor.cards.form.field("title", "fr").text() == "Sortie de ChatGPT"


def test_choosing_another_card_while_one_is_held_lets_it_go(qtbot, translations, small_deck):
    window, editor, cards, events = editing_an_event(qtbot, translations, small_deck, "events.yml")
    replace_file(events, BROKEN)
    unreadable(qtbot, window, "cards/events.yml")
    assert cards.current_id() is None
    cards.choose("env-water")  # the teacher's own choice
    wait_refresh(qtbot, editor)
    assert cards.held is None and editor.cards.form.isEnabled() and not editor.cards.held_note.isVisible()
    replace_file(events, EVENTS_YML)
    qtbot.waitUntil(lambda: "ev-2022" in [cards.list.item(r).data(IdRole) for r in range(cards.list.count())],
                    timeout=3000)
    assert cards.current_id() == "env-water"


def test_a_new_card_is_in_sight_with_the_cursor_in_its_first_blank_field(qtbot, translations, tmp_path):
    from bataille.deck import bundled_deck_path

    folder = tmp_path / "deck"
    shutil.copytree(bundled_deck_path(), folder)
    window = editor_window(qtbot, translations, folder)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("env-water-gpt3")
    wait_refresh(qtbot, editor)
    for kind, first in (("fact", ("title", "fr")), ("event", ("year",))):
        cards.add_buttons[kind].click()
        wait_refresh(qtbot, editor)  # its empty fields are problems: the list above them is shorter now
        assert editor.problem_list.isVisible()
        rect = cards.list.visualItemRect(cards.list.currentItem())
        assert cards.list.viewport().rect().contains(rect), (kind, rect, cards.list.viewport().rect())
        assert editor.cards.form.field(*first).editor.hasFocus(), (kind, QApplication.focusWidget())


def test_the_title_and_the_heading_say_when_edits_wait_and_save_says_when_there_is_none(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    heading = editor.problems_heading
    wait_refresh(qtbot, editor)
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    assert "enregistré" in heading.text() and "Ctrl+S" not in heading.text()

    type_into(editor.cards.form, "title", "fr", text="L’eau des centres de données")
    assert window.isWindowModified()
    wait_refresh(qtbot, editor)
    assert "pas encore enregistrées" in heading.text() and "Ctrl+S" in heading.text()

    assert window.editing.save()
    assert not window.isWindowModified() and "Ctrl+S" not in heading.text()
    assert window.editing.save()  # Ctrl+S again: nothing to write, and said so
    assert window.statusBar().currentMessage().startswith("Rien à enregistrer")

    type_into(editor.cards.form, "title", "fr", text="Autre titre")
    assert window.isWindowModified()
    window.editing.draft = None  # the edits dropped (as "Don't save" does): the title follows
    assert not window.isWindowModified()
