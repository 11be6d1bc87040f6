"""The console: every control reachable and named, presenter keys, refusals on the status line, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QTextBrowser,
)

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.phase_clock import format_clock


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QListWidget, QTextBrowser)


@pytest.mark.parametrize("phase", ["welcome", "timeline", "debates", "scenarios", "debrief"])
def test_every_control_is_named_and_takes_the_keyboard(console, phase: str) -> None:
    console.controller.act(console.controller.session.start_phase, phase)
    console.show()
    for widget in console.findChildren(QAbstractButton) + console.findChildren(QComboBox):
        if not widget.isVisibleTo(console) or widget.parent() is None:
            continue
        if isinstance(widget, QAbstractButton) and widget.objectName() == "qt_scrollarea_hcontainer":
            continue
        name = widget.accessibleName() or (widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else "")
        if type(widget).__name__ in ("QToolButton",) and not name:
            continue  # scroll-bar and splitter internals
        assert name, f"{type(widget).__name__} {widget.objectName()} has no accessible name"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    for widget in console.findChildren(QLineEdit) + console.findChildren(QAbstractSpinBox):
        if widget.isVisibleTo(console) and not isinstance(widget.parent(), QAbstractSpinBox):
            assert widget.accessibleName(), widget.objectName()


def test_a_refused_action_goes_to_the_status_line_not_a_dialog(console) -> None:
    console.controller.act(console.controller.session.reveal_votes, "before")
    assert console.status_line.warning and console.status_line.text()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]


def test_presenter_keys(console, qtbot) -> None:
    c = console.controller
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert c.state.agenda.current.id == "welcome"
    qtbot.keyClick(console, Qt.Key.Key_PageUp)  # back: undoes a move
    assert c.state.agenda.current is None
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert c.blackout  # the status line must say so too (French interface: "Projection : NOIR")
    assert "NOIR" in console.stage_state.text().upper(), console.stage_state.text()
    qtbot.keyClick(console, Qt.Key.Key_Period)
    assert not c.blackout
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert console.stage.isVisible()
    console.stage.showFullScreen()
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert not console.stage.isFullScreen()
    qtbot.keyClick(console, Qt.Key.Key_F1)
    assert console.shortcut_sheet is not None and console.shortcut_sheet.isVisible()
    assert not console.shortcut_sheet.isModal()


def test_space_in_a_text_box_is_a_space_not_a_step(console, qtbot) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    edit = console.phase.debrief.takeaway
    edit.setFocus()
    qtbot.keyClicks(edit, "a b")
    assert edit.text() == "a b" and c.state.agenda.current.id == "debrief"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert c.state.debrief.takeaways == ("a b",)


def test_back_never_undoes_entered_data(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    c.act(c.session.add_takeaway, "Garder")
    c.back()
    assert c.state.debrief.takeaways == ("Garder",)
    assert "Ctrl+Z" in c.last_message


def test_undo_says_what_it_undid(console, qtbot) -> None:
    c = console.controller
    c.act(c.session.start_phase, "welcome")
    c.act(c.session.extend_timer, 5)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.agenda.current.extra_minutes == 0
    assert "+5 min" in console.status_line.text()


def test_timer_buttons(console, qtbot) -> None:
    c = console.controller
    # Between phases one control starts the next, the primary button: the agenda's two wait for a phase.
    assert not console.agenda.start_pause.isEnabled() and not console.agenda.next_phase.isEnabled()
    qtbot.mouseClick(console.next_panel.button, Qt.MouseButton.LeftButton)
    assert c.state.agenda.current.status == "running"
    assert console.agenda.start_pause.isEnabled() and console.agenda.next_phase.isEnabled()
    planned = c.remaining()
    qtbot.mouseClick(console.agenda.plus_1, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.agenda.plus_5, Qt.MouseButton.LeftButton)
    assert c.remaining() == planned + 6 * 60
    qtbot.mouseClick(console.agenda.start_pause, Qt.MouseButton.LeftButton)
    assert c.state.agenda.current.status == "paused"
    qtbot.mouseClick(console.agenda.next_phase, Qt.MouseButton.LeftButton)
    assert c.state.agenda.current.id == "timeline"


def test_time_up_shows_on_the_console_without_a_dialog(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "welcome")
    c.session.clock.advance(3600)
    c._check_time_up()
    assert c.time_up
    assert "C62828" in console.agenda.timer_label.styleSheet()
    assert console.agenda.timer_label.text().startswith("−")
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]


def test_a_pause_over_time_says_paused_on_the_console_and_the_stage(console) -> None:
    """Paused once the time was up, the console and the stage still said « Temps écoulé » over a
    red clock that no longer moved: the pause reads first, the clock stays red."""
    c = console.controller
    c.act(c.session.start_phase, "welcome")
    c.session.clock.advance(3600)
    c._check_time_up()
    c.act(c.session.pause_timer)
    console.agenda.show_time()
    assert c.time_up and console.agenda.timer_note.text().startswith("En pause")
    assert "C62828" in console.agenda.timer_label.styleSheet()
    assert console.stage.build().texts("timer-note") == ["En pause"]
    c.act(c.session.resume_timer)
    console.agenda.show_time()
    assert console.agenda.timer_note.text().startswith("Temps écoulé")
    assert console.stage.build().texts("timer-note") == ["Temps écoulé"]


@pytest.mark.parametrize(("seconds", "shown"), [(600, "10:00"), (59.2, "1:00"), (0.4, "0:01"), (0, "0:00"),
                                                (-61, "−1:01"), (None, "--:--")])
def test_clock_format(seconds, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_an_argument_for_either_side_without_drawing_sides(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    panel = console.phase.debate
    panel.argument_side.setCurrentIndex(panel.argument_side.findData("against"))
    panel.argument_text.setText("Les centres seraient construits ailleurs")
    panel.add_argument()
    assert c.state.open_round.arguments[-1].side == "against" and panel.argument_text.text() == ""
    panel.argument_text.setText("x" * 5000)  # refused: too long; the text stays to be corrected
    panel.add_argument()
    assert panel.argument_text.text() == "x" * 5000 and len(c.state.open_round.arguments) == 1
    c.act(c.session.assign_sides, seed=1)
    team = panel.argument_team.currentData()
    assert panel.argument_side.currentData() == c.state.open_round.side_of(team)  # follows the drawn side


def test_evidence_is_found_by_a_word_of_its_title(console, qtbot) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    panel = console.phase.debate
    combo = panel.evidence_card
    def plain_words(card):  # typed with the test keyboard: ASCII letters only
        return [w for w in card.title.get("fr").split() if w.isascii() and w.isalpha() and len(w) > 4]

    fact = next(card for card in c.deck.cards_of("fact") if plain_words(card))
    word = plain_words(fact)[0]
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), word)
    completer = combo.completer()
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found and all(word.lower() in text.lower() for text in found)
    wanted = next(text for text in found if text.startswith(fact.title.get("fr")))
    combo.setEditText(wanted)
    panel.play_evidence()
    assert c.state.open_round.evidence[-1].card_id == fact.id
    combo.setEditText("aucune carte ne s’appelle ainsi")
    panel.play_evidence()
    assert len(c.state.open_round.evidence) == 1


def test_the_evidence_offered_first_is_of_the_open_round_theme(console) -> None:
    c = console.controller
    combo = console.phase.debate.evidence_card
    c.act(c.session.start_phase, "debates")  # no round yet: the list starts with the deck's first fact
    for _ in range(2):
        c.act(c.session.open_round)
        theme = c.state.open_round.theme_id
        assert c.deck.card(combo.currentData()).theme == theme  # not the pick left from before
        pick = next(i for i in range(combo.count()) if c.deck.card(combo.itemData(i)).theme == theme and i)
        combo.setCurrentIndex(pick)
        c.act(c.session.record_vote, "before", {"agree": 3, "disagree": 2, "undecided": 1})
        assert combo.currentIndex() == pick  # kept while the round lasts
        c.act(c.session.close_round)
    assert len({r.theme_id for r in c.state.rounds}) == 2


def test_a_refusal_is_said_in_the_interface_language(console) -> None:
    console.controller.act(console.controller.session.reveal_votes, "before")
    assert console.status_line.text() == "Ouvrez d’abord un débat\u00a0: il en faut un (dévoiler un vote)."
    assert console.status_line.warning


def test_the_evidence_box_shows_the_start_of_a_long_card_title(console, qtbot) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    line = console.phase.debate.evidence_card.lineEdit()
    assert len(line.text()) > 20 and line.cursorPosition() == 0  # its start: the end was shown before


def test_between_phases_the_next_step_is_said_once(console) -> None:
    text = console.phase.idle.text()
    assert text == "Rien n’est en cours. Étape suivante\u00a0: Accueil et règles du jeu."  # not "Ensuite : Étape suivante : …"


@pytest.mark.parametrize("size", [(1280, 680), (1024, 700)], ids=["a laptop maximised", "mirrored at 1024"])
def test_each_phase_page_shows_every_control_whole_down_to_1024_pixels(qtbot, translations, bundled_deck, in_app_font,
                                                                       size) -> None:
    """A small laptop, or one mirrored to an old classroom projector at 1024×768: the phase's page
    takes the room it needs from the agenda and the side column, never scrolled sideways; one phase
    after the other, as a workshop goes (a page built for an earlier phase does not widen the next).
    In the app's own font, set as the app sets it, before any window."""
    from PySide6.QtWidgets import QScrollArea

    from .conftest import open_console

    console = open_console(qtbot, bundled_deck)
    console.resize(*size)
    qtbot.waitUntil(lambda: console.width() == size[0])
    c = console.controller
    for team in ("Les Renards", "Les Castors", "Les Lynx", "Les Grues"):  # six teams: the longest pages
        c.act(c.session.add_team, team)
    scroll = console.phase.findChild(QScrollArea)
    for phase in ("timeline", "debates", "scenarios", "debrief"):
        c.act(c.session.start_phase, phase)
        if phase == "debates":  # both votes shown: « Corriger (affiché) », among the longest words of its buttons
            c.act(c.session.open_round)
            for stage in ("before", "after"):
                c.act(c.session.record_vote, stage, {"agree": 12, "disagree": 9, "undecided": 5})
                c.act(c.session.reveal_votes, stage)
        if phase == "scenarios":
            for team in c.state.teams:
                c.act(c.session.start_scenario, team.id, c.deck.scenarios[0].id)
        for _ in range(3):  # the page shown, then the columns given their widths
            QApplication.processEvents()
        page = console.phase.stack.currentWidget()
        assert page.minimumSizeHint().width() <= scroll.viewport().width(), phase  # every control whole
        assert not scroll.horizontalScrollBar().isVisible(), phase
        hint = console.next_panel.label  # under the primary button: every line of it, in a narrow column
        assert hint.height() >= hint.heightForWidth(hint.width()), (phase, hint.text())
        c.act(c.session.end_phase)


def test_a_decision_holding_rich_text_signs_shows_them_as_written(qtbot, translations, tmp_path) -> None:
    """The decision's title and situation are set in rich text (bold title): a deck's "<" or "&"
    is shown as written, not read as markup."""
    import re

    from bataille.deck import load_deck

    from ..deck.conftest import copy_bundled_deck
    from .conftest import open_console

    folder = copy_bundled_deck(tmp_path / "deck")
    path = folder / "scenarios" / "everywhere.yaml"
    text = path.read_text(encoding="utf-8")
    written = re.search(r'fr: "Un campus géant dans la région.?\?"', text)[0]
    path.write_text(text.replace(written, 'fr: "Un campus <b>géant</b> & 3 < 4"'), encoding="utf-8")
    console = open_console(qtbot, load_deck(folder))
    try:
        c = console.controller
        c.act(c.session.start_phase, "scenarios")
        team = c.state.teams[0].id
        c.act(c.session.start_scenario, team, "everywhere")
        panel = console.phase.page("scenario")
        panel.team.setCurrentIndex(panel.team.findData(team))
        panel.refresh()
        assert "Un campus &lt;b&gt;géant&lt;/b&gt; &amp; 3 &lt; 4" in panel.decision.text()
    finally:
        console.phones.turn_off()


def test_a_copied_screen_works_as_the_welcome_says(console, qtbot) -> None:
    """One screen copied to the projector: F5 then F11 put the stage in full screen, the keys act
    on it there, and Esc leaves full screen (the Welcome's advice)."""
    c = console.controller
    qtbot.keyClick(console, Qt.Key.Key_F5)
    qtbot.keyClick(console, Qt.Key.Key_F11)
    assert console.stage.isVisible() and console.stage.isFullScreen()
    qtbot.keyClick(console.stage, Qt.Key.Key_PageDown)  # the remote's key, on the stage
    assert c.state.agenda.current.id == "welcome"
    qtbot.keyClick(console.stage, Qt.Key.Key_Escape)
    assert not console.stage.isFullScreen()


@pytest.mark.parametrize("window", ["#EFEFEF", "#2D2D2D"], ids=["light desktop", "dark desktop"])
def test_a_refusal_reads_on_a_light_or_a_dark_desktop(console, window) -> None:
    """A laptop in dark mode gives the console dark windows: the red of a refusal stays readable."""
    import re

    from PySide6.QtGui import QColor, QPalette

    from bataille.ui.contrast import MIN_CONTRAST, contrast

    palette = console.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#FFFFFF" if window == "#2D2D2D" else "#000000"))
    console.setPalette(palette)
    console.show_status("error", "Ouvrez d’abord un débat.")
    red = re.search(r"color: (#[0-9A-Fa-f]{6})", console.status_line.styleSheet())[1]
    assert contrast(QColor(red), QColor(window)) >= MIN_CONTRAST
    assert console.status_line.warning
    console.show_status("info", "Débat 1 ouvert.")
    assert console.status_line.styleSheet() == ""


def test_building_and_going_through_the_console_says_nothing_to_qt_s_log(qtbot, qtlog, translations,
                                                                          bundled_deck) -> None:
    """Qt writes a warning to the terminal when a widget is put where it cannot go (a status bar's
    index out of range, a layout given a widget twice): a console built and taken through each
    phase writes none."""
    from PySide6.QtCore import QtMsgType

    from .conftest import open_console

    console = open_console(qtbot, bundled_deck)
    c = console.controller
    for phase in ("timeline", "debates", "scenarios", "debrief"):
        c.act(c.session.start_phase, phase)
        QApplication.processEvents()
    warnings = [r.message for r in qtlog.records if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg)
                and not r.message.startswith("This plugin does not support")]  # the offscreen platform's own
    assert warnings == []
    console.close()
