"""Every control a user can reach has a name a screen reader can say.

Walks every widget of each top-level window the app opens (deck window, welcome, about,
preferences; start screen, console and stage once a session runs) and asks Qt's own
accessibility layer for the name it exposes: an explicit accessibleName, a button's text, or
the text of the label whose buddy the field is.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from bataille.ui.dialogs.about import AboutDialog
from bataille.ui.dialogs.preferences import PreferencesDialog
from bataille.ui.dialogs.welcome import WelcomeDialog
from bataille.ui.settings import Settings

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox,
               QAbstractItemView, QAbstractSlider, QTabBar)
# Parts of a composite control (a line edit's clear button, the menu bar's "more" button…):
# the control itself carries the name.
COMPOSITES = (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView, QMenuBar, QLineEdit)


def exposed_name(widget: QWidget) -> str:
    """The name Qt gives assistive technologies for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _is_part_of_a_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> Iterator[QWidget]:
    """The interactive widgets inside ``top`` (scroll bars and inner parts left out)."""
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if _is_part_of_a_composite(widget):
            continue
        yield widget


def unnamed(top: QWidget) -> list[str]:
    found = []
    for widget in controls(top):
        if not exposed_name(widget):
            path = []
            w = widget
            while w is not None and w is not top:
                path.append(w.objectName() or type(w).__name__)
                w = w.parentWidget()
            found.append(f"{type(widget).__name__} at {' < '.join(path)}")
    return found


def test_the_walker_finds_a_nameless_control(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    named_by_buddy, nameless, button = QLineEdit(), QComboBox(objectName="lost"), QPushButton("&Go")
    label = QLabel("&Name")
    label.setBuddy(named_by_buddy)
    for widget in (label, named_by_buddy, nameless, button):
        layout.addWidget(widget)
    assert unnamed(top) == ["QComboBox at lost"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_deck_window_controls_are_named(window, translations, lang: str) -> None:
    translations.set_language(lang)
    QApplication.processEvents()
    assert len(list(controls(window))) > 3
    assert unnamed(window) == []


@pytest.mark.parametrize("make", [WelcomeDialog, AboutDialog, PreferencesDialog], ids=lambda c: c.__name__)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dialog_controls_are_named(qtbot, translations, make, lang: str) -> None:
    translations.set_language(lang)
    dialog = make(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert unnamed(dialog) == []


def test_start_console_and_stage_controls_are_named(qtbot, translations) -> None:
    from bataille.deck import bundled_deck_path, load_deck
    from bataille.ui.start import launch

    launcher = launch.Launcher(translations, Settings(), load_deck(bundled_deck_path()))
    qtbot.addWidget(launcher.start)
    launcher.show_start()
    assert unnamed(launcher.start) == []
    launcher.start.start_button.click()
    console = launcher.console
    assert console is not None
    try:
        QApplication.processEvents()
        assert unnamed(console) == []
        assert unnamed(console.stage) == []
    finally:
        console.close()
