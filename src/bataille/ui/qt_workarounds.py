"""Work-arounds for bugs of the Qt bindings we ship with, each applied once, before Qt is used.

PySide6 6.12.0 on Python 3.11: every call to a Qt method that returns nothing (setPen,
setText, setObjectName…) drops one reference to ``None`` that it never took. Python 3.12
made ``None`` immortal, so there it is harmless; on 3.11 None starts with about 5,000
references, and after that many calls the interpreter aborts with "Fatal Python error:
none_dealloc: deallocating None" (drawing the 134 cards of the default deck is enough).
We give ``None`` the same practically endless count that Python 3.12 gives it.

PySide6 (PYSIDE-2029): after PySide6 is imported, an import hook asks of every module imported
whether its source mentions "PySide6", with ``inspect.getsource``, which keeps the text of every
module in ``linecache`` for the life of the process: at our start, ~150 modules, 20–30 ms and
~5 MiB. We ask the same question by reading the file's bytes, and keep nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_ENDLESS = 1 << 60  # 10^18 leaked references: centuries of painting


def keep_none_alive() -> bool:
    """On CPython before 3.12, make None's reference count practically endless; True if done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6 import __version__ as pyside_version  # the bug is known in 6.12.0 only

    if not pyside_version.startswith("6.12."):
        return False  # pyproject pins PySide6 below 6.12; this guards environments that ignore it
    import ctypes  # here: a few milliseconds of start-up, paid only where the bug is

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if count.value < _ENDLESS // 2:
        count.value += _ENDLESS
    return True


def read_sources_cheaply() -> bool:
    """Make PySide6's "does this module use PySide6?" hook read source files without caching
    them (same answer, see the module docstring); True if the hook was found and replaced."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_cheaply", False):
        return False
    feature._mod_uses_pyside = _cheap_source_check(original)
    return True


def _cheap_source_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, extension or bytecode-only module: no file to read
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)  # e.g. inside a PyInstaller archive: let its loader answer

    mod_uses_pyside.reads_cheaply = True  # type: ignore[attr-defined]
    return mod_uses_pyside
