"""Cards and themes of a draft: find, add, copy, remove and reorder them, each as one step of undo."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import yaml

from ..fields import ID_RE
from ..models import CARD_KINDS
from . import edits, lists
from .files import decode
from .nodes import EditError, KeyPath, child, node_at, tree
from .words import Message

MANIFEST = "cards/deck.yaml"
CARDS: KeyPath = ("cards",)


class CardError(EditError):
    """A card or theme operation refused, with its words in French and English."""

    def __init__(self, wording: Message) -> None:
        self.wording = wording
        super().__init__(wording.render("en"))


def _scalar(node: yaml.Node | None) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) and not node.tag.endswith(":null") else None


class CardEdits:
    """The card and theme operations of ``Draft`` (which provides the texts and ``_apply``)."""

    _texts: dict[str, str]
    _disk: dict[str, bytes | None]  # what each file held at open or last save
    _apply: Callable[[Mapping[str, str | None]], None]
    value: Callable[[tuple[str, tuple]], object]

    def card_files(self) -> list[str]:
        """The card files of the draft (not deck.yaml), sorted as the deck reads them."""
        return sorted(rel for rel in self._texts if rel.startswith("cards/") and rel != MANIFEST)

    def _card_nodes(self, rel: str) -> list[yaml.Node]:
        try:
            seq = node_at(tree(self._texts[rel]), CARDS)
        except EditError:
            return []
        return list(seq.value) if isinstance(seq, yaml.SequenceNode) else []

    def card_ids(self) -> list[str]:
        """Every card id written in the card files, in reading order."""
        return [cid for rel in self.card_files() for item in self._card_nodes(rel)
                if (cid := _scalar(child(item, "id")[1])) is not None]

    def where_of_card(self, card_id: str) -> tuple[str, tuple[str | int, ...]]:
        """(file, ("cards", i)) of the card ``card_id``."""
        for rel in self.card_files():
            for i, item in enumerate(self._card_nodes(rel)):
                if _scalar(child(item, "id")[1]) == card_id:
                    return rel, ("cards", i)
        raise CardError(Message("edit.no_card", id=card_id))

    def languages(self) -> tuple[str, ...]:
        """The deck's languages as deck.yaml lists them (French and English when it cannot be read)."""
        value = self.value((MANIFEST, ("languages",)))
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return tuple(value)
        return ("fr", "en")

    def theme_ids(self) -> list[str]:
        """The ids of the themes deck.yaml lists."""
        themes = self.value((MANIFEST, ("themes",)))
        return [t["id"] for t in themes if isinstance(t, dict) and isinstance(t.get("id"), str)] \
            if isinstance(themes, list) else []

    def saved_card_ids(self) -> set[str]:
        """The ids of the cards as the card files were opened or last saved (a card not among them is new)."""
        ids: set[str] = set()
        for rel, raw in self._disk.items():
            if rel.startswith("cards/") and rel != MANIFEST and raw is not None:
                try:
                    seq = node_at(tree(decode(raw)[0]), CARDS)
                except EditError:
                    continue
                items = seq.value if isinstance(seq, yaml.SequenceNode) else []
                ids.update(cid for item in items if (cid := _scalar(child(item, "id")[1])) is not None)
        return ids

    def theme_file(self, kind: str, theme_id: str | None) -> str | None:
        """The card file the cards of ``theme_id`` are in (the one that gives it, else the one holding
        most of them), where a card of ``kind`` given that theme belongs; None when there is none."""
        return self._file_for(kind, theme_id)

    def move_card_to_file(self, card_id: str, rel: str, theme: str, new_id: str | None = None) -> None:
        """Move the card ``card_id``, as written, to the end of the cards of ``rel``, with the theme
        ``theme`` (written on it only when ``rel`` gives another) and the id ``new_id`` when given: one step."""
        old_rel, path = self.where_of_card(card_id)
        if old_rel == rel:
            raise CardError(Message("edit.no_card", id=card_id))
        index, text = int(path[1]), self._texts[old_rel]
        item = self._card_nodes(old_rel)[index]
        target, seq = self._texts[rel], None
        try:
            seq = node_at(tree(target), CARDS)
        except EditError:
            pass
        at = len(seq.value) if isinstance(seq, yaml.SequenceNode) else 0
        if at and seq.value[0].start_mark.column == item.start_mark.column:  # as written, its comments too
            chunk = lists.item_chunk(text, CARDS, index)
            target = lists.insert_chunk(target, CARDS, at, chunk, lists.separated(target, seq))
        else:  # the first card of its file, or one indented otherwise: written anew
            target = lists.insert_item(target, CARDS, at, self.value((old_rel, ("cards", index))))
        target = edits.set_value(target, ("cards", at, "theme"), None if theme == self._default_theme(rel) else theme)
        if new_id is not None:
            target = edits.set_value(target, ("cards", at, "id"), new_id)
        self._apply({old_rel: lists.remove_item(text, CARDS, index), rel: target})

    def unique_id(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``… the first that no card has."""
        taken = set(self.card_ids())
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    def _default_theme(self, rel: str) -> str | None:
        try:
            return _scalar(child(tree(self._texts[rel]), "theme")[1])
        except EditError:
            return None

    def _file_for(self, kind: str, theme_id: str | None) -> str | None:
        """The card file a new card of ``kind`` and ``theme_id`` goes to (None: a new file)."""
        files = self.card_files()
        if theme_id:
            for rel in files:
                if self._default_theme(rel) == theme_id:
                    return rel

        def count(rel: str) -> int:
            return sum(1 for item in self._card_nodes(rel)
                       if (_scalar(child(item, "theme")[1]) or self._default_theme(rel)) == theme_id
                       and (theme_id or _scalar(child(item, "kind")[1]) == kind))

        best = max(files, key=count, default=None)
        return best if best is not None and count(best) else None

    def skeleton(self, kind: str, card_id: str, theme: str | None, with_theme: bool) -> dict:
        """A new card of ``kind``: every field it needs, empty, so the checker says what to write."""
        empty = {lang: "" for lang in self.languages()}
        card: dict = {"id": card_id, "kind": kind}
        if with_theme:
            card["theme"] = theme
        if kind == "event":
            card["year"] = None
        card["title"] = dict(empty)
        if kind == "debate":
            card.update(claim=dict(empty), context=dict(empty), prompts_for=[dict(empty)],
                        prompts_against=[dict(empty)])
        else:
            card["text"] = dict(empty)
            if kind == "fact":
                card["figure"] = dict(empty)
            card["sources"] = [{"title": "", "publisher": "", "year": None, "url": ""}]
        return card

    def add_card(self, kind: str, theme_id: str, after: str | None = None) -> str:
        """Add an empty card of ``kind`` (after the card ``after``, else at the end of its theme's file);
        returns its new id."""
        if kind not in CARD_KINDS:
            raise CardError(Message("edit.bad_kind", kind=kind, choices=", ".join(CARD_KINDS)))
        theme = theme_id or None
        if theme is not None and theme not in self.theme_ids():
            raise CardError(Message("edit.no_theme", id=theme))
        card_id = self.unique_id(f"{theme or 'event'}-{kind}")
        if after is not None:
            rel, path = self.where_of_card(after)
            index = int(path[1]) + 1
        else:
            rel = self._file_for(kind, theme)
            index = len(self._card_nodes(rel)) if rel else 0
        return self.add_card_data(self.skeleton(kind, card_id, theme, True), rel, index, theme)

    def add_card_data(self, card: dict, rel: str | None, index: int, theme: str | None) -> str:
        """Insert the card ``card`` (plain data) at ``index`` of ``rel`` (None: a new file for ``theme``)."""
        changes: dict[str, str] = {}
        if rel is None:
            rel = self._new_file_name(theme or "timeline")
            changes[rel] = (f"theme: {theme}\n" if theme else "") + "cards: []\n"
        text = changes.get(rel, self._texts.get(rel, ""))
        if "theme" in card and card["theme"] == self._default_theme_of_text(text):
            card = {k: v for k, v in card.items() if k != "theme"}
        changes[rel] = lists.insert_item(text, CARDS, index, card)
        self._apply(changes)
        return str(card["id"])

    @staticmethod
    def _default_theme_of_text(text: str) -> str | None:
        try:
            return _scalar(child(tree(text), "theme")[1])
        except EditError:
            return None

    def _new_file_name(self, stem: str) -> str:
        rel, n = f"cards/{stem}.yaml", 2
        while rel in self._texts:
            rel, n = f"cards/{stem}-{n}.yaml", n + 1
        return rel

    def duplicate_card(self, card_id: str) -> str:
        """A copy of the card ``card_id`` right after it, under a new id; returns that id."""
        rel, path = self.where_of_card(card_id)
        index = int(path[1])
        text = self._texts[rel]
        new_id = self.unique_id(card_id)
        seq = node_at(tree(text), CARDS)
        copy = lists.item_chunk(text, CARDS, index)
        text = lists.insert_chunk(text, CARDS, index + 1, copy, lists.separated(text, seq))
        self._apply({rel: edits.set_value(text, ("cards", index + 1, "id"), new_id)})
        return new_id

    def delete_card(self, card_id: str) -> None:
        """Remove the card ``card_id``."""
        rel, path = self.where_of_card(card_id)
        self._apply({rel: lists.remove_item(self._texts[rel], CARDS, int(path[1]))})

    def move_card(self, card_id: str, new_index: int) -> None:
        """Move the card ``card_id`` to ``new_index`` among the cards of its file."""
        rel, path = self.where_of_card(card_id)
        self._apply({rel: lists.move_item(self._texts[rel], CARDS, int(path[1]), new_index)})

    def add_theme(self, theme_id: str, name_fr: str, name_en: str, colour: str) -> None:
        """A new theme at the end of deck.yaml, and its (empty) card file."""
        if not ID_RE.match(theme_id or ""):
            raise CardError(Message("edit.bad_theme_id", id=theme_id))
        if theme_id in self.theme_ids():
            raise CardError(Message("edit.theme_exists", id=theme_id))
        names = {lang: {"fr": name_fr, "en": name_en}.get(lang, "") for lang in self.languages()}
        theme = {"id": theme_id, "name": names, "colour": colour}
        themes = self.value((MANIFEST, ("themes",)))
        manifest = lists.insert_item(self._texts[MANIFEST], ("themes",), len(themes) if isinstance(themes, list)
                                     else 0, theme)
        self._apply({MANIFEST: manifest, self._new_file_name(theme_id): f"theme: {theme_id}\ncards: []\n"})
