"""The deck window opened on a laptop of 1366×768 at 150 % and 125 % display scaling (screens of 911×512
and 1093×614 points), in a child process with ``QT_SCALE_FACTOR`` on Qt's offscreen platform, as a
teacher opens it the first time (no size remembered): it takes the screen's free area, not 85 % of it
(774×435 cut the bar and the themes), and can be made as small as a maximised window there is
(895×440 at 150 %, Windows' title bar and taskbar left out), browsing and on each page of the editor.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.deck.conftest import copy_bundled_deck

from .app_in_a_child import run

SCREENS = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
                        "logicalBpp": 32, "dpr": 1, "primary": True}]}

CHILD = """
import json, sys
sys.path.insert(0, sys.argv[2])  # the project, for the tests' measures
import bataille.ui  # noqa: F401 - the PySide6 work-around first
from PySide6.QtWidgets import QApplication
from bataille.ui.app import create_application
from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.i18n import Translations
from bataille.ui.settings import Settings
from tests.ui.deck_fit import cut_combo, cut_rows, settle, sideways

app = create_application([])
translations = Translations(parent=app)
translations.set_language(sys.argv[3])
window = DeckWindow(translations, Settings())
window.open_deck(sys.argv[1])
window.show()
settle()
seen = {"screen": window.screen().availableGeometry().getRect(), "frame": window.frameGeometry().getRect(),
        "size": window.size().toTuple(), "themes_cut": cut_rows(window.browser.theme_list),
        "kinds_cut": cut_combo(window.browser.kind_combo), "least": {"browser": window.minimumSizeHint().toTuple()}}
window.resize(895, 440)
window.set_editing(True)
editor = window.editing.editor
for page in (editor.cards, editor.themes, editor.scenarios, editor.agenda):
    editor.tabs.setCurrentWidget(page)
    editor.refresh_now()
    settle()
    seen["least"][page.objectName() or "cards"] = window.minimumSizeHint().toTuple()
    seen.setdefault("sideways", []).extend(sideways(editor))
window.editing.draft = None
print("SEEN " + json.dumps(seen))
"""


@pytest.mark.parametrize("scale, room, lang", [("1.5", (911, 512), "fr"), ("1.25", (1093, 614), "en")])
def test_the_deck_window_opens_to_the_screen_and_fits_it(tmp_path: Path, scale: str, room, lang: str) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", QT_SCALE_FACTOR=scale,
               BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    deck = copy_bundled_deck(tmp_path / "deck")
    seen, done = run(CHILD, env, deck, Path(__file__).parents[2], lang)
    assert done.returncode == 0, done.stderr
    x, y, width, height = seen["screen"]
    assert (width, height) == room
    # Inside the screen's free area, and as much of it as a window there can take (its frame aside).
    fx, fy, fwidth, fheight = seen["frame"]
    assert fx >= x and fy >= y and fx + fwidth <= x + width and fy + fheight <= y + height, seen["frame"]
    assert seen["size"][0] >= width - 16 - 2 and seen["size"][1] >= height - 40 - 2, seen["size"]
    assert seen["themes_cut"] == [] and seen["kinds_cut"] == []
    for page, (least_width, least_height) in seen["least"].items():  # a maximised window at 150 %
        assert least_width <= 895 and least_height <= 440, (page, least_width, least_height)
    assert seen["sideways"] == []
