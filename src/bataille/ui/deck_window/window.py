"""The deck window: the deck browser, its menus (built in ``menus``), and the panel of problems in the deck files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.models import Card, Deck
from bataille.ui.card_face import clear_icon_cache
from bataille.ui.commands import Command, Commands, Scope
from bataille.ui.deck_window.before_print import deck_loads, edits_saved
from bataille.ui.deck_window.browser import DeckBrowser
from bataille.ui.deck_window.card_preview import CardPreview
from bataille.ui.deck_window.editing import EditMode
from bataille.ui.deck_window.editor.new_deck import default_folder
from bataille.ui.deck_window.menus import build_menus, check_language, name_menus
from bataille.ui.deck_window.problems import DeckProblemsPanel, named_files
from bataille.ui.deck_window.watcher import DeckWatcher, deck_folder_of
from bataille.ui.i18n import Translations, system_language
from bataille.ui.identity import APPLICATION_DISPLAY_NAME
from bataille.ui.pdf_files import save_guide
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.screen_fit import fit_to_screen
from bataille.ui.settings import Settings

WINDOW_KEY = "deck"


class DeckWindow(QMainWindow):
    """Browse the deck that is open; follow its files as they are edited."""

    def __init__(self, translations: Translations, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckWindow")
        self._translations = translations
        self._settings = settings
        self.registry = Commands(self, Scope.DECK)
        self.watcher = DeckWatcher(self)
        self.browser = DeckBrowser()
        self.problems = DeckProblemsPanel()
        self.preview: CardPreview | None = None
        self.print_dialog: PrintDialog | None = None
        self._opened: tuple = (None, None)  # the deck folder open, and its deck as it was opened
        self.editing = EditMode(self, self.registry)
        self._build_pages()
        self.deck_label = QLabel()
        self.deck_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A normal widget, not a permanent one: a message (saved, deleted, changed on disk) takes its
        # place while it is shown. Permanent and stretched, it covered the whole bar and hid every one.
        self.statusBar().addWidget(self.deck_label, 1)
        build_menus(self, settings)
        self.retranslate()
        self._connect(translations)
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        # Larger screens get larger cards by default: the same number of cards, easier to read.
        self.browser.set_card_width(settings.card_width or (300 if screen.width() >= 1800 else 260))
        self._on_language_changed(translations.language or system_language())
        geometry = settings.geometry(WINDOW_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()

    def _build_pages(self) -> None:
        """The two pages, browsing and editing, and the buttons that lead from one to the other."""
        browse = QWidget()
        layout = QVBoxLayout(browse)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(self.problems)
        layout.addWidget(self.browser, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        self.stack.addWidget(self.editing.page)
        self.editing.page.layout().setContentsMargins(12, 8, 12, 4)
        # Editing is in sight on both pages, not only in the Edit menu: a button to open the editor
        # at the end of the browser's bar, one to go back to the cards beside the editor's tabs.
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editDeck")
        self.edit_button.clicked.connect(lambda: self.set_editing(True))
        self.print_button = QPushButton()
        self.print_button.setObjectName("printCards")
        self.print_button.clicked.connect(lambda: self.registry[Command.PRINT_CARDS].trigger())
        self.browser.bar.add_group([self.print_button, self.edit_button])
        self.done_button = QPushButton()
        self.done_button.setObjectName("backToCards")
        self.done_button.clicked.connect(lambda: self.set_editing(False))
        self.editing.editor.tabs.setCornerWidget(self.done_button, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.stack)

    def _connect(self, translations: Translations) -> None:
        self.watcher.deckLoaded.connect(self._on_deck_loaded)
        self.watcher.problemsFound.connect(self._on_problems)
        self.watcher.deckLoaded.connect(lambda _deck: self.editing.disk_changed())
        self.watcher.problemsFound.connect(lambda _problems: self.editing.disk_changed())
        self.editing.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.problems.reloadRequested.connect(self.watcher.reload)
        self.problems.fieldChosen.connect(self.edit_at)
        self.browser.languageRequested.connect(self.choose_language)
        self.browser.cardActivated.connect(self.show_card)
        self.browser.view.selectionModel().selectionChanged.connect(self._name_print_card)
        self.stack.currentChanged.connect(self._name_print_card)
        translations.languageChanged.connect(self._on_language_changed)

    # -- deck ------------------------------------------------------------------------------------

    @property
    def deck(self) -> Deck | None:
        return self.watcher.deck

    def open_deck(self, path: Path) -> Deck | None:
        """Show the deck at ``path`` and follow its files from now on; a message about another deck goes."""
        if self.watcher.folder is not None and deck_folder_of(Path(path)) != self.watcher.folder:
            self.statusBar().clearMessage()
        return self.watcher.open(path)

    def _on_deck_loaded(self, deck: Deck) -> None:
        clear_icon_cache()
        if self._opened[0] != self.watcher.folder:  # the cards printed as "added or changed" are measured from it
            self._opened = (self.watcher.folder, deck)
        self.problems.deck_loaded(deck, self.watcher.folder)  # and, a moment later, what the stage would cut
        self.browser.set_deck(deck)
        self._show_deck_label()

    def _on_problems(self, problems: list) -> None:
        kept = self.watcher.deck is not None
        if not kept:
            self.browser.set_deck(None, *self._why_no_cards())
        self.problems.show_problems(problems, kept_deck=kept, folder=self.watcher.folder)
        self._show_deck_label()

    def _why_no_cards(self) -> tuple[str, str]:
        """The browser's sentence while the deck never loaded (why no card shows, what brings them), and its tooltip."""
        files, paths = named_files(self.watcher.problems, self.watcher.folder)  # in the deck folder, in full
        return self.tr("The cards cannot be shown here until %1 is fixed: a workshop runs on a whole deck. The "
                       "editor (Ctrl+E) shows the cards that read, and leads to each problem listed above; the "
                       "cards come back here as soon as the file is saved.", "", len(files)).replace("%1", ", ".join(files)), \
            "\n".join(paths)

    def _show_deck_label(self) -> None:
        deck, folder = self.watcher.deck, self.watcher.folder
        lang = self.browser.language
        title = deck.title.get(lang) if deck else self.tr("no deck loaded")
        self.setWindowTitle(f"{title}[*] — {APPLICATION_DISPLAY_NAME}" if deck else f"{APPLICATION_DISPLAY_NAME}[*]")
        text = self.tr("Deck: %1, version %2 — %3") if deck else self.tr("Deck folder: %3")
        text = text.replace("%1", title).replace("%2", deck.version if deck else "")
        self.deck_label.setText(text.replace("%3", str(folder or "")))

    def ask_open_deck(self) -> None:
        start = self._settings.last_deck_folder or str(self.watcher.folder or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a deck folder"), start)
        if folder and self.switch_deck(Path(folder)):
            self._settings.last_deck_folder = folder

    def switch_deck(self, path: Path) -> bool:
        """Show the deck at ``path`` in the whole window (browser, status bar, editor when open). Unsaved
        edits are asked about first (save, drop, or stay); False when the teacher stays: nothing changes."""
        if self.editing.draft is not None and self.editing.draft.dirty and not self._leave_edits():
            return False
        editing = self.editing_on or self.editing.draft is not None
        self.editing.draft = None  # the old deck's draft goes before the new deck comes in
        self.editing.banner.hide()
        self.editing.update_actions()
        self.open_deck(path)
        if editing and (self.watcher.folder is None or not self.editing.open(self.watcher.folder)):
            editing = False
        self.stack.setCurrentIndex(1 if editing else 0)
        self.registry[Command.EDIT_DECK].setChecked(editing)
        return True

    # -- editing ---------------------------------------------------------------------------------

    @property
    def editing_on(self) -> bool:
        return self.stack.currentIndex() == 1

    def set_editing(self, on: bool) -> bool:
        """Switch to the editor (on the open deck) or back to browsing; False when it cannot."""
        if on and self.watcher.folder is not None and self.editing.draft is None:
            if not self.editing.open(self.watcher.folder):
                on = False
        if not on and self.editing.draft is not None and self.editing.draft.dirty and not self._leave_edits():
            on = True
        if on and not self.editing_on:  # from the browser: its search and its selected card come along
            self.editing.follow_browser(self.browser)
        page = self.editing.editor.cards
        edited = page.cards.current_id() if page is not None and self.editing_on and not on else None
        self.stack.setCurrentIndex(1 if on else 0)
        self.registry[Command.EDIT_DECK].setChecked(on)
        if not on:
            self.editing.draft = None
            self.watcher.reload()
            if edited:  # the card just edited (or added), in sight: no theme to choose, no scrolling
                self.browser.reveal(edited)
        return on

    def edit_first_problem(self) -> bool:
        """The editor, at the deck's first problem (its page, its card, its field); False when the
        editor cannot open (then the browser and its panel of problems stay)."""
        if not self.set_editing(True):
            return False
        editor = self.editing.editor
        if editor.problem_list.count():
            editor.jump(editor.problem_list.item(0))
        return True

    def edit_at(self, where, line: int) -> bool:
        """The editor, at the field ``where`` (file, key path) written at ``line``."""
        return self.set_editing(True) and self.editing.editor.go_to(where, line)

    def find(self) -> None:
        """Ctrl+F: the search of the page shown, the editor's card filter or the browser's search."""
        if self.editing_on and self.editing.draft is not None:
            self.editing.editor.focus_filter()
        else:
            self.browser.focus_search()

    def zoom(self, steps: int) -> None:
        """Larger or smaller cards on the page shown (the editor's previews, or the browser's cards), and
        there alone: the other page keeps its size."""
        if self.editing_on and self.editing.draft is not None:
            self.editing.editor.zoom(steps)
        else:
            self.browser.zoom(steps)

    def _leave_edits(self) -> bool:
        """Unsaved edits: save them, drop them, or stay; True when they may be left."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved edits"),
                          self.tr("The deck has edits that are not saved. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Don't save"))  # not Qt's "Discard"
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.editing.save()
        return answer == QMessageBox.StandardButton.Discard

    def import_cards(self) -> None:
        """Add cards from a spreadsheet (CSV) to the open deck, in the editor."""
        if self.set_editing(True):
            self.editing.ask_import()

    def new_deck(self) -> None:
        """Create a deck folder (from the bundled deck or empty) and edit it."""
        if self.editing.draft is not None and self.editing.draft.dirty and not self._leave_edits():
            return
        folder = self.editing.new_deck(default_folder(self.tr("new-deck"), self._settings.last_deck_folder))
        if folder is not None:
            self._settings.last_deck_folder = str(folder)  # the next new deck is proposed beside this one
            self.open_deck(folder)
            self.stack.setCurrentIndex(1)
            self.registry[Command.EDIT_DECK].setChecked(True)

    def save_copy(self) -> bool:
        """Save the deck, with the edits not saved yet, as a copy in a folder the teacher chooses, and
        go on with the copy (as with a deck folder opened); False, the edits still open, when it was not."""
        from bataille.ui.deck_window.deck_copy import save_copy

        return save_copy(self)

    def show_card(self, card: Card) -> None:
        """Open the card large, in a window of its own."""
        if self.deck is None:
            return
        if self.preview is None:
            self.preview = CardPreview(self)
            screen = self.screen().availableGeometry()
            height = round(screen.height() * 0.8)
            self.preview.resize(round(height / 1.3), height)
        self.preview.show_card(card, self.deck, self.browser.language)
        self.preview.show()
        self.preview.raise_()
        self.preview.activateWindow()

    def _ready_to_print(self) -> bool:
        """Edits saved or knowingly left out, and a deck that loads, or its last good version
        knowingly printed (before_print.py); False: nothing is printed."""
        draft = self.editing.draft
        if not edits_saved(self, draft is not None and draft.dirty, self._save_for_print):
            return False
        return deck_loads(self, len(self.watcher.problems), self.deck is not None, self.edit_first_problem)

    def _save_for_print(self) -> bool:
        if not self.editing.save():
            return False
        self.watcher.reload()  # printed now: the files' watcher would read them a moment later
        return True

    def print_cards(self) -> None:
        """Open the print dialog (options, live preview, Save as PDF) on the open deck."""
        self._open_print(())

    def print_card(self) -> None:
        """The print dialog with only the cards chosen: the one in the editor, or those selected among
        the cards (Ctrl- or Shift-click chooses several), in the order shown."""
        page = self.editing.editor.cards
        if self.editing_on and page is not None:
            cards = (page.cards.current_id(),) if page.cards.current_id() else ()
        else:
            cards = tuple(card.id for card in self.browser.view.chosen_cards())
        if not cards:
            self.statusBar().showMessage(self.tr("Choose a card first: click it among the cards, or in the editor."),
                                         8000)
            return
        self._open_print(cards)

    def _name_print_card(self) -> None:
        """« Imprimer cette carte… », or « Imprimer ces 3 cartes… » while several cards are selected."""
        action = self.print_card_action
        count = 0 if self.editing_on else len(self.browser.view.selectionModel().selectedIndexes())
        tip = self.tr("Print only the %n cards selected, with their backs", "", count)
        text, tool_tip, tip = ((self.tr("Print &these %n cards…", "", count), tip, tip) if count > 1
                               else self._one_card_words)
        action.setText(text), action.setToolTip(tool_tip), action.setStatusTip(tip)

    def _open_print(self, cards: tuple[str, ...]) -> None:
        if not self._ready_to_print() or self.deck is None:
            return
        if self.print_dialog is None:
            self.print_dialog = PrintDialog(self.deck, self._settings, self.browser.language, self)
            self.watcher.deckLoaded.connect(self.print_dialog.set_deck)
        self.print_dialog.choose_cards(cards, self._opened[1])
        self.print_dialog.show()
        self.print_dialog.raise_()
        self.print_dialog.activateWindow()

    def save_guide(self) -> None:
        """Save the facilitator's guide of the open deck as PDF."""
        if self._ready_to_print() and self.deck is not None:
            save_guide(self, self.deck, self.browser.language, self._settings)

    # -- language --------------------------------------------------------------------------------

    def choose_language(self, lang: str) -> None:
        """Use ``lang`` from now on ("" follows the system language) and remember the choice."""
        self._settings.language = lang
        self._translations.set_language(lang or system_language())
        check_language(self, self._settings.language)

    def _on_language_changed(self, lang: str) -> None:
        self.browser.set_language(lang)
        self.editing.editor.set_language(lang)
        check_language(self, self._settings.language)
        self._show_deck_label()
        if self.preview is not None and self.preview.card_widget.card is not None and self.deck:
            self.preview.show_card(self.preview.card_widget.card, self.deck, lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.registry.retranslate()
        action = self.print_card_action
        self._one_card_words = (action.text(), action.toolTip(), action.statusTip())
        self._name_print_card()
        name_menus(self)
        self.setAccessibleName(self.tr("Deck browser"))
        self.deck_label.setAccessibleName(self.tr("Open deck"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the cards or the workshop kit: sheets to cut out, as PDF (Ctrl+P)"))
        self.edit_button.setText(self.tr("Edit the deck"))
        self.edit_button.setToolTip(self.tr("Add or change cards, themes and scenarios (Ctrl+E)"))
        self.editing.read_only.retranslate()
        self.editing.banner.retranslate()
        self.done_button.setText(self.tr("Back to the cards"))
        self.done_button.setToolTip(self.tr("Leave the editor and see the deck's cards (Ctrl+E); unsaved edits are "
                                            "asked about first"))
        self._show_deck_label()
        if self.watcher.deck is None and self.watcher.problems:
            self.browser.set_deck(None, *self._why_no_cards())

    # -- window ----------------------------------------------------------------------------------

    def _default_geometry(self) -> None:
        """Most of a large screen; all of a small one (a laptop at 150 % is 911×512 points: 85 % of it
        cut the bar and the themes), never more than its free area."""
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        fit_to_screen(self, max(round(screen.width() * 0.85), 1200), max(round(screen.height() * 0.85), 720))
        self.move(screen.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.editing.draft is not None and self.editing.draft.dirty and not self._leave_edits():
            event.ignore()
            return
        self._settings.set_geometry(WINDOW_KEY, self.saveGeometry())
        self._settings.card_width = self.browser.card_width()
        self._settings.sync()
        super().closeEvent(event)
