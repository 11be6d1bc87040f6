"""After an undo or a redo, the editor shows what it changed: the card it brings back (or changes)
chosen in the list, the form on it, the cursor in the field changed. The card open before is no
longer the place: typed keys would go into it, unnoticed."""

from __future__ import annotations

from PySide6.QtCore import Qt


def shown_where(editor):
    """The card (or theme) open on the editor's page, as the draft places it; None when none is."""
    page = editor.tabs.currentWidget()
    if page is None:
        return None
    if page is editor.cards:
        return editor.cards.cards.current_where()
    return editor.themes.current_where() if page is editor.themes else None


def show_change(editor, before, shown) -> None:
    """Show the place where the draft's texts now differ from ``before`` (``shown``: the place open
    then): its page, its item, its field; a whole card is chosen in the list, not typed into."""
    from bataille.deck.editing.changed import changed_place

    where = changed_place(before, editor.draft.texts, shown)
    if where is None or where[0] not in editor.draft.texts:  # nothing, or a file taken out: its page
        page = editor.page_of(where[0]) if where else None
        if page is not None:
            editor.tabs.setCurrentWidget(page)
        editor.refresh_now()
        return
    file, path = where
    if editor.page_of(file) is editor.cards and len(path) <= 2:
        editor.tabs.setCurrentWidget(editor.cards)
        editor.refresh_now()
        cards = editor.cards.cards
        if cards.choose_where(where) if len(path) == 2 else cards.choose_file(file):
            cards.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    editor.go_to(where, 0)
