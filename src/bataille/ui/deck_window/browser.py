"""The deck browser: themes on the left, the cards drawn as cards, search and filters on top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import Card, Deck
from bataille.ui.deck_window.browser_bar import FlowBar
from bataille.ui.deck_window.card_list import (
    NO_THEME,
    CardDelegate,
    CardFilter,
    CardListModel,
    CardRole,
)
from bataille.ui.deck_window.card_view import DEFAULT_CARD_WIDTH, CardView, zoomed_width
from bataille.ui.deck_window.columns import DownOnly, whole_words_width
from bataille.ui.deck_window.theme_icon import theme_icon
from bataille.ui.i18n import LANGUAGE_NAMES, SUPPORTED_LANGUAGES

ThemeRole = Qt.ItemDataRole.UserRole + 10
ALL = "*"  # the theme list entry that shows every theme (no theme id has a "*")


class DeckBrowser(QWidget):
    """Browse a deck: pick a theme or a kind, type words to search, switch French/English."""

    languageRequested = Signal(str)
    cardActivated = Signal(object)  # Card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CardListModel(self)  # holds the deck and the language shown; the browser reads them there
        self.filter = CardFilter(self)
        self.filter.setSourceModel(self.model)
        side = self._build_themes()
        bar = self.bar = self._build_bar()  # the window adds its "Edit the deck" button at the end
        self._build_cards()

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(bar)
        main_layout.addWidget(self.count_label)
        main_layout.addWidget(self.view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.search, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.language_buttons.buttons()[0])
        self.setTabOrder(self.language_buttons.buttons()[-1], self.theme_list)
        self.setTabOrder(self.theme_list, self.view)
        self.retranslate()

    def _build_themes(self) -> QWidget:
        """The side: the themes' list, and the description of the theme chosen below it."""
        self.themes_label = QLabel()
        self.theme_list = QListWidget()
        self.theme_list.setObjectName("themeList")
        self.theme_list.setIconSize(QSize(32, 32))
        self.theme_list.setWordWrap(True)  # each row as tall as its wrapped name: never "Tous les …"
        self.theme_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.theme_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.theme_list.setSpacing(2)
        self.themes_label.setBuddy(self.theme_list)
        self.theme_list.currentItemChanged.connect(self._on_theme_changed)
        self.theme_description = QLabel()
        self.theme_description.setWordWrap(True)
        self.theme_description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.theme_description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.themes_label)
        side_layout.addWidget(self.theme_list, 3)
        side_layout.addWidget(DownOnly(self.theme_description, framed=False, lines=2), 1)  # a long one scrolls
        return side

    def _build_bar(self) -> FlowBar:
        """The bar on top: the search, the kind of card, and the language of the cards."""
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._on_search)
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_label.setBuddy(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.language_label = QLabel()
        self.language_buttons = QButtonGroup(self)
        self.language_buttons.setExclusive(True)
        bar = FlowBar()  # in rows on a narrow window, each group whole
        bar.add_group([self.search_label, self.search], stretch=True)
        bar.add_group([self.kind_label, self.kind_combo])
        languages = [self.language_label]
        for lang in SUPPORTED_LANGUAGES:
            button = QToolButton()
            button.setObjectName(f"language_{lang}")
            button.setText(lang.upper())
            button.setCheckable(True)
            button.setAccessibleName(LANGUAGE_NAMES[lang])
            button.setToolTip(LANGUAGE_NAMES[lang])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(52)
            # Checked must show without colour alone: bold text and a frame as well.
            button.setStyleSheet(
                "QToolButton { padding: 4px 10px; border: 1px solid palette(mid); border-radius: 4px; }"
                "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                " font-weight: bold; border: 2px solid palette(dark); }"
                "QToolButton:focus { border: 2px dashed palette(text); }")
            button.clicked.connect(lambda _checked=False, lang=lang: self.languageRequested.emit(lang))
            self.language_buttons.addButton(button)
            languages.append(button)
        bar.add_group(languages)
        return bar

    def _build_cards(self) -> None:
        """The count of the cards shown, and the cards drawn as cards (``card_view``)."""
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        self.delegate = CardDelegate(self)
        self.view = CardView(self.filter, self.delegate)
        self.view.activated.connect(self._on_activated)
        self._why_none = ""  # why no card is shown while the deck is None (set_deck)
        self.filter.rowsInserted.connect(self._update_count)
        self.filter.rowsRemoved.connect(self._update_count)
        self.filter.modelReset.connect(self._update_count)
        self.filter.layoutChanged.connect(self._update_count)
        self.set_card_width(DEFAULT_CARD_WIDTH)

    # -- what the window tells the browser ---------------------------------------------------

    @property
    def deck(self) -> Deck | None:
        return self.model.deck

    @property
    def language(self) -> str:
        return self.model.language

    def set_deck(self, deck: Deck | None, why: str = "", why_tip: str = "") -> None:
        """Show ``deck`` (None: no deck, ``why`` the sentence that says why in its place, ``why_tip`` more
        of it on hover: the full paths of the files it names), keeping the chosen theme when it still exists."""
        current = self.theme_list.currentItem()
        keep = current.data(ThemeRole) if current is not None else ALL
        self._why_none = why if deck is None else ""
        self.view.setToolTip(why_tip if deck is None else "")
        self.model.set_deck(deck)
        self._fill_themes(keep)
        self._update_count()

    def set_language(self, lang: str) -> None:
        """Show the deck's texts in ``lang`` (interface strings follow QEvent.LanguageChange)."""
        for button in self.language_buttons.buttons():
            button.setChecked(button.objectName() == f"language_{lang}")
        self.model.set_language(lang)
        current = self.theme_list.currentItem()
        self._fill_themes(current.data(ThemeRole) if current is not None else ALL)
        self.view.viewport().update()

    def set_card_width(self, width: int) -> None:
        """Ask for cards about ``width`` pixels wide; they stretch a little to fill each row."""
        self.view.wanted_width = width
        self.view.fit_grid()

    def card_width(self) -> int:
        """The width asked for (the zoom level), not the stretched one."""
        return self.view.wanted_width

    def zoom(self, steps: int) -> int:
        """Make cards larger (steps > 0) or smaller; returns the new width."""
        width = zoomed_width(self.card_width(), steps)
        self.set_card_width(width)
        return width

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_cards(self) -> list[Card]:
        """The cards the filters let through, in the order shown."""
        return [self.filter.index(row, 0).data(CardRole) for row in range(self.filter.rowCount())]

    def reveal(self, card_id: str) -> bool:
        """Show the card ``card_id`` chosen and in sight (the one just edited); the filters that hide it
        open up to its theme. False when the deck shown has no such card."""
        deck = self.model.deck
        card = next((c for c in deck.cards if c.id == card_id), None) if deck is not None else None
        if card is None:
            return False
        if card not in self.visible_cards():
            self.search.clear()
            self.select_kind(None)
            self.select_theme(card.theme if card.theme is not None else NO_THEME)
        row = next((r for r, c in enumerate(self.visible_cards()) if c.id == card_id), None)
        if row is None:
            return False
        index = self.filter.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- filters ---------------------------------------------------------------------------------

    def select_theme(self, theme_id: object) -> None:
        """Show one theme (a theme id, NO_THEME, or ALL)."""
        for row in range(self.theme_list.count()):
            if self.theme_list.item(row).data(ThemeRole) == theme_id:
                self.theme_list.setCurrentRow(row)
                return

    def select_kind(self, kind: str | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind or "")))

    def _fill_themes(self, keep: object) -> None:
        deck, lang = self.model.deck, self.model.language
        self.theme_list.blockSignals(True)
        self.theme_list.clear()
        self.theme_list.setEnabled(deck is not None)
        entries: list[tuple[object, str, QIcon | None, str]] = []  # no deck: no theme, rather than "(0)"
        if deck is not None:
            entries.append((ALL, self.tr("All themes (%n)", "", len(deck.cards)), None,
                            self.tr("Every card of the deck. Choose a theme to see its own cards and what it is about.")))
            for theme in deck.themes:
                n = len(deck.cards_of(theme=theme.id))
                entries.append((theme.id, f"{theme.name.get(lang)} ({n})",
                                theme_icon(theme, deck), theme.description.get(lang)))
            untitled = sum(1 for c in deck.cards if c.theme is None)
            if untitled:
                entries.append((NO_THEME, self.tr("Timeline, no theme (%n)", "", untitled),
                                theme_icon(None, deck), self.tr("Dated events that belong to no theme.")))
        selected = 0
        for row, (key, label, icon, description) in enumerate(entries):
            item = QListWidgetItem(label)
            if icon is not None:
                item.setIcon(icon)
            item.setData(ThemeRole, key)
            item.setData(Qt.ItemDataRole.ToolTipRole, description or None)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            self.theme_list.addItem(item)
            if key == keep:
                selected = row
        self.theme_list.setMinimumWidth(whole_words_width(self.theme_list, [e[1] for e in entries]))
        self.theme_list.blockSignals(False)
        self.theme_list.setCurrentRow(selected)
        self._on_theme_changed(self.theme_list.currentItem(), None)

    def _on_theme_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        key = item.data(ThemeRole) if item is not None else ALL
        self.filter.set_theme(None if key is ALL else key)
        self.theme_description.setText(item.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "" if item else "")
        self._update_count()

    def _on_kind_changed(self, _index: int) -> None:
        self.filter.set_kind(self.kind_combo.currentData() or None)
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.filter.set_query(text)
        self._update_count()

    def _on_activated(self, index: QModelIndex) -> None:
        card = index.data(CardRole)
        if card is not None:
            self.cardActivated.emit(card)

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.filter.rowCount()
        hint = ""
        if total == 0:
            text = self.tr("No cards to show.")
            hint = self._why_none
        elif shown == total:
            text = self.tr("%n card(s)", "", total)
        else:
            text = self.tr("%n card(s) shown out of %1", "", shown).replace("%1", str(total))
            if shown == 0:
                query = " ".join(self.search.text().split())
                hint = (self.tr("No card matches “%1”.").replace("%1", query) if query
                        else self.tr("No card of this kind in this theme."))
        self.count_label.setText(text)
        self.view.set_hint(hint)
        self.view.setAccessibleDescription(f"{text} {hint}" if hint else text)

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.themes_label.setText(self.tr("The&mes"))
        self.theme_list.setAccessibleName(self.tr("Themes"))
        self.theme_description.setAccessibleName(self.tr("Theme description"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words from a title, a text or a source"))
        self.search.setAccessibleName(self.tr("Search cards"))
        # Its hint whole, with room for the clear button: the bar puts it on a row of its own rather than cut it.
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48)
        self.kind_label.setText(self.tr("&Kind:"))
        self.kind_combo.setAccessibleName(self.tr("Kind of card"))
        self.language_label.setText(self.tr("Language:"))
        self.view.setAccessibleName(self.tr("Cards"))
        kinds = [("", self.tr("All kinds")), ("fact", self.tr("Facts")),
                 ("debate", self.tr("Debates")), ("event", self.tr("Events"))]
        current = self.kind_combo.currentData() or ""
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind, label in kinds:
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        self.kind_combo.setMinimumWidth(self.kind_combo.sizeHint().width())  # "Tous les types", never "Tous les"
        current_theme = self.theme_list.currentItem()
        self._fill_themes(current_theme.data(ThemeRole) if current_theme is not None else ALL)
        self._update_count()
