"""The user's preferences, stored with QSettings in an INI file (never pickled).

Tests point the INI folder elsewhere with :func:`use_settings_folder`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from bataille.ui.identity import APPLICATION_NAME, ORGANISATION_NAME

SYSTEM_LANGUAGE = ""  # the stored value meaning "follow the system language"


def use_settings_folder(folder: Path) -> None:
    """Store settings under ``folder`` from now on (for tests and portable installs)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class Settings:
    """Typed access to the stored preferences; each property reads and writes at once."""

    def __init__(self) -> None:
        self._store = QSettings(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            ORGANISATION_NAME,
            APPLICATION_NAME,
        )

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def _str(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        """"fr", "en", or "" to follow the system language."""
        return self._str("ui/language", SYSTEM_LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def last_deck_folder(self) -> str:
        """Where the "Open deck folder" dialog starts."""
        return self._str("deck/last_folder")

    @last_deck_folder.setter
    def last_deck_folder(self, value: str) -> None:
        self._store.setValue("deck/last_folder", value)

    @property
    def card_width(self) -> int:
        """Width of a card in the deck browser, in pixels."""
        return self._int("browser/card_width", 0)

    @card_width.setter
    def card_width(self, value: int) -> None:
        self._store.setValue("browser/card_width", int(value))

    def geometry(self, window: str) -> QByteArray | None:
        value = self._store.value(f"windows/{window}/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, window: str, value: QByteArray) -> None:
        self._store.setValue(f"windows/{window}/geometry", value)

    def sync(self) -> None:
        self._store.sync()
