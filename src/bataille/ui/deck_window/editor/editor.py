"""The deck editor: pages for cards, themes, scenarios and the agenda over one draft of the deck,
the problems found as you type (at the field, and in a list that leads to it), save, undo and redo.

The draft (``bataille.deck.draft.Draft``) holds the files' text, the undo history and the problems;
the editor only shows it and sends it edits.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QTabWidget, QVBoxLayout, QWidget

from bataille.deck.folder import is_agenda
from bataille.deck.models import PHASE_KINDS
from bataille.ui.deck_window.editor import extras
from bataille.ui.deck_window.editor.card_page import CardPage
from bataille.ui.deck_window.editor.form import Context, Form, tr, translate
from bataille.ui.deck_window.editor.marks import apply_marks, field_path, problem_text
from bataille.ui.deck_window.editor.pages import (
    AgendaPage,
    ListPage,
    scenario_items,
    theme_choices,
    theme_items,
)
from bataille.ui.deck_window.editor.previews import ThemeCard, show_theme_card
from bataille.ui.deck_window.editor.print_fit import PrintFitWatch
from bataille.ui.deck_window.editor.specs import AGENDA, DECK, PHASE_KIND_LABELS, SCENARIO, THEME
from bataille.ui.deck_window.editor.warnings import StageWatch, editor_warnings, heading
from bataille.ui.deck_window.problems import ProblemList
from bataille.ui.marked_label import MarkedLabel

REFRESH_DELAY_MS = 150
WhereRole = Qt.ItemDataRole.UserRole + 50
FileRole = Qt.ItemDataRole.UserRole + 51
LineRole = Qt.ItemDataRole.UserRole + 52
FieldRole = Qt.ItemDataRole.UserRole + 53  # the field of the item a problem is about, when it names one it lacks
CARDS, THEMES, SCENARIOS, AGENDA_PAGE = range(4)


class DeckEditor(QWidget):
    """Edit one deck folder through a draft; ``changed`` after every change of the draft."""

    changed = Signal()
    failed = Signal(str)  # a change the draft refused, in its words
    said = Signal(str)  # what an edit did, when the page does not show it (a card deleted…)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckEditor")
        self.draft = None
        self.folder: Path | None = None
        self.ctx: Context | None = None
        self.lang = "fr"
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.currentChanged.connect(lambda _i: self.refresh_now())
        self.problems_heading = MarkedLabel()
        self.problems_heading.setObjectName("editorProblemsHeading")
        self.problem_list = ProblemList(4)  # four at most, each whole: the pages keep the rest of the window
        self.problem_list.setObjectName("editorProblems")
        self.problem_list.itemActivated.connect(self.jump)
        self.problem_list.itemClicked.connect(self.jump)
        self.retranslate()
        self.problem_list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.tabs.hide()  # placed in the layout once there is a deck to edit: an empty tab bar has no name to say
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problem_list)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh_now)
        self.cards: CardPage | None = None
        self.themes: ListPage | None = None
        self.scenarios: ListPage | None = None
        self.agenda: AgendaPage | None = None
        self.stage = StageWatch(self)  # what the projected stage would cut of the scenario shown
        self.stage.found.connect(self.apply_marks)
        self.card_fits: dict[str, list] = {}  # card id -> what the printed card cannot hold, of every card
        self.print_fits = PrintFitWatch(self)  # every card's, laid out a card at a time (the card shown: at once)
        self.print_fits.found.connect(self._on_print_fits)
        self._counts = (0, 0, False)  # problems, warnings, whether a problem has no field (a line of YAML)

    # -- the draft -----------------------------------------------------------------------------

    def open_draft(self, draft, folder: Path) -> None:
        """Edit ``draft`` of the deck in ``folder`` (pages are made anew)."""
        from bataille.deck.draft import typeset_typing

        self.draft, self.folder = draft, Path(folder)
        self.card_fits = {}
        self.stage.stop()
        self.print_fits.watch(draft)
        languages = tuple(self._languages())
        self.ctx = Context(draft, languages, typeset_typing)
        self.ctx.on_error = lambda error: self.failed.emit(_in_interface_language(error))
        self.ctx.say = self.said.emit
        extras.install(self.ctx, self.folder)
        self.ctx.choices["themes"] = lambda where: theme_choices(self.ctx, self.lang, where)
        self.ctx.choices["phase_kinds"] = lambda _where: [(k, tr(PHASE_KIND_LABELS[k])) for k in PHASE_KINDS]
        self._build_pages()
        draft.on_change(self._on_draft_changed)
        self.refresh_now()

    def _build_pages(self) -> None:
        """The four pages, made anew (on opening, and when the interface changes language)."""
        if self.tabs.parentWidget() is None:
            self.layout().insertWidget(0, self.tabs, 1)
            self.tabs.show()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.cards = CardPage(self.ctx)
        self.cards.lang = self.cards.cards.lang = self.lang
        self.cards.on_fits = self.apply_marks
        deck_form = Form(self.ctx, ("cards/deck.yaml", ()), DECK, header=True)
        deck_form.setObjectName("deckForm")
        self.themes = ListPage(self.ctx, THEME, lambda: theme_items(self.ctx, self.lang), translate("DeckEditor", "Themes"), "themes",
                               top=deck_form, titles=(translate("DeckEditor", "The deck"), translate("DeckEditor", "The chosen theme")),
                               side_widget=ThemeCard(), add_text=translate("DeckEditor", "+ Theme"))
        self.themes.add_button.clicked.connect(self.add_theme)
        self.themes.remove_button.clicked.connect(self.remove_theme)
        self.scenarios = ListPage(self.ctx, SCENARIO, lambda: scenario_items(self.ctx, self.lang), translate("DeckEditor", "Scenarios"),
                                  "scenarios", add_text=translate("DeckEditor", "+ Scenario"))
        self.scenarios.add_button.clicked.connect(self.add_scenario)
        self.scenarios.remove_button.clicked.connect(self.remove_scenario)
        self.agenda = AgendaPage(self.ctx, AGENDA)
        for page, name in ((self.cards, translate("DeckEditor", "Cards")), (self.themes, translate("DeckEditor", "Deck and themes")),
                           (self.scenarios, translate("DeckEditor", "Scenarios")), (self.agenda, translate("DeckEditor", "Agenda"))):
            self.tabs.addTab(page, name)

    def _languages(self) -> list[str]:
        found = self.ctx_value(("cards/deck.yaml", ("languages",)))
        return [str(x) for x in found] if isinstance(found, list) and found else ["fr", "en"]

    def ctx_value(self, where) -> object:
        try:
            return self.draft.value(where)
        except (KeyError, IndexError, TypeError, ValueError):
            return None

    def _on_draft_changed(self, *_args) -> None:
        self.timer.start()
        self.print_fits.watch(self.draft)
        self.changed.emit()

    def _on_print_fits(self) -> None:
        self.card_fits = dict(self.print_fits.fits)  # the card shown: as its previews last found it
        self.apply_marks()

    def refresh_now(self) -> None:
        """Every page, the previews and the marks follow the draft now."""
        self.timer.stop()
        if self.draft is None:
            return
        page = self.tabs.currentWidget()
        if page is not None:
            page.refresh()
        if page is self.cards:
            self.cards.update_previews()
        if page is self.themes:
            show_theme_card(self)
        where = self.scenarios.current_where() if page is self.scenarios else None
        self.stage.watch(self.draft, where[0] if where else None,
                         self.ctx_value((where[0], ("scenario", "id"))) if where else None)
        self.apply_marks()

    def set_language(self, lang: str) -> None:
        """The language of the card titles in lists and of the previews."""
        self.lang = lang
        if self.cards is not None:
            self.cards.lang = self.cards.cards.lang = lang
            self.refresh_now()

    def focus_filter(self) -> None:
        """Ctrl+F in the editor: the cards page, the cursor in its filter."""
        if self.cards is not None:
            self.tabs.setCurrentWidget(self.cards)
            self.cards.cards.focus_filter()

    def zoom(self, steps: int) -> None:
        """Larger or smaller cards: the previews of the cards page."""
        if self.cards is not None:
            self.tabs.setCurrentWidget(self.cards)
            self.cards.zoom(steps)

    # -- marks and problems --------------------------------------------------------------------

    def visible_forms(self) -> list[Form]:
        page = self.tabs.currentWidget()
        if page is self.cards:
            return [self.cards.form] if self.cards.form is not None else []
        return page.forms() if page is not None else []

    def apply_marks(self) -> None:
        if self.draft is None:
            return
        problems = list(self.draft.problems)
        fits = {}
        if self.cards is not None and self.cards.form is not None:
            file = self.cards.form.where[0]
            fits = {(file, path): lines for path, lines in self.cards.fit_marks_for(self.cards.form).items()}
        if self.cards is not None and self.cards.fit_card is not None:
            self.card_fits[self.cards.fit_card] = list(self.cards.fit_said)
        for key, lines in self.stage.marks().items():
            fits.setdefault(key, []).extend(lines)
        apply_marks(self.visible_forms(), problems, fits)
        self._list_problems(problems)

    def _list_problems(self, problems: list) -> None:
        self.problem_list.clear()
        warnings = editor_warnings(self)
        rows = [(problem_text(p), getattr(p, "where", None), getattr(p, "file", None), getattr(p, "line", 0),
                 field_path(p)) for p in problems] + [(w.text, w.where, w.where[0], w.line, w.field) for w in warnings]
        for text, where, file, line, field in rows:
            item = QListWidgetItem(text)
            for role, value in ((WhereRole, where), (FileRole, file), (LineRole, line), (FieldRole, field)):
                item.setData(role, value)
            self.problem_list.addItem(item)
        self._counts = (len(problems), len(warnings), any(not getattr(p, "where", None) for p in problems))
        self.show_heading(self.draft.dirty)
        self.problem_list.setVisible(self.problem_list.count() > 0)
        self.problem_list.fit()

    def show_heading(self, dirty: bool) -> None:
        """Above the problems: how many there are, else whether edits wait to be saved (Ctrl+S)."""
        if self.draft is None:
            return
        n, w, no_field = self._counts  # as last listed: the draft is checked 150 ms after the typing
        self.problems_heading.setText(heading(n, w, dirty, no_field))
        self.problems_heading.set_warning(n + w > 0)

    def jump(self, item: QListWidgetItem) -> bool:
        """Show the page, the item and the field a problem is about, and put the cursor there."""
        where = item.data(WhereRole)
        if not where:
            return self._jump_to_file(item.data(FileRole), item.data(LineRole) or 0)
        return self.go_to(where, item.data(LineRole) or 0, item.data(FieldRole))

    def go_to(self, where, line: int, field: tuple | None = None) -> bool:
        """Show the page, the item and the field at ``where`` (``field``: a field in it to prefer), the
        cursor there."""
        file, path = where
        if file.startswith("cards/") and file != "cards/deck.yaml" and (len(path) < 2 or path[0] != "cards"):
            return self._jump_to_file(file, line)  # about the file, not one card
        if file.startswith("cards/") and file != "cards/deck.yaml":
            self.tabs.setCurrentWidget(self.cards)
            self.cards.cards.choose_where((file, tuple(path[:2])))
        elif file == "cards/deck.yaml":
            self.tabs.setCurrentWidget(self.themes)
            if len(path) >= 2 and path[0] == "themes":
                self.themes.choose((file, tuple(path[:2])))
        elif self.page_of(file) is self.agenda:
            self.tabs.setCurrentWidget(self.agenda)
        elif file.startswith("scenarios/"):
            self.tabs.setCurrentWidget(self.scenarios)
            self.scenarios.choose((file, ("scenario",)))
        self.refresh_now()
        fields = [f for form in self.visible_forms() for f in form.all_fields()]
        for wanted in ([(*path, *field)] if field else []) + [tuple(path)]:
            for f in fields:
                if f.where[0] == file and tuple(f.where[1][:len(wanted)]) == wanted:
                    f.setFocus(Qt.FocusReason.OtherFocusReason)
                    f.editor.ensurePolished()
                    scroll = f.parentWidget()
                    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
                        scroll = scroll.parentWidget()
                    if scroll is not None:
                        scroll.ensureWidgetVisible(f)
                    return True
        return False

    def page_of(self, file: str) -> QWidget | None:
        if file == "cards/deck.yaml":
            return self.themes
        if file.startswith("cards/"):
            return self.cards
        if file.startswith("scenarios/"):
            return self.agenda if is_agenda(PurePosixPath(file)) else self.scenarios
        return None

    def _jump_to_file(self, file: str | None, line: int) -> bool:
        """A problem of a whole file (YAML that does not read, a file the deck cannot take): its page
        and its first card or its scenario; when nothing of it can be shown, the status bar says why."""
        page = self.page_of(file) if file else None
        if page is None:
            return False
        self.tabs.setCurrentWidget(page)
        self.refresh_now()
        text = self.draft.texts.get(file) or ""
        readable = not text.strip() or self.ctx_value((file, ())) is not None
        if page is self.cards and self.cards.cards.choose_file(file):
            self.cards.cards.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if page is self.scenarios and readable:
            self.scenarios.choose((file, ("scenario",)))
        if readable:
            return True  # its page is shown: the problem is about the file as a whole
        self.failed.emit(translate("DeckEditor", "%1 cannot be read (line %2): correct it in a text editor. "
                                   "Until then the editor cannot show what it holds.")
                         .replace("%1", file).replace("%2", str(line)))
        return False

    # -- themes and scenarios ------------------------------------------------------------------

    def add_theme(self) -> None:
        """A new theme, named in each language of the deck in that language (not in the interface's), under
        the first id ``theme-N`` no theme has (one removed before leaves a gap the count would fall into)."""
        from bataille.deck.editing.words import Message

        count = len(theme_items(self.ctx, self.lang))
        taken, n = set(self.draft.theme_ids()), count + 1
        while f"theme-{n}" in taken:
            n += 1
        name = Message("edit.new_theme")
        self.ctx.run(lambda: self.draft.add_theme(f"theme-{n}", name.render("fr"), name.render("en"), "#0B5CAD"))
        self.themes.refresh(keep=("cards/deck.yaml", ("themes", count)))

    def remove_theme(self) -> None:
        """Remove the chosen theme, with its cards after a question when it has some (theme_removal.py); the
        status bar says what went, and that Ctrl+Z brings it back."""
        from bataille.ui.deck_window.editor.theme_removal import ask_remove_theme, theme_removed

        where = self.themes.current_where()
        if where is None:
            return
        name, index, counts = self.themes.list.currentItem().text(), where[1][1], [(0, 0)]
        if not self.ctx.run(lambda: counts.append(self.draft.cards_of_theme(index))):
            return
        if counts[-1][0] and not ask_remove_theme(self, name, *counts[-1]):
            return
        if self.ctx.run(lambda: counts.append(self.draft.remove_theme(index))):
            self.said.emit(theme_removed(name, *counts[-1]))
        self.themes.refresh()

    def add_scenario(self) -> None:
        """A new scenario file with one indicator and two decisions of two options, to fill in (written on save)."""
        from bataille.ui.deck_window.editor.specs import new_scenario

        n = 1
        while f"scenarios/scenario-{n}.yaml" in self.draft.texts or (self.folder / f"scenarios/scenario-{n}.yaml").exists():
            n += 1
        file = f"scenarios/scenario-{n}.yaml"
        self.ctx.run(lambda: self.draft.set_value((file, ("scenario",)), new_scenario(f"scenario-{n}")))
        self.scenarios.refresh(keep=(file, ("scenario",)))

    def remove_scenario(self) -> None:
        """The chosen scenario's file goes (on save); undo brings it back, as for any edit."""
        where = self.scenarios.current_where()
        if where is not None:
            name = self.scenarios.list.currentItem().text()
            if self.ctx.run(lambda: self.draft.set_text(where[0], None)):
                self.said.emit(translate("DeckEditor", "Scenario “%1” removed: its file goes when you save. "
                                         "Ctrl+Z brings it back.").replace("%1", name))
            self.scenarios.refresh()

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(translate("DeckEditor", "Parts of the deck"))
        self.tabs.tabBar().setAccessibleName(translate("DeckEditor", "Parts of the deck"))
        self.problem_list.setAccessibleName(translate("DeckEditor", "Problems of the deck"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.LanguageChange and self.draft is not None and self.cards is not None:
            # Labels are set when a form is made: the pages are made again in the new language.
            tab, card_id = self.tabs.currentIndex(), self.cards.cards.current_id()
            query = self.cards.cards.filter.text()  # the cards looked for stay so, in the new language
            self._build_pages()
            self.tabs.setCurrentIndex(tab)
            self.cards.cards.filter.setText(query)
            self.cards.cards.refresh(keep=card_id)
            self.refresh_now()
        super().changeEvent(event)


def _in_interface_language(error: Exception) -> str:
    """A refusal of the draft in the interface's language (its English text when it has no wording)."""
    from bataille.ui.i18n import interface_language

    wording = getattr(error, "wording", None)
    return wording.render(interface_language()) if wording is not None else str(error)
