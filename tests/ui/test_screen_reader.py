"""A facilitator who hears the screen (Orca, NVDA) runs the whole workshop from the keyboard.

Every control Tab reaches, in every phase of the console, on the start screen, in the print
dialog and the common dialogs, has a name the screen reader says: what Qt's accessibility layer
gives it, and for a combo box the label it is read by (on Linux, Qt names a combo box by its
current item and Orca reads the label whose buddy it is). A name of marks only (« + », « ▶ »)
counts as none. The items of a list are named too, and Tab reaches every control of each phase.
What changes by itself (the time up, the phones' answers in the counts, a banner) is said aloud.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

from .conftest import go_to_phase
from .test_phones_console_votes import debate_with_phones, every_phone_answers

A_LETTER = re.compile(r"[^\W\d_]")


@pytest.fixture
def reader() -> Iterator[list[str]]:
    """Accessibility on, as with a screen reader running (Qt then keeps the lists' items current);
    the lines announced, as Qt hands them to the reader."""
    said: list[str] = []
    real, was_active = QAccessible.updateAccessibility, QAccessible.isActive()

    def heard(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        real(event)

    QAccessible.updateAccessibility = heard
    QAccessible.setActive(True)
    try:
        yield said
    finally:
        QAccessible.updateAccessibility = real
        QAccessible.setActive(was_active)


def _inside(widget: QWidget, top: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


def tab_stops(top: QWidget) -> list[QWidget]:
    """What Tab can stop on in ``top`` (a spin box's or combo box's own parts left to it)."""
    return [w for w in top.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and not any(isinstance(p, (QAbstractSpinBox, QComboBox)) for p in _inside(w, top))]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if isinstance(widget, QComboBox):  # its label: Qt on Linux gives its current item as its name
        return " ".join(label.text(QAccessible.Text.Name) for label, _ in interface.relations(QAccessible.RelationFlag.Label)
                        if isinstance(label.object(), QLabel))
    return interface.text(QAccessible.Text.Name)


def nameless(top: QWidget) -> list[str]:
    """Each control (or list item) of ``top`` a screen reader would name by nothing, or by marks only."""
    found = []
    for widget in tab_stops(top):
        where = "<".join([widget.objectName() or type(widget).__name__]
                         + [p.objectName() or type(p).__name__ for p in _inside(widget, top)][:3])
        if not A_LETTER.search(spoken_name(widget)):
            found.append(f"{type(widget).__name__} {where}")
        if isinstance(widget, QAbstractItemView):
            interface = QAccessible.queryAccessibleInterface(widget)
            found += [f"item {k} of {where}" for k in range(interface.childCount())
                      if not A_LETTER.search(interface.child(k).text(QAccessible.Text.Name))]
    return found


def unreached_by_tab(qtbot, window: QWidget) -> list[str]:
    """The enabled controls Tab never reaches, going round ``window`` once."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    wanted = [w for w in tab_stops(window) if w.isEnabled()]
    reached: list[QWidget] = []
    for _ in range(3 * len(wanted) + 3):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    def one_stop(widget: QWidget) -> list[QWidget]:  # an exclusive group: Tab stops once, the arrows move on
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        return group.buttons() if group is not None and group.exclusive() else [widget]

    return [w.objectName() or type(w).__name__ for w in wanted if not set(one_stop(w)) & set(reached)]


def test_the_walk_hears_a_combo_box_named_by_its_item_only(qtbot, reader) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    labelled, named, marked = QComboBox(objectName="labelled"), QComboBox(objectName="named"), QPushButton("+")
    for combo in (labelled, named):
        combo.addItem("pour")
    named.setAccessibleName("Camp")  # what NVDA reads; Orca reads "pour"
    label = QLabel("Camp :")
    label.setBuddy(labelled)
    for widget in (label, labelled, named, marked):
        layout.addWidget(widget)
    top.show()
    assert nameless(top) == ["QComboBox named", "QPushButton QPushButton"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_phase_of_the_console_names_its_controls(qtbot, console, translations, reader, lang: str) -> None:
    translations.set_language(lang)
    c, forward = console.controller, console.next_panel.button
    heard: dict[str, list[str]] = {}
    tabs: dict[str, list[str]] = {}

    def listen(moment: str) -> None:
        QApplication.processEvents()
        heard[moment] = nameless(console)
        tabs[moment] = unreached_by_tab(qtbot, console) if lang == "fr" else []

    listen("started")
    go_to_phase(c, "welcome")
    listen("welcome")
    go_to_phase(c, "timeline")
    listen("timeline")
    forward.click()  # dealt
    listen("timeline, dealt")
    console.phase.timeline.hand_buttons[0].click()
    listen("timeline, a card in hand")
    go_to_phase(c, "debates")
    listen("debates")
    forward.click()  # a debate open
    console.phones.turn_on("127.0.0.1", 0)  # the phones' controls too
    listen("debate open, phones on")
    console.phase.debate.votes["before"].set_counts(6, 5, 3)
    forward.click()  # recorded and shown
    c.session.clock.advance(c.state.agenda.current.planned_seconds + 1)
    c._on_tick()  # the clock's wake-up: time is up
    listen("debate shown, time up")
    console.phones.turn_off()
    go_to_phase(c, "scenarios")
    listen("scenarios")
    console.phase.scenario.start_all_button.click()
    listen("scenario under way")
    go_to_phase(c, "debrief")
    debrief = console.phase.debrief
    debrief.takeaway.setText("Vérifier avant de partager")
    debrief.takeaway_button.click()
    listen("debrief")
    assert {k: v for k, v in heard.items() if v} == {}
    assert {k: v for k, v in tabs.items() if v} == {}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_start_screen_names_its_controls(qtbot, make_launcher, translations, reader, lang: str) -> None:
    from bataille.deck import bundled_deck_path, load_deck

    translations.set_language(lang)
    start = make_launcher(load_deck(bundled_deck_path())).start
    qtbot.waitUntil(lambda: start._painted, timeout=3000)  # on screen: what follows its first paint has run
    QApplication.processEvents()
    assert len(tab_stops(start)) > 15
    assert nameless(start) == []


def test_the_print_dialog_names_its_controls(qtbot, translations, reader) -> None:
    from bataille.deck import bundled_deck_path, load_deck
    from bataille.ui.print.dialog import PrintDialog
    from bataille.ui.settings import Settings

    dialog = PrintDialog(load_deck(bundled_deck_path()), Settings(), "fr", use_pdftoppm=False)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert len(tab_stops(dialog)) > 20
    assert nameless(dialog) == []
    dialog.form.findChild(QWidget, "kit").click()  # the kit's options instead of the cards'
    QApplication.processEvents()
    assert nameless(dialog) == []


def test_the_common_dialogs_name_their_controls(qtbot, translations, reader) -> None:
    from bataille.ui.dialogs.about import AboutDialog
    from bataille.ui.dialogs.preferences import PreferencesDialog
    from bataille.ui.dialogs.welcome import WelcomeDialog
    from bataille.ui.settings import Settings

    for make in (WelcomeDialog, AboutDialog, PreferencesDialog):
        dialog = make(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert nameless(dialog) == [], make.__name__


def test_time_up_is_said_aloud(console, reader) -> None:
    c = console.controller
    go_to_phase(c, "welcome")
    c.session.clock.advance(c.state.agenda.current.planned_seconds + 1)
    c._on_tick()  # the clock's wake-up
    assert "Temps écoulé pour cette étape\u00a0: +1 / +5 min, ou passez à la suite." in reader


def test_the_phones_answers_in_the_counts_are_said_aloud(console, qtbot, stack, reader) -> None:
    _c, panel, phones, sockets = debate_with_phones(console, qtbot, 3, stack)
    ask = panel.phone_buttons["before"]
    panel.votes["before"].boxes["undecided"].setValue(2)  # two raised hands, typed
    ask.click()
    every_phone_answers(qtbot, phones, sockets, "agree")
    ask.click()  # closed: the answers come into the counts by themselves
    qtbot.waitUntil(lambda: panel.whole_counts("before")["agree"] == 3, timeout=5000)
    assert ("Les réponses des téléphones sont dans les comptes\u00a0: 3 d’accord, 0 pas d’accord, 2 indécis"
            in reader)


def test_a_banner_is_said_aloud(console, reader) -> None:
    console.deck_banner.show_changed()
    assert console.deck_banner.label.text() in reader
