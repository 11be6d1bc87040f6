"""A deck being edited: the texts of its files, checked as they change, saved without damage.

Every edit rewrites only the characters of what it changes (``edits``); the same reader as
`bataille validate` checks the unsaved texts; undo and redo restore exact texts; saving
refuses to overwrite a file another program changed, and writes each file atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from ..folder import deck_files, find_deck_root
from ..loader import read_deck_texts
from ..messages import default_language
from ..models import Deck
from ..problems import Problem, display_path
from . import edits
from .cards import CardEdits
from .files import checked_path, decode, encode, read_disk, write_atomic
from .nodes import EditError, KeyPath, node_at, path_at, tree
from .words import Message

Where = tuple[str, tuple[str | int, ...]]


class ChangedOnDisk(Exception):
    """Another program changed these files since they were opened or last saved; nothing was written."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.paths: tuple[str, ...] = tuple(paths)
        self.wording = Message("save.changed", files=", ".join(self.paths))
        super().__init__(self.wording.render("en"))


@dataclass(frozen=True)
class DraftProblem:
    """A problem of the unsaved deck: where it is written, what it says, and the field it concerns."""

    file: str  # relative to the deck folder
    line: int
    column: int
    message: str  # in the draft's language
    where: Where | None
    problem: Problem  # as `bataille validate` gives it

    def message_in(self, lang: str) -> str:
        return self.problem.message_in(lang)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class Saved(tuple):
    """The files a save wrote; ``runs`` says whether the saved deck is one the app can run."""

    runs: bool

    def __new__(cls, paths: Iterable[str], runs: bool) -> Saved:
        saved = super().__new__(cls, tuple(paths))
        saved.runs = runs
        return saved


class Draft(CardEdits):
    """The editable texts of a deck folder (see the module's docstring)."""

    def __init__(self, folder: Path, disk: dict[str, bytes | None]) -> None:
        self.folder = folder
        self.lang = default_language()  # the language of ``problems``' messages
        self._disk = disk  # what each file held at open or last save (None: no file)
        self._texts: dict[str, str] = {}
        self._boms: set[str] = set()
        for rel, raw in disk.items():
            if raw is not None:
                self._texts[rel], bom = decode(raw)
                if bom:
                    self._boms.add(rel)
        self._undo: list[dict[str, tuple[str | None, str | None]]] = []
        self._redo: list[dict[str, tuple[str | None, str | None]]] = []
        self._listeners: list[Callable[[], None]] = []
        self._checked: tuple[Deck | None, list[Problem]] | None = None

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> Draft:
        """The deck at ``folder`` (the folder, its cards/ or its deck.yaml) as it is on disk."""
        root = find_deck_root(Path(folder))
        disk: dict[str, bytes | None] = {}
        for path in deck_files(root):
            rel = path.relative_to(root).as_posix()
            checked_path(root, rel)
            raw = read_disk(root, rel)
            if raw is not None:
                disk[rel] = raw
        return cls(root, disk)

    @classmethod
    def create(cls, folder: Path, *, template: Path | None) -> Draft:
        """A new deck written at ``folder``: a copy of the deck ``template``, or a minimal deck."""
        from .create import write_new_deck

        return cls.open(write_new_deck(Path(folder), template))

    # -- reading --------------------------------------------------------------------------------

    @property
    def texts(self) -> Mapping[str, str]:
        """The current (unsaved) text of every deck file, by path relative to the deck folder."""
        return MappingProxyType(self._texts)

    def _bytes(self, rel: str) -> bytes:
        return encode(self._texts[rel], rel in self._boms)

    def _check(self) -> tuple[Deck | None, list[Problem]]:
        if self._checked is None:
            self._checked = read_deck_texts(self.folder, {rel: self._bytes(rel) for rel in self._texts})
        return self._checked

    @property
    def deck(self) -> Deck | None:
        """The deck the unsaved texts make, None while it does not load (while there is a problem)."""
        deck, problems = self._check()
        return None if problems else deck

    @property
    def partial_deck(self) -> Deck | None:
        """The deck as far as it can be read despite its problems (for a preview), None when not at all."""
        return self._check()[0]

    @property
    def runnable(self) -> bool:
        """True when the unsaved texts make a deck the app can run (`validate` would accept it)."""
        return self.deck is not None

    @property
    def problems(self) -> tuple[DraftProblem, ...]:
        """The problems `bataille validate` would report for the unsaved texts, in ``lang``."""
        by_shown = {display_path(self.folder / rel): rel for rel in self._texts}
        found = []
        for p in self._check()[1]:
            rel = by_shown.get(p.path, p.path)
            found.append(DraftProblem(rel, p.line, p.col, p.message_in(self.lang), self._where_at(rel, p), p))
        return tuple(found)

    def _where_at(self, rel: str, problem: Problem) -> Where | None:
        text = self._texts.get(rel)
        if text is None:
            return None
        try:
            path = path_at(tree(text), problem.line, problem.col)
        except EditError:
            return None
        return (rel, path) if path is not None else None

    def value(self, where: Where) -> object:
        """The value written at ``where`` as plain data (None when nothing is written there)."""
        rel, path = where
        text = self._texts.get(rel)
        if text is None:
            return None
        try:
            node = node_at(tree(text), tuple(path))
        except EditError:
            return None
        return _plain(node) if node is not None else None

    @property
    def dirty(self) -> bool:
        """True when a text differs from its file on disk."""
        if any(raw is not None and rel not in self._texts for rel, raw in self._disk.items()):
            return True
        return any(self._bytes(rel) != self._disk.get(rel) for rel in self._texts)

    # -- editing --------------------------------------------------------------------------------

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after each edit, undo, redo or file taken from disk."""
        self._listeners.append(callback)

    def _text_of(self, rel: str) -> str:
        checked_path(self.folder, rel)
        if rel not in self._texts:
            raise EditError(Message("edit.no_file", file=rel).render("en"))
        return self._texts[rel]

    def _apply(self, changes: Mapping[str, str | None], record: bool = True) -> None:
        """Set new texts (None removes a file) as one step of undo."""
        step = {rel: (self._texts.get(rel), new) for rel, new in changes.items() if self._texts.get(rel) != new}
        if not step:
            return
        for rel, (_, new) in step.items():
            checked_path(self.folder, rel)
            self._set(rel, new)
        if record:
            self._undo.append(step)
            self._redo.clear()
        self._changed()

    def _set(self, rel: str, text: str | None) -> None:
        if text is None:
            self._texts.pop(rel, None)
        else:
            self._texts[rel] = text

    def _changed(self) -> None:
        self._checked = None
        for callback in list(self._listeners):
            callback()

    def _edit(self, rel: str, change: Callable[[str], str]) -> None:
        self._apply({rel: change(self._text_of(rel))})

    def set_value(self, where: Where, value: str | int | None) -> None:
        """Write ``value`` at ``where`` (None removes the key; missing mappings on the way are created)."""
        rel, path = where
        self._edit(rel, lambda text: edits.set_value(text, tuple(path), value))

    def insert_item(self, where: Where, index: int, item: dict) -> None:
        """Insert ``item`` at ``index`` of the list at ``where``."""
        rel, path = where
        self._edit(rel, lambda text: edits.insert_item(text, tuple(path), index, item))

    def remove_item(self, where: Where, index: int) -> None:
        """Remove item ``index`` of the list at ``where``."""
        rel, path = where
        self._edit(rel, lambda text: edits.remove_item(text, tuple(path), index))

    def move_item(self, where: Where, old: int, new: int) -> None:
        """Move item ``old`` of the list at ``where`` to index ``new``."""
        rel, path = where
        self._edit(rel, lambda text: edits.move_item(text, tuple(path), old, new))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        """Take back the last edit; False when there is none."""
        return self._step(self._undo, self._redo, 0)

    def redo(self) -> bool:
        """Make again the last edit taken back; False when there is none."""
        return self._step(self._redo, self._undo, 1)

    def _step(self, source: list, target: list, side: int) -> bool:
        if not source:
            return False
        step = source.pop()
        for rel, texts in step.items():
            self._set(rel, texts[side])
        target.append(step)
        self._changed()
        return True

    # -- disk -----------------------------------------------------------------------------------

    def _known_paths(self) -> set[str]:
        on_disk = {p.relative_to(self.folder).as_posix() for p in deck_files(self.folder) if p.is_file()}
        return set(self._disk) | set(self._texts) | on_disk

    def changed_on_disk(self) -> tuple[str, ...]:
        """The deck files another program changed (or made, or removed) since open or the last save."""
        return tuple(sorted(rel for rel in self._known_paths()
                            if read_disk(self.folder, rel) != self._disk.get(rel)))

    def take_from_disk(self, paths: Iterable[str]) -> None:
        """Accept the other program's version of ``paths`` (one step of undo)."""
        changes: dict[str, str | None] = {}
        for rel in paths:
            checked_path(self.folder, rel)
            raw = read_disk(self.folder, rel)
            self._disk[rel] = raw
            if raw is None:
                changes[rel] = None
            else:
                changes[rel], bom = decode(raw)
                (self._boms.add if bom else self._boms.discard)(rel)
        self._apply(changes)
        self._checked = None  # the files on disk changed even when the texts did not

    def save(self) -> Saved:
        """Write the files whose text changed; raise ``ChangedOnDisk`` (writing nothing) when another
        program changed one of them. The result says which files were written and whether the deck runs."""
        writes = [rel for rel in sorted(self._texts) if self._bytes(rel) != self._disk.get(rel)]
        removals = [rel for rel, raw in sorted(self._disk.items()) if raw is not None and rel not in self._texts]
        paths = {rel: checked_path(self.folder, rel) for rel in writes + removals}
        conflicts = [rel for rel in writes + removals if read_disk(self.folder, rel) != self._disk.get(rel)]
        if conflicts:
            raise ChangedOnDisk(conflicts)
        for rel in writes:
            data = self._bytes(rel)
            write_atomic(paths[rel], data)
            self._disk[rel] = data
        for rel in removals:
            paths[rel].unlink(missing_ok=True)
            self._disk[rel] = None
        return Saved(writes + removals, self.runnable)


def _plain(node: yaml.Node) -> object:
    """Plain data from a node the way the deck reader sees it (dates stay text)."""
    if isinstance(node, yaml.MappingNode):
        return {k.value: _plain(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    if node.tag.endswith((":timestamp", ":float")) and not node.style:
        return node.value
    try:
        return yaml.constructor.SafeConstructor().construct_object(node)
    except yaml.YAMLError:
        return node.value


__all__ = ["ChangedOnDisk", "Draft", "DraftProblem", "EditError", "KeyPath", "Saved", "Where"]
