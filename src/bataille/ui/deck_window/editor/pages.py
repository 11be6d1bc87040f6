"""The other pages of the editor: themes (with the deck's own title), scenarios, and the agenda."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.folder import is_agenda, is_yaml
from bataille.ui.deck_window.columns import DownOnly, EditorColumns, whole_words_width
from bataille.ui.deck_window.editor.card_list import select_kept, swatch
from bataille.ui.deck_window.editor.form import Context, Form, Spec, translate

WhereRole = Qt.ItemDataRole.UserRole + 40


def _name(value: object, lang: str, fallback: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("fr") or fallback)
    return str(value or fallback)


class ListPage(QWidget):
    """A list of items on the left (themes, scenarios), the form of the chosen one on the right."""

    def __init__(self, ctx: Context, specs: tuple[Spec, ...], items: Callable[[], list[tuple[tuple, str]]],
                 heading: str, name: str, top: Form | None = None, titles: tuple[str, str] = ("", ""),
                 side_widget: QWidget | None = None, *, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.specs, self.items = ctx, specs, items
        self.setObjectName(name)
        self.form: Form | None = None
        self._where = None
        self.heading = QLabel(f"<b>{heading}</b>")
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(heading)
        self.list.setWordWrap(True)  # a long theme's name on two lines, never cut at the list's edge
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda item, _p: self._show(item.data(WhereRole) if item else None))
        # As the card list words them: "+ Theme" says what it adds, "Delete" is undone by Ctrl+Z.
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(translate("DeckEditor", "Delete"))
        self.remove_button.setObjectName(f"{name}Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.list, 1)
        side_layout.addLayout(buttons)
        holder = QWidget()
        self.form_layout = QVBoxLayout(holder)
        self.form_layout.setContentsMargins(8, 4, 12, 8)
        self.top = top
        for title, widget in zip(titles, (top, None), strict=True):
            if title:
                self.form_layout.addWidget(QLabel(f"<h3>{title}</h3>"))
            if widget is not None:
                self.form_layout.addWidget(widget)
        self.form_layout.addStretch(1)
        self.side = side_widget
        # The forms scroll down, never sideways; a card of the theme goes under them on a narrow window.
        self.columns = EditorColumns(side, holder, side_widget, [230, 700, 360] if side_widget else [230, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns)

    def forms(self) -> list[Form]:
        return [f for f in (self.top, self.form) if f is not None]

    def current_where(self):
        item = self.list.currentItem()
        return item.data(WhereRole) if item is not None else None

    def refresh(self, keep=None) -> None:
        keep = keep or self.current_where()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for where, label, *colour in self.items():
            item = QListWidgetItem(label)
            if colour:
                item.setIcon(swatch(colour[0]))
            item.setData(WhereRole, where)
            self.list.addItem(item)
            if where == keep:
                chosen = item
        self.list.setMinimumWidth(whole_words_width(self.list, [self.list.item(r).text() for r in range(self.list.count())]))
        chosen = select_kept(self.list, chosen)
        self._show(chosen.data(WhereRole) if chosen is not None else None)
        if self.top is not None:
            self.top.refresh()

    def choose(self, where) -> bool:
        """Make the item at ``where`` the chosen one; False when it is not listed."""
        for row in range(self.list.count()):
            if self.list.item(row).data(WhereRole) == where:
                self.list.setCurrentRow(row)
                return True
        return False

    def _show(self, where) -> None:
        self.remove_button.setEnabled(where is not None)
        if where == self._where and self.form is not None:
            self.form.refresh()
            return
        self._where = where
        if self.form is not None:
            self.form.hide()
            self.form.deleteLater()
            self.form = None
        if where is not None:
            self.form = Form(self.ctx, where, self.specs, header=True)
            self.form.setObjectName(f"{self.objectName()}Form")
            self.form_layout.insertWidget(self.form_layout.count() - 1, self.form)


def theme_items(ctx: Context, lang: str) -> list[tuple[tuple, str]]:
    themes = ctx.value(("cards/deck.yaml", ("themes",)))
    return [(("cards/deck.yaml", ("themes", i)), _name(t.get("name"), lang, str(t.get("id", ""))),
             str(t.get("colour") or ""))
            for i, t in enumerate(themes if isinstance(themes, list) else []) if isinstance(t, dict)]


def theme_choices(ctx: Context, lang: str, where) -> list[tuple[object, str]]:
    """The themes a card may take. The theme its file gives is offered once, as “(the theme of the file)”
    (written on the card: the theme by its name), never twice; a file without one offers no theme (an event's)."""
    themes = [(ctx.value((w[0], (*w[1], "id"))), label) for w, label, _c in theme_items(ctx, lang)]
    default = ctx.value((where[0], ("theme",))) if where else None
    if not default:
        return [(None, translate("DeckEditor", "(no theme: timeline)"))] + themes
    if where and ctx.value(where) == default:  # the card says its file's theme itself
        return themes
    name = next((label for theme_id, label in themes if theme_id == default), default)
    return ([(None, translate("DeckEditor", "%1 (the theme of the file)").replace("%1", str(name)))]
            + [(theme_id, label) for theme_id, label in themes if theme_id != default])


def scenario_files(draft) -> list[str]:
    """The scenario files of the draft: .yaml and .yml in any case, except the agenda."""
    return sorted(f for f in draft.texts if f.startswith("scenarios/") and f.count("/") == 1
                  and is_yaml(PurePosixPath(f)) and not is_agenda(PurePosixPath(f)))


def agenda_file(draft) -> str:
    """The agenda's file as the deck reads it: scenarios/agenda.yaml or .yml, in any case (the last of them,
    whose phases the deck takes, should there be two); agenda.yaml when there is none yet (an edit makes it)."""
    found = sorted(f for f in draft.texts if f.startswith("scenarios/") and f.count("/") == 1
                   and is_yaml(PurePosixPath(f)) and is_agenda(PurePosixPath(f)))
    return found[-1] if found else "scenarios/agenda.yaml"


def scenario_items(ctx: Context, lang: str) -> list[tuple[tuple, str]]:
    found = []
    for file in scenario_files(ctx.draft):
        scenario = ctx.value((file, ("scenario",)))
        if isinstance(scenario, dict):
            found.append(((file, ("scenario",)), _name(scenario.get("title"), lang, file)))
    return found


class AgendaPage(QWidget):
    """The agenda: its phases in order, each with its kind, minutes, title and description."""

    def __init__(self, ctx: Context, specs: tuple[Spec, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.ctx, self.specs = ctx, specs
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        self.form = Form(ctx, self._where(), specs, header=True)
        holder = QWidget()
        self.inner = inner = QVBoxLayout(holder)
        inner.setContentsMargins(8, 4, 12, 8)
        inner.addWidget(self.total)
        inner.addWidget(self.form)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(DownOnly(holder))

    def forms(self) -> list[Form]:
        return [self.form]

    def _where(self):
        return agenda_file(self.ctx.draft), ("agenda",)

    def refresh(self, keep=None) -> None:
        where = self._where()
        if where != self.form.where:  # the agenda's file came, went or changed its name on disk
            self.form.hide()
            self.form.deleteLater()
            self.form = Form(self.ctx, where, self.specs, header=True)
            self.inner.insertWidget(1, self.form)
        self.form.refresh()
        phases = self.ctx.value((where[0], (*where[1], "phases")))
        minutes = sum(p.get("minutes") for p in phases if isinstance(p, dict) and isinstance(p.get("minutes"), int)) \
            if isinstance(phases, list) else 0
        self.total.setText(translate("DeckEditor", "Total: %1 minutes").replace("%1", str(minutes)))
