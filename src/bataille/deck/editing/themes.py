"""A theme and its cards kept together: a theme's id renamed takes its cards along (the `theme:` of
their file and of each card that names it, and the file's own name when it is the theme's id), and a
theme removed takes its cards with it; each is one step of undo, saved together.

While an id is being typed it passes through texts that cannot be a theme's (empty, "mon thème") or
that another theme already has ("theme-1" on the way from "theme-12" to "theme-13"): the cards then
stay where they were, and follow once the id is one of its own again. Which id they stay with is
found back in the undo history (each step holds whole texts), so a pause in the typing, or another
field edited in between, loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import yaml

from ..fields import ID_RE
from . import edits, lists, render
from .files import checked_path
from .nodes import EditError, KeyPath, child, content_end, is_null, tree

MANIFEST = "cards/deck.yaml"
HISTORY_LOOKED_AT = 200  # steps of undo looked back through for the id a theme's cards still say
Changes = dict[str, str | None]


def theme_id_index(rel: str, path: KeyPath) -> int | None:
    """The index of the theme whose id ``(rel, path)`` is, None when it is not a theme's id."""
    if rel == MANIFEST and len(path) == 3 and path[0] == "themes" and path[2] == "id":
        index = path[1]
        return index if isinstance(index, int) and not isinstance(index, bool) else None
    return None


def written_ids(text: str | None) -> list[str | None] | None:
    """The id of each theme deck.yaml lists (None where one has no id as text); None when unreadable."""
    if text is None:
        return None
    try:
        _k, themes = child(tree(text), "themes")
    except EditError:
        return None
    if not isinstance(themes, yaml.SequenceNode):
        return None
    return [_text(child(item, "id")[1]) for item in themes.value]


def _text(node: yaml.Node | None) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) and not is_null(node) else None


def _own(ids: list[str | None], index: int) -> str | None:
    """The id of theme ``index`` when it can name its cards: a valid id no other theme has."""
    theme_id = ids[index] if 0 <= index < len(ids) else None
    if theme_id is None or not ID_RE.match(theme_id) or ids.count(theme_id) > 1:
        return None
    return theme_id


def _references(text: str, theme_id: str) -> list[yaml.ScalarNode]:
    """The scalars naming ``theme_id`` in a card file: its own `theme:` and each card's."""
    try:
        root = tree(text)
    except EditError:
        return []
    found = [node for node in [child(root, "theme")[1]] if _text(node) == theme_id]
    _k, cards = child(root, "cards")
    if isinstance(cards, yaml.SequenceNode):
        found += [node for item in cards.value if _text(node := child(item, "theme")[1]) == theme_id]
    return found


def _splice_all(text: str, nodes: list[yaml.ScalarNode], value: Callable[[yaml.ScalarNode], str]) -> str:
    """``text`` with each scalar of ``nodes`` written anew, from the last so the others stay in place."""
    for node in sorted(nodes, key=lambda n: n.start_mark.index, reverse=True):
        text = text[:node.start_mark.index] + value(node) + text[content_end(text, node):]
    return text


def _written_as(new_id: str) -> Callable[[yaml.ScalarNode], str]:
    def write(node: yaml.ScalarNode) -> str:
        style = node.style if node.style in ('"', "'") else None
        return render.scalar(new_id, style, False)
    return write


def _id_its_cards_say(index: int, ids: list[str | None], history: list) -> str | None:
    """The id theme ``index``'s cards say: its id in ``ids`` when it is its own, else the last own id it
    had back through ``history`` (steps of undo), while the themes keep their number."""
    looked = 0
    for step in reversed(history):
        if _own(ids, index) is not None or looked >= HISTORY_LOOKED_AT:
            break
        if MANIFEST in step:
            looked += 1
            before = written_ids(step[MANIFEST][0])
            if before is None or len(before) != len(ids):
                return None
            ids = before
    return _own(ids, index)


class ThemeEdits:
    """The theme operations of ``Draft`` (which provides the texts, the history and ``_apply``)."""

    folder: object
    _texts: dict[str, str]
    _disk: dict[str, bytes | None]
    _undo: list
    _apply: Callable[..., None]
    _burst: Callable[..., dict | None]
    clock: Callable[[], float]
    _changed_text: Callable[[str, Callable[[str], str]], str]
    card_files: Callable[[], list[str]]

    # -- renaming ---------------------------------------------------------------------------------

    def _set_theme_id(self, index: int, value: object, typing: bool) -> None:
        """Write ``value`` as the id of theme ``index``, and take its cards along to it.

        A key typed that goes on with a burst of typing there is merged into its step (``Draft._record``):
        the cards are then placed anew from the texts before the burst, which its step holds."""
        path = ("themes", index, "id")
        place = (MANIFEST, path)
        burst = self._burst(place, self.clock()) if typing else None
        base = dict(self._texts)
        for rel, (before, _after) in (burst or {}).items():
            base.pop(rel, None)
            if before is not None:
                base[rel] = before
        manifest = self._changed_text(MANIFEST, lambda text: edits.set_value(text, path, value))
        target = {**base, MANIFEST: manifest}
        old_ids, new_ids = written_ids(base.get(MANIFEST)), written_ids(manifest)
        if old_ids is not None and new_ids is not None and len(new_ids) == len(old_ids):
            history = self._undo[:-1] if burst is not None else self._undo
            said = _id_its_cards_say(index, old_ids, history)
            new_id = _own(new_ids, index)
            if said is not None and new_id is not None and said != new_id and said not in new_ids:
                target.update(self._carry(base, said, new_id))
        changes = {rel: target.get(rel) for rel in {*self._texts, *target}}
        self._apply({rel: text for rel, text in changes.items() if text != self._texts.get(rel)},
                    typing=place if typing else None)

    def _carry(self, texts: dict[str, str], old_id: str, new_id: str) -> Changes:
        """The card files of ``texts`` whose cards say ``old_id``, saying ``new_id``; a file named after
        the theme (cards/<id>.yaml, the deck's habit) takes the new name when it is free."""
        changes: Changes = {}
        for rel in sorted(texts):
            if not rel.startswith("cards/") or rel == MANIFEST:
                continue
            text = texts[rel]
            nodes = _references(text, old_id)
            if not nodes:
                continue
            new_text = _splice_all(text, nodes, _written_as(new_id))
            own_file = rel == f"cards/{old_id}.yaml" and _text(child(tree(text), "theme")[1]) == old_id
            new_rel = f"cards/{new_id}.yaml"
            if own_file and self._free_name(texts, new_rel, rel):
                changes[rel], changes[new_rel] = None, new_text
            else:
                changes[rel] = new_text
        return changes

    def _free_name(self, texts: dict[str, str], new_rel: str, old_rel: str) -> bool:
        """True when the card file ``old_rel`` may be renamed ``new_rel``: no other file of the deck has
        that name, even in other capitals (a system that ignores case would write both as one)."""
        if new_rel.lower() == old_rel.lower() or any(rel.lower() == new_rel.lower() for rel in texts):
            return False
        try:
            full = checked_path(self.folder, new_rel)  # type: ignore[arg-type]
        except EditError:
            return False
        return new_rel in self._disk or not (full.exists() or full.is_symlink())

    # -- removing ---------------------------------------------------------------------------------

    def cards_of_theme(self, index: int) -> tuple[int, int]:
        """What removing theme ``index`` does to the cards: (facts and debates removed with it, timeline
        events that keep their place without a theme)."""
        _changes, removed, untagged = self._removal(index)
        return removed, untagged

    def remove_theme(self, index: int) -> tuple[int, int]:
        """Remove theme ``index`` from deck.yaml with its cards (``cards_of_theme``), and its card file
        when no card is left in it; one step of undo. Returns ``cards_of_theme``'s counts."""
        changes, removed, untagged = self._removal(index)
        self._apply(changes)
        return removed, untagged

    def _removal(self, index: int) -> tuple[Changes, int, int]:
        manifest = self._changed_text(MANIFEST, lambda text: lists.remove_item(text, ("themes",), index))
        ids = written_ids(self._texts.get(MANIFEST)) or []
        theme_id = ids[index] if 0 <= index < len(ids) else None
        changes: Changes = {MANIFEST: manifest}
        removed = untagged = 0
        if theme_id is None or ids.count(theme_id) > 1:  # its cards are another theme's too: they stay
            return changes, 0, 0
        for rel in self.card_files():
            new_text, gone, kept = _without_theme(self._texts[rel], theme_id)
            if new_text != self._texts[rel]:
                changes[rel] = new_text
            removed, untagged = removed + gone, untagged + kept
        return changes, removed, untagged


def _without_theme(text: str, theme_id: str) -> tuple[str | None, int, int]:
    """A card file without the cards of ``theme_id``: its facts and debates removed, its timeline events
    kept without a theme; the file itself gone (None) when it was that theme's and no card is left.
    Returns the text and how many cards were removed and kept."""
    try:
        root = tree(text)
    except EditError:
        return text, 0, 0
    top = child(root, "theme")[1]
    default = _text(top)
    _k, seq = child(root, "cards")
    items = list(seq.value) if isinstance(seq, yaml.SequenceNode) else []
    gone: list[int] = []
    untag: list[yaml.ScalarNode] = []
    kept = 0
    for i, item in enumerate(items):
        k, own = child(item, "theme")
        if (_text(own) if k is not None else default) != theme_id:
            continue
        if _text(child(item, "kind")[1]) != "event":
            gone.append(i)
            continue
        kept += 1
        if k is not None:
            untag.append(own)
    text = _splice_all(text, untag, lambda _node: "null")
    for i in reversed(gone):
        text = lists.remove_item(text, ("cards",), i)
    if default == theme_id:
        if len(gone) == len(items):
            return None, len(gone), kept
        text = edits.set_value(text, ("theme",), None)  # its events left without a theme, others as they were
    return text, len(gone), kept

