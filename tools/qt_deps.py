"""What Qt's window needs from Debian, asked of Qt itself: `ldd` on the platform plugins.

    python tools/qt_deps.py            # list the missing libraries and their Debian packages
    python tools/qt_deps.py --install  # install those packages (apt-get, through sudo if not root)

`make run` and `make test` call it, so a fresh machine needs no step by hand. The plugins asked
are the ones the app and its tests load: xcb (a window on X11) and offscreen (tests, screenshots).
A library `ldd` reports "not found" is mapped to its Debian package by Debian's naming rule
(libfoo.so.N is in libfooN; libfoo2.so.0 in libfoo2-0), with the few exceptions listed below.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so")
# Libraries whose Debian package does not follow the naming rule.
EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libpng16.so.16": "libpng16-16",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` printed as "not found", each once, in order."""
    seen: dict[str, None] = {}
    for line in ldd_output.splitlines():
        match = _NOT_FOUND.match(line)
        if match:
            seen[match.group(1)] = None
    return list(seen)


def debian_package(soname: str) -> str:
    """The Debian package that ships ``soname`` (libxcb-icccm.so.4 -> libxcb-icccm4)."""
    if soname in EXCEPTIONS:
        return EXCEPTIONS[soname]
    match = re.fullmatch(r"(lib.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        raise ValueError(f"not a library name: {soname}")
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def packages_for(ldd_output: str) -> list[str]:
    """The Debian packages to install so that nothing in ``ldd_output`` is "not found"."""
    return list(dict.fromkeys(debian_package(lib) for lib in missing_libraries(ldd_output)))


def plugin_paths() -> list[Path]:
    """Qt's platform plugins as installed with PySide6 (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is not installed in this Python: run `make run` or `make test`.")
    plugins = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins"
    return [plugins / p for p in PLUGINS if (plugins / p).is_file()]


def ldd(paths: list[Path]) -> str:
    if not paths:
        return ""
    result = subprocess.run(["ldd", *map(str, paths)], capture_output=True, text=True, check=False)
    return result.stdout


def install(packages: list[str]) -> int:
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("installing Debian packages for Qt's window: " + " ".join(packages), flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    return subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", *packages], env=env,
                          stdout=subprocess.DEVNULL, check=False).returncode


def main(argv: list[str]) -> int:
    packages = packages_for(ldd(plugin_paths()))
    if not packages:
        return 0
    if "--install" not in argv:
        print("Qt's window needs these Debian packages: " + " ".join(packages))
        return 1
    code = install(packages)
    left = packages_for(ldd(plugin_paths()))
    if code or left:
        print("still missing for Qt's window: " + " ".join(left or packages), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
