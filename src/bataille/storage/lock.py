"""One window per session file: an exclusive lock the OS releases when the process dies."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import SessionFileError, SessionLockedError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_path(path: Path) -> Path:
    """The lock file beside a session file."""
    return path.with_name(path.name + ".lock")


class SessionLock:
    """An exclusive lock on ``<session>.lock`` holding the owner's pid (flock, or msvcrt on Windows).

    A lock file rather than SQLite's exclusive mode: the second opener learns who holds it, and
    readers such as the recent-sessions list can still read the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise SessionLockedError naming the holder's pid."""
        for _ in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise SessionFileError(f"Cannot create the lock file {self.path}: {exc.strerror}.") from exc
            if not self._try_lock(fd):
                holder = _read_pid(fd)
                os.close(fd)
                who = f" (pid {holder})" if holder else ""
                raise SessionLockedError(
                    f"This session is already open in another Bataille IA window{who}. "
                    "Close it there first, or open a copy of the file.",
                    holder,
                )
            # The previous holder may have deleted the file between our open and our lock:
            # then we locked an orphan and must try again on the new file.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode())
                os.fsync(fd)
                self._fd = fd
                return
            os.close(fd)
        raise SessionLockedError("This session's lock keeps changing hands: try again in a moment.")

    @staticmethod
    def _try_lock(fd: int) -> bool:
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def release(self) -> None:
        """Delete the lock file and let go (safe to call twice)."""
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self._fd)  # closing the descriptor releases the flock
        self._fd = None


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except (OSError, AttributeError):
        return None
    return int(text) if text.isdigit() else None
