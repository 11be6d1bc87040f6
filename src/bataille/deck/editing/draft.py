"""A deck being edited: the texts of its files, checked as they change, saved without damage.

Every edit rewrites only the characters of what it changes (``edits``); the same reader as
`bataille validate` checks the unsaved texts; undo and redo restore exact texts; saving
refuses to overwrite a file another program changed, and writes each file atomically.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..folder import deck_files, find_deck_root
from ..loader import read_deck_texts
from ..messages import default_language
from ..models import Deck
from ..problems import Problem, display_path
from . import edits, lists, names
from .cards import CardEdits
from .duplicates import at_edited_card, where_in
from .files import checked_path, decode, encode, read_disk
from .nodes import EditError, KeyPath, Unreadable, node_at, plain, tree
from .saving import ChangedOnDisk, DiskSync, Saved
from .themes import ThemeEdits, theme_id_index
from .words import Message

Where = tuple[str, tuple[str | int, ...]]
Step = dict[str, tuple[str | None, str | None]]  # file -> (text before, text after); None: no file
TYPING_PAUSE = 1.0  # seconds without a key that end a burst of typing (a new step of undo)


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


class Draft(CardEdits, ThemeEdits, DiskSync):
    """The editable texts of a deck folder (see the module's docstring)."""

    def __init__(self, folder: Path, disk: dict[str, bytes | None], unread: frozenset[str] = frozenset()) -> None:
        self.folder = folder
        self._unread = unread  # deck files on disk that could not be taken in (too big, not a file…)
        self.lang = default_language()  # the language of ``problems``' messages
        self._disk = disk  # what each file held at open or last save (None: no file)
        self._texts: dict[str, str] = {}
        self._boms: set[str] = set()
        for rel, raw in disk.items():
            if raw is not None:
                self._texts[rel], bom = decode(raw)
                if bom:
                    self._boms.add(rel)
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self.clock: Callable[[], float] = time.monotonic  # when each key is typed (a test sets its own)
        self._typing: tuple[Where, float, Step] | None = None  # the burst the last step is: where, when, step
        self._listeners: list[Callable[[], None]] = []
        self._checked: tuple[Deck | None, list[Problem]] | None = None
        self._grouping = 0  # inside ``one_step``: listeners wait for its end

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> Draft:
        """The deck at ``folder`` (the folder, its cards/ or its deck.yaml) as it is on disk."""
        root = find_deck_root(Path(folder))
        disk: dict[str, bytes | None] = {}
        unread = set()
        for path in deck_files(root):
            rel = path.relative_to(root).as_posix()
            checked_path(root, rel)
            raw = read_disk(root, rel)
            if raw is not None:
                disk[rel] = raw
            elif path.exists() or path.is_symlink():
                unread.add(rel)  # the checker reads it from disk and says why it cannot be used
        return cls(root, disk, frozenset(unread))

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
            self._checked = read_deck_texts(self.folder, {rel: self._bytes(rel) for rel in self._texts},
                                            self._unread - set(self._texts))
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
        by_shown = {display_path(self.folder / rel): rel for rel in (*self._texts, *self._unread)}
        found = []
        for p in self._check()[1]:
            rel = by_shown.get(p.path, p.path)
            p, rel, where = at_edited_card(p, rel, self._where_at(rel, p), self._texts, self._disk,
                                           lambda r, line, col: where_in(self._texts.get(r), r, line, col),
                                           lambda r: display_path(self.folder / r))
            found.append(DraftProblem(rel, p.line, p.col, p.message_in(self.lang), where, p))
        return tuple(found)

    def _where_at(self, rel: str, problem: Problem) -> Where | None:
        return where_in(self._texts.get(rel), rel, problem.line, problem.col)

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
        return plain(node) if node is not None else None

    # -- editing --------------------------------------------------------------------------------

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after each edit, undo, redo or file taken from disk."""
        self._listeners.append(callback)

    def _text_of(self, rel: str) -> str:
        """The text of ``rel``; empty for a deck file not written yet (an edit then makes it)."""
        checked_path(self.folder, rel)
        return self._texts.get(rel, "")

    def _apply(self, changes: Mapping[str, str | None], typing: Where | None = None) -> None:
        """Set new texts (None removes a file) as one step of undo; typed at ``typing``, as part of the
        burst of typing there that the last step is (see ``set_value``)."""
        step = {rel: (self._texts.get(rel), new) for rel, new in changes.items() if self._texts.get(rel) != new}
        if not step:
            return
        for rel, (_, new) in step.items():
            checked_path(self.folder, rel)
            self._set(rel, new)
        self._record(step, typing)
        self._redo.clear()
        self._changed()

    def _record(self, step: Step, typing: Where | None) -> None:
        """Stack ``step``, or merge it into the last step when both are keys typed in a row at the same
        place, less than ``TYPING_PAUSE`` apart: the burst stays one step holding one pair of texts."""
        now = self.clock()
        last = self._burst(typing, now)
        self._typing = None
        if typing is not None and not self._grouping:
            if last is not None:
                for rel, (old, new) in step.items():
                    last[rel] = (last[rel][0] if rel in last else old, new)
                for rel in [rel for rel, (old, new) in last.items() if old == new]:
                    del last[rel]
                if not last:  # typed, then erased: nothing to undo
                    self._undo.pop()
                    return
                step = last
            else:
                self._undo.append(step)
            self._typing = (typing, now, step)
            return
        self._undo.append(step)

    def _burst(self, typing: Where | None, now: float) -> Step | None:
        """The last step, when a key typed at ``typing`` at ``now`` goes on with the burst of typing it is."""
        burst = self._typing
        if (typing is not None and not self._grouping and burst is not None and burst[0] == typing and now - burst[1] < TYPING_PAUSE
                and self._undo and self._undo[-1] is burst[2]):
            return burst[2]
        return None

    def _set(self, rel: str, text: str | None) -> None:
        if text is None:
            self._texts.pop(rel, None)
        else:
            self._texts[rel] = text

    @contextmanager
    def one_step(self) -> Iterator[None]:
        """The edits made inside are undone and redone together, and listeners are called once."""
        mark = len(self._undo)
        self._grouping += 1
        try:
            yield
        finally:
            self._grouping -= 1
            steps, self._undo[mark:] = self._undo[mark:], []
            merged: dict[str, tuple[str | None, str | None]] = {}
            for step in steps:
                for rel, (old, new) in step.items():
                    merged[rel] = (merged[rel][0] if rel in merged else old, new)
            merged = {rel: pair for rel, pair in merged.items() if pair[0] != pair[1]}
            if merged:
                self._undo.append(merged)
            self._typing = None
            if steps:
                self._changed()

    def forget_redo(self) -> None:
        """Drop what undo took back (after an undo that only cancelled a refused change)."""
        self._redo.clear()

    def forget_history(self) -> None:
        """Drop undo and redo alike, the texts staying as they are: each step holds whole file texts,
        so after another program's version is taken, undoing would put the older file back."""
        self._undo.clear()
        self._redo.clear()
        self._typing = None

    def _changed(self) -> None:
        self._checked = None
        if self._grouping:
            return
        for callback in list(self._listeners):
            callback()

    def _changed_text(self, rel: str, change: Callable[[str], str]) -> str:
        """The text of ``rel`` as ``change`` makes it; a refusal says which file, in words."""
        text = self._text_of(rel)
        try:
            return change(text)
        except EditError as exc:
            if exc.wording is not None:
                raise
            refused = EditError(f"{rel}: {exc}")
            key = "edit.unreadable" if isinstance(exc, Unreadable) else "edit.cannot"
            refused.wording = Message(key, file=rel, detail=str(exc))
            raise refused from exc

    def _edit(self, rel: str, change: Callable[[str], str], typing: Where | None = None) -> None:
        self._apply({rel: self._changed_text(rel, change)}, typing=typing)

    def set_text(self, rel: str, text: str | None) -> None:
        """Replace the whole text of ``rel`` (a new file when there was none; None removes it), one step."""
        checked_path(self.folder, rel)
        self._apply({rel: text})

    def set_value(self, where: Where, value: str | int | None, *, typing: bool = False) -> None:
        """Write ``value`` at ``where`` (None removes the key; missing mappings on the way are created).

        ``typing``: a key typed in the field of ``where``. Keys typed there in a row, each less than
        ``TYPING_PAUSE`` after the one before, are one step of undo, as in a text editor; an edit
        elsewhere, of another kind, an undo or a save ends the burst. A theme's id takes its cards
        along (``themes.ThemeEdits``)."""
        rel, path = where
        index = theme_id_index(rel, tuple(path))
        if index is not None:
            self._set_theme_id(index, value, typing)
            return
        self._edit(rel, lambda text: edits.set_value(text, tuple(path), value),
                   typing=(rel, tuple(path)) if typing else None)

    def set_name(self, where: Where, lang: str, value: str, *, typing: bool = False) -> None:
        """Write ``value`` in ``lang`` for the name at ``where`` (a source's publisher): written once while
        it is the same in every language, in each language once another is given (``names.set_name``).
        ``typing`` as for ``set_value``, the burst kept at the field of ``lang``."""
        rel, path = where
        languages = self.languages()
        self._edit(rel, lambda text: names.set_name(text, tuple(path), lang, value, languages),
                   typing=(rel, (*path, lang)) if typing else None)

    def insert_item(self, where: Where, index: int, item: dict) -> None:
        """Insert ``item`` at ``index`` of the list at ``where``."""
        rel, path = where
        self._edit(rel, lambda text: lists.insert_item(text, tuple(path), index, item))

    def remove_item(self, where: Where, index: int) -> None:
        """Remove item ``index`` of the list at ``where``."""
        rel, path = where
        self._edit(rel, lambda text: lists.remove_item(text, tuple(path), index))

    def move_item(self, where: Where, old: int, new: int) -> None:
        """Move item ``old`` of the list at ``where`` to index ``new``."""
        rel, path = where
        self._edit(rel, lambda text: lists.move_item(text, tuple(path), old, new))

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
        self._typing = None
        for rel, texts in step.items():
            self._set(rel, texts[side])
        target.append(step)
        self._changed()
        return True

__all__ = ["ChangedOnDisk", "Draft", "DraftProblem", "EditError", "KeyPath", "Saved", "Where"]
