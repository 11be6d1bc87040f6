"""The built app, as a teacher gets it: the folder copied elsewhere, run with a fresh home, no
virtual environment on PATH, in French and in English.

Building takes about half a minute and needs PyInstaller (`make package` installs it), so these are
marked slow: `make test-slow` runs them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "bataille.spec"
LANGS = {"fr": "fr_FR.UTF-8", "en": "en_US.UTF-8"}
# Bundled libraries no bundled file links to, but that the system's own libxcb (found through the
# launcher's LD_LIBRARY_PATH) loads on every X11 start: they stay.
LOADED_BY_THE_SYSTEMS_XCB = {"libXau.so.6", "libXdmcp.so.6", "libbsd.so.0", "libmd.so.0"}


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    """The built folder, copied (links kept) to another place, as from a USB stick."""
    pytest.importorskip("PyInstaller")
    if not list((ROOT / "src" / "bataille" / "ui" / "translations").glob("*.qm")):
        pytest.skip("no .qm translations: run `make translations` first")
    work = tmp_path_factory.mktemp("package")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
                   cwd=ROOT, check=True, capture_output=True, timeout=600)
    stick = work / "elsewhere" / "bataille"
    shutil.copytree(work / "dist" / "bataille", stick, symlinks=True)
    shutil.rmtree(work / "dist")
    return stick


def run(app: Path, lang: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": LANGS[lang], "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share")}
    return subprocess.run([str(app / "bataille"), *args], env=env, cwd=home, capture_output=True, text=True,
                          timeout=180, check=False)


def embedded_fonts_only(pdf: bytes) -> bool:
    """Every font of the PDF carries its file (reportlab writes TrueType subsets as FontFile2)."""
    fonts = re.findall(rb"/Type /Font\b", pdf)
    return bool(fonts) and b"/FontFile2" in pdf and b"/BaseFont /Helvetica" not in pdf


def test_self_test_passes_from_a_copy(app, tmp_path) -> None:
    done = run(app, "fr", "--self-test", home=tmp_path)
    assert done.returncode == 0 and done.stdout.strip().endswith("OK"), done.stdout + done.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_what_a_teacher_prints_and_exports(app, tmp_path, lang) -> None:
    said = {"fr": ("affiche cette aide", "157 cartes", "n’existe pas"),
            "en": ("show this help message", "157 cards", "does not exist")}[lang]
    helped = run(app, lang, "--help", home=tmp_path)
    assert helped.returncode == 0 and said[0] in helped.stdout
    valid = run(app, lang, "validate", home=tmp_path)
    assert valid.returncode == 0 and said[1] in valid.stdout, valid.stdout + valid.stderr
    session = tmp_path / "example.bataille"
    steps = (("print", "-o", "cards.pdf"), ("print", "--calibration", "-o", "calibration.pdf"),
             ("guide", "-o", "guide.pdf"), ("example-session", "-o", str(session)),
             ("summary", str(session), "-o", "summary.pdf"), ("summary", str(session), "-o", "summary.csv"))
    for step in steps:
        done = run(app, lang, *step, "--lang", lang, home=tmp_path)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (step, done.stdout, done.stderr)
    for name in ("cards.pdf", "calibration.pdf", "guide.pdf", "summary.pdf"):
        assert embedded_fonts_only((tmp_path / name).read_bytes()), name
    assert (tmp_path / "summary.csv").read_text(encoding="utf-8").count("\n") > 50
    missing = run(app, lang, "summary", "nowhere.bataille", "-o", "x.pdf", "--lang", lang, home=tmp_path)
    assert missing.returncode == 1 and said[2] in missing.stderr and "Traceback" not in missing.stderr


def test_data_files_are_where_the_code_looks(app) -> None:
    inside = app / "_internal"
    assert (inside / "bataille" / "phones" / "page.html").read_bytes() == \
        (ROOT / "src" / "bataille" / "phones" / "page.html").read_bytes()
    for lang in LANGS:
        assert (inside / "bataille" / "ui" / "translations" / f"bataille_{lang}.qm").is_file()
        assert (inside / "PySide6" / "Qt" / "translations" / f"qtbase_{lang}.qm").is_file()
    assert len(list((inside / "bataille" / "_bundled" / "assets" / "fonts").glob("*.ttf"))) == 4
    assert (inside / "bataille" / "_bundled" / "cards" / "deck.yaml").is_file()


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils not installed")
def test_every_bundled_library_is_needed(app) -> None:
    """No library stays that only a dropped part needed (GTK's, Kerberos, Pillow's AVIF codec)."""
    files = [p for p in app.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    by_name: dict[str, list[Path]] = {}
    for path in app.rglob("*.so*"):
        by_name.setdefault(path.name, []).append(path)
    roots = [p for p in files if ".cpython-" in p.name or p.name.endswith(".abi3.so")
             or "/plugins/" in p.as_posix() or p.name.startswith("libpython")]
    seen: set[Path] = set()
    todo = [*roots, app / "bataille"]
    while todo:
        path = todo.pop().resolve()
        if path in seen:
            continue
        seen.add(path)
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                                 env={**os.environ, "LC_ALL": "C"}, check=False).stdout
        for name in re.findall(r"\(NEEDED\).*\[(.+?)\]", dynamic):
            todo += by_name.get(name, [])
    unneeded = sorted(p.name for p in files if p.resolve() not in seen and p.name not in LOADED_BY_THE_SYSTEMS_XCB)
    assert unneeded == []
    assert not list(app.rglob("_avif*")) and not list(app.rglob("_webp*"))  # Pillow's codecs the app never reads
