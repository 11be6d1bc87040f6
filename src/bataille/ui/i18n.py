"""Interface language: our translations and Qt's own, switched at run time.

The interface follows the system language unless the user picked one in the settings.
Interface strings come from the .qm files built by ``make translations``; the deck's own
texts come from the deck (``Text.get(lang)``), never from the .qm files.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from bataille import words
from bataille.ui.paths import translations_dir

SUPPORTED_LANGUAGES = words.LANGUAGES
DEFAULT_LANGUAGE = "fr"  # French first: used when the system speaks neither
# Shown in their own language, so that someone lost in the other one finds theirs.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
# Qt's own words that its French catalogue lacks: Qt 6's file dialog (where the desktop gives no
# dialog of its own) says "&Look in:" and "Files of &type:", and qtbase_fr translates only the older
# "Look in:" and "Files of type:". Ours is searched before Qt's, so every file dialog speaks French.
QT_WORDS_MISSING = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first supported language in the system's preferred list, else French."""
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    for name in ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def interface_language() -> str:
    """The language the interface speaks now (the default locale, which Translations sets), for the
    core's messages shown in a window."""
    return words.language(QLocale().name())


def error_words(error: BaseException) -> str:
    """An error of the core in the interface's language: the words it carries (a session file's
    ``said``, a deck edit's ``wording``), else the system's reason for a refused file, else its text."""
    lang = interface_language()
    for name in ("said", "wording"):
        message = getattr(error, name, None)
        if message is not None and callable(getattr(message, "render", None)):
            return message.render(lang)
    if isinstance(error, OSError) and error.strerror:
        reason = words.OsReason(error).render(lang)
        return f"{error.filename}: {reason}" if error.filename else reason
    return str(error)


def resolve_language(preference: str) -> str:
    """The language to use for a stored preference ("" means follow the system)."""
    return preference if preference in SUPPORTED_LANGUAGES else system_language()


class Translations(QObject):
    """Installs the translators of one language and tells the windows when it changes.

    Widgets retranslate on ``QEvent.LanguageChange`` (sent by Qt when translators change)
    and redraw deck texts on ``languageChanged``.
    """

    languageChanged = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder if folder is not None else translations_dir()
        self._translators: list[QTranslator] = []
        self._language = ""
        self.loaded_files: list[str] = []

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Switch every window to ``language`` ("fr" or "en")."""
        if language not in SUPPORTED_LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self._language:
            return
        self.uninstall()
        app = QCoreApplication.instance()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_folder), (f"bataille_{language}", str(self._folder))):
            translator = QTranslator(self)
            # A missing .qm (e.g. `make translations` not run yet) leaves the English source.
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
                self.loaded_files.append(translator.filePath())
            elif name.startswith("bataille_") and language != "en":
                self._say_missing(language, Path(folder) / f"{name}.qm")
        QLocale.setDefault(QLocale(language))
        self._language = language
        self.languageChanged.emit(language)

    @staticmethod
    def _say_missing(language: str, path: Path) -> None:
        """Said on stderr: an interface asked in French that shows English is otherwise a mystery."""
        import sys

        print(f"bataille: {path.name} is missing from {path.parent}: the interface shows English instead "
              f"of {LANGUAGE_NAMES.get(language, language)}. `make translations` (or `make run`) builds it.",
              file=sys.stderr)

    def uninstall(self) -> None:
        """Remove our translators from the application (the source English shows again)."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.loaded_files = []
        self._language = ""
