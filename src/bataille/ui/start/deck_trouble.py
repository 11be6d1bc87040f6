"""The start screen's bar for a deck that cannot be run: its problems, and the two ways out.

Shown above the start screen's columns when the deck given at launch has problems: what is wrong
(`file:line:col: message`, in the interface language), a button to fix it in the deck editor at the
first problem, and one to run the workshop now on another deck (the last one that loaded, or the
bundled one). Built only then: it imports the deck window's problem list and the deck package.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from bataille.deck import Problem
from bataille.ui.deck_window.problems import ProblemList
from bataille.ui.i18n import interface_language
from bataille.ui.start.fallback import Fallback


class DeckTroubleBar(QFrame):
    """What is wrong with the deck, and what to do now: fix it, or run on another deck."""

    fixRequested = Signal()
    fallbackRequested = Signal()
    textEditorRequested = Signal(object)  # Path: a file YAML cannot read, mended in a text editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckTrouble")
        # Amber with dark text, a warning icon and a heading, as the deck window's panel of problems.
        self.setStyleSheet("#deckTrouble { background: #FFF4D6; border: 2px solid #B26A00; border-radius: 6px; }"
                           "#deckTrouble QLabel { color: #1A1A1A; }")
        self.folder: Path | None = None
        self.fallback: Fallback | None = None
        self._items: list[Problem | str] = []
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self.heading = QLabel()
        self.heading.setObjectName("deckTroubleHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.list = ProblemList(4)  # four whole problems, then it scrolls: the start screen keeps its columns
        self.list.setObjectName("deckTroubleProblems")
        self.list.setAlternatingRowColors(True)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("fixDeck")
        self.fix_button.clicked.connect(self.fixRequested)
        # A file YAML cannot read: the deck editor cannot show it either (it says so), a text editor can.
        self.text_button = QPushButton()
        self.text_button.setObjectName("openInTextEditor")
        self.text_button.clicked.connect(lambda: self.textEditorRequested.emit(self.unreadable_file()))
        self.fallback_button = QPushButton()
        self.fallback_button.setObjectName("useFallbackDeck")
        self.fallback_button.clicked.connect(self.fallbackRequested)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.text_button)
        buttons.addWidget(self.fallback_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def show_trouble(self, folder: Path, problems: list[Problem | str], fallback: Fallback | None) -> None:
        self.folder, self.fallback, self._items = Path(folder), fallback, list(problems)
        self.retranslate()
        self.show()
        self.fix_button.setFocus()

    def lines(self) -> list[str]:
        lang = interface_language()  # the interface language is the default locale (Translations.set_language)
        return [p.text(lang) if isinstance(p, Problem) else str(p) for p in self._items]

    def unreadable_file(self) -> Path | None:
        """The file of the first problem when YAML itself cannot read it (None otherwise)."""
        first = self._items[0] if self._items else None
        key = getattr(getattr(first, "wording", None), "key", "")
        return Path(first.path).absolute() if key.startswith("yaml.") else None  # the path is shown relative to the cwd

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.folder is not None:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lines = self.lines()
        self.heading.setText(self.tr("The deck in %1 cannot be run: %n problem(s) to fix", "", len(lines))
                             .replace("%1", str(self.folder)))
        if self.fallback is None:
            self.explanation.setText(self.tr("Fix it in the deck editor, which opens at the first problem: once "
                                             "it is saved, the workshop starts on it."))
        else:
            self.explanation.setText(self.tr("Fix it in the deck editor, which opens at the first problem: once "
                                             "it is saved, the workshop starts on it. Or run the workshop now on "
                                             "another deck; the files stay as they are."))
        self.list.set_lines(lines)
        self.list.setAccessibleName(self.tr("Deck problems"))
        self.fix_button.setText(self.tr("&Fix in the deck editor"))
        self.fix_button.setAccessibleName(self.fix_button.text().replace("&", ""))
        unreadable = self.unreadable_file()
        self.text_button.setVisible(unreadable is not None)
        if unreadable is not None:
            self.text_button.setText(self.tr("&Open %1 in a text editor").replace("%1", unreadable.name))
            self.text_button.setToolTip(str(unreadable))
            self.text_button.setAccessibleName(self.text_button.text().replace("&", ""))
        self.fallback_button.setVisible(self.fallback is not None)
        if self.fallback is not None:
            lang = interface_language()
            deck = self.fallback.deck
            title = deck.title.get(lang if lang in deck.languages else deck.languages[0])
            text = (self.tr("&Use the last deck that loaded: %1") if self.fallback.remembered
                    else self.tr("&Use the bundled deck: %1"))
            self.fallback_button.setText(text.replace("%1", title.replace("&", "&&")))
            self.fallback_button.setToolTip(str(deck.root))
            self.fallback_button.setAccessibleName(self.fallback_button.text().replace("&&", "\0")
                                                   .replace("&", "").replace("\0", "&"))
        self.setAccessibleName(self.heading.text())
