"""What the app shows is drawn in its own font: no fallback font is looked for or loaded.

The agenda's status marks and the warnings' ⚠ are drawn; the compiled French translations and the stage replace the
narrow no-break space, which the font lacks, as print does (bataille.words.FONT_SUBSTITUTES).
"""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QTextEdit,
)
from reportlab.pdfbase.ttfonts import TTFontFile

from bataille.ui.i18n_build import for_the_screen
from bataille.ui.marked_label import MarkedLabel
from bataille.ui.marks import ICON_MARKS, draw_mark, status_icon
from bataille.ui.paths import fonts_dir, translations_dir
from bataille.words import FONT_SUBSTITUTES

# What the app's font itself holds, read from the regular and bold faces' character maps (the
# screen has no substitutes, unlike the card printer's table in bataille.deck.glyphs).
IN_FONT = set.intersection(*(set(TTFontFile(str(fonts_dir() / f"AtkinsonHyperlegible-{face}.ttf")).charToGlyph)
                             for face in ("Regular", "Bold")))


def _in_app_font(char: str) -> bool:
    return ord(char) in IN_FONT


def test_each_status_has_its_own_visible_mark(qapp) -> None:
    images = {}
    for status in ICON_MARKS:
        image = draw_mark(status, "#1A1A1A").toImage()
        inked = sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 128)
        assert 20 < inked < image.width() * image.height() * 0.6, (status, inked)  # a mark, not a block
        images[status] = image
    for status in ICON_MARKS:  # six different pictures
        assert sum(images[status] == images[other] for other in ICON_MARKS) == 1, status
    assert status_icon("running", "#1A1A1A") is status_icon("running", "#1A1A1A")  # drawn once
    assert status_icon("no such status", "#1A1A1A").isNull()


def test_a_warning_is_drawn_before_its_words_in_their_colour(qtbot) -> None:
    label = MarkedLabel("Ouvrez d’abord un débat")
    label.setStyleSheet("QLabel { color: #B71C1C; background: white; }")
    qtbot.addWidget(label)
    label.resize(400, 40)
    label.show()
    plain_left = label.contentsRect().left()
    label.set_warning(True)
    label.set_warning(True)  # twice: the room is made once
    mark = label.mark_rect()
    assert label.contentsRect().left() > plain_left + mark.width()  # the words move right of the mark
    image = label.grab().toImage()
    inked = [image.pixelColor(x, y) for x in range(int(mark.left()), int(mark.right()) + 1)
             for y in range(int(mark.top()), int(mark.bottom()) + 1)]
    assert sum(c.red() > 120 and c.green() < 90 and c.blue() < 90 for c in inked) > 15  # in the words' red
    label.set_warning(False)
    assert label.contentsRect().left() == plain_left and "⚠" not in label.text()


def test_the_agenda_shows_a_mark_and_says_the_status_in_words(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, c.state.agenda.phases[0].id)
    phases = console.agenda.phases
    for row in range(phases.count()):
        item = phases.item(row)
        assert not item.icon().isNull()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole).endswith(")")  # the status, in words
        assert all(_in_app_font(ch) for ch in item.text()), item.text()
    running = phases.currentItem()
    normal = running.icon().pixmap(16, QIcon.Mode.Normal).toImage()
    selected = running.icon().pixmap(16, QIcon.Mode.Selected).toImage()
    assert normal != selected  # light on the selected row's blue, dark elsewhere
    assert "en cours" in running.toolTip() or "running" in running.toolTip()


def test_what_the_console_shows_when_a_session_opens_is_all_in_the_app_font(console) -> None:
    c = console.controller
    c.act(c.session.reveal_votes, "before")  # refused (no debate open): the status line's warning shows
    assert console.status_line.warning
    QApplication.processEvents()
    texts = []
    for widget in console.findChildren(QLabel) + console.findChildren(QAbstractButton):
        if widget.isVisible():
            texts.append(widget.text())
    for view in console.findChildren(QListWidget):
        if view.isVisible():
            texts += [view.item(row).text() for row in range(view.count())]
    assert not console.next_panel.button.icon().isNull()  # the drawn "go" mark
    missing = {ch for text in texts for ch in text if ch not in "\n\t" and not _in_app_font(ch)}
    assert not missing, f"shown in a fallback font: {sorted(missing)}"


def test_translations_are_compiled_for_the_font_and_their_sources_kept() -> None:
    ts = ('<message>\n    <source>Can&apos;t connect?</source>\n'
          '    <translation>Connexion impossible&#x202f;? «&#xa0;x&#xa0;»&#X202F;! 3\u2009%</translation>\n</message>\n'
          '<message numerus="yes">\n    <source>%n left; now?</source>\n    <translation>\n'
          '        <numerusform>%n reste&#8239;; maintenant\u202f?</numerusform>\n    </translation>\n</message>')
    screen = for_the_screen(ts)
    assert "<source>Can&apos;t connect?</source>" in screen and "<source>%n left; now?</source>" in screen
    assert "Connexion impossible\u00a0? «&#xa0;x&#xa0;»\u00a0! 3 %" in screen
    assert "%n reste\u00a0; maintenant\u00a0?" in screen
    assert "202f" not in screen.lower() and "8239" not in screen and "\u202f" not in screen


def test_the_french_console_gets_no_narrow_space_from_its_translations(console) -> None:
    from PySide6.QtCore import QCoreApplication

    phones = console.phones_panel
    texts = [b.text() for b in phones.findChildren(QAbstractButton)]
    assert any("?" in t for t in texts), texts  # "Connexion impossible ?" has one in the .ts
    assert not any("\u202f" in t for t in texts)
    assert QCoreApplication.translate("ConsoleWindow", "Undo") != ""  # the French .qm is loaded


def test_the_stage_draws_a_narrow_space_as_a_no_break_space(qapp) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont

    from bataille.ui.stage.scene import Scene

    scene = Scene(1920, 1080, QFont(qapp.font()))
    item = scene.text(QRectF(0, 0, 800, 200), "D’accord\u202f? «\u00a0oui\u00a0»", 40)
    assert item.text == "D’accord\u00a0? «\u00a0oui\u00a0»"


def _lacking(text: str, substituted: bool = False) -> set[str]:
    """The characters of ``text`` the app's font has not; ``substituted``: once the screen's
    substitutes (words.FONT_SUBSTITUTES) are made, as for a translation or a deck file."""
    return {ch for ch in text if ord(ch) >= 32 and not _in_app_font(ch)
            and not (substituted and ch in FONT_SUBSTITUTES)}


def test_the_interface_words_are_all_in_the_app_font() -> None:
    """Every translation, and every string the interface's code writes (docstrings aside): a mark
    the font lacks is drawn (bataille.ui.marks), never typed."""
    found = {}
    for ts in translations_dir().glob("bataille_*.ts"):
        for match in re.finditer(r"<(translation|numerusform)[^>]*>(.*?)</\1>", ts.read_text(encoding="utf-8"), re.S):
            for ch in _lacking(html.unescape(match[2]), substituted=True):
                found.setdefault(ch, f"{ts.name}: {html.unescape(match[2])[:50]!r}")
    ui = Path(__file__).resolve().parents[2] / "src" / "bataille" / "ui"
    for path in ui.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                for ch in _lacking(node.value, substituted=True):
                    found.setdefault(ch, f"{path.name}:{node.lineno}: {node.value[:50]!r}")
    assert not found, found


def _shown(window) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible()]
    for view in window.findChildren(QListWidget):
        if view.isVisible():
            texts += [view.item(row).text() for row in range(view.count())]
    for combo in window.findChildren(QComboBox):
        if combo.isVisible():
            texts += [combo.itemText(row) for row in range(combo.count())]
    texts += [edit.toPlainText() for edit in window.findChildren(QTextEdit) if edit.isVisible()]
    return texts


def test_through_a_whole_workshop_the_console_types_only_what_the_font_has(console, bundled_deck) -> None:
    """Phase by phase, what the console shows is in the app's font (a deck's narrow no-break space
    shown as a no-break one), but for the deck's own signs that it lacks and print draws (CO₂'s ₂,
    →): those come from the system's fonts."""
    root = Path(bundled_deck.root)
    from_the_deck = set().union(*(_lacking(p.read_text(encoding="utf-8"), substituted=True)
                                  for folder in ("cards", "scenarios") for p in (root / folder).glob("*.yaml")))
    c = console.controller
    s = c.session
    teams = [t.id for t in s.state.teams]
    # The deck's texts with signs the font lacks first: "?" after a narrow space, CO₂, →.
    facts = sorted((card for card in s.deck.cards_of("fact")),
                   key=lambda card: not _lacking(card.title.get("fr") + card.figure.get("fr")))
    debates = sorted(s.deck.cards_of("debate"), key=lambda card: "\u202f" not in card.title.get("fr"))
    steps = [
        lambda: c.act(s.start_phase),
        lambda: (c.act(s.start_phase), c.act(s.deal_timeline, 3, seed=1)),
        lambda: [c.act(s.place_card, t, s.state.timeline.hand(t)[0], 0) for t in teams],
        lambda: (c.act(s.start_phase), c.act(s.open_round, None, debates[0].id), c.act(s.assign_sides, seed=1)),
        lambda: c.act(s.record_vote, "before", {"agree": 12, "disagree": 9, "undecided": 5}),
        lambda: (c.act(s.reveal_votes, "before"), [c.act(s.play_evidence, teams[0], f.id) for f in facts[:4]]),
        lambda: (c.act(s.close_round), c.act(s.open_round, None, debates[1].id),
                 c.act(s.reveal_votes, "after")),  # a refusal, said on the status line
        lambda: (c.act(s.close_round), c.act(s.start_phase),
                 [c.act(s.start_scenario, t, s.deck.scenarios[i].id) for i, t in enumerate(teams)],
                 c.act(s.choose_option, teams[0], "a")),
        lambda: (c.act(s.start_phase), c.act(s.add_takeaway, "On vérifie !")),
        lambda: c.act(s.end_phase),
    ]
    lacking: dict[str, int] = {}
    for number, step in enumerate(steps):
        step()
        for _ in range(3):
            QApplication.processEvents()
        for text in _shown(console):
            for ch in _lacking(text) - from_the_deck:
                lacking.setdefault(ch, (number, text[:60]))
    assert not lacking, f"typed from a fallback font (character: step): {lacking}"
    assert c.state.agenda.current is None or c.state.agenda.current.status != "running"  # it went through
