"""The cards of the deck being edited, in file order, with their filter and their buttons: add one
of each kind, duplicate, move, delete (those changes are in ``card_changes``).

The list reads the draft's files, not the last valid deck (``card_rows``), so a card stays listed
(and can be mended) while the deck has a problem.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.search import index_of, matches, query_terms
from bataille.ui.contrast import alarm_colour
from bataille.ui.deck_window.card_list import search_index, theme_label
from bataille.ui.deck_window.editor.card_changes import CardChanges
from bataille.ui.deck_window.editor.card_rows import (
    EmptyRole,
    IdRole,
    SearchRole,
    UnfiledRole,
    UnreadRole,
    WhereRole,
    card_files,
    card_rows_list,
    empty_card_files,
    empty_item,
    files_in_order,
    kept_item,
    listed_cards,
    unfiled_themes,
    unreadable_card_files,
)
from bataille.ui.deck_window.editor.form import Context, tr, translate
from bataille.ui.deck_window.editor.specs import KIND_LABELS
from bataille.ui.marks import button_mark, status_icon

NO_THEME_COLOUR = "#37474F"
PROBLEM_COLOUR = "#C62828"


def swatch(colour: str) -> QIcon:
    """A band of the theme's colour, as the card list and the theme list show it."""
    pixmap = QPixmap(14, 28)
    pixmap.fill(QColor(colour) if QColor(colour).isValid() else QColor(NO_THEME_COLOUR))
    return QIcon(pixmap)


def select_kept(items: QListWidget, kept: QListWidgetItem | None) -> QListWidgetItem | None:
    """After ``items`` was refilled with its signals blocked: unblock them and make the item kept
    (else the first that can be chosen) current; returns it (None when there is none)."""
    items.blockSignals(False)
    rows = (items.item(r) for r in range(items.count()))
    chosen = kept or next((item for item in rows if item.flags() & Qt.ItemFlag.ItemIsSelectable), None)
    if chosen is not None:
        items.setCurrentItem(chosen)
    return chosen


class EditorCardList(CardChanges, QWidget):
    """The card list of the editor with its buttons; says which card is chosen."""

    cardChosen = Signal(object)  # (file, ("cards", index)) or None
    cardAdded = Signal()  # a new card is chosen: its form takes the cursor

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = "fr"
        self._file_order: list[str] = []  # the card files, in the order the list shows their cards
        self.held: tuple[str | None, object] | None = None  # (id, place): see ``_hold``
        self.list = card_rows_list()
        self.list.currentItemChanged.connect(self._on_current)
        # Drag a card to another place among the cards of its file (↑ ↓ do the same from the keyboard).
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(self._on_dragged)
        self.add_buttons: dict[str, QPushButton] = {}
        adds = QHBoxLayout()
        adds.setSpacing(4)
        for kind in ("fact", "debate", "event"):
            button = QPushButton()
            button.setObjectName(f"add_{kind}")
            button.clicked.connect(lambda _c=False, kind=kind: self.add(kind))
            self.add_buttons[kind] = button
            adds.addWidget(button)
        tools = QHBoxLayout()
        tools.setSpacing(4)
        self.duplicate_button = QPushButton()
        self.duplicate_button.setObjectName("duplicateCard")
        self.duplicate_button.clicked.connect(self.duplicate)
        self.up_button, self.down_button = QToolButton(), QToolButton()
        self.up_button.setIcon(button_mark(self, "up"))  # drawn: the app's font has no ↑ ↓
        self.down_button.setIcon(button_mark(self, "down"))
        self.up_button.setObjectName("cardUp")
        self.down_button.setObjectName("cardDown")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteCard")
        self.delete_button.clicked.connect(self.delete)
        for w in (self.duplicate_button, self.up_button, self.down_button, self.delete_button):
            tools.addWidget(w)
        self.heading = QLabel()
        self.heading.setObjectName("editorCardsHeading")
        self._terms: list[str] = []  # what the filter asks for: the browser's search, the same rule
        self._first: set[str] = set()  # the files of the theme the filter names: their cards are listed first
        self.filter = QLineEdit()
        self.filter.setObjectName("editorCardFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.installEventFilter(self)
        self.list.viewport().installEventFilter(self)  # shorter (the problems came): the chosen card stays in sight
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(adds)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(tools)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(IdRole) if item is not None else None

    def current_where(self):
        item = self.list.currentItem()
        return item.data(WhereRole) if item is not None else None

    def chosen_empty(self) -> str | None:
        """The card file whose row "no card yet" is chosen, else None."""
        item = self.list.currentItem()
        return item.data(EmptyRole) if item is not None else None

    def chosen_unfiled(self) -> str | None:
        """The theme without a card file whose row "no card yet" is chosen, else None."""
        item = self.list.currentItem()
        return item.data(UnfiledRole) if item is not None else None

    def refresh(self, keep: str | None = None) -> None:
        """List the draft's cards again, keeping ``keep`` (or the current card) chosen."""
        kept_where = None if keep else self.current_where()
        keep = keep or self.current_id()
        if self.held is not None and keep is None:
            keep, kept_where = self.held
        themes = [t for t in (self.ctx.value(("cards/deck.yaml", ("themes",))) or []) if isinstance(t, dict)]
        colours = {t.get("id"): t.get("colour") for t in themes}
        names = {t.get("id"): t.get("name") for t in themes}
        old_items = self._card_items()
        old_row = old_items.index(self.list.currentItem()) if self.list.currentItem() in old_items else -1
        # Two cards with the id (one typed like the other): the id does not say which one was chosen.
        shared = sum(self.list.item(r).data(IdRole) == keep for r in range(self.list.count())) > 1
        kept_empty, kept_unfiled = self.chosen_empty(), self.chosen_unfiled()
        self.list.blockSignals(True)
        self.list.clear()
        lost = unreadable_card_files(self.ctx)
        order = {file: i for i, file in enumerate(card_files(self.ctx.draft))}
        empty = [(file, -1, "") for file in empty_card_files(self.ctx)]
        listed = listed_cards(self.ctx)
        for file, index, card in sorted(listed + [(f, -1, None) for f in lost] + empty,
                                        key=lambda row: (row[0] not in self._first, order[row[0]], row[1])):
            if card is None:
                self.list.addItem(self._unreadable_item(file, lost[file]))
                continue
            theme = card.get("theme") if "theme" in card else self.ctx.value((file, ("theme",)))
            if card == "":  # a file with no card yet: its row, to choose before adding its first card
                icon = swatch(str(colours.get(theme) or NO_THEME_COLOUR))
                self.list.addItem(empty_item(file, theme_label(theme, names, self.lang), icon))
                continue
            kind = tr(KIND_LABELS.get(str(card.get("kind")), str(card.get("kind"))))
            title = self._title_of(card)
            item = QListWidgetItem(f"{kind} · {title}")
            item.setIcon(swatch(str(colours.get(theme) or NO_THEME_COLOUR)))
            item.setData(IdRole, card.get("id"))
            item.setData(WhereRole, (file, ("cards", index)))
            item.setToolTip(f"{title}\n{card.get('id', '')} — {file}")
            item.setData(SearchRole, search_index(card, self.lang, theme_label(theme, names, self.lang)))
            self.list.addItem(item)
        for theme in unfiled_themes(self.ctx, listed):  # no file yet: its first card makes one, named after it
            row = empty_item(f"cards/{theme}.yaml", theme_label(theme, names, self.lang),
                             swatch(str(colours.get(theme) or NO_THEME_COLOUR)))
            row.setData(EmptyRole, None)
            row.setData(UnfiledRole, theme)
            self.list.addItem(row)
        items = self._card_items()
        self._file_order = files_in_order(items)
        if kept_where is not None and kept_where[0] in lost and not any(i.data(IdRole) == keep for i in items):
            self._hold(keep, kept_where)  # its file no longer reads: no other card takes its place
            return
        self.held = None
        chosen = kept_item(items, None if shared and kept_where else keep, kept_where, old_row)
        rows = (self.list.item(r) for r in range(self.list.count()))
        chosen = next((item for item in rows if (kept_empty and item.data(EmptyRole) == kept_empty)
                       or (kept_unfiled and item.data(UnfiledRole) == kept_unfiled)), chosen)
        self._on_current(select_kept(self.list, chosen), None)

    def _hold(self, card_id: str | None, where) -> None:
        """Choose no card while the file of the one that was open cannot be read (another program left it
        so), its row in sight: no other card is chosen in its stead, for typing to go into unnoticed. The
        card comes back chosen when the file reads again (``refresh``), unless the teacher chose another."""
        self.held = (card_id, where)
        self.list.blockSignals(False)
        self.list.setCurrentItem(None)
        rows = (self.list.item(r) for r in range(self.list.count()))
        unread = next((item for item in rows if item.data(UnreadRole) == where[0]), None)
        if unread is not None:
            self.list.scrollToItem(unread)
        self._on_current(None, None)

    def _unreadable_item(self, file: str, problem) -> QListWidgetItem:
        """The row of a card file YAML cannot read, where its cards would be: it says so, with the place
        to correct (file:line:column); it cannot be chosen, having no card to edit."""
        from bataille.ui.deck_window.editor.marks import problem_text

        place = f"{file}:{problem.line}:{problem.column}"
        # On two lines: the place to correct and what is wrong with it both show whole in a narrow list.
        item = QListWidgetItem(translate("DeckEditor", "%1\ncannot be read").replace("%1", place))
        item.setIcon(status_icon("warning", PROBLEM_COLOUR))
        item.setForeground(QColor(alarm_colour(self.palette().base().color())))  # reads on a dark theme too
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not chosen, not dragged, nothing dropped on it: no card
        item.setData(UnreadRole, file)
        item.setToolTip(problem_text(problem) + "\n" + translate(
            "DeckEditor", "None of its cards can be shown until it is corrected in a text editor; they come "
            "back here as soon as it reads."))
        return item

    def _card_items(self) -> list[QListWidgetItem]:
        """The rows that are cards (not the rows of files that cannot be read)."""
        rows = (self.list.item(r) for r in range(self.list.count()))
        return [item for item in rows if item.data(WhereRole) is not None]

    def _title_of(self, card: dict) -> str:
        """The card's title in the list's language (else French), else its id."""
        title = card.get("title")
        text = title.get(self.lang) or title.get("fr") or "" if isinstance(title, dict) else str(title or "")
        return str(text or card.get("id", ""))

    def choose(self, card_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(IdRole) == card_id:
                self.list.setCurrentRow(row)
                return

    def choose_where(self, where) -> bool:
        """Choose the card at ``where`` (file, ("cards", index)), even when another has its id."""
        return self._choose_first(lambda item: item.data(WhereRole) == where)

    def choose_file(self, file: str) -> bool:
        """Choose the first card of ``file``; False when none of its cards is listed (then the row of the
        file, when it cannot be read, comes into view)."""
        if self._choose_first(lambda item: item.data(WhereRole)[0] == file):
            return True
        rows = [self.list.item(r) for r in range(self.list.count())]
        unread = next((item for item in rows if file in (item.data(UnreadRole), item.data(EmptyRole))), None)
        if unread is not None:
            self.list.scrollToItem(unread)
            if unread.data(EmptyRole):  # no card yet: its row is chosen, for "+ Fact" to fill it
                self.list.setCurrentItem(unread)
        return unread is not None and unread.data(EmptyRole) is not None

    def _choose_first(self, test) -> bool:
        for item in self._card_items():
            if test(item):
                self.list.setCurrentItem(item)
                return True
        return False

    def _on_current(self, item, _previous) -> None:
        has = item is not None and item.data(WhereRole) is not None  # a card, not the row of a file without one
        if item is not None:
            self.held = None  # another card chosen: the one held does not come back by itself
        for w in (self.duplicate_button, self.up_button, self.down_button, self.delete_button):
            w.setEnabled(has)
        self._apply_filter()
        self.cardChosen.emit(item.data(WhereRole) if has else None)

    # -- the filter ------------------------------------------------------------------------

    def focus_filter(self) -> None:
        """Ctrl+F: the cursor in the filter, its words selected."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _matches(self, item: QListWidgetItem) -> bool:
        return matches(self._terms, item.data(SearchRole) or "")

    def _on_filter(self, text: str) -> None:
        """Show the cards the search finds, as the browser's would; the chosen card becomes the first of them."""
        self._terms = query_terms(text)
        first = self._theme_files()
        if first != self._first:
            self._first = first
            self.refresh()
        current = self.list.currentItem()
        if current is None or not self._matches(current) or (first and (current.data(WhereRole) or ("",))[0] not in first):
            first = next((item for item in self._card_items() if self._matches(item)), None)
            if first is not None:
                self.list.setCurrentItem(first)
        self._apply_filter()

    def _theme_files(self) -> set[str]:
        """The card files whose theme's name the filter's words all begin (“environ”: « Impact environnemental »):
        a teacher typing a theme's name looks for its cards, before those that merely hold the word."""
        names = {t.get("id"): t.get("name") for t in self.ctx.value(("cards/deck.yaml", ("themes",))) or []
                 if isinstance(t, dict)}
        themes = {file: self.ctx.value((file, ("theme",))) for file in card_files(self.ctx.draft)}
        return {file for file, theme in themes.items() if self._terms and theme in names
                and matches(self._terms, index_of([theme_label(theme, names, self.lang)]))}

    def _apply_filter(self) -> None:
        """Hide the cards the filter leaves out, never the chosen one (its title may be being typed), nor
        a file that cannot be read (some of the cards looked for may be in it)."""
        current = self.list.currentItem()
        shown = 0
        for item in self._card_items():
            match = self._matches(item)
            shown += match
            item.setHidden(not match and item is not current)
        if current is not None:
            self.list.scrollToItem(current)
        self._show_count(shown)

    def _show_count(self, shown: int) -> None:
        heading = translate("DeckEditor", "Cards")
        if self._terms:
            total = len(self._card_items())
            heading = (translate("DeckEditor", "Cards: none matches “%1”").replace("%1", self.filter.text().strip())
                       if not shown else
                       translate("DeckEditor", "Cards: %1 of %2").replace("%1", str(shown)).replace("%2", str(total)))
        self.heading.setText(f"<b>{heading.replace('&', '&amp;').replace('<', '&lt;')}</b>")
        self.heading.setAccessibleName(heading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """In the filter, Down or Enter goes to the cards it shows, Escape empties it. The list made
        shorter (the problems shown below it): the chosen card, in sight before, stays in sight."""
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            current = self.list.currentItem()
            before = QRect(QPoint(0, 0), event.oldSize())
            if current is not None and self.list.visualItemRect(current).intersects(before):
                self.list.scrollToItem(current)
            return False
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
        return super().eventFilter(watched, event)

    # -- changing --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._show_count(sum(self._matches(item) for item in self._card_items()))
        self.filter.setPlaceholderText(translate("DeckEditor", "Filter the cards…"))
        self.filter.setToolTip(translate("DeckEditor", "Shows the cards where each word typed begins a word of a title, "
                                          "a text, a source, the id or the theme; the cards of a theme named so come first"))
        self.filter.setAccessibleName(translate("DeckEditor", "Filter the cards"))
        texts = {"fact": translate("DeckEditor", "+ Fact"), "debate": translate("DeckEditor", "+ Debate"), "event": translate("DeckEditor", "+ Event")}
        tips = {"fact": translate("DeckEditor", "Add a fact card after the chosen card"),
                "debate": translate("DeckEditor", "Add a debate card after the chosen card"),
                "event": translate("DeckEditor", "Add a timeline event card after the chosen card")}
        for kind, button in self.add_buttons.items():
            button.setText(texts[kind])
            button.setToolTip(tips[kind])
            button.setAccessibleName(tips[kind])
        self.duplicate_button.setText(translate("DeckEditor", "Duplicate"))
        self.delete_button.setText(translate("DeckEditor", "Delete"))
        self.up_button.setToolTip(translate("DeckEditor", "Move the card up"))
        self.down_button.setToolTip(translate("DeckEditor", "Move the card down"))
        self.up_button.setAccessibleName(translate("DeckEditor", "Move the card up"))
        self.down_button.setAccessibleName(translate("DeckEditor", "Move the card down"))
        self.list.setAccessibleName(translate("DeckEditor", "Cards of the deck"))


