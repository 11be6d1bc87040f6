"""Changing the deck from the editor's card list: add a card of each kind where it belongs (its file,
its place, its theme, an id like its neighbours'), duplicate, move (by the buttons or a drag), delete.

Mixed into ``EditorCardList`` (which has ``ctx``, ``list``, ``refresh`` and the chosen card).
"""

from __future__ import annotations

from collections import Counter

from bataille.ui.deck_window.editor.card_rows import (
    IdRole,
    WhereRole,
    card_files,
    files_in_order,
    listed_cards,
)
from bataille.ui.deck_window.editor.context import translate


def new_card_file(draft, theme: str) -> str:
    """The card file a theme without one gets, named after it in the deck's cards/ folder: ``cards/<theme>.yaml``,
    else ``cards/<theme>-2.yaml``… the first that is neither in the draft nor on disk."""
    name, n = f"cards/{theme}.yaml", 2
    while name in draft.texts or (draft.folder / name).exists():
        name, n = f"cards/{theme}-{n}.yaml", n + 1
    return name


def copy_id(card_id: str, taken: list[str]) -> str:
    """The first of ``card_id``-2, -3… that no card has; a copy of a copy (“x-2” beside “x”) counts from “x”."""
    stem, _dash, number = card_id.rpartition("-")
    base = stem if number.isdigit() and stem in taken else card_id
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def duplicate_at(draft, where) -> str:
    """Copy the card at ``where`` (file, ("cards", i)), as written, right after it under a new id: one step."""
    from bataille.deck.editing import edits, lists
    from bataille.deck.editing.nodes import node_at, tree

    file, (_cards, index) = where
    card = draft.value(where)
    old = card.get("id") if isinstance(card, dict) else None
    new_id = copy_id(old if isinstance(old, str) and old else "card", draft.card_ids())
    text = draft.texts[file]
    separated = lists.separated(text, node_at(tree(text), ("cards",)))
    text = lists.insert_chunk(text, ("cards",), index + 1, lists.item_chunk(text, ("cards",), index), separated)
    draft.set_text(file, edits.set_value(text, ("cards", index + 1, "id"), new_id))
    return new_id


class CardChanges:
    """Add, duplicate, move and delete the cards of the list (each a step of undo)."""

    def _new_card(self, kind: str) -> tuple[dict, str | None, int, str | None]:
        """A new card of ``kind``: (its data, the file it goes in, its place there, its theme).

        It goes right after the chosen card, in its file (unless that file holds no card of its kind, as
        the timeline's events: then at the end of its theme's file), and takes the chosen card's theme, that is
        the theme of the file unless the card says another; a fact or a debate needs one, so it takes
        the file's (else the deck's first) when the chosen card is an event without one. Its id follows
        the ids around it ("bias-fact" among "bias-…" cards), and nothing is written that the teacher
        would have to remove: no ``year: null``; the checker says at the field that a year is missing.
        With the row of a file without cards chosen (a new theme's), it is the first card of that file."""
        draft = self.ctx.draft
        themes = draft.theme_ids()
        where = self.current_where()
        file, at, file_theme, theme = None, 0, None, None
        if where is not None:
            file, at = where[0], where[1][1] + 1
            file_theme = self.ctx.value((file, ("theme",)))
            card = self.ctx.value(where)
            theme = self._theme_of(file, card)
        empty = self.chosen_empty()
        if empty is not None:  # the row of a file with no card yet (a new theme's): its first card
            file, at = empty, 0
            file_theme = theme = self.ctx.value((file, ("theme",)))
        if self.chosen_unfiled() is not None:  # a theme with no file yet: the card makes it, named after it
            file, at, file_theme = None, 0, None
            theme = self.chosen_unfiled()
        if theme not in themes:  # none (an event's), or one the deck does not list
            fallback = file_theme if file_theme in themes else None
            theme = None if kind == "event" and theme is None else fallback
        if theme is None and kind != "event" and themes:
            theme = themes[0]
        if file is not None and empty is None and kind not in self._kinds_in(file):  # "+ Fact" on a timeline event: not
            file = None  # among the events of the timeline's file, but at the end of its theme's own file
        if file is None:  # no card chosen (an empty deck): the end of the theme's file, else a new file
            file = next((f for f in card_files(draft) if self.ctx.value((f, ("theme",))) == theme), None)
            at = len(self.ctx.value((file, ("cards",))) or []) if file else 0
        data = draft.skeleton(kind, draft.unique_id(self._id_base(kind, file, theme)), theme, True)
        if data.get("year", 0) is None:
            del data["year"]
        for source in data.get("sources", []):
            if source.get("year", 0) is None:
                del source["year"]
        return data, file, at, theme

    def write_theme(self, where, theme: object) -> bool:
        """The theme chosen in a card's form. A new card (not saved yet) of another theme than its file's
        goes to the end of that theme's file, and an id it was given (“bias-debate”, “bias-debate-2”)
        becomes the new theme's (“env-debate”); an id the teacher typed stays. A saved card stays where it
        is, saying the theme itself: moving it would take it from its place among its neighbours, and the
        status bar says so. An event stays in the timeline. False: not a card's theme, written as any value."""
        file, path = where
        if not (len(path) == 3 and path[0] == "cards" and path[2] == "theme" and file != "cards/deck.yaml"):
            return False
        draft, at = self.ctx.draft, (file, tuple(path[:2]))
        card = self.ctx.value(at)
        if not isinstance(card, dict) or not isinstance(card.get("id"), str) or card.get("kind") == "event":
            return False
        card_id, kind, old = card["id"], str(card.get("kind")), self._theme_of(file, card)
        target = draft.theme_file(kind, theme) if isinstance(theme, str) else None
        made = None  # a theme with no file yet (written in deck.yaml by hand): a new card makes it
        if target is None and theme in draft.theme_ids() and card_id not in draft.saved_card_ids():
            target = made = new_card_file(draft, str(theme))
        if target in (None, file) or old == theme:
            return False
        if card_id in draft.saved_card_ids():
            if self.ctx.run(lambda: draft.set_value(where, theme)):
                self.ctx.say(translate("DeckEditor", "This card keeps its place in %1 and says its theme itself: a "
                                       "saved card does not change file (its neighbours and comments stay as they are).")
                             .replace("%1", file))
            return True
        base = self._id_base(kind, file, old)
        new_id = card_id
        if card_id == base or (card_id.startswith(base + "-") and card_id[len(base) + 1:].isdigit()):
            new_id = draft.unique_id(self._id_base(kind, target, theme))

        def move() -> None:
            with draft.one_step():  # the file and its first card: one step of undo
                if made is not None:
                    draft.set_text(made, f"theme: {theme}\ncards: []\n")
                draft.move_card_to_file(card_id, target, theme, None if new_id == card_id else new_id)

        if self.ctx.run(move):
            said = translate("DeckEditor", "The card goes to %1, with the cards of its theme.").replace("%1", target)
            if new_id != card_id:
                said += " " + translate("DeckEditor", "Its id becomes %1.").replace("%1", new_id)
            self.ctx.say(said)
            self.refresh(keep=new_id)
        return True

    def _kinds_in(self, file: str) -> set[str]:
        """The kinds of the cards ``file`` holds."""
        return {str(card.get("kind")) for f, _i, card in listed_cards(self.ctx) if f == file}

    def _theme_of(self, file: str, card: object) -> str | None:
        """A card's theme: its own when it says one, else its file's."""
        return card["theme"] if isinstance(card, dict) and "theme" in card else self.ctx.value((file, ("theme",)))

    def _id_base(self, kind: str, file: str | None, theme: str | None) -> str:
        """The start of the ids of the cards of this theme in ``file`` ("bias" for "bias-…"), and the kind."""
        near = [str(card.get("id")) for f, _i, card in listed_cards(self.ctx)
                if f == file and self._theme_of(f, card) == theme]
        starts = Counter(card_id.split("-")[0] for card_id in near if "-" in card_id and card_id.split("-")[0])
        prefix = starts.most_common(1)[0][0] if starts else (theme or "event")
        if theme and any(card_id.startswith(f"{theme}-") for card_id in near):
            prefix = theme  # "theme-1-fact" beside "theme-1-debate", not "theme-fact": the theme's id is whole
        return f"{prefix}-new" if kind.startswith(prefix) else f"{prefix}-{kind}"  # never "event-event"

    def add(self, kind: str) -> str | None:
        new: list[str] = []

        def add() -> None:
            data, file, at, theme = self._new_card(kind)
            new.append(self.ctx.draft.add_card_data(data, file, at, theme))

        self.ctx.run(add)
        if new:
            self.refresh(keep=new[0])
            self.cardAdded.emit()
        return new[0] if new else None

    def duplicate(self) -> None:
        """A copy of the chosen card right after it, chosen to be edited, under an id no card has, in the
        deck's style: “bias-compas-2”, and a copy of that “bias-compas-3”, not “bias-compas-2-2”. The card
        copied is the one at its place, the one shown, even when another card has its id or its id is being typed."""
        where, new = self.current_where(), []
        if where is not None and self.ctx.run(lambda: new.append(duplicate_at(self.ctx.draft, where))):
            self.refresh(keep=new[0])

    def move(self, step: int) -> None:
        where = self.current_where()
        if where is None:
            return
        file, (_cards, index) = where
        count = len(self.ctx.value((file, ("cards",))) or [])
        if 0 <= index + step < count:
            card_id = self.current_id()
            self.ctx.run(lambda: self.ctx.draft.move_item((file, ("cards",)), index, index + step))
            self.refresh(keep=card_id)

    def _on_dragged(self, *_args) -> None:
        """A card was dropped elsewhere in the list: move it in its file, or put it back."""
        rows = self._card_items()
        moved = self.list.currentItem()
        if moved is None or moved not in rows:
            return self.refresh()
        file, (_cards, old) = moved.data(WhereRole)
        same = [item for item in rows if item.data(WhereRole)[0] == file]
        new = same.index(moved)
        if files_in_order(rows) != self._file_order:  # dropped among another file's cards
            # It goes back, and says why: a card changes theme in its form, not by being dragged.
            from bataille.deck.editing.cards import CardError
            from bataille.deck.editing.words import Message

            self.ctx.on_error(CardError(Message("edit.card_stays_in_file")))
            self.refresh(keep=moved.data(IdRole))
        elif new != old:
            card_id = moved.data(IdRole)
            self.ctx.run(lambda: self.ctx.draft.move_item((file, ("cards",)), old, new))
            self.refresh(keep=card_id)
        else:
            self.refresh()

    def delete(self) -> None:
        """Delete the chosen card without a question: the status bar says which, and that Ctrl+Z brings it back."""
        card_id, where = self.current_id(), self.current_where()
        if card_id:
            row = self._card_items().index(self.list.currentItem())
            card = self.ctx.value(where)
            title = self._title_of(card) if isinstance(card, dict) else card_id
            if self.ctx.run(lambda: self.ctx.draft.delete_card(card_id)):
                self.ctx.say(translate("DeckEditor", "Card “%1” deleted. Ctrl+Z brings it back.").replace("%1", title))
            self.refresh()
            items = self._card_items()
            if items:
                self.list.setCurrentItem(items[min(row, len(items) - 1)])
