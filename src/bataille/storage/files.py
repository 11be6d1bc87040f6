"""The file moves every session file shares: a free name, a whole file linked into place, fsync."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import SessionFileError

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
            raise SessionFileError(f"{path.name} is a link that leads nowhere: it is not opened.") from None
        raise SessionFileError(f"{path} does not exist.") from None
    except OSError as exc:  # a loop of links, a name too long, no permission
        raise SessionFileError(f"{path.name} cannot be looked at ({exc.strerror or exc}): it is not opened.") from exc
    if stat.S_ISDIR(mode):
        raise SessionFileError(f"{path.name} is a folder, not a session file.")
    if not stat.S_ISREG(mode):
        raise SessionFileError(f"{path.name} is not a regular file (a pipe or a device): it is not opened.")
