"""Save a copy of a live session elsewhere: every event, including those not yet written to its file.

When the session's own file cannot be written (disk full, read-only folder, drive removed), the
events wait in memory; this writes all of them to a new session file on another disk, so the
facilitator can quit without losing anything.
"""

from __future__ import annotations

import os
from pathlib import Path

from bataille.workshop import Session

from .errors import SessionExistsError, SessionFileError
from .sessionfile import SessionFile, _fsync


def save_copy(session: Session, path: str | os.PathLike[str]) -> Path:
    """Write every event of ``session`` (pending ones too) to a new session file at ``path``.

    The copy is built under a hidden temporary name and linked into place once complete, so a
    failure never leaves a half-written copy; an existing file (the session's own included) is
    refused, never overwritten. Raises ``SessionFileError`` with a message to show.
    """
    path = Path(path)
    own = getattr(session.store, "path", None)
    if path.exists() or (own is not None and Path(own).resolve() == path.resolve()):
        raise SessionExistsError(f"{path.name} already exists: choose another name.")
    temp = path.with_name(f".{path.name}.copying-{os.getpid()}")
    _remove(temp)
    try:
        store = SessionFile.create(temp)
        try:
            for seq, event in enumerate(session.events):
                store.append(seq, event)
        finally:
            store.close()
        try:
            os.link(temp, path)
        except FileExistsError:
            raise SessionExistsError(f"{path.name} already exists: choose another name.") from None
        except OSError:
            if path.exists():  # a file system without hard links (a FAT USB stick): rename instead
                raise SessionExistsError(f"{path.name} already exists: choose another name.") from None
            os.replace(temp, path)
        _fsync(path.parent)
    except SessionExistsError:
        raise
    except (OSError, SessionFileError) as exc:
        # Name the copy the facilitator chose, not the temporary file, and say why in the OS's words.
        cause = exc.__cause__ if isinstance(exc, SessionFileError) and exc.__cause__ is not None else exc
        reason = getattr(cause, "strerror", None) or str(cause)
        raise SessionFileError(f"Cannot write the copy {path.name}: {reason}.") from exc
    finally:
        _remove(temp)
    return path


def _remove(temp: Path) -> None:
    for name in (temp.name, temp.name + "-wal", temp.name + "-shm"):
        try:
            temp.with_name(name).unlink(missing_ok=True)
        except OSError:
            pass
