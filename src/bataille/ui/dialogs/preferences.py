"""Preferences: language, the stage (screen, text size), the timer sound, session length, printing.

Everything is stored with :class:`bataille.ui.settings.Settings` when the user presses OK;
Cancel changes nothing. Each field has a visible label that is also its accessible name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bataille.phones.join import WIFI_NAME_MAX
from bataille.ui.i18n import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from bataille.ui.screen_fit import fit_to_screen
from bataille.ui.settings import (
    STAGE_TEXT_PERCENT_MAX,
    STAGE_TEXT_PERCENT_MIN,
    SYSTEM_LANGUAGE,
    Settings,
)

AUTOMATIC_SCREEN = ""  # stored value: the second screen when there is one, else this one
PAPERS = ("a4", "letter")
CARD_SIZES = ("poker", "tarot", "a7", "mini")
DUPLEX_MODES = ("long", "short", "none")
SESSION_MINUTES = (10, 240)


class PreferencesDialog(QDialog):
    """The preferences window (Tools → Preferences); stores on OK, emits ``applied``."""

    applied = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 choose_language: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._settings = settings
        self._choose_language = choose_language

        self._labels: dict[QWidget, QLabel] = {}
        self._build_general()
        self._build_stage()
        self._build_printing()
        self._build_phones()
        self._build_buttons()
        # The settings scroll above the buttons on a short screen (a laptop at 150 %: 512 points high).
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, 0, 0)
        for box in (self.general_box, self.stage_box, self.phones_box, self.print_box):
            self._body.addWidget(box)
        self._body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the settings, scrolled into sight
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.retranslate()
        self.load()

    def _build_general(self) -> None:
        """The language, a session's length, the timer's sound."""
        self.language = QComboBox(objectName="language")
        self.session_minutes = QSpinBox(objectName="sessionMinutes")
        self.session_minutes.setRange(*SESSION_MINUTES)
        self.session_minutes.setSingleStep(5)
        self.timer_sound = QCheckBox(objectName="timerSound")
        self.general_box = QGroupBox()
        general = QFormLayout(self.general_box)
        self._row(general, self.language)
        self._row(general, self.session_minutes)
        general.addRow(self.timer_sound)

    def _build_stage(self) -> None:
        """The stage's screen and its text size, with a hint."""
        self.stage_screen = QComboBox(objectName="stageScreen")
        self.stage_text = QSpinBox(objectName="stageTextPercent")
        self.stage_text.setRange(STAGE_TEXT_PERCENT_MIN, STAGE_TEXT_PERCENT_MAX)
        self.stage_text.setSingleStep(10)
        self.stage_box = QGroupBox()
        stage = QFormLayout(self.stage_box)
        self._row(stage, self.stage_screen)
        self._row(stage, self.stage_text)
        self.stage_text_hint = QLabel(wordWrap=True)
        stage.addRow(self.stage_text_hint)

    def _build_printing(self) -> None:
        """Paper, card size, both sides, cut marks."""
        self.paper = QComboBox(objectName="printPaper")
        self.card_size = QComboBox(objectName="printCardSize")
        self.duplex = QComboBox(objectName="printDuplex")
        self.cut_marks = QCheckBox(objectName="printCutMarks")
        self.print_box = QGroupBox()
        printing = QFormLayout(self.print_box)
        self._row(printing, self.paper)
        self._row(printing, self.card_size)
        self._row(printing, self.duplex)
        printing.addRow(self.cut_marks)

    def _build_phones(self) -> None:
        """The Wi-Fi the join screen names, with a hint."""
        self.wifi = QLineEdit(objectName="wifiName")
        self.wifi.setMaxLength(WIFI_NAME_MAX)
        self.wifi.setClearButtonEnabled(True)
        self.phones_box = QGroupBox()
        phones = QFormLayout(self.phones_box)
        self._row(phones, self.wifi)
        self.wifi_hint = QLabel(wordWrap=True)
        phones.addRow(self.wifi_hint)

    def _build_buttons(self) -> None:
        """OK, Cancel, Restore defaults."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The hints wrap: as tall as their lines need at the width the dialog opens with (its size
        # hint counts them at another width, and the rows would overlap).
        layout = self.layout()
        margins = layout.contentsMargins()
        needed = (self._body.totalHeightForWidth(self.width() - margins.left() - margins.right())
                  + self.buttons.sizeHint().height() + layout.spacing() + margins.top() + margins.bottom())
        if needed > self.height():
            fit_to_screen(self, self.width(), needed)  # the rest scrolls

    def _row(self, form: QFormLayout, field: QWidget) -> None:
        label = QLabel()
        label.setBuddy(field)  # Alt+letter of the label moves to the field
        self._labels[field] = label
        form.addRow(label, field)

    # -- values ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored preferences."""
        s = self._settings
        self._select(self.language, s.language)
        self._select(self.stage_screen, s.stage_screen)
        self.stage_text.setValue(s.stage_text_percent)
        self.timer_sound.setChecked(s.timer_sound)
        self.session_minutes.setValue(s.session_minutes)
        self._select(self.paper, s.print_paper)
        self._select(self.card_size, s.print_card_size)
        self._select(self.duplex, s.print_duplex)
        self.cut_marks.setChecked(s.print_cut_marks)
        self.wifi.setText(s.wifi_name)

    def restore_defaults(self) -> None:
        """Put the factory values in the fields (stored only on OK)."""
        self._select(self.language, SYSTEM_LANGUAGE)
        self._select(self.stage_screen, AUTOMATIC_SCREEN)
        self.stage_text.setValue(100)
        self.timer_sound.setChecked(True)
        self.session_minutes.setValue(90)
        self._select(self.paper, "a4")
        self._select(self.card_size, "poker")
        self._select(self.duplex, "long")
        self.cut_marks.setChecked(True)
        self.wifi.clear()

    def store(self) -> None:
        """Write the fields to the settings; switch the language when it changed."""
        s = self._settings
        language = self.language.currentData()
        language_changed = language != s.language
        s.stage_screen = self.stage_screen.currentData()
        s.stage_text_percent = self.stage_text.value()
        s.timer_sound = self.timer_sound.isChecked()
        s.session_minutes = self.session_minutes.value()
        s.print_paper = self.paper.currentData()
        s.print_card_size = self.card_size.currentData()
        s.print_duplex = self.duplex.currentData()
        s.print_cut_marks = self.cut_marks.isChecked()
        s.wifi_name = self.wifi.text()
        if language_changed:
            if self._choose_language is not None:
                self._choose_language(language)  # stores it and retranslates every window
            else:
                s.language = language
        s.sync()

    def accept(self) -> None:
        self.store()
        self.applied.emit()
        super().accept()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace the items, keeping the selected value."""
        current = combo.currentData()
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        if current is not None:
            PreferencesDialog._select(combo, current)

    # -- texts -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.stage_text.setSuffix(self.tr("%1%").replace("%1", ""))  # "100%"; French "100 %"
        self.general_box.setTitle(self.tr("Workshop"))
        self.stage_box.setTitle(self.tr("Stage (projector)"))
        self.print_box.setTitle(self.tr("Printing the cards"))
        self.phones_box.setTitle(self.tr("Phones"))
        self._fill(self.language, [(self.tr("Follow the system language"), SYSTEM_LANGUAGE)]
                   + [(LANGUAGE_NAMES[code], code) for code in SUPPORTED_LANGUAGES])
        screens = [(self.tr("Automatic: the second screen when there is one"), AUTOMATIC_SCREEN)]
        primary = QGuiApplication.primaryScreen()
        for screen in QGuiApplication.screens():
            size = screen.size()
            label = f"{screen.name()} — {size.width()} × {size.height()}"
            if screen is primary:
                label += " " + self.tr("(main screen)")
            screens.append((label, screen.name()))
        stored = self._settings.stage_screen
        if stored and stored not in [value for _, value in screens]:
            screens.append((self.tr("%1 (not connected)").replace("%1", stored), stored))
        self._fill(self.stage_screen, screens)
        self._fill(self.paper, [(self.tr("A4"), "a4"), (self.tr("US Letter"), "letter")])
        self._fill(self.card_size, [
            (self.tr("Poker, 63 × 88 mm"), "poker"), (self.tr("Tarot, 70 × 120 mm"), "tarot"),
            (self.tr("A7, 74 × 105 mm"), "a7"), (self.tr("Mini, 44 × 63 mm"), "mini")])
        self._fill(self.duplex, [
            (self.tr("Both sides, flip on the long edge"), "long"),
            (self.tr("Both sides, flip on the short edge"), "short"),
            (self.tr("Fronts only"), "none")])
        self.session_minutes.setSuffix(" " + self.tr("min"))
        self.timer_sound.setText(self.tr("Play a sound when a timer &ends"))
        self.cut_marks.setText(self.tr("Print &cut marks"))
        self.stage_text_hint.setText(self.tr(
            "Larger in a long room or with a dim projector; 100% fits the text to the screen."))
        self.wifi.setPlaceholderText(self.tr("Optional, as the phones list it"))
        self.wifi_hint.setText(self.tr(
            "The join screen and the join poster name it, so that phones join the right network; "
            "empty, they say “this room's Wi-Fi”."))
        texts = {
            self.language: self.tr("&Language"),
            self.session_minutes: self.tr("&Default session length"),
            self.stage_screen: self.tr("Stage &screen"),
            self.stage_text: self.tr("Stage &text size"),
            self.paper: self.tr("&Paper"),
            self.card_size: self.tr("Card si&ze"),
            self.duplex: self.tr("Dou&ble-sided"),
            self.wifi: self.tr("Room's &Wi-Fi"),
        }
        for field, text in texts.items():
            self._labels[field].setText(text)
            field.setAccessibleName(text.replace("&", ""))
        for box in (self.timer_sound, self.cut_marks):
            box.setAccessibleName(box.text().replace("&", ""))
        # One label column for the three groups, so the fields line up.
        width = max(label.sizeHint().width() for label in self._labels.values())
        for label in self._labels.values():
            label.setMinimumWidth(width)


def open_preferences(settings: Settings, parent: QWidget | None = None,
                     choose_language: Callable[[str], None] | None = None) -> PreferencesDialog:
    """Show the preferences window and return it. In front of every window of the app, the stage too
    (not a loop of its own): the remote's keys on the stage do not move the session behind it."""
    dialog = PreferencesDialog(settings, parent, choose_language)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    return dialog
