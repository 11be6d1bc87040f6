"""About Bataille IA: version, licences of what ships with it, and how it uses AI and data.

The "AI and your data" page is a promise the code keeps: the app has no network code at all
(tests/ui/test_welcome_about.py checks that no module of ours imports one).
"""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.identity import APPLICATION_DISPLAY_NAME, APPLICATION_VERSION
from bataille.ui.paths import assets_dir, data_dir, sessions_dir
from bataille.ui.rich_text import escape
from bataille.ui.screen_fit import fit_to_screen
from bataille.ui.settings import Settings

FONT_LICENCE_FILE = "OFL.txt"


def font_licence_text() -> str:
    """The full SIL Open Font License shipped with the fonts (it must travel with them)."""
    assets = assets_dir()
    path = assets / "fonts" / FONT_LICENCE_FILE if assets is not None else None
    if path is None or not path.is_file():
        return ""
    return path.read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Three pages: the app, the licences, AI and your data."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._settings_file = (settings or Settings()).file_name
        self.tabs = QTabWidget(objectName="aboutTabs")
        self.app_page = self._browser("aboutApp")
        self.licences_page = self._browser("aboutLicences")
        self.data_page = self._browser("aboutData")
        for page in (self.app_page, self.licences_page, self.data_page):
            self.tabs.addTab(page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.title = QLabel(objectName="aboutTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 560)
        self.retranslate()

    @staticmethod
    def _browser(name: str) -> QTextBrowser:
        page = QTextBrowser(objectName=name)
        page.setOpenLinks(False)  # nothing to follow: the app opens no web page by itself
        # Read-only text stays reachable by Tab, and its lines by the arrow keys.
        page.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return page

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About %1").replace("%1", APPLICATION_DISPLAY_NAME))
        self.title.setText(f"<h2>{APPLICATION_DISPLAY_NAME} {APPLICATION_VERSION}</h2>")
        self.title.setAccessibleName(f"{APPLICATION_DISPLAY_NAME} {APPLICATION_VERSION}")
        names = ((self.app_page, self.tr("&About")), (self.licences_page, self.tr("&Licences")),
                 (self.data_page, self.tr("AI and your &data")))
        for index, (page, name) in enumerate(names):
            self.tabs.setTabText(index, name)
            page.setAccessibleName(name.replace("&", ""))
        self.app_page.setHtml(self._app_html())
        self.licences_page.setHtml(self._licences_html())
        self.data_page.setHtml(self._data_html())

    def _app_html(self) -> str:

        return (
            "<p>" + self.tr("A card-game workshop on the social and environmental stakes of generative AI: "
                       "reliability of information, environmental impact, algorithmic bias, creativity "
                       "and intellectual property, society.") + "</p>"
            + "<p>" + self.tr("Version %1.").replace("%1", APPLICATION_VERSION) + " "
            + self.tr("Free software under the GNU General Public License, version 3 or later: you may use, "
                 "study, share and improve it.") + "</p>"
            + "<p>" + self.tr("Made with Python %1 and Qt %2 (PySide6 %3).")
            .replace("%1", platform.python_version()).replace("%2", qVersion())
            .replace("%3", PySide6.__version__) + "</p>"
        )

    def _licences_html(self) -> str:

        items = [
            (self.tr("Atkinson Hyperlegible font"),
             self.tr("© 2020 Braille Institute of America, Inc. SIL Open Font License 1.1 (full text below). "
                "Designed to stay legible for readers with low vision; used on screen and in print.")),
            (self.tr("Theme icons and application icon"),
             self.tr("Drawn for %1; distributed under the same licence as the app (GPL 3.0 or later).")
             .replace("%1", APPLICATION_DISPLAY_NAME)),
            (self.tr("Cards, scenarios and facilitator's guide"),
             self.tr("Part of %1, same licence; each fact card names its source.").replace("%1", APPLICATION_DISPLAY_NAME)),
            ("Qt, PySide6", self.tr("GNU Lesser General Public License 3.0.")),
            ("PyYAML", self.tr("MIT licence.")),
            ("ReportLab", self.tr("BSD licence.")),
        ]
        if getattr(sys, "frozen", False):  # the one-folder app also carries Python and Pillow
            items += [("Python", self.tr("Python Software Foundation License.")), ("Pillow", self.tr("MIT-CMU licence."))]
        rows = "".join(f"<li><b>{escape(name)}</b> — {escape(text)}</li>" for name, text in items)
        licence = font_licence_text()
        # pre-wrap keeps the licence's line breaks but wraps long lines: no sideways scrolling.
        full = (f"<h4>{'SIL Open Font License 1.1'}</h4>"
                f"<p style='white-space: pre-wrap'>{escape(licence.strip())}</p>" if licence else "")
        return f"<ul>{rows}</ul>{full}"

    def _data_html(self) -> str:

        points = [
            self.tr("<b>No artificial intelligence inside.</b> The app talks about AI; it does not use it: "
               "no model, no chatbot, no AI service, nothing generated."),
            self.tr("<b>Nothing leaves the room.</b> The app never connects to the Internet: no account, "
               "no advertising, no statistics, no update check. It works the same without Internet. Only "
               "while Phones is on does it listen on the room's own network for the phones' votes."),
            self.tr("<b>What is stored, only here:</b> your preferences, and each session (team names, "
               "scores, votes, arguments and notes) in its own file. Delete them whenever you like."),
            self.tr("<b>Participants' names are not needed:</b> teams can take made-up names."),
        ]
        where = [
            (self.tr("Preferences"), self._settings_file),
            (self.tr("Sessions"), str(sessions_dir())),
            (self.tr("Other files of the app"), str(data_dir())),
        ]
        # "%1: %2" so that French can put its space before the colon.
        paths = "".join("<li>" + self.tr("%1: %2").replace("%1", escape(name))
                        .replace("%2", f"<code>{escape(path)}</code>") + "</li>" for name, path in where)
        return "".join(f"<p>{p}</p>" for p in points) + f"<ul>{paths}</ul>"


def open_about(settings: Settings | None = None, parent: QWidget | None = None) -> AboutDialog:
    """Show the About window (modal to ``parent``) and return it."""
    dialog = AboutDialog(settings, parent)
    dialog.open()
    return dialog
