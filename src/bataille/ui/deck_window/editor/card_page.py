"""The cards page of the editor: the list, the form of the chosen card, and the card as it will be."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from bataille.ui.deck_window.columns import EditorColumns
from bataille.ui.deck_window.editor.card_list import EditorCardList
from bataille.ui.deck_window.editor.fields import NumberField, StringField, TextField
from bataille.ui.deck_window.editor.form import Context, Form, translate
from bataille.ui.deck_window.editor.previews import Previews, alone, card_at, printed_faces
from bataille.ui.deck_window.editor.specs import CARD_SPECS
from bataille.ui.marked_label import MarkedLabel

PREVIEW_DELAY_MS = 150
ZOOM_STEP = 80  # pixels the previews gain or give back at each Larger / Smaller Cards
ZOOM_MIN_FORM, ZOOM_MIN_PREVIEWS = 380, 280


class CardPage(QWidget):
    """List | form | previews; the previews and the fit marks follow the typing, 150 ms behind."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = "fr"
        self.cards = EditorCardList(ctx)
        ctx.writers["theme"] = self._write_theme
        self.form: Form | None = None
        self._form_key: tuple | None = None
        self.fit_lines: dict[tuple, list[str]] = {}
        self.fit_card: str | None = None  # the card the fit lines are about (they follow it 150 ms behind)
        self.fit_said: list[tuple[str, str, object]] = []  # (field, language, FitProblem), for the editor's list
        self.on_fits = lambda: None  # the editor puts the marks on the fields
        self.no_source = MarkedLabel()
        self.no_source.set_warning(True)
        self.no_source.setObjectName("noSource")
        self.no_source.setWordWrap(True)
        self.no_source.setStyleSheet("QLabel { background: #FFF4D6; color: #1A1A1A; border: 2px solid #B26A00;"
                                     " border-radius: 4px; padding: 4px; }")
        self.no_source.hide()
        self.form_holder = QWidget()
        self.form_layout = QVBoxLayout(self.form_holder)
        self.form_layout.setContentsMargins(8, 4, 12, 8)
        self.form_layout.addWidget(self.no_source)
        self.form_layout.addStretch(1)
        self.previews = Previews()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.update_previews)
        # List | form | previews; on a narrow window the previews go under the form (columns.py). The list
        # as wide as the longest French titles of the bundled deck need to read whole on two lines.
        self.splitter = EditorColumns(self.cards, self.form_holder, self.previews, [330, 600, 420])
        self.scroll = self.splitter.scroll
        self.scroll.setObjectName("cardFormScroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.held_note = MarkedLabel()  # the card held while its file cannot be read: why it cannot change
        self.held_note.set_warning(True)
        self.held_note.setObjectName("heldCard")
        self.held_note.setWordWrap(True)
        self.held_note.setStyleSheet(self.no_source.styleSheet())
        self.held_note.hide()
        self.form_layout.insertWidget(0, self.held_note)
        self.cards.cardChosen.connect(self._on_chosen)
        self.cards.cardAdded.connect(self.focus_first_blank)

    def zoom(self, steps: int) -> None:
        """Larger cards (steps > 0) or smaller: the previews take room from the form, or give it back."""
        if self.splitter.stacked:  # the previews under the form take its width: no room to trade
            return
        sizes = self.splitter.sizes()
        form_room = sizes[1] - ZOOM_MIN_FORM
        preview_room = sizes[2] - ZOOM_MIN_PREVIEWS
        step = max(-preview_room, min(form_room, steps * ZOOM_STEP))
        if step:
            self.splitter.setSizes([sizes[0], sizes[1] - step, sizes[2] + step])

    # -- the chosen card -----------------------------------------------------------------------

    def _on_chosen(self, where) -> None:
        held = self.cards.held
        self.held_note.setVisible(held is not None and self.form is not None)
        if held is not None and self.form is not None:
            # Its file no longer reads: the card stays shown as it was, and cannot be typed into, until the file
            # reads again (then it is chosen again). No other card is shown in its place for the keys to go to.
            focus = QApplication.focusWidget()
            if focus is not None and self.form.isAncestorOf(focus):
                self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form.setEnabled(False)
            self.held_note.setText(translate("DeckEditor", "%1 cannot be read: this card stays as it was, and cannot be "
                                             "changed until the file is corrected in a text editor. It comes back here as "
                                             "soon as the file reads.").replace("%1", held[1][0]))
            self.timer.start()
            return
        kind = self.ctx.value((where[0], (*where[1], "kind"))) if where else None
        key = (where, kind)
        if key != self._form_key:
            self._form_key = key
            if self.form is not None:
                self.form.hide()
                self.form.deleteLater()
                self.form = None
            if where is not None and kind in CARD_SPECS:
                self.form = Form(self.ctx, where, CARD_SPECS[kind], header=True)
                self.form.setObjectName("cardForm")
                self.form_layout.insertWidget(2, self.form)
        elif self.form is not None:
            self.form.setEnabled(True)
            self.form.refresh()
        self._show_source_mark()
        self.timer.start()

    def _write_theme(self, where, theme: object) -> bool:
        """A card's theme chosen (it may go to its theme's file: ``write_theme``); the cursor stays in the field."""
        if not self.cards.write_theme(where, theme):
            return False
        field = self.form.field("theme") if self.form is not None else None
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_first_blank(self) -> None:
        """A new card: the cursor in its first field to fill (its id is filled already: keys typed there
        would lengthen it), in sight."""
        fields = self.form.all_fields() if self.form is not None else []
        blank = next((f for f in fields if isinstance(f, (TextField, NumberField, StringField))
                      and self.ctx.value(f.reads) in (None, "")), fields[0] if fields else None)
        if blank is not None:
            blank.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(blank)

    def refresh(self) -> None:
        """The draft changed (an edit, undo, redo, reload): list, form and pictures follow."""
        self.cards.refresh()
        self.timer.start()

    def _show_source_mark(self) -> None:
        where = self._form_key[0] if self._form_key else None
        kind = self._form_key[1] if self._form_key else None
        sources = self.ctx.value((where[0], (*where[1], "sources"))) if where else None
        missing = kind in ("fact", "event") and not sources and self.cards.held is None  # held: its file unread
        self.no_source.setText(translate("DeckEditor", "This card has no source: add where its facts come from "
                                         "(title, publisher, year, address)."))
        self.no_source.setVisible(missing)

    # -- the card as it will be ----------------------------------------------------------------

    def shown_deck(self):
        """The deck the previews draw: the draft's, or as much of it as reads while it has problems."""
        deck = self.ctx.draft.deck
        return deck if deck is not None else getattr(self.ctx.draft, "partial_deck", None)

    def current_card(self):
        """The card chosen in the list as the deck reads it: the one written at its place, even when
        another card has its id."""
        deck = self.shown_deck()
        card_id = self.cards.current_id()
        if deck is None or card_id is None:
            return None
        return card_at(deck, card_id, self.ctx.draft, self.cards.current_where())

    def update_previews(self) -> None:
        """Draw the card printed and on the stage; mark the fields that will not fit."""
        self._show_source_mark()
        card = self.current_card()
        deck = self.shown_deck()
        if card is not None and deck is not None:
            deck = alone(deck, card)  # the stage finds its card by id: not another one with that id
        self.fit_card, self.fit_said = (card.id if card is not None else None), []
        if card is None or deck is None:
            self.previews.clear()
            self._mark_fits({})
            return
        lines: dict[tuple, list[str]] = {}
        for lang in deck.languages:
            problems = (self.previews.show_card(deck, card, lang, stale=self.ctx.draft.deck is None)
                        if lang == self.lang else printed_faces(deck, card, lang)[2])
            for p in (p for p in problems if p.field != "icon"):  # a theme's icon: the deck's problem, said once
                said = fit_message(p, self.ui_lang())
                self.fit_said.append((p.field, lang, p))
                lines.setdefault((p.field, lang), []).append(translate("DeckEditor", "Will not fit on the printed card: %1")
                                                               .replace("%1", said))
        if self.lang not in deck.languages:
            self.previews.show_card(deck, card, deck.languages[0])
        self._mark_fits(lines)

    def ui_lang(self) -> str:
        from bataille.ui.i18n import interface_language

        return interface_language()

    def _mark_fits(self, lines: dict[tuple, list[str]]) -> None:
        self.fit_lines = lines
        self.on_fits()

    def fit_marks_for(self, form: Form) -> dict[tuple, list[str]]:
        """Fit lines keyed by the full key path of the field (or list) they belong to."""
        base = form.where[1]
        marks: dict[tuple, list[str]] = {}
        for (name, lang), text in self.fit_lines.items():
            if form.field(name, lang) is not None:
                marks.setdefault((*base, name, lang), []).extend(text)
            else:
                marks.setdefault((*base, name), []).extend(text)
        return marks


def fit_message(problem, lang: str) -> str:
    """What is wrong with a field on the printed card, in ``lang``, with what to do: in English too, a
    larger card size is offered beside shortening it, as the French says."""
    said = problem.message_in(lang)
    key = getattr(problem.wording, "key", "")
    if lang != "fr" and key == "fit.overflow":
        return said + translate("DeckEditor", " or choose a larger card size")
    if lang != "fr" and key == "fit.word_too_wide":
        return said + translate("DeckEditor", ": shorten that word or choose a larger card size")
    return said
