"""A form over one mapping of a deck file, built from a declaration of its fields.

Cards, sources, themes, scenarios, decisions, options and agenda phases are all declared as a
tuple of ``Spec`` (``specs.py``); one ``Form`` turns any of them into widgets: each text with its
languages side by side, numbers, choices, and lists of items that can be added, moved and removed.
Every edit goes to the draft through ``set_value`` / ``insert_item`` / ``move_item`` /
``remove_item``; ``refresh`` reads the draft back (after an undo, a reload, a move).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.contrast import alarm_colour
from bataille.ui.deck_window.editor.context import CONTEXT, Context, Spec, tr, translate
from bataille.ui.deck_window.editor.fields import (
    BoolField,
    ChoiceField,
    Field,
    NameField,
    NumberField,
    StringField,
    TextField,
    side_by_side,
)
from bataille.ui.marked_label import MarkedLabel
from bataille.ui.marks import button_mark

__all__ = ["CONTEXT", "Context", "Form", "ListSection", "Spec", "tr", "translate"]


def _column_name(lang: str) -> str:
    """A text column's language, named in the interface's language (« Anglais » in French)."""
    names = {"fr": translate("DeckEditor", "French"), "en": translate("DeckEditor", "English")}
    return names.get(lang, lang.upper())


class Form(QWidget):
    """The fields of one mapping at ``where`` (file, key path), laid out as label | fr | en; a page's
    form (``header``) heads the two text columns with their languages."""

    def __init__(self, ctx: Context, where, specs: tuple[Spec, ...], parent: QWidget | None = None,
                 header: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.where, self.specs = ctx, where, specs
        self.fields: list[Field] = []
        self.lists: list[ListSection] = []
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.note = MarkedLabel()  # problems of the whole mapping (a key it lacks)
        self.note.set_warning(True)
        self.note.setObjectName("formProblems")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"QLabel {{ color: {alarm_colour(self.palette().window().color())}; font-weight: bold; }}")
        self.note.hide()
        grid.addWidget(self.note, 0, 0, 1, 3)
        file, path = where
        row = 1
        if header and len(ctx.languages) > 1 and any(spec.kind in ("text", "long", "wrapped", "name") for spec in specs):
            self._build_language_header(grid, row)
            row += 1
        for spec in specs:
            at = (file, (*path, spec.key))
            if spec.kind in ("list", "texts"):
                section = ListSection(ctx, at, spec)
                self.lists.append(section)
                grid.addWidget(section, row, 0, 1, 3)
            else:
                self._build_row(grid, row, at, spec)
            row += 1
        self.refresh()

    def _build_language_header(self, grid: QGridLayout, row: int) -> None:
        """Which column is which language: the French and the English of a text side by side read
        alike at a glance (a page's form has it; an item of a list is under its page's)."""
        for column, lang in enumerate(self.ctx.languages[:2], start=1):
            name = QLabel(f"<b>{_column_name(lang)}</b>")
            name.setObjectName(f"languageHeader_{lang}")
            grid.addWidget(name, row, column)

    def _build_row(self, grid: QGridLayout, row: int, at, spec: Spec) -> None:
        """The row of one field: its label, then its languages side by side, or its single field."""
        ctx, file = self.ctx, at[0]
        label = QLabel(tr(spec.label))
        label.setObjectName(f"label_{spec.key}")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        self.labels[spec.key] = label
        grid.addWidget(label, row, 0)
        if spec.kind in ("text", "long", "wrapped"):
            for column, lang in enumerate(ctx.languages[:2], start=1):
                f = TextField((file, (*at[1], lang)), lang, spec.kind == "long", ctx.typeset,
                              wrapped=spec.kind == "wrapped")
                f.setObjectName(f"{spec.key}_{lang}")
                f.editor.setAccessibleName(f"{tr(spec.label)} ({lang})")
                self._add(f)
                grid.addWidget(f, row, column)
            if spec.kind in ("long", "wrapped") and len(ctx.languages) > 1:
                side_by_side(self.fields[-2].editor, self.fields[-1].editor)
            label.setBuddy(self.fields[-2] if len(ctx.languages) > 1 else self.fields[-1])
        elif spec.kind == "name":
            for column, lang in enumerate(ctx.languages[:2], start=1):
                f = NameField((file, (*at[1], lang)), lang, column == 1, ctx.typeset)
                f.setObjectName(f"{spec.key}_{lang}")
                f.editor.setAccessibleName(f"{tr(spec.label)} ({lang})")
                if column > 1:
                    f.set_tip(translate("DeckEditor", "Leave empty when the name is the same in every language"))
                f.edited.connect(partial(self._on_name_edited, lang=lang))
                self.fields.append(f)
                grid.addWidget(f, row, column)
            label.setBuddy(self.fields[-2] if len(ctx.languages) > 1 else self.fields[-1])
        else:
            f = self._single(at, spec)
            f.setObjectName(spec.key)
            f.editor.setAccessibleName(tr(spec.label))
            self._add(f)
            label.setBuddy(f)
            if spec.kind == "bool":
                label.setText("")  # the check box says it beside its box
            # Across both language columns, so that no field sized to its contents (the theme's
            # choice, "Algorithmic bias (the theme of the file)") widens the first one alone:
            # French and English get the same room.
            if spec.kind in ("int", "choice", "bool") and not spec.extra:
                grid.addWidget(f, row, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(f, row, 1, 1, 2)
        if spec.tip:
            label.setToolTip(tr(spec.tip))

    def _single(self, at, spec: Spec) -> Field:
        if spec.extra:
            return self.ctx.makers[spec.extra](at, spec)
        if spec.kind == "int":
            return NumberField(at, spec.low, spec.high, spec.optional)
        if spec.kind == "bool":
            return BoolField(at, tr(spec.label))
        if spec.kind == "choice":
            f = ChoiceField(at)
            f.set_choices(self.ctx.choices[spec.choices](at))
            return f
        return StringField(at)

    def _add(self, f: Field) -> None:
        f.edited.connect(partial(self._on_edited, typing=f.typed))
        self.fields.append(f)

    def _on_edited(self, where, value, typing: bool = False) -> None:
        """A key typed is part of the burst of typing in its field (one step of undo); a choice is a step."""
        writer = None if typing else self.ctx.writers.get(str(where[1][-1]) if where[1] else "")
        if writer is not None and writer(where, value):
            return
        self.ctx.run(lambda: self.ctx.draft.set_value(where, value, typing=typing))

    def _on_name_edited(self, where, value, lang: str) -> None:
        """A key typed in one language of a name (a publisher): written once or in each language."""
        file, path = where
        self.ctx.run(lambda: self.ctx.draft.set_name((file, path[:-1]), lang, value, typing=True))

    def refresh(self) -> None:
        """Read every value back from the draft."""
        for f in self.fields:
            if isinstance(f, ChoiceField):
                spec = next((s for s in self.specs if s.key == f.where[1][-1]), None)
                if spec is not None and spec.choices:
                    f.set_choices(self.ctx.choices[spec.choices](f.where))
            f.load(self.ctx.value(f.reads))
        for section in self.lists:
            section.refresh()

    def all_fields(self) -> list[Field]:
        """Every field of the form and of its lists' items."""
        found = list(self.fields)
        for f in self.fields:  # a field made of fields (an option's effects)
            found += list(getattr(f, "numbers", {}).values())
        for section in self.lists:
            for item in section.forms:
                found += item.all_fields()
        return found

    def all_forms(self) -> list[Form]:
        """This form and the forms of its lists' items, deepest last."""
        found = [self]
        for section in self.lists:
            for item in section.forms:
                found += item.all_forms()
        return found

    def set_note(self, lines: list[str]) -> None:
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))

    def all_sections(self) -> list[ListSection]:
        found = list(self.lists)
        for section in self.lists:
            for item in section.forms:
                found += item.all_sections()
        return found

    def field(self, *path) -> Field | None:
        """The field at this key path under the form (e.g. ("title", "fr"), ("sources", 0, "url"))."""
        full = (*self.where[1], *path)
        return next((f for f in self.all_fields() if f.where[1] == full), None)


class ListSection(QFrame):
    """A list of items of one mapping (sources, prompts, decisions, options, phases): add, move, remove."""

    def __init__(self, ctx: Context, where, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.where, self.spec = ctx, where, spec
        self.setObjectName(f"list_{spec.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.forms: list[Form] = []
        self.heading = QLabel(f"<b>{tr(spec.label)}</b>")
        self.mark = QLabel()
        self.mark.setStyleSheet(f"color: {alarm_colour(self.palette().window().color())}; font-weight: bold;")
        self.mark.setWordWrap(True)
        self.mark.hide()
        self.add_button = QPushButton(tr(spec.add_label) if spec.add_label else translate("DeckEditor", "Add"))
        self.add_button.setObjectName(f"add_{spec.key}")
        self.add_button.setAccessibleName(f"{tr('Add')}: {tr(spec.label)}")
        self.add_button.clicked.connect(self.add_item)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.add_button)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.mark)
        layout.addLayout(self.body)

    def items(self) -> list:
        value = self.ctx.value(self.where)
        return value if isinstance(value, list) else []

    def add_item(self) -> None:
        from bataille.ui.deck_window.editor.specs import with_id

        new = with_id(self.spec.key, self.spec.new() if self.spec.new else {}, self.items())
        count = len(self.items())
        if self.ctx.value(self.where) is None:
            self.ctx.run(lambda: self.ctx.draft.set_value(self.where, [new]))
        else:
            self.ctx.run(lambda: self.ctx.draft.insert_item(self.where, count, new))

    def _move(self, index: int, step: int) -> None:
        count = len(self.items())
        if 0 <= index + step < count:
            self.ctx.run(lambda: self.ctx.draft.move_item(self.where, index, index + step))

    def _remove(self, index: int) -> None:
        self.ctx.run(lambda: self.ctx.draft.remove_item(self.where, index))

    def refresh(self) -> None:
        count = len(self.items())
        if count != len(self.forms):
            self._rebuild(count)
        for form in self.forms:
            form.refresh()

    def _rebuild(self, count: int) -> None:
        for form in self.forms:
            frame = form.parentWidget()
            frame.hide()
            frame.deleteLater()
        self.forms = []
        file, path = self.where
        for index in range(count):
            self.forms.append(self._item(index, (file, (*path, index))))

    def _item(self, index: int, at) -> Form:
        frame = QFrame()
        frame.setObjectName(f"{self.spec.key}_{index}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QHBoxLayout(frame)
        inner.setContentsMargins(6, 4, 4, 4)
        if self.spec.kind == "texts":  # a list of texts: the item itself has the languages
            form = Form(self.ctx, (at[0], at[1][:-1]), (Spec(at[1][-1], self.spec.item_label or "%1", "wrapped"),))
            label = form.labels[at[1][-1]]
            label.setText((tr(self.spec.item_label) if self.spec.item_label else "%1").replace("%1", str(index + 1)))
        else:
            form = Form(self.ctx, at, self.spec.items)
            number = QLabel(str(index + 1))
            number.setAlignment(Qt.AlignmentFlag.AlignTop)
            number.setContentsMargins(0, 4, 0, 0)
            inner.addWidget(number)
        inner.addWidget(form, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for name, mark, tip, action in (("up", "up", translate("DeckEditor", "Move up"), lambda: self._move(index, -1)),
                                        ("down", "down", translate("DeckEditor", "Move down"), lambda: self._move(index, +1)),
                                        ("remove", "wrong", translate("DeckEditor", "Remove"), lambda: self._remove(index))):
            button = QToolButton()
            button.setIcon(button_mark(self, mark))  # ↑ ↓ ✕, drawn: the app's font has none of them
            button.setToolTip(tip)
            button.setAccessibleName(f"{tip} ({index + 1})")
            button.setObjectName(f"{self.spec.key}_{index}_{name}")
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        self.body.addWidget(frame)
        return form

    def set_mark(self, lines: list[str]) -> None:
        self.mark.setText("\n".join(lines))
        self.mark.setVisible(bool(lines))
