"""The first start on a fresh machine: what Qt's window lacks is found by asking Qt, and no screen
is said in one sentence."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("qt_deps", ROOT / "tools" / "qt_deps.py")
qt_deps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt_deps)

# ldd on libqxcb.so on a machine that has libxcb-cursor0 but not libxcb-icccm4 (the case).
FAKE_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f73)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f74)
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f75)
\tlibxcb-icccm.so.4 => not found
"""


def test_one_missing_library_gives_its_debian_package():
    assert qt_deps.missing_libraries(FAKE_LDD) == ["libxcb-icccm.so.4"]
    assert qt_deps.packages_for(FAKE_LDD) == ["libxcb-icccm4"]


def test_debian_names_follow_the_library_names():
    assert qt_deps.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert qt_deps.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert qt_deps.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert qt_deps.debian_package("libEGL.so.1") == "libegl1"
    assert qt_deps.debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert qt_deps.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_nothing_missing_here_after_make_test_set_up():
    # make test ran tools/qt_deps.py --install before pytest: Qt's own plugins lack nothing.
    assert qt_deps.plugin_paths(), "PySide6's platform plugins were not found"
    assert qt_deps.packages_for(qt_deps.ldd(qt_deps.plugin_paths())) == []


def test_no_screen_is_one_sentence_in_the_users_language(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    for lang, words in (("fr", "Aucun écran"), ("en", "No screen")):
        done = subprocess.run([sys.executable, "-m", "bataille", "--lang", lang], env=env, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 1
        assert done.stderr.strip().count("\n") == 0 and words in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
