"""Saving a draft: which files changed on disk behind its back, and writing only what changed."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from bataille.words import OsReason

from ..folder import deck_files
from .files import checked_path, decode, forget_staged, read_disk, stage_file
from .nodes import EditError
from .words import Message


class ChangedOnDisk(Exception):
    """Another program changed these files since they were opened or last saved; nothing was written."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.paths: tuple[str, ...] = tuple(paths)
        self.wording = Message("save.changed", files=", ".join(self.paths))
        super().__init__(self.wording.render("en"))


class SaveFailed(EditError):
    """The system refused to write a deck file (a full disk, a read-only folder): ``wording`` says
    which file and why, and whether the deck's files on disk are still as they were."""

    def __init__(self, rel: str, exc: OSError, written: Iterable[str] = ()) -> None:
        written = tuple(written)
        if written:
            self.wording = Message("save.failed_after", file=rel, reason=OsReason(exc), files=", ".join(written))
        else:
            self.wording = Message("save.failed", file=rel, reason=OsReason(exc))
        super().__init__(self.wording.render("en"))


class Saved(tuple):
    """The files a save wrote; ``runs`` says whether the saved deck is one the app can run."""

    runs: bool

    def __new__(cls, paths: Iterable[str], runs: bool) -> Saved:
        saved = super().__new__(cls, tuple(paths))
        saved.runs = runs
        return saved


class DiskSync:
    """The disk side of ``Draft``: ``_disk`` holds what each file held at open or last save."""

    folder: Path
    _disk: dict[str, bytes | None]
    _texts: dict[str, str]
    _boms: set[str]
    _checked: object
    _typing: object  # the burst of typing the last step of undo is (``Draft._record``)
    _bytes: Callable[[str], bytes]
    _apply: Callable[[Mapping[str, str | None]], None]
    runnable: bool

    @property
    def dirty(self) -> bool:
        """True when a text differs from its file on disk."""
        if any(raw is not None and rel not in self._texts for rel, raw in self._disk.items()):
            return True
        return any(self._bytes(rel) != self._disk.get(rel) for rel in self._texts)

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
        # Every new text is written beside its file first; only when all are on disk does each take
        # its name, so a full disk part-way leaves the deck as it was (not a manifest naming a card
        # file that was never written).
        staged: list[tuple[str, str]] = []
        try:
            for rel in writes:
                staged.append((rel, stage_file(paths[rel], self._bytes(rel))))
        except OSError as exc:
            for _rel, tmp in staged:
                forget_staged(tmp)
            raise SaveFailed(rel, exc) from exc
        done: list[str] = []
        for i, (rel, tmp) in enumerate(staged):
            try:
                os.replace(tmp, paths[rel])
            except OSError as exc:
                for _rel, left in staged[i:]:
                    forget_staged(left)
                raise SaveFailed(rel, exc, done) from exc
            self._disk[rel] = self._bytes(rel)
            done.append(rel)
        for rel in removals:
            try:
                paths[rel].unlink(missing_ok=True)
            except OSError as exc:
                raise SaveFailed(rel, exc, done) from exc
            self._disk[rel] = None
            done.append(rel)
        self._typing = None  # what is typed next is a step of its own: undo comes back to what was saved
        return Saved(writes + removals, self.runnable)
