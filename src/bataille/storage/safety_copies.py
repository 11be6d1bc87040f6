"""The copies kept before anything rewrites a session file: before a recovery, before a migration.

Each copy is built under a hidden name and renamed into place (the -wal first, the main file
last), so a copy that can be seen is whole; only the newest few recovery copies of a file are
kept (issue 17, class 13).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bataille.words import OsReason

from .errors import SessionFileError
from .files import fsync, remove_with_journal
from .words import Said, told

KEEP_RECOVERY_COPIES = 3  # the newest copies kept before a recovery; older ones are removed


def keep_copy_before_recovery(path: Path) -> Path | None:
    """Copy the file and its -wal aside before SQLite replays (and then truncates) that -wal.

    A -wal left behind means the app stopped without closing the file. Replaying it is what
    SQLite does next, and it silently drops every frame after a damaged one; the copy keeps
    the original bytes, so nothing is lost for good if that ever happens. Returns the copy of
    the main file (its -wal beside it), or None when there was nothing to recover. Only the
    newest ``KEEP_RECOVERY_COPIES`` such copies of a file are kept.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        if not wal.exists() or wal.stat().st_size == 0:
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.name}.before-recovery-{stamp}")
        n = 1
        while copy.exists():
            n += 1
            copy = path.with_name(f"{path.name}.before-recovery-{stamp}-{n}")
        copy_pair(path, copy)
    except OSError as exc:
        raise told(SessionFileError, Said("recovery_copy_failed", name=path.name, reason=OsReason(exc))) from exc
    prune_recovery_copies(path)
    return copy


def copy_pair(path: Path, copy: Path) -> None:
    """Copy a session file and its -wal (if not empty) to ``copy`` and ``copy-wal``, whole or not at all.

    Each is written under a hidden name, fsynced, then renamed; the main file last, so a copy
    that can be seen is complete. On failure nothing of the copy is left.
    """
    wal = path.with_name(path.name + "-wal")
    pairs = [(path, copy)]
    if wal.exists() and wal.stat().st_size > 0:
        pairs.insert(0, (wal, copy.with_name(copy.name + "-wal")))
    import shutil  # here: only a file to recover or convert is copied (bz2, lzma and zlib come with it)

    done: list[Path] = []
    try:
        for source, target in pairs:
            temp = target.with_name(f".{target.name}.copying-{os.getpid()}")
            try:
                shutil.copy2(source, temp)
                with temp.open("rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(temp, target)
            finally:
                temp.unlink(missing_ok=True)
            done.append(target)
        fsync(copy.parent)
    except BaseException:
        for target in done:
            target.unlink(missing_ok=True)
        raise


def prune_recovery_copies(path: Path, keep: int | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` ``.before-recovery-*`` copies of ``path``; the removed."""
    keep = KEEP_RECOVERY_COPIES if keep is None else keep
    prefix = f"{path.name}.before-recovery-"
    try:
        copies = [p for p in path.parent.iterdir() if p.name.startswith(prefix) and not p.name.endswith("-wal")]
    except OSError:
        return []
    copies.sort(key=lambda p: (_mtime(p), p.name), reverse=True)
    removed = []
    for old in copies[keep:]:
        remove_with_journal(old)
        removed.append(old)
    return removed


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def keep_copy_before_migration(path: Path, version: int) -> Path:
    """Copy the file (and its -wal, if any is left) to ``<name>.before-migration-v<version>``.

    Migrating rewrites the file in the newer format, which an older app cannot open: the copy
    keeps the session readable by it, and the bytes as they were. Never overwrites a copy.
    """
    copy = path.with_name(f"{path.name}.before-migration-v{version}")
    n = 1
    while copy.exists():
        n += 1
        copy = path.with_name(f"{path.name}.before-migration-v{version}-{n}")
    try:
        copy_pair(path, copy)
    except OSError as exc:
        raise told(SessionFileError, Said("migration_copy_failed", name=path.name, reason=OsReason(exc))) from exc
    return copy
