"""Render the application icon's PNGs from assets/app-icon.svg: ``python packaging/icons/render_icons.py``.

The PNGs sit in the freedesktop layout (hicolor/<size>x<size>/apps/<app id>.png) so that
an installer copies the folder as it is; they are kept in git because the build machine
of a packager may not have Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
APP_ID = "io.github.bataille_ia.BatailleIA"  # as in the .desktop and metainfo file names
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path = HERE.parent.parent / "assets" / "app-icon.svg", out: Path = HERE / "hicolor") -> list[Path]:
    """Write one PNG per size; returns their paths."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    for path in render():
        print(path.relative_to(HERE))
