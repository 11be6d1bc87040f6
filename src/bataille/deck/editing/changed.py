"""Where an undo or a redo changed the deck: the card it brings back, the field it changes, found by
comparing the files' texts before and after it (every step holds whole texts of files, whatever the
edit was), so the editor can show that place rather than the card that happened to be open."""

from __future__ import annotations

import json
from collections.abc import Mapping
from difflib import SequenceMatcher

from .nodes import EditError, KeyPath, plain, tree

MANIFEST = "cards/deck.yaml"
Where = tuple[str, KeyPath]


def changed_place(before: Mapping[str, str], after: Mapping[str, str], shown: Where | None = None) -> Where | None:
    """The first place that differs from ``before`` to ``after`` (file texts by path in the deck): a
    field, an item of a list (the one brought back, or the one now where items went), or a whole file
    ((file, ()) when it cannot be read or is gone); None when nothing changed. The manifest comes first
    (a theme added also adds its card file), then the files still there. ``shown``: the place open
    before, in ``before``'s terms; when the step only moved items of a list, the item it is in stays
    the one shown."""
    files = [rel for rel in sorted(set(before) | set(after)) if before.get(rel) != after.get(rel)]
    if not files:
        return None
    files.sort(key=lambda rel: (rel != MANIFEST, rel not in after))
    rel = files[0]
    if rel not in after or rel not in before:
        return rel, ()
    try:
        old, new = (plain(node) if (node := tree(text)) is not None else None for text in (before[rel], after[rel]))
    except EditError:
        return rel, ()
    kept = tuple(shown[1]) if shown is not None and shown[0] == rel else None
    path = _difference(old, new, (), kept)
    return rel, path if path is not None else ()


def _difference(old: object, new: object, path: KeyPath, shown: KeyPath | None) -> KeyPath | None:
    if old == new:
        return None
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*new, *(k for k in old if k not in new)]:
            if key not in new:
                return path  # a key taken out: the mapping that held it
            if key not in old:
                return (*path, key)
            inner = _difference(old[key], new[key], (*path, key), shown)
            if inner is not None:
                return inner
        return path
    if isinstance(old, list) and isinstance(new, list):
        return _list_difference(old, new, path, shown)
    return path


def _list_difference(old: list, new: list, path: KeyPath, shown: KeyPath | None) -> KeyPath:
    keys_old, keys_new = [_key(item) for item in old], [_key(item) for item in new]
    at = len(path)
    if shown is not None and len(shown) > at and tuple(shown[:at]) == path and sorted(keys_old) == sorted(keys_new):
        index = shown[at]
        moved = keys_new.index(keys_old[index]) if isinstance(index, int) and 0 <= index < len(old) else None
        if moved is not None and moved != index:  # items moved, the one shown among them: where it is now
            return (*path, moved)
    matcher = SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1 == 1:  # one item changed: what changed inside it
            inner = _difference(old[i1], new[j1], (*path, j1), shown)
            return inner if inner is not None else (*path, j1)
        if j2 > j1:
            return (*path, j1)  # items brought in: the first of them
        return (*path, min(j1, len(new) - 1)) if new else path  # items taken out: the one now in their place
    return path


def _key(item: object) -> str:
    return json.dumps(item, sort_keys=True, default=str, ensure_ascii=False)
