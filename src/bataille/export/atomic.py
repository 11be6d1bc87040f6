"""Write an export file whole or not at all: a temporary file in the same folder, then a rename.

Every export (summary, card sheets, guide, kit, sources) is written here, so the rules hold for all:

- a path that is a link is written *through*: the file the link leads to is replaced, the link
  stays (a summary saved to a linked ``bilan.pdf`` lands where the link points, as any editor
  does); a loop of links is refused in words;
- an existing file keeps its permissions (a ``0600`` file stays private); a new one is ``0644``;
- the temporary name is short (``.bataille-XXXXXXXX.tmp``), so any name the system allows
  (255 bytes) can be written;
- a stream that is not a file, such as ``/dev/null``, ``/dev/stdout`` or a named pipe, is written
  into as it is (renaming over it would replace the device with a file, which ``root`` may do);
  a storage device or a socket is refused.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from ..words import OsReason
from .errors import ExportError
from .wording import ExportMessage

NEW_FILE_MODE = 0o644


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the complete new one."""
    target = _through_links(Path(path))
    found = _looked_at(target)  # looked at once: what it is, and the permissions a file keeps
    if found is not None and (stat.S_ISBLK(found.st_mode) or stat.S_ISSOCK(found.st_mode)):
        raise ExportError(ExportMessage("write.not_a_file", target=target))
    if found is not None and (stat.S_ISCHR(found.st_mode) or stat.S_ISFIFO(found.st_mode)):
        return _write_into(target, data)
    folder = target.parent if str(target.parent) else Path(".")
    check_folder(target)
    tmp_name = None
    try:
        mode = stat.S_IMODE(found.st_mode) if found is not None and stat.S_ISREG(found.st_mode) else NEW_FILE_MODE
        fd, tmp_name = tempfile.mkstemp(prefix=".bataille-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise ExportError(ExportMessage("write.failed", target=target, reason=OsReason(exc))) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def check_folder(target: Path) -> None:
    """The file chosen, and the real cause, when its folder cannot hold it: a file where a folder
    should be (« est un fichier, pas un dossier », not « does not exist »), or no folder at all."""
    folder = target.parent if str(target.parent) else Path(".")
    for above in (folder, *folder.parents):
        if above.exists():
            if not above.is_dir():
                raise ExportError(ExportMessage("write.folder_is_a_file", target=target, file=above))
            break
    if not folder.is_dir():
        raise ExportError(ExportMessage("write.no_folder", target=target, folder=folder))


def _looked_at(target: Path) -> os.stat_result | None:
    """What is at ``target`` now (None: nothing, or no folder, which the caller says in its words)."""
    try:
        return target.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:  # a name too long, no permission
        raise ExportError(ExportMessage("write.failed", target=target, reason=OsReason(exc))) from exc


def _write_into(target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as out:
            out.write(data)
    except OSError as exc:
        raise ExportError(ExportMessage("write.failed", target=target, reason=OsReason(exc))) from exc


def _through_links(path: Path) -> Path:
    """The file a path leads to: itself, or what its link (or chain of links) points to."""
    try:
        if not path.is_symlink():  # may raise too: a name longer than the system allows
            return path
        return path.resolve(strict=False)
    except RuntimeError as exc:  # Python 3.11 and 3.12 say a loop of links so
        raise ExportError(ExportMessage("write.link_loop", target=path)) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # and later versions so
            raise ExportError(ExportMessage("write.link_loop", target=path)) from exc
        raise ExportError(ExportMessage("write.failed", target=path, reason=OsReason(exc))) from exc
