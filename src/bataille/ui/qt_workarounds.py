"""Work-arounds for bugs of the Qt bindings we ship with, each applied once, before Qt is used.

PySide6 6.12.0 on Python 3.11: every call to a Qt method that returns nothing (setPen,
setText, setObjectName…) drops one reference to ``None`` that it never took. Python 3.12
made ``None`` immortal, so there it is harmless; on 3.11 None starts with about 5,000
references, and after that many calls the interpreter aborts with "Fatal Python error:
none_dealloc: deallocating None" (drawing the 134 cards of the default deck is enough).
We give ``None`` the same practically endless count that Python 3.12 gives it.
"""

from __future__ import annotations

import ctypes
import sys

_ENDLESS = 1 << 60  # 10^18 leaked references: centuries of painting


def keep_none_alive() -> bool:
    """On CPython before 3.12, make None's reference count practically endless; True if done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6 import __version__ as pyside_version  # the bug is known in 6.12.0 only

    if not pyside_version.startswith("6.12."):
        return False  # pyproject pins PySide6 below 6.12; this guards environments that ignore it
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if count.value < _ENDLESS // 2:
        count.value += _ENDLESS
    return True
