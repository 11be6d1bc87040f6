"""One window per session file: exclusive locks the OS releases when the process dies.

Two locks, both ``flock`` on open descriptors: one on ``<session>.lock`` (which holds the owner's
pid, so a second opener can say who has it), and one on the session file itself, so that deleting
the ``.lock`` file does not let a second window in (issue 17, class 13). ``flock`` locks are
separate from the POSIX locks SQLite takes on the same file, so the two never interfere; the
descriptor on the session file is closed only after SQLite has closed it (closing any descriptor
of a file drops the process's POSIX locks on it).
"""

from __future__ import annotations

import os
from pathlib import Path

from bataille.words import OsReason

from .errors import SessionFileError, SessionLockedError
from .words import Said, told

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_path(path: Path) -> Path:
    """The lock file beside a session file."""
    return path.with_name(path.name + ".lock")


def _locked_message(holder: int | None) -> str:
    who = f" (pid {holder})" if holder else ""
    return (f"This session is already open in another Bataille IA window{who}. "
            "Close it there first, or open a copy of the file.")


class SessionLock:
    """An exclusive lock on ``<session>.lock`` holding the owner's pid (flock, or msvcrt on Windows),
    and, once the session file exists, on the session file too (flock; not on Windows).

    A lock file rather than SQLite's exclusive mode: the second opener learns who holds it, and
    readers such as the recent-sessions list can still read the file.
    """

    def __init__(self, path: Path) -> None:
        self.session = path
        self.path = lock_path(path)
        self._fd: int | None = None
        self._file_fd: int | None = None
        # The pid a lock file already held when we took it: its holder stopped without closing (a
        # closed session deletes its lock file), so the app stopped abruptly. None: a clean start.
        self.left_by: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise SessionLockedError naming the holder's pid (when it is known)."""
        for _ in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise told(SessionFileError, Said("lock_failed", path=str(self.session), reason=OsReason(exc))) from exc
            if not self._try_lock(fd):
                holder = _read_pid(fd)
                os.close(fd)
                raise SessionLockedError(_locked_message(holder), holder)
            # The previous holder may have deleted the file between our open and our lock:
            # then we locked an orphan and must try again on the new file.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self.left_by = _read_pid(fd)
                _write_pid(fd)
                try:
                    self.hold_file()
                except BaseException:
                    self.release()
                    raise
                return
            os.close(fd)
        raise told(SessionLockedError, Said("lock_churn"))

    def hold_file(self) -> None:
        """Lock the session file itself (once it exists): refused if another process holds it.

        This is what still refuses a second window after someone deleted the ``.lock`` file.
        """
        if fcntl is None or self._file_fd is not None:
            return
        try:
            fd = os.open(self.session, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a pipe never blocks
        except FileNotFoundError:
            return  # being created: ``create`` calls this again once the file is there
        except OSError as exc:
            raise told(SessionFileError, Said("open_failed", name=self.session.name, reason=OsReason(exc))) from exc
        if not self._try_lock(fd):
            os.close(fd)
            raise SessionLockedError(_locked_message(None), None)
        self._file_fd = fd

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
        """Delete the lock file (if it is still ours) and let go (safe to call twice)."""
        if self._file_fd is not None:
            os.close(self._file_fd)
            self._file_fd = None
        if self._fd is None:
            return
        try:
            if os.path.samestat(os.fstat(self._fd), os.stat(self.path)):
                os.unlink(self.path)
        except OSError:
            pass
        os.close(self._fd)  # closing the descriptor releases the flock
        self._fd = None


def _write_pid(fd: int) -> None:
    """Write our pid into the lock file; best effort: on a full disk the lock holds without it."""
    try:
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        os.fsync(fd)
    except OSError:
        pass


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except (OSError, AttributeError):
        return None
    return int(text) if text.isdigit() else None
