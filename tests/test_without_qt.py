"""tests/without_qt.py really keeps Qt out: a test that imports PySide6 fails under it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).parent / "without_qt.py"


def test_a_test_that_imports_qt_fails_without_qt(tmp_path: Path) -> None:
    (tmp_path / "test_uses_qt.py").write_text("def test_qt():\n    import PySide6.QtCore  # noqa: F401\n")
    (tmp_path / "test_plain.py").write_text("def test_plain():\n    import bataille.workshop  # noqa: F401\n")
    done = subprocess.run([sys.executable, str(RUNNER), "-q", "-p", "no:cacheprovider", str(tmp_path)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 1, done.stdout
    assert "1 failed, 1 passed" in done.stdout
    assert "the core's tests run without Qt" in done.stdout
