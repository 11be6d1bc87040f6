"""Read one YAML file safely into plain data that remembers where each value was written.

Only PyYAML's safe composer is used (the C one when available). Values come back as
``LocatedMap`` / ``LocatedList`` (located.py: dict and list that know the line and column of
each item), built from the parser's events by yamlbuild.py, so the validator can point a
teacher at ``file:line:col``. A file that cannot be read raises ``YamlProblem``.
"""

from __future__ import annotations

import gc
import stat
from pathlib import Path

import yaml

from .located import Position, YamlProblem, mark_position
from .messages import Message, Num, Quoted
from .yamlbuild import EventBuilder

# The one choice of loader: the C one is several times faster (when PyYAML was built with it);
# both are safe loaders, and marks count characters in both. The editor uses it too.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 2 * 1024 * 1024


def read_yaml(path: Path, max_bytes: int = MAX_FILE_BYTES) -> object:
    """Read ``path`` as one YAML document of plain, located data; raise ``YamlProblem``."""
    return parse_yaml(read_file_bytes(path, max_bytes))


def read_file_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a deck file, at most ``max_bytes``; raise ``YamlProblem`` otherwise."""
    try:
        info = path.stat()
    except OSError as exc:
        raise YamlProblem(Message("file.unreadable", reason=exc.strerror or str(exc))) from exc
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block, /dev/zero would never end
        raise YamlProblem(Message("file.not_regular"))
    if info.st_size > max_bytes:
        raise _too_big(info.st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise YamlProblem(Message("file.unreadable", reason=exc.strerror or str(exc))) from exc
    if len(raw) > max_bytes:
        raise _too_big(len(raw), max_bytes)
    return raw


def check_size(raw: bytes, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """``raw`` when it is at most ``max_bytes`` long (the limit a file on disk has); else ``YamlProblem``."""
    if len(raw) > max_bytes:
        raise _too_big(len(raw), max_bytes)
    return raw


def _too_big(size: int, max_bytes: int) -> YamlProblem:
    return YamlProblem(Message("file.too_big", size=Num(max(size, max_bytes + 1) / 1048576, 1, grouped=False),
                               limit=Num(max_bytes / 1048576, grouped=False)))


def parse_yaml(raw: bytes) -> object:
    """Parse YAML bytes (UTF-8) into located plain data; raise ``YamlProblem``."""
    text = _decode(raw)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise YamlProblem(Message("file.nul"), Position(line, 1))
    loader = LOADER(text)
    # The builder makes tens of thousands of containers and no reference cycles: pausing the
    # cycle collector keeps a big process (Qt, the session) from scanning its whole heap over
    # and over while a file is read (it doubled the time of a full-size file).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return EventBuilder(loader.get_event).build()
    except yaml.MarkedYAMLError as exc:
        pos = mark_position(exc.problem_mark or exc.context_mark)
        if exc.context == "while scanning a simple key" and exc.context_mark is not None:
            pos = mark_position(exc.context_mark)  # the key without its ':', not the line after it
        from .yamlhints import (  # only when a file is broken
            apostrophe_fault,
            colon_missing_above,
            explain,
            flow_fault,
            key_without_colon,
            open_quote,
            quote_not_opened,
        )

        hint = apostrophe_fault(exc, text, LOADER) or open_quote(exc, text, LOADER) \
            or flow_fault(exc, text, LOADER) or quote_not_opened(exc, text) or key_without_colon(exc, text, pos)
        if hint is not None:
            raise YamlProblem(*hint) from exc
        from .yamlplain import plain_fault

        hint = plain_fault(exc, text, LOADER)
        if hint is not None:
            raise YamlProblem(*hint) from exc
        above = colon_missing_above(exc, text, pos)
        if above is not None:
            raise YamlProblem(Message("yaml.colon_above", line=pos.line), above) from exc
        raise YamlProblem(explain(exc, text, pos), pos) from exc
    except yaml.YAMLError as exc:
        raise YamlProblem(Message("yaml.libyaml", detail=str(exc))) from exc
    finally:
        if collecting:
            gc.enable()
        loader.dispose()


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem(Message("file.not_utf8", byte=f"{raw[exc.start]:02x}"), Position(line, col)) from exc


def shorten(value: object) -> str:
    """``repr(value)`` cut to about 60 characters, in English (messages use ``Quoted``)."""
    return Quoted(value).render("en")
