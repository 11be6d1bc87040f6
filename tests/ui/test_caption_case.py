"""The English interface's case: the menus' commands in Title Case (« Print Cards… », « End the Vote
and Show It »), as desktop menus write them; the buttons, and the titles of windows and dialogs,
in sentence case, as most of them were (« Start the session », « Save a copy of the session »).
A few said « Save a Copy Elsewhere… », « Keep Working », « Let's Go », « Print the Cards »."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from bataille.ui import i18n_build

UI = Path(i18n_build.__file__).resolve().parent

# Words that keep their capital inside a sentence: names, acronyms, keys, a variable's letter.
PROPER = {"AI", "IA", "Bataille", "PDF", "CSV", "SVG", "URL", "Wi-Fi", "Wi", "Fi", "X", "Y", "OK",
          "Python", "Qt", "PySide6", "Ctrl", "Shift", "Enter", "Esc", "F1", "F5", "F11", "I", "English", "French",
          "Français"}
# The menus' own words: commands (Title Case) and the menus' names (one word).
MENU_CONTEXTS = {"Commands"}
# A window or dialog's title, a dialog's or a message box's button, a file dialog's title: the call
# and its first translated literal (self.tr("…") or translate("Context", "…")).
_CAPTION_CALL = re.compile(
    r"(?:setWindowTitle|addButton|QPushButton|getSaveFileName|getOpenFileName|getExistingDirectory"
    r"|QMessageBox\.(?:warning|information|question|critical))\((?:[^()\"]|\([^()]*\))*?"
    r"(?:self\.tr|translate)\((?:\"\w+\",\s*)?\"([^\"]+)\"")


def _not_sentence_case(caption: str) -> list[str]:
    """The words of ``caption`` after its first that are capitalised without being names; a part
    after « — » or « : » starts anew (« Bataille IA — Start », « Phones: Join Screen »)."""
    wrong = []
    for part in re.split(r" — |: |\. ", caption.replace("&", "")):
        words = re.findall(r"[\w’'-]+", re.sub(r"%\w+|<[^>]*>", " ", part))
        wrong += [w for w in words[1:] if w[0].isupper() and w not in PROPER]
    return wrong


def _ts_captions() -> list[tuple[str, str]]:
    """The captions with a mnemonic (buttons, check boxes, labels) outside the menus, as (context, source)."""
    root = ET.parse(UI / "translations" / "bataille_en.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        if name in MENU_CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if re.search(r"&\w", source) and len(source) < 70 and not source.startswith("<"):
                found.append((name, source))
    return found


def test_buttons_and_captions_are_in_sentence_case() -> None:
    captions = _ts_captions()
    assert len(captions) > 100
    wrong = {f"{context}: {source}": words for context, source in captions if (words := _not_sentence_case(source))}
    assert not wrong, wrong


def test_window_dialog_and_button_titles_in_the_code_are_in_sentence_case() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found += [(path.relative_to(UI).as_posix(), m[1]) for m in _CAPTION_CALL.finditer(text)]
    assert len(found) > 40
    wrong = {f"{where}: {caption}": words for where, caption in found if (words := _not_sentence_case(caption))}
    assert not wrong, wrong


def test_the_check_tells_title_case_from_sentence_case() -> None:
    assert _not_sentence_case("&Save a Copy Elsewhere…") == ["Copy", "Elsewhere"]
    assert _not_sentence_case("Save the &facilitator's guide…") == []
    assert _not_sentence_case("Bataille IA — Start") == []
    assert _not_sentence_case("Room's &Wi-Fi") == []
