"""The packaging files: AppStream metainfo and .desktop valid, icons at every size, spec inputs present.

Building the app itself takes half a minute and needs PyInstaller: `make package` does it and
runs the built app's --self-test.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.bataille_ia.BatailleIA"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_is_valid_for_appstream() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_and_metainfo_agree() -> None:
    desktop = configparser.ConfigParser(interpolation=None, strict=False)
    desktop.optionxform = str  # keys are case-sensitive
    desktop.read(DESKTOP, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID == entry["Icon"]
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("provides/binary").text == entry["Exec"].split()[0] == "bataille"
    assert {"fr", "en"} == {lang.text for lang in root.iter("lang")}
    assert "GenericName[fr]" in entry and "Comment[fr]" in entry  # French first, in menus too


def test_icon_exists_as_svg_and_at_every_size() -> None:
    from PySide6.QtGui import QImage

    import bataille.ui  # noqa: F401 - its PySide6 work-around before Qt is used

    assert ET.parse(ROOT / "assets" / "app-icon.svg").getroot().tag.endswith("svg")
    for size in ICON_SIZES:
        png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png


def test_what_the_spec_bundles_exists() -> None:
    spec = (PACKAGING / "bataille.spec").read_text(encoding="utf-8")
    for folder in ("cards", "scenarios", "assets"):
        assert f'ROOT / "{folder}"' in spec and (ROOT / folder).is_dir()
    assert (ROOT / "cards" / "deck.yaml").is_file()
    assert "bataille/_bundled" in spec and "bataille/ui/translations" in spec
    assert (PACKAGING / "bataille_entry.py").is_file()


def test_programs_the_app_starts_get_the_users_library_path(tmp_path) -> None:
    # The frozen app's launcher points LD_LIBRARY_PATH at the bundle; the PDF viewer, the browser and
    # pdftoppm the app starts must not load the bundle's libraries (packaging/rthook_child_env.py).
    spec = (PACKAGING / "bataille.spec").read_text(encoding="utf-8")
    assert 'runtime_hooks=[str(ROOT / "packaging" / "rthook_child_env.py")]' in spec
    hook = PACKAGING / "rthook_child_env.py"
    script = (
        "import os, runpy, subprocess, sys\n"
        "sys.frozen = True\n"
        f"runpy.run_path({str(hook)!r})\n"
        "print(subprocess.run(['env'], capture_output=True, text=True).stdout)\n"
    )
    bundle = str(tmp_path / "_internal")
    base = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": f"{bundle}:/opt/school/lib"}
    cases = (({"LD_LIBRARY_PATH_ORIG": "/opt/school/lib"}, {"LD_LIBRARY_PATH=/opt/school/lib"}),
             ({}, set()))  # the user had none: the child has none
    for extra, expected in cases:
        child = subprocess.run([sys.executable, "-c", script], env={**base, **extra}, capture_output=True,
                               text=True, check=True).stdout
        assert {line for line in child.splitlines() if line.startswith("LD_LIBRARY_PATH")} == expected
