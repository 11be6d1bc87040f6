"""The pieces later windows build on: actions, language choice, paths, settings, card drawing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bataille.deck import load_deck
from bataille.ui import i18n_build, paths
from bataille.ui.card_face import card_summary, paint_card, readable_on
from bataille.ui.deck_window.card_widget import CardWidget
from bataille.ui.i18n import system_language
from bataille.ui.settings import Settings


@pytest.mark.parametrize(("system", "expected"), [
    (["fr-FR", "en-US"], "fr"), (["en-GB"], "en"), (["de-DE", "en-US"], "en"), (["de-DE"], "fr"),
    (["fr_CA"], "fr"), ([], "fr"),
])
def test_language_follows_the_system_then_french(system: list[str], expected: str) -> None:
    assert system_language(system) == expected


def test_data_folder_comes_from_the_environment_in_tests(tmp_path: Path) -> None:
    assert paths.data_dir() == tmp_path / "data"
    assert paths.sessions_dir().is_dir()


def test_settings_are_stored_in_the_test_folder(isolated_settings: Path) -> None:
    settings = Settings()
    assert settings.language == ""
    settings.language = "en"
    settings.sync()
    assert Settings().language == "en"
    assert Path(settings.file_name).is_relative_to(isolated_settings)


def test_french_and_english_translations_are_complete() -> None:
    for ts in i18n_build.ts_files():
        root = ET.parse(ts).getroot()
        unfinished = [m.findtext("source") for m in root.iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert not unfinished, f"{ts.name}: translate {unfinished}"


def test_card_face_names_the_theme_and_the_contest(qapp, small_deck: Path) -> None:
    deck = load_deck(small_deck)
    summary = card_summary(deck.card("env-water"), deck, "en")
    assert "Environmental impact" in summary and "≈ 700,000 L" in summary
    assert readable_on(QColor(deck.theme("bias").colour)).name() == "#ffffff"


@pytest.mark.parametrize("width", [180, 1080])
def test_card_draws_at_thumbnail_and_projector_sizes(qtbot, small_deck: Path, width: int) -> None:
    deck = load_deck(small_deck)
    widget = CardWidget()
    qtbot.addWidget(widget)
    widget.show_card(deck.card("env-water"), deck, "fr")
    widget.resize(width, widget.heightForWidth(width))
    image = widget.grab().toImage()
    assert image.width() >= width
    assert widget.accessibleName() == "L'eau des centres de données"
    # The band is painted in the theme colour, whatever the size.
    band = image.pixelColor(image.width() // 2, round(image.height() * 0.02))
    assert band.name() == "#00735c"


def test_every_card_of_the_bundled_deck_draws(qapp) -> None:
    from bataille.deck import bundled_deck_path

    deck = load_deck(bundled_deck_path())  # the bundled deck must load: no skipping when it does not
    faces = set()
    for card in deck.cards:
        for lang in deck.languages:
            image = QImage(315, 440, QImage.Format.Format_ARGB32)
            image.fill(0)  # transparent: what the card leaves unpainted stays so
            painter = QPainter(image)
            paint_card(painter, QRectF(0, 0, 315, 440), card, deck, lang)
            painter.end()
            assert image.pixelColor(157, 220).alpha() == 255, (card.id, lang)  # the face is painted
            faces.add(bytes(image.constBits()))
    assert len(faces) == len(deck.cards) * len(deck.languages)  # each its own words: no face drawn blank


def test_many_qt_calls_that_return_nothing_do_not_kill_none(qapp) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call (qt_workarounds)."""
    import sys

    from PySide6.QtCore import QObject
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        thing.setObjectName("x")
    # Either the binding is sound (pyproject pins PySide6 below 6.12) or the guard made
    # None's count endless: in both cases 20,000 calls cannot bring it near zero.
    assert sys.getrefcount(None) > 1_000_000 or before - sys.getrefcount(None) < 100


def test_a_missing_translation_file_is_said_not_silently_english(qapp, tmp_path: Path, capsys) -> None:
    """Run from a tree where the .qm files were never built, a French interface showed English and
    said nothing: it says which file is missing and how to build it (English needs none)."""
    from bataille.ui.i18n import Translations

    translations = Translations(folder=tmp_path)
    translations.set_language("fr")
    err = capsys.readouterr().err
    assert "bataille_fr.qm is missing" in err and "make translations" in err and "Français" in err
    translations.set_language("en")
    assert "bataille_en.qm" not in capsys.readouterr().err
    translations.uninstall()
