"""The names the operating system knows the app by (settings folder, data folder, window title)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

ORGANISATION_NAME = "bataille-ia"
APPLICATION_NAME = "bataille"
APPLICATION_DISPLAY_NAME = "Bataille IA"
APPLICATION_VERSION = "0.1.0"


def preferences():  # noqa: ANN202 - a QSettings, imported when first needed
    """The app's one file of preferences (an INI file in the user's settings folder), as every part of
    the app that keeps one reads and writes it (ui/settings.py, the sessions remembered elsewhere…)."""
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION_NAME, APPLICATION_NAME)


def set_identity() -> None:
    """Set organisation and application names before any QSettings or QStandardPaths use."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QCoreApplication.setApplicationVersion(APPLICATION_VERSION)
