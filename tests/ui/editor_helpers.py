"""Driving the deck editor as a person would: clicks, typed texts and answers to its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from bataille.ui.deck_window.editor.fields import ChoiceField, NumberField, StringField, TextField
from bataille.ui.deck_window.editor.form import Form, ListSection


def editor_window(qtbot, translations, folder=None):
    """A deck window at 1366×768 (on ``folder`` in edit mode when given); closed without asking at the end."""
    from bataille.ui.deck_window.window import DeckWindow
    from bataille.ui.settings import Settings

    window = DeckWindow(translations, Settings())
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1366, 768)
    window.show()
    if folder is not None:
        window.open_deck(folder)
        window.set_editing(True)
    return window


def forget_edits(window) -> None:
    """Unsaved edits would ask before closing: a test that stops half-way must not wait for an answer."""
    window.editing.draft = None


def wait_refresh(qtbot, editor) -> None:
    """Let the editor follow the draft (it refreshes 150 ms after the last change)."""
    timers = [editor.timer] + ([editor.cards.timer] if editor.cards is not None else [])
    qtbot.waitUntil(lambda: not any(t.isActive() for t in timers), timeout=3000)
    qtbot.wait(10)


def type_into(form: Form, *path, text: str) -> None:
    """Type ``text`` into the field at ``path`` of ``form`` (a text, a string, a number)."""
    field = form.field(*path)
    assert field is not None, f"no field {path} in the form at {form.where}"
    if isinstance(field, (TextField, StringField, NumberField)):
        field.set_text(text)
    else:
        raise AssertionError(f"{path} is a {type(field).__name__}")


def choose(form: Form, *path, value: object) -> None:
    field = form.field(*path)
    assert isinstance(field, ChoiceField)
    field.choose(value)


def section(form: Form, key: str) -> ListSection:
    return next(s for s in form.lists if s.spec.key == key)


def add_items(qtbot, editor, form: Form, key: str, count: int) -> ListSection:
    """Click the list's Add button until it holds ``count`` items."""
    s = section(form, key)
    while len(s.items()) < count:
        s.add_button.click()
    wait_refresh(qtbot, editor)
    qtbot.waitUntil(lambda: len(s.forms) == count, timeout=3000)
    return s


def answer_next_dialog(qtbot, button_text: str | tuple[str, ...], then: list | None = None) -> list[str]:
    """Click ``button_text`` (or one of them) in the next modal dialog (message boxes block until answered);
    ``then``: what to do, in turn, once it is answered (answer the next one)."""
    texts = (button_text,) if isinstance(button_text, str) else button_text
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}" if isinstance(box, QMessageBox) else box.windowTitle())
        buttons = box.findChildren(QAbstractButton)
        match = next((b for b in buttons if b.text().replace("&", "") in texts), None)
        assert match is not None, f"no button {texts!r} in {[b.text() for b in buttons]}"
        match.click()
        if then:
            QTimer.singleShot(20, then.pop(0))

    QTimer.singleShot(20, click)
    return seen
