"""The deck's files on disk for the editor: which paths may be written, reading them, writing atomically."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path, PurePosixPath

from ..folder import is_yaml
from ..yamlread import MAX_FILE_BYTES
from .nodes import EditError
from .words import Message

BOM = b"\xef\xbb\xbf"


class PathRefused(EditError):
    """A file path that is not a deck file inside the deck folder."""

    def __init__(self, wording: Message) -> None:
        self.wording = wording
        super().__init__(wording.render("en"))


def checked_path(folder: Path, rel: str) -> Path:
    """The full path of the deck file ``rel`` ("cards/x.yaml" or "scenarios/x.yaml"), never outside ``folder``."""
    pure = PurePosixPath(rel)
    if (pure.is_absolute() or "\\" in rel or ":" in rel or ".." in pure.parts or len(pure.parts) != 2
            or pure.parts[0] not in ("cards", "scenarios") or not is_yaml(Path(pure.name))):
        raise PathRefused(Message("edit.bad_path", file=rel))
    full = folder / pure
    try:
        inside = full.parent.resolve().is_relative_to(folder) and (
            not full.is_symlink() or full.resolve().is_relative_to(folder))
    except (OSError, RuntimeError):
        inside = False
    if not inside:
        raise PathRefused(Message("edit.leaves_folder", file=rel))
    return full


def read_disk(folder: Path, rel: str) -> bytes | None:
    """The bytes of ``rel`` on disk now, None when there is no regular file there (or it cannot be read)."""
    path = folder / rel
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def decode(raw: bytes) -> tuple[str, bool]:
    """The text of a file and whether it began with a byte order mark (kept on save).

    Bytes that are not UTF-8 are kept as they were (surrogate escapes), so saving another
    file never changes them; the checker says where they are.
    """
    bom = raw.startswith(BOM)
    return raw[len(BOM) if bom else 0:].decode("utf-8", "surrogateescape"), bom


def encode(text: str, bom: bool) -> bytes:
    """The bytes of ``text`` as the file held them."""
    return (BOM if bom else b"") + text.encode("utf-8", "surrogateescape")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file beside ``path`` and rename it over ``path``: never half a file."""
    os.replace(stage_file(path, data), path)


def stage_file(path: Path, data: bytes) -> str:
    """Write ``data``, synced, to a new file beside ``path`` (with ``path``'s permissions) and return
    its name; renaming it over ``path`` is left to the caller, so that several files can be written
    first and only then take their names. On failure, nothing is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        forget_staged(tmp)
        raise
    return tmp


def forget_staged(tmp: str) -> None:
    """Remove a file ``stage_file`` wrote and that will not take its name."""
    try:
        os.unlink(tmp)
    except OSError:
        pass
