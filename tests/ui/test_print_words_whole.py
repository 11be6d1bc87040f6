"""The print window as a teacher sets it at school (A4 or Letter, one side, ink saving), in French
and English, at the sizes it opens on 1366×768 and 1920×1080 screens: no line of its wrapped texts
breaks a word at its hyphen (« blank take- / home card » read as two words)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.print.form_parts import select_data
from bataille.ui.settings import Settings

# The dialog's own size on each screen (PrintDialog.__init__ fits 1320×820 to the room left).
SIZES = {"1366x768": (round(1366 * 0.96), round(728 * 0.92)), "1920x1080": (1320, 820)}


def lines_of(label: QLabel) -> list[str]:
    """The lines a word-wrapped label shows, laid out as it lays them out."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width() - 2 * max(0, label.margin())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def words_cut_at_a_hyphen(dialog: PrintDialog) -> list[str]:
    cut = []
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.wordWrap() and label.text() and label.textFormat() != Qt.TextFormat.RichText:
            lines = lines_of(label)
            cut += [f"{label.objectName() or label.text()[:30]!r}: {a.rstrip()!r} / {b!r}"
                    for a, b in zip(lines, lines[1:], strict=False) if re.search(r"\w-$", a.rstrip()) and b[:1].isalpha()]
    return cut


@pytest.mark.parametrize("screen", SIZES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_word_of_the_print_window_is_cut_at_its_hyphen(qtbot, translations, in_app_font, screen, lang) -> None:
    translations.set_language(lang)
    dialog = PrintDialog(load_deck(bundled_deck_path()), Settings(), lang, use_pdftoppm=False)
    qtbot.addWidget(dialog)
    dialog.resize(*SIZES[screen])
    dialog.show()
    found = []
    for paper in ("a4", "letter"):
        for duplex, ink in (("long", False), ("none", True)):
            select_data(dialog.form.paper, paper)
            select_data(dialog.form.duplex, duplex)
            dialog.form.ink_saving.setChecked(ink)
            QCoreApplication.processEvents()
            found += [f"{paper} {duplex}: {line}" for line in words_cut_at_a_hyphen(dialog)]
    assert not found, "\n".join(found)
