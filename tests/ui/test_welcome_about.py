"""Welcome (first run, Help → Welcome), About (version, licences, AI and data), and their menus."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bataille.deck import load_deck
from bataille.ui.dialogs.about import AboutDialog, font_licence_text
from bataille.ui.dialogs.welcome import WelcomeDialog
from bataille.ui.identity import APPLICATION_VERSION
from bataille.ui.settings import Settings

SRC = Path(__file__).resolve().parents[2] / "src" / "bataille"
NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "requests", "httpx", "aiohttp", "ftplib", "smtplib",
                   "xmlrpc", "websocket", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"}


def _menu_texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_welcome_opens_on_the_first_run_only(window) -> None:
    actions = window.menu_actions
    first = actions.show_welcome_on_first_run()
    assert isinstance(first, WelcomeDialog) and first.isVisible()
    first.start_button.click()
    assert Settings().welcome_shown
    assert actions.show_welcome_on_first_run() is None


def test_lets_go_carries_no_close_cross(qtbot, translations) -> None:
    """Where the style puts icons on a dialog's buttons (Linux desktops), "Let's go", a Close
    button renamed, would show a close cross: it shows none."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class IconsOnButtons(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802 - Qt override
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    before = QApplication.style().name()
    QApplication.setStyle(IconsOnButtons(before))
    try:
        dialog = WelcomeDialog(Settings())
        qtbot.addWidget(dialog)
        closing = dialog.buttons.addButton(dialog.buttons.StandardButton.Cancel)  # what the style gives one
        assert not closing.icon().isNull()
        dialog.buttons.removeButton(closing)
        assert dialog.start_button.icon().isNull()
    finally:
        QApplication.setStyle(before)


def test_help_and_tools_menus_in_french_then_english(window, translations) -> None:
    assert _menu_texts(window.help_menu) == ["Bienvenue", "À propos de Bataille IA"]
    assert _menu_texts(window.tools_menu) == ["Préférences…"]
    assert window.tools_menu.title() == "&Outils"
    translations.set_language("en")
    QApplication.processEvents()  # Qt posts the LanguageChange events
    assert _menu_texts(window.help_menu) == ["Welcome", "About Bataille IA"]
    assert _menu_texts(window.tools_menu) == ["Preferences…"]


def test_menus_open_the_dialogs(qtbot, window) -> None:
    window.menu_actions.welcome.trigger()
    assert isinstance(window.menu_actions.dialog, WelcomeDialog)
    window.menu_actions.dialog.close()
    window.menu_actions.about.trigger()
    assert isinstance(window.menu_actions.dialog, AboutDialog)
    window.menu_actions.dialog.close()
    window.menu_actions.preferences.trigger()
    assert window.menu_actions.dialog.objectName() == "preferencesDialog"
    window.menu_actions.dialog.close()


def test_welcome_explains_the_two_windows_and_points_to_the_pdfs(qtbot, translations) -> None:
    dialog = WelcomeDialog(Settings())
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    for words in ("console", "scène", "guide de l’animateur", "«\u00a0Bienvenue\u00a0»", "recopie votre écran", "(F5, puis F5 encore)",
                  "«\u00a0Préférences…\u00a0»"):
        assert words in text
    # Preferences are a button of the start screen, in the Session menu of the console and in the
    # Tools menu of the deck window: the page names the item, never one window's menu for all.
    assert "Outils" not in text
    assert "guide" in dialog.guide_button.text() and "cartes" in dialog.cards_button.text()
    translations.set_language("en")
    QApplication.processEvents()  # Qt posts the LanguageChange events
    text = dialog.text.text()
    assert "The stage" in text and "“Welcome”" in text and "“Preferences…”" in text and "Tools" not in text


def test_welcome_writes_the_guide_and_the_cards(qtbot, small_deck: Path, tmp_path: Path, monkeypatch) -> None:
    from bataille.ui import pdf_files
    from bataille.ui.dialogs import welcome

    opened: list[str] = []
    monkeypatch.setattr(welcome.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    deck = load_deck(small_deck)
    settings = Settings()
    settings.print_paper, settings.print_duplex, settings.print_folder = "letter", "none", str(tmp_path)
    asked: list[str] = []

    def choose(_parent, _title, start, _filter):  # the same file dialog as the print dialog's
        asked.append(start)
        return start, ""

    monkeypatch.setattr(pdf_files.QFileDialog, "getSaveFileName", choose)
    dialog = WelcomeDialog(settings, lambda: deck)
    qtbot.addWidget(dialog)
    guide, cards = dialog.save_guide(), dialog.save_cards()
    assert guide.read_bytes().startswith(b"%PDF") and cards.read_bytes().startswith(b"%PDF")
    assert [Path(a).parent for a in asked] == [tmp_path, tmp_path]  # in the folder used last time
    assert opened == [str(guide), str(cards)]


def test_about_shows_version_licences_and_the_data_promise(qtbot, translations) -> None:
    dialog = AboutDialog(Settings())
    qtbot.addWidget(dialog)
    assert APPLICATION_VERSION in dialog.title.text()
    licences = dialog.licences_page.toPlainText()
    assert "SIL Open Font License" in licences and "Atkinson Hyperlegible" in licences
    assert "Reserved Font Name" in licences or "PERMISSION & CONDITIONS" in licences  # the full text
    assert "GPL" in licences
    data = dialog.data_page.toPlainText()
    assert "Rien ne quitte la salle" in data and "Aucune intelligence artificielle" in data
    assert str(Path(Settings().file_name).parent) in data
    translations.set_language("en")
    QApplication.processEvents()  # Qt posts the LanguageChange events
    assert "Nothing leaves the room" in dialog.data_page.toPlainText()
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["&About", "&Licences", "AI and your &data"]


def test_font_licence_ships_with_the_fonts() -> None:
    assert "SIL OPEN FONT LICENSE" in font_licence_text().upper()


# Only the phones' server touches the network, and it only listens: no client of any kind.
PHONES = "phones"
CLIENT_MODULES = {"urllib", "http.client", "requests", "httpx", "aiohttp", "ftplib", "smtplib", "xmlrpc",
                  "websockets.client", "websockets.asyncio.client", "websockets.sync"}


def test_no_module_of_ours_can_reach_the_network() -> None:
    """What the About page promises: no network code in bataille but the phones' server, which only
    listens on the room's network while Phones is on."""
    offenders = []
    for path in SRC.rglob("*.py"):
        inside_phones = path.relative_to(SRC).parts[0] == PHONES
        forbidden = CLIENT_MODULES if inside_phones else NETWORK_MODULES | {"websockets"}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in forbidden):
                    offenders.append(f"{path.relative_to(SRC)}: {name}")
    assert not offenders


@pytest.mark.parametrize("dialog_class", [WelcomeDialog, AboutDialog])
def test_dialogs_use_the_hyperlegible_font(qtbot, dialog_class) -> None:
    from bataille.ui.fonts import apply_app_font

    family = apply_app_font(QApplication.instance())
    dialog = dialog_class(Settings())
    qtbot.addWidget(dialog)
    assert family.startswith("Atkinson Hyperlegible")
    assert dialog.font().family() == family


def test_welcome_saves_the_guide_and_the_cards_in_the_language_it_speaks(
        qtbot, translations, small_deck: Path, tmp_path: Path, monkeypatch) -> None:
    """Started with ``--lang en`` where the settings keep French (or the system speaks neither),
    the English page saved French cards named « …-cards-fr.pdf »: both PDFs follow the page."""
    import subprocess

    from bataille.ui import pdf_files
    from bataille.ui.dialogs import welcome

    monkeypatch.setattr(welcome.QDesktopServices, "openUrl", lambda url: None)
    monkeypatch.setattr(pdf_files.QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (start, ""))
    settings = Settings()
    settings.language, settings.print_folder, settings.print_duplex = "fr", str(tmp_path), "none"
    translations.set_language("en")  # what --lang en does, the settings untouched
    deck = load_deck(small_deck)
    dialog = WelcomeDialog(settings, lambda: deck)
    qtbot.addWidget(dialog)
    guide, cards = dialog.save_guide(), dialog.save_cards()
    assert guide.name.endswith("-en.pdf") and cards.name.endswith("-cards-en.pdf"), (guide.name, cards.name)
    text = subprocess.run(["pdftotext", str(guide), "-"], capture_output=True, text=True, check=True).stdout
    assert "Facilitator" in text and "animateur" not in text.lower()


def test_welcome_from_the_console_saves_the_cards_in_the_sessions_language(
        qtbot, translations, bundled_deck, tmp_path: Path, monkeypatch) -> None:
    """An English interface conducting a French session: Help › Welcome saved the room's cards in
    English, while the stage, the phones and the summary speak French. The button says which."""
    import subprocess

    from bataille.ui import pdf_files
    from bataille.ui.dialogs import welcome
    from bataille.workshop import ManualClock, MemoryStore, Session

    from .conftest import console_on

    monkeypatch.setattr(welcome.QDesktopServices, "openUrl", lambda url: None)
    monkeypatch.setattr(pdf_files.QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: (str(tmp_path / Path(start).name), ""))
    translations.set_language("en")
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), "fr", agenda_minutes=60)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    console = console_on(qtbot, session)
    console.settings.print_duplex = "none"
    dialog = console.app_actions.show_welcome()
    assert dialog.cards_button.text() == "Save the &cards to print, in French…"
    cards, guide = dialog.save_cards(), dialog.save_guide()
    assert cards.name.endswith("-cards-fr.pdf") and guide.name.endswith("-guide-en.pdf"), (cards.name, guide.name)
    text = subprocess.run(["pdftotext", "-l", "1", str(cards), "-"], capture_output=True, text=True, check=True).stdout
    assert "Fiabilité de l’information" in text and "Reliability" not in text, text[:200]
    dialog.close()
