"""Preferences: every setting is shown, stored on OK only, and read back by a fresh Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bataille.ui.dialogs.preferences import PreferencesDialog
from bataille.ui.settings import Settings


def test_defaults_are_shown(qtbot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""
    assert dialog.stage_screen.currentData() == ""
    assert dialog.stage_text.value() == 100
    assert dialog.timer_sound.isChecked()
    assert dialog.session_minutes.value() == 90
    assert (dialog.paper.currentData(), dialog.card_size.currentData(), dialog.duplex.currentData()) == (
        "a4", "poker", "long")
    assert dialog.cut_marks.isChecked()
    assert dialog.wifi.text() == ""  # the join screen then says "this room's Wi-Fi"


def test_ok_stores_every_preference_and_switches_the_language(qtbot) -> None:
    chosen: list[str] = []
    dialog = PreferencesDialog(Settings(), choose_language=chosen.append)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.stage_text.setValue(150)
    dialog.timer_sound.setChecked(False)
    dialog.session_minutes.setValue(60)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("tarot"))
    dialog.duplex.setCurrentIndex(dialog.duplex.findData("none"))
    dialog.cut_marks.setChecked(False)
    dialog.wifi.setText("  EduNet\tSalle 12\n")  # pasted with its blanks: one line, as the phones list it
    with qtbot.waitSignal(dialog.applied):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert chosen == ["en"]
    stored = Settings()
    assert (stored.stage_text_percent, stored.timer_sound, stored.session_minutes) == (150, False, 60)
    assert (stored.print_paper, stored.print_card_size, stored.print_duplex, stored.print_cut_marks) == (
        "letter", "tarot", "none", False)
    assert stored.wifi_name == "EduNet Salle 12"
    dialog = PreferencesDialog(stored)
    qtbot.addWidget(dialog)
    assert dialog.wifi.text() == "EduNet Salle 12"
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.wifi.text() == ""


def test_cancel_changes_nothing_and_restore_defaults_waits_for_ok(qtbot) -> None:
    settings = Settings()
    settings.stage_text_percent = 180
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.stage_text.value() == 180
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.stage_text.value() == 100
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert Settings().stage_text_percent == 180


def test_stage_text_size_stays_in_its_range(qtbot) -> None:
    settings = Settings()
    settings.stage_text_percent = 900
    assert settings.stage_text_percent == 200
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.stage_text.setFocus()
    qtbot.keyClick(dialog.stage_text, Qt.Key.Key_Up)
    assert dialog.stage_text.value() == 200


def test_every_screen_is_offered_for_the_stage(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    settings = Settings()
    settings.stage_screen = "HDMI-9"  # a projector from last week, unplugged now
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    values = [dialog.stage_screen.itemData(i) for i in range(dialog.stage_screen.count())]
    assert values[0] == "" and "HDMI-9" in values
    assert all(screen.name() in values for screen in QGuiApplication.screens())
    assert dialog.stage_screen.currentData() == "HDMI-9"


def test_french_labels(qtbot, translations) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"
    assert dialog.stage_text.accessibleName() == "Taille du texte de la scène"
    translations.set_language("en")
    QApplication.processEvents()  # Qt posts the LanguageChange events
    assert dialog.windowTitle() == "Preferences"
    assert dialog.stage_text.accessibleName() == "Stage text size"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_field_has_its_own_alt_letter(qtbot, translations, lang: str) -> None:
    """Alt+letter moves to a field: two fields must never share a letter."""
    translations.set_language(lang)
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    QApplication.processEvents()
    texts = [label.text() for label in dialog._labels.values()]
    texts += [dialog.timer_sound.text(), dialog.cut_marks.text()]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(letters)) == len(letters), dict(zip(texts, letters, strict=True))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_hints_keep_all_their_lines(qtbot, translations, app_font, lang: str) -> None:
    """The wrapped hints (stage text, the room's Wi-Fi) get the height their lines need where the
    dialog opens: no hint is drawn over the field above it."""
    from PySide6.QtWidgets import QLabel

    before = QApplication.font()
    QApplication.setFont(app_font)  # the app's own font, as the app sets it before any window
    try:
        translations.set_language(lang)
        dialog = PreferencesDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for hint, field in ((dialog.stage_text_hint, dialog.stage_text), (dialog.wifi_hint, dialog.wifi)):
            assert hint.height() >= hint.heightForWidth(hint.width()), hint.text()
            assert hint.mapTo(dialog, hint.rect().topLeft()).y() >= field.mapTo(dialog, field.rect().bottomLeft()).y()
        assert all(label.height() >= label.heightForWidth(label.width()) for label in dialog.findChildren(QLabel)
                   if label.wordWrap() and label.isVisible())
    finally:
        QApplication.setFont(before)


@pytest.mark.parametrize(("lang", "suffix"), [("fr", "\u00a0%"), ("en", "%")])
def test_the_stage_text_size_is_a_percentage_written_as_the_language_writes_it(qtbot, translations, lang, suffix):
    """"100 %" in the English preferences: a French space (French's narrow one is drawn as a no-break
    space: the app's font has no narrow one)."""
    translations.set_language(lang)
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.stage_text.suffix() == suffix and dialog.stage_text.text() == f"100{suffix}"
