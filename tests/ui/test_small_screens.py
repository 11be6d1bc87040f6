"""The windows on a small screen, or with a larger font: a school laptop at 125 % or 150 % display
scaling (1093×614 and 911×512 points), a facilitator's larger system font. Each window's least
size fits the screen; nothing needs a sideways scroll; the console keeps three columns where they fit.
(test_laptop_at_150_percent.py opens the whole app at 150 %.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from .conftest import open_console

LAPTOP_150 = (895, 440)  # 1366×768 at 150 %, less Windows' taskbar and the window's title bar
LAPTOP_125_LARGE_FONT = (1077, 540)  # 1366×768 at 125 %, the same
LARGE_FONT_POINTS = 14  # Windows' text size at 125 % on an 11-point font


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def whole(widget: QWidget) -> bool:
    """Shown, and not cut by a scroll area or the window's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.fixture
def large_font(qapp, app_font):
    """The app's font at a facilitator's larger size, for the windows made meanwhile."""
    before = qapp.font()
    font = QFont(app_font)
    font.setPointSizeF(LARGE_FONT_POINTS)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def play_each_phase(console):
    """The console on each phase's page in turn (yields the phase)."""
    c, s = console.controller, console.controller.session
    yield "before the first phase"  # "Next step: Welcome and rules" on the primary button
    c.act(s.start_phase, "timeline")
    c.act(s.deal_timeline, 3)
    yield "timeline"
    c.act(s.start_phase, "debates")
    c.act(s.open_round)
    c.act(s.assign_sides)
    yield "debates"
    c.act(s.start_phase, "scenarios")
    for i, team in enumerate(s.state.teams):
        c.act(s.start_scenario, team.id, s.deck.scenarios[i % len(s.deck.scenarios)].id)
    yield "scenarios"
    c.act(s.start_phase, "debrief")
    yield "debrief"


def usable_at(console, size: tuple[int, int]) -> None:
    """Each phase's page at ``size``: the console can be that small, the page whole across, the way
    forward in sight."""
    console.resize(*size)
    for phase in play_each_phase(console):
        settle()
        least = console.minimumSizeHint()
        assert least.width() <= size[0] and least.height() <= size[1], (phase, least)
        assert console.size().toTuple() == size, phase
        assert console.phase.scroll.horizontalScrollBar().maximum() == 0, phase
        assert whole(console.next_panel.button) and whole(console.agenda.next_phase), phase
        # Its words each line inside the button; when cut with "…", said in full under it.
        primary, under = console.next_panel.button, console.next_panel.label
        metrics = primary.fontMetrics()
        assert all(metrics.horizontalAdvance(line) < primary.width() for line in primary.text().split("\n")), phase
        assert "…" not in primary.text() or (under.text() == primary.toolTip() and whole(under)), (
            phase, primary.text(), under.text())


def test_the_console_is_usable_on_a_laptop_at_150_percent(qtbot, translations, bundled_deck, in_app_font):
    console = open_console(qtbot, bundled_deck, names=("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors"))
    usable_at(console, LAPTOP_150)
    assert console.columns.merged  # the right column's panels under the left's: the phase keeps its room
    assert console.columns.left.widget().isAncestorOf(console.notes)


def test_the_console_is_usable_with_a_larger_font_at_125_percent(qtbot, translations, bundled_deck, large_font):
    console = open_console(qtbot, bundled_deck, names=("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors"))
    usable_at(console, LAPTOP_125_LARGE_FONT)


def test_three_columns_where_they_fit_and_back_when_the_window_widens(qtbot, translations, bundled_deck, in_app_font):
    console = open_console(qtbot, bundled_deck)
    c, s = console.controller, console.controller.session
    c.act(s.start_phase, "debates")
    c.act(s.open_round)
    for size, merged in (((1366, 768), False), ((1024, 740), False), (LAPTOP_150, True), ((1366, 768), False)):
        console.resize(*size)
        settle()
        assert console.columns.merged is merged, size
        assert console.phase.scroll.horizontalScrollBar().maximum() == 0, size
    right = console.columns.right.widget()  # back in their column, in their order
    assert [right.widget(i) for i in range(right.count())][1:] == [console.next_panel, console.notes, console.history]
    assert whole(console.preview) and whole(console.history)


def test_three_columns_can_be_dragged_down_to_two(qtbot, translations, bundled_deck, in_app_font):
    """A console opened wide (three columns) let no one drag it narrower than about 1000 points,
    the three columns' least width, which the window manager holds the window to: the columns ask
    no more than two would, and narrower, the right column's panels go under the left's."""
    console = open_console(qtbot, bundled_deck)
    c, s = console.controller, console.controller.session
    c.act(s.start_phase, "debates")
    c.act(s.open_round)
    console.resize(1366, 768)
    settle()
    assert not console.columns.merged
    assert console.minimumSize().width() <= LAPTOP_150[0], console.minimumSize()  # what a drag is held to
    console.resize(*LAPTOP_150)
    settle()
    assert console.width() == LAPTOP_150[0] and console.columns.merged
    assert console.phase.scroll.horizontalScrollBar().maximum() == 0


def test_the_start_screen_fits_a_laptop_at_150_percent(qtbot, translations, bundled_deck, in_app_font):
    from bataille.ui.start.window import StartWindow

    start = StartWindow(bundled_deck, "fr")
    qtbot.addWidget(start)
    start.resize(*LAPTOP_150)
    start.show()
    settle()
    least = start.minimumSizeHint()
    assert least.width() <= LAPTOP_150[0] and least.height() <= LAPTOP_150[1], least
    area = start.columns_area
    assert area.horizontalScrollBar().maximum() == 0  # the recent sessions went under the quick debate
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus  # once painted: Tab goes to the controls
    for button in (start.start_button, start.quick_button, start.resume_button, start.file_button,
                   start.preferences_button):
        area.ensureWidgetVisible(button)
        settle()
        assert whole(button), button.text()
    start.resize(1366, 700)  # wide again: three columns side by side
    settle()
    tops = {box.mapTo(start, QPoint(0, 0)).y() for box in (start.new_box, start.quick_box, start.recent_box)}
    assert len(tops) == 1


def test_a_window_opens_no_larger_than_its_screen(qtbot, make_launcher, bundled_deck, in_app_font):
    """The start screen asks for 1200×700, the stage without a projector 1280×720: on this screen
    (800×800 here) each opens inside it."""

    launcher = make_launcher(bundled_deck)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.width() < 1200  # else the test shows nothing
    settle()
    assert launcher.start.width() <= room.width() and launcher.start.height() <= room.height()
    console = open_console(qtbot, bundled_deck)
    console.stage.hide()
    console.stage.present(console.screen())
    settle()
    assert console.stage.width() <= room.width() and console.stage.height() <= room.height()


def test_the_print_dialog_fits_a_narrow_screen(qtbot, translations, bundled_deck, in_app_font):
    """Its two columns of options one above the other, the preview beside them."""
    from bataille.ui.print.dialog import PrintDialog
    from bataille.ui.settings import Settings

    dialog = PrintDialog(bundled_deck, Settings(), "fr")
    qtbot.addWidget(dialog)
    dialog.resize(*LAPTOP_150)
    dialog.show()
    settle()
    assert dialog.minimumSizeHint().width() <= LAPTOP_150[0], dialog.minimumSizeHint()
    assert dialog.width() == LAPTOP_150[0]
    form = dialog.form
    assert form.cards_box.mapTo(dialog, QPoint(0, 0)).y() > form.sheet_box.mapTo(dialog, QPoint(0, 0)).y()
    for box in (form.sheet_box, form.cards_box):
        assert box.width() <= dialog._scroll.viewport().width()


def test_tab_reaches_the_side_columns_controls_scrolled_into_sight(qtbot, translations, bundled_deck, in_app_font):
    """On the laptop at 150 %, the side column scrolls: Tab stops on its controls (never on the
    column itself) and brings each into sight."""
    from PySide6.QtCore import Qt

    console = open_console(qtbot, bundled_deck)
    console.resize(*LAPTOP_150)
    c, s = console.controller, console.controller.session
    c.act(s.start_phase, "debates")
    settle()
    column = console.columns.left
    assert column.verticalScrollBar().maximum() > 0  # taller than the window: it scrolls
    console.agenda.next_phase.setFocus()
    reached = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        settle()
        focused = QApplication.focusWidget()
        assert focused is not column, "a stop on the column itself"
        if column.widget().isAncestorOf(focused):
            reached.add(focused)
            # In sight: a button whole, a list's current row (where the keyboard is).
            spot = focused.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
            spot = spot.toRect() if hasattr(spot, "toRect") else spot  # a QRectF from an item view
            place = QRect(focused.mapTo(column.viewport(), spot.topLeft()), spot.size())
            assert spot.height() > 0 and column.viewport().rect().contains(place), (focused, place)
    assert any(console.phones_panel.isAncestorOf(w) for w in reached)  # down to the last panel
