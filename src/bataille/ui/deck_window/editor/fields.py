"""One editable value of a deck file: a text in one language, a number, a choice, a yes/no.

Each field knows where its value lives in the draft (``Where``: file, key path), writes every edit
there at once and reads it back after an undo, without moving the cursor of the one being typed
in. A field can be marked: red for a problem of the deck, amber for a text that will not fit on
the printed card; the mark is a frame, an icon and a tooltip, never a colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from bataille.ui.deck_window.editor.context import translate

PROBLEM = "#C62828"
FIT = "#B26A00"
_LINE_BREAKS = {0x2029: "\n", 0x2028: "\n"}  # a document's paragraph and line separators: line breaks
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_UNDO_SEQUENCES = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y")  # the window's Undo Edit and Redo Edit, on every system


class _DraftUndo(QObject):
    """Lets Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y reach the window's Undo and Redo: one undo, the draft's."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            typed = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
            if typed in _UNDO_SEQUENCES or any(event.matches(key) for key in _UNDO_KEYS):
                event.ignore()
                return True
        return False


_DRAFT_UNDO: _DraftUndo | None = None


def draft_undo() -> _DraftUndo:
    global _DRAFT_UNDO
    if _DRAFT_UNDO is None:
        _DRAFT_UNDO = _DraftUndo()
    return _DRAFT_UNDO


class Field(QWidget):
    """Base of every field: the place of its value, its editor widget and its mark."""

    edited = Signal(object, object)  # where, value (None removes the key)
    typed = False  # its edits are keys typed (a burst of them is one step of undo), not choices

    def __init__(self, where, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = where
        self.editor = editor
        self.editor.installEventFilter(draft_undo())
        self.mark = QLabel()
        self.mark.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(18, 18))
        self.mark.hide()
        self._base_tip = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(editor, 1)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(editor)

    @property
    def reads(self):
        """Where the value ``load`` shows is written (the field's own place, but for a name's languages)."""
        return self.where

    def load(self, value: object) -> None:
        """Show ``value`` from the draft (after an undo, a reload…) unless it is already shown."""
        raise NotImplementedError

    def set_marks(self, problems: list[str], fits: list[str]) -> None:
        """Mark the field: ``problems`` (red) and texts that will not fit on the card (amber)."""
        lines = problems + fits
        colour = PROBLEM if problems else FIT
        name = type(self.editor).__name__
        self.editor.setStyleSheet(f"{name} {{ border: 2px solid {colour}; border-radius: 3px; }}" if lines else "")
        tip = "\n".join(lines)
        self.editor.setToolTip(tip or self._base_tip)
        self.mark.setToolTip(tip)
        self.mark.setVisible(bool(lines))
        self.editor.setAccessibleDescription(tip)

    @property
    def marked(self) -> bool:
        return not self.mark.isHidden()

    def set_tip(self, tip: str) -> None:
        self._base_tip = tip
        if not self.marked:
            self.editor.setToolTip(tip)


class GrowingText(QPlainTextEdit):
    """A long text's box, as tall as its wrapped lines (MIN_LINES to MAX_LINES): a card's text or its
    notes read whole at a glance, not four lines at a time behind a scroll bar. The boxes of one row
    (the French and the English side by side) take the height of the longer, and stay level."""

    MIN_LINES, MAX_LINES = 3, 12

    def __init__(self, min_lines: int = MIN_LINES, one_line: bool = False) -> None:
        super().__init__()
        self.MIN_LINES = min_lines
        self.one_line = one_line  # a text of one line, wrapped to be read whole: Enter adds no line break
        self.row: list[GrowingText] = [self]  # the boxes side by side with it, itself included
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.fit_row)
        self.fit()

    def lines(self) -> int:
        """The text's lines as wrapped at the box's width now."""
        count, block = 0, self.document().firstBlock()
        while block.isValid():
            count += max(1, block.layout().lineCount())
            block = block.next()
        return count

    def fit(self) -> None:
        shown = min(max(max(box.lines() for box in self.row), self.MIN_LINES), self.MAX_LINES)
        height = self.fontMetrics().lineSpacing() * shown + 14
        if height != self.height():
            self.setFixedHeight(height)

    def fit_row(self) -> None:
        for box in self.row:
            box.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.one_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override: a new width wraps anew
        super().resizeEvent(event)
        self.fit_row()


def side_by_side(*boxes: GrowingText) -> None:
    """``boxes`` are one row: each as tall as the longest."""
    for box in boxes:
        box.row = list(boxes)
    boxes[0].fit_row()


class TextField(Field):
    """A text in one language, on one line or several; French gets its typography as it is typed."""

    typed = True

    def __init__(self, where, lang: str = "", long: bool = False, typeset=None,
                 parent: QWidget | None = None, wrapped: bool = False) -> None:
        """``long``: several lines; ``wrapped``: one line shown wrapped on two or more, read whole."""
        long = long or wrapped
        editor = (GrowingText(2, one_line=True) if wrapped else GrowingText()) if long else QLineEdit()
        super().__init__(where, editor, parent)
        self.lang = lang
        self.long = long
        self.wrapped = wrapped
        self._typeset = typeset  # French spacing in French, the apostrophe in every language
        self._loading = False
        if long:
            editor.setTabChangesFocus(True)
            editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            editor.setUndoRedoEnabled(False)
            editor.textChanged.connect(self._on_changed)
        else:
            editor.textEdited.connect(self._on_changed)

    def text(self) -> str:
        if not self.long:
            return self.editor.text()
        # toPlainText() turns every no-break space (U+00A0) into a plain space: French spacing typed
        # in the file ("5,85 milliards", "11 février") would be lost at the first key. The raw text
        # keeps it; its paragraph and line separators are the text's line breaks.
        text = self.editor.document().toRawText().translate(_LINE_BREAKS)
        return " ".join(text.splitlines()) if self.wrapped else text  # a pasted line break: a space

    def set_text(self, text: str) -> None:
        """Type ``text`` as the user would: it goes to the draft like an edit."""
        if self.long:
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)
            self._on_changed()

    def _cursor(self) -> int:
        return self.editor.textCursor().position() if self.long else self.editor.cursorPosition()

    def _put(self, text: str, cursor: int) -> None:
        self._loading = True
        if self.long:
            self.editor.setPlainText(text)
            c = self.editor.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.editor.setTextCursor(c)
        else:
            self.editor.setText(text)
            self.editor.setCursorPosition(cursor)
        self._loading = False

    def _on_changed(self, *_args: object) -> None:
        if self._loading:
            return
        text = self.text()
        if self._typeset is not None:
            typed, cursor = self._typeset(text, self._cursor(), self.lang)
            if typed != text:
                self._put(typed, cursor)
                text = typed
        self.edited.emit(self.where, text)

    def load(self, value: object) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            self._put(text, min(self._cursor(), len(text)))


class NameField(TextField):
    """A name in one language (a source's publisher): written once while it is the same in every
    language, in each language once another is given (``Draft.set_name``).

    The first language's field shows a name written once; another language's shows it greyed, as
    what it reads there until something else is typed. French typography applies to a name written
    in each language only: a name written once is written as its source writes it.
    """

    def __init__(self, where, lang: str, first: bool, typeset=None, parent: QWidget | None = None) -> None:
        super().__init__(where, lang, False, typeset, parent)
        self.first = first
        self._in_each_language = False

    @property
    def reads(self):
        """Where the whole name is: a string, or a mapping of languages."""
        file, path = self.where
        return file, path[:-1]

    def _on_changed(self, *_args: object) -> None:
        if self._loading:
            return
        typeset = self._typeset
        if self.first and not self._in_each_language:
            self._typeset = None
        try:
            super()._on_changed()
        finally:
            self._typeset = typeset

    def load(self, value: object) -> None:
        self._in_each_language = isinstance(value, dict)
        if self._in_each_language:
            shown, greyed = value.get(self.lang), ""
        else:
            name = "" if value is None else str(value)
            shown, greyed = (name, "") if self.first else ("", name)
        super().load(shown)
        # Greyed, and said to be the other language's: an empty field must not look filled in.
        self.editor.setPlaceholderText(translate("DeckEditor", "same: %1").replace("%1", greyed) if greyed else "")


class NumberField(Field):
    """A whole number (a year, a month, minutes, an effect); empty removes the key when optional."""

    typed = True

    def __init__(self, where, low: int = -9999, high: int = 9999, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        editor = QLineEdit()
        editor.setValidator(QIntValidator(low, high, editor))
        editor.setMaximumWidth(110)
        super().__init__(where, editor, parent)
        self.optional = optional
        editor.textEdited.connect(self._on_changed)

    def set_text(self, text: str) -> None:
        self.editor.setText(text)
        self._on_changed(text)

    def _on_changed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.edited.emit(self.where, None if self.optional else 0)
        elif text.lstrip("-").isdigit():
            self.edited.emit(self.where, int(text))

    def load(self, value: object) -> None:
        text = "" if value is None else str(value)
        shown = self.editor.text().strip()
        typing = self.editor.hasFocus() and shown in ("", "-") and value in (0, None)  # a number being rewritten
        if text != shown and not typing:
            self.editor.setText(text)


class StringField(Field):
    """A plain string that has no language: an id, a colour code, a URL, a source's title."""

    typed = True

    def __init__(self, where, parent: QWidget | None = None) -> None:
        super().__init__(where, QLineEdit(), parent)
        self.editor.textEdited.connect(lambda text: self.edited.emit(self.where, text))

    def set_text(self, text: str) -> None:
        self.editor.setText(text)
        self.edited.emit(self.where, text)

    def load(self, value: object) -> None:
        text = "" if value is None else str(value)
        if text != self.editor.text():
            self.editor.setText(text)
            if not self.editor.hasFocus():
                self.editor.setCursorPosition(0)  # a long title or address shows its start, not its end


class BoolField(Field):
    """Yes or no (a contested fact)."""

    def __init__(self, where, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(where, QCheckBox(text), parent)
        self.editor.toggled.connect(lambda on: self.edited.emit(self.where, True if on else None))

    def load(self, value: object) -> None:
        self.editor.blockSignals(True)
        self.editor.setChecked(bool(value))
        self.editor.blockSignals(False)


_NONE = "\x00none"  # a choice whose value is None (no theme): Qt cannot find None among item data


def _data(value: object) -> object:
    return _NONE if value is None else value


def _value(data: object) -> object:
    return None if data == _NONE else data


class ChoiceField(Field):
    """One value out of a list (a theme, a kind of phase, an icon file)."""

    def __init__(self, where, parent: QWidget | None = None) -> None:
        editor = QComboBox()
        editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        super().__init__(where, editor, parent)
        self._value: object = None
        editor.activated.connect(self._on_activated)

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        """(value, label) pairs; the value shown stays chosen if it is still there."""
        self.editor.blockSignals(True)
        self.editor.clear()
        for value, label in choices:
            self.editor.addItem(label, _data(value))
        self.editor.blockSignals(False)
        self.load(self._value)

    def choose(self, value: object) -> None:
        """Pick ``value`` as the user would."""
        index = self.editor.findData(_data(value))
        if index >= 0:
            self.editor.setCurrentIndex(index)
            self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        self._value = _value(self.editor.itemData(index))
        self.edited.emit(self.where, self._value)

    def load(self, value: object) -> None:
        self._value = value
        index = self.editor.findData(_data(value))
        self.editor.blockSignals(True)
        if index < 0 and value not in (None, ""):
            self.editor.addItem(str(value), value)  # a value the list does not know: shown, not lost
            index = self.editor.count() - 1
        self.editor.setCurrentIndex(max(index, 0) if self.editor.count() else -1)
        self.editor.blockSignals(False)
