"""Three small things a workshop of eight teams saw on the console at 1366×768.

- A long message on the status bar ran, cut mid-word, into « Projection : affichée »: now it ends
  with "…" a little before it, and stays whole in ``text()`` and its tooltip.
- « Cartes restantes » broke « 2nde Pro / Vente » (or « 3e / Prépa-Métiers ») at a line's end: a
  team's count is now kept whole on its line.
- In English, the primary button at the end read « Export the Summary… », a menu's Title Case on a
  button: it reads « Export the summary… », as the hint quoting it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from .conftest import open_console

TEAMS = ("3e Prépa-Métiers", "4e B Les Hiboux", "Les Loutres de 5e A", "2nde Pro Vente", "CAP Cuisine",
         "3e A Les Lynx", "1re STMG", "Terminale Bac Pro")
LONG = ("Vote rouvert à la nouvelle adresse des téléphones\u00a0: chaque téléphone y revient comme un nouveau, donc "
        "il répond de nouveau (réponses à redonner\u00a0: 15). Les réponses enregistrées à l’ancienne adresse restent "
        "dans la séance jusqu’à ce que les nouvelles les remplacent, à la clôture de ce vote.")


def _ink_before(console, width: int) -> int:
    """The pixels of text in the ``width`` pixels of the status bar just left of « Projection : … »."""
    bar = console.statusBar()
    image = bar.grab().toImage()
    ratio = image.devicePixelRatio()
    right = console.stage_state.geometry().left()
    line = console.status_line.geometry()
    background = QColor(image.pixel(round((right - width) * ratio), round(bar.rect().top() * ratio) + 1))
    ink = 0
    for x in range(round((right - width) * ratio), round((right - 1) * ratio)):
        for y in range(round(line.top() * ratio), round(line.bottom() * ratio)):
            colour = QColor(image.pixel(x, y))
            if max(abs(colour.red() - background.red()), abs(colour.green() - background.green()),
                   abs(colour.blue() - background.blue())) > 60:
                ink += 1
    return ink


def test_a_long_status_message_ends_with_an_ellipsis_before_the_stage_state(qtbot, translations, bundled_deck,
                                                                            in_app_font) -> None:
    console = open_console(qtbot, bundled_deck, names=TEAMS)
    console.resize(1366, 768)
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    for kind in ("info", "error"):  # an error is bold: longer still
        console.show_status(kind, LONG)
        QApplication.processEvents()
        line = console.status_line
        assert line.text() == LONG and line.toolTip() == LONG  # held whole
        gap = line.fontMetrics().horizontalAdvance("M")
        assert _ink_before(console, gap) == 0, kind  # a clear gap before « Projection : affichée »
        assert line.shown_text().endswith("…") and LONG.startswith(line.shown_text()[:-1].rstrip())
    console.show_status("info", "Débat 1 clos.")  # a short one: as it is
    QApplication.processEvents()
    assert console.status_line.shown_text() == "Débat 1 clos."


def _lines(label) -> list[str]:
    """The lines ``label`` shows, as Qt wraps its plain text at its width."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    lines = []
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].replace("\u00a0", " "))
        layout.endLayout()
    return lines


def test_cards_left_keep_each_team_name_on_one_line(qtbot, translations, bundled_deck, in_app_font) -> None:
    console = open_console(qtbot, bundled_deck, names=TEAMS)
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    c.act(c.session.deal_timeline, 3)
    hands = console.phase.timeline.hands
    broken = 0
    for width in (1366, 1280, 1200, 1100, 1024, 1440, 1600, 1920):  # the page as wide as the window lets it
        console.resize(width, 768)
        for _ in range(3):
            QApplication.processEvents()
        assert hands.isVisible()
        lines = _lines(hands)
        assert lines[0].startswith("Cartes restantes —")
        broken += len(lines) > 1
        for name in TEAMS:
            assert any(f"{name} : 3" in line for line in lines), (width, name, lines)
    assert broken  # the eight teams' counts took more than a line, at 1366 at least


def test_the_end_button_reads_in_sentence_case_in_english(qtbot, translations, bundled_deck) -> None:
    translations.set_language("en")
    console = open_console(qtbot, bundled_deck)
    c = console.controller
    for phase in c.state.agenda.phases:
        c.act(c.session.start_phase, phase.id)
    c.act(c.session.end_phase)
    QApplication.processEvents()
    assert c.next_step().over
    assert console.next_panel.button.text() == "Export the summary…"
    assert "“Export the summary…”, on the right" in console.phase.idle.text()  # the hint quotes it as it reads
