"""Run the core's tests with Qt out of reach: any import of PySide6 fails.

    .venv/bin/python tests/without_qt.py tests/deck tests/workshop tests/storage tests/export

`make test` runs the core's test folders this way (and the rest of the suite normally), so a
test or module of the core that needs Qt fails the build: the core knows no Qt, and its tests
run where PySide6 is not installed.
"""

from __future__ import annotations

import importlib.abc
import sys

BLOCKED = ("PySide6", "shiboken6", "pytestqt")


class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{name}: the core's tests run without Qt", name=name)
        return None


if __name__ == "__main__":
    del sys.path[0]  # this script's folder: the test packages are imported from the project root
    sys.meta_path.insert(0, _NoQt())
    import pytest

    # pytest-qt stays out too; its qt_api setting in pyproject is then unknown, and that is expected.
    sys.exit(pytest.main(["-p", "no:pytest-qt", "-W", "ignore:Unknown config option",
                          *sys.argv[1:]]))
