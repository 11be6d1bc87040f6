"""The file moves every session file shares: a free name, a whole file linked into place, fsync."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import SessionFileError, SessionReadOnlyError
from .words import Said

SUFFIX = ".bataille"


def fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk, where the system allows it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and Windows folders) cannot fsync a directory
    finally:
        os.close(fd)


def free_name(folder: Path, stem: str, suffix: str = SUFFIX) -> Path:
    """``folder/stem.suffix``, or ``stem (2).suffix``, ``stem (3).suffix``…: never an existing file."""
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists() or path.is_symlink():
        path = folder / f"{stem} ({n}){suffix}"
        n += 1
    return path


def link_into_place(temp: Path, target: Path, exists: Exception) -> None:
    """Give the finished file ``temp`` its name ``target``; raise ``exists`` if ``target`` is taken.

    A hard link refuses, atomically, a file that appeared at ``target`` meanwhile; on a file
    system without hard links (a FAT USB stick) it checks, then renames.
    """
    try:
        os.link(temp, target)
    except FileExistsError:
        raise exists from None
    except OSError:
        if target.exists():
            raise exists from None
        os.replace(temp, target)
    fsync(target.parent)


def refuse_odd_entry(path: Path) -> None:
    """Refuse, in words, what is not a regular file, before anything opens it (a pipe would block)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise SessionFileError(f"{path.name} is a link that leads nowhere: it is not opened.").saying(
                Said("dangling_link", name=path.name)) from None
        raise SessionFileError(f"{path} does not exist.").saying(Said("missing", path=str(path))) from None
    except OSError as exc:  # a loop of links, a name too long, no permission
        raise SessionFileError(f"{path.name} cannot be looked at ({exc.strerror or exc}): it is not opened.") from exc
    if stat.S_ISREG(mode):
        return
    kind = ("is_folder" if stat.S_ISDIR(mode) else "is_pipe" if stat.S_ISFIFO(mode)
            else "is_socket" if stat.S_ISSOCK(mode) else "is_device")
    message = Said(kind, name=path.name)
    raise SessionFileError(message.render("en")).saying(message)


def refuse_read_only(path: Path) -> None:
    """Refuse, in words, a session file that cannot be written: on a read-only disk, or not writable.

    Said before anything is created beside it (the lock): SQLite would otherwise fail on it with
    words that call it "not a session file".
    """
    read_only = False
    try:
        read_only = bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows): the access checks below decide
        pass
    if read_only or not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
        message = Said("read_only", name=path.name)
        raise SessionReadOnlyError(message.render("en")).saying(message)


def remove_with_journal(path: Path) -> None:
    """Remove a file and the -wal and -shm SQLite may have left beside it (quietly: a clean-up)."""
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        try:
            path.with_name(name).unlink(missing_ok=True)
        except OSError:
            pass
