"""The panel that lists what is wrong in the deck files, one `file:line:col: message` a line; and, for a
deck that runs, the warnings of what the projected stage would cut (``stage_fit``: the scenarios;
``stage_fit_debate``: the debate cards' claims), each leading to its field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bataille.deck import Deck, Problem
from bataille.ui.deck_window.editor.sliced import SlicedWatch
from bataille.ui.deck_window.stage_fit import StageCut
from bataille.ui.deck_window.stage_fit_debate import deck_check

WINDOW_SHARE = 0.2  # the most of its window's height a list of problems takes: the pages keep the rest
STAGE_CHECK_MS = 50  # after the deck is shown: its cards are painted before the stage is laid out
STAGE_SLICE_S = 0.04  # the stage laid out in pieces this long at most: the window answers in between


class ProblemList(QListWidget):
    """A list of problems, each line wrapped whole, as tall as its first ``rows`` lines (it scrolls beyond),
    and never more than a fifth of its window's height (a laptop at 150 % is 440 points high inside).

    Wrapped lines grow with the text and shrink as the list widens, so the height is measured on the
    items as laid out, again after each change of width: a long message is never cut at the bottom."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._width = -1

    def set_lines(self, lines: list[str], tips: list[str] | None = None) -> None:
        """One item a line, its tooltip the line itself, or the tip given for it (its file's full path)."""
        self.clear()
        for line, tip in zip(lines, tips or lines, strict=True):
            item = QListWidgetItem(line)
            item.setToolTip(tip)
            self.addItem(item)
        self.fit()

    def fit(self) -> None:
        """As tall as the first ``rows`` items, each with all its wrapped lines."""
        self.doItemsLayout()
        shown = [self.visualItemRect(self.item(i)).height() for i in range(min(self.count(), self.rows))]
        line = self.fontMetrics().height() + 4
        height = sum(max(h, line) for h in shown) if shown else line
        height = min(height, max(line, round(self.window().height() * WINDOW_SHARE)))
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.window().installEventFilter(self)  # its share follows the window's height
        QTimer.singleShot(0, self, self.fit)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.window() and event.type() == QEvent.Type.Resize \
                and event.size().height() != event.oldSize().height():
            QTimer.singleShot(0, self, self.fit)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != self._width:  # a new width wraps the lines anew; a new height does not
            self._width = event.size().width()
            QTimer.singleShot(0, self, self.fit)


def in_deck(path: str, folder: Path | None) -> str:
    """``path`` as the deck ``folder`` names it ("cards/bias.yaml"), "" when outside it or unknown."""
    if folder is None or not path:
        return ""
    try:
        inside = Path(path).resolve().relative_to(Path(folder).resolve()).as_posix()
    except (ValueError, OSError):
        return ""
    return "" if inside == "." else inside


def named_files(problems: list, folder: Path | None) -> tuple[list[str], list[str]]:
    """The files ``problems`` are about, each once: as the deck folder names them, and in full (the
    folder itself when none is named)."""
    paths = [f for f in dict.fromkeys(str(getattr(p, "path", "")) for p in problems) if f]
    paths = paths or [str(folder or "")]
    return [in_deck(f, folder) or f for f in paths], paths


def cut_said(cut: StageCut) -> str:
    """« Sur l'écran projeté (1280×720), la conséquence de l'option B de la décision 2 (en français) est
    coupée : raccourcissez-la d'environ 12 mots », in the interface's language (the deck window's panel and the editor say it alike;
    tr(), not translate(): lupdate reads a plural (%n) only from tr())."""
    n, field = cut.words, cut.field
    if cut.card:
        return claim_said(cut)
    if field == "consequence":
        said = DeckProblemsPanel.tr("On the projected screen (1280×720), the consequence of option %1 of decision %2 (%3) "
                       "is cut: shorten it by about %n word(s)", "", n)
    elif field == "label":
        said = DeckProblemsPanel.tr("On the projected screen (1280×720), the label of option %1 of decision %2 (%3) is cut: "
                       "shorten it by about %n word(s)", "", n)
    elif field == "situation":
        said = DeckProblemsPanel.tr("On the projected screen (1280×720), the situation of decision %2 (%3) is cut: "
                       "shorten it by about %n word(s)", "", n)
    elif field == "title" and cut.decision:
        said = DeckProblemsPanel.tr("On the projected screen (1280×720), the title of decision %2 (%3) is cut: "
                       "shorten it by about %n word(s)", "", n)
    elif field == "title":
        said = DeckProblemsPanel.tr("On the projected screen (1280×720), the title of the scenario (%3) is cut: "
                       "shorten it by about %n word(s)", "", n)
    elif field == "intro":
        said = DeckProblemsPanel.tr("On the projected screen (1280×720), the introduction (%3) is cut: "
                       "shorten it by about %n word(s)", "", n)
    else:
        said = DeckProblemsPanel.tr("On the projected screen (1280×720), the epilogue (%3) is cut: "
                       "shorten it by about %n word(s)", "", n)
    language = DeckProblemsPanel.tr("in French") if cut.lang == "fr" else DeckProblemsPanel.tr("in English") if cut.lang == "en" else cut.lang
    return said.replace("%1", cut.option).replace("%2", str(cut.decision)).replace("%3", language)


def claim_said(cut: StageCut) -> str:
    """« Sur l'écran projeté (1024×768), avec 2 faits joués, l'affirmation de « soc-debate-homework » (en
    anglais) est coupée : l'écran en montre environ 300 caractères sur 412 ; raccourcissez-la à 300 au
    plus », in the interface's language; the length said is rounded down to ten."""
    if cut.facts:
        said = DeckProblemsPanel.tr("On the projected screen (%4), with %n fact(s) played, the claim of “%1” (%3) is cut: "
                                    "it shows about %5 of its %6 characters; shorten it to %5 at most", "", cut.facts)
    else:
        said = DeckProblemsPanel.tr("On the projected screen (%4), the claim of “%1” (%3) is cut even before any fact "
                                    "is played: shorten it to %5 characters at most (it has %6)")
    language = DeckProblemsPanel.tr("in French") if cut.lang == "fr" else DeckProblemsPanel.tr("in English") \
        if cut.lang == "en" else cut.lang
    return said.replace("%1", cut.card).replace("%3", language).replace("%4", f"{cut.size[0]}×{cut.size[1]}") \
        .replace("%5", str(fitting(cut))).replace("%6", str(cut.length))


def fitting(cut: StageCut) -> int:
    """The characters a cut claim may have: what the stage shows of it, rounded down to ten."""
    return max(10, cut.kept // 10 * 10)


class DeckStageWatch(SlicedWatch):
    """What the projected stage would cut of the deck just loaded: laid out ``STAGE_CHECK_MS`` after it is
    shown (its cards are painted first), a piece at a time between the window's events; ``found`` when
    done, ``cuts`` then holding them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(STAGE_CHECK_MS, STAGE_SLICE_S, parent)
        self.cuts: list[StageCut] = []
        self._wanted = None  # the check of the deck loaded, begun when the delay runs out

    def watch(self, deck: Deck) -> None:
        self.stop()
        self._wanted = deck_check(deck, QGuiApplication.font())
        self._delay.start()

    def stop(self) -> None:
        self._delay.stop()
        self._slice.stop()
        self._check = self._wanted = None

    def _start(self) -> None:
        self._check, self._wanted = self._wanted, None
        self._go_on()

    def _done(self, cuts: list[StageCut]) -> None:
        self.cuts = list(cuts)
        self.found.emit()


class DeckProblemsPanel(QFrame):
    """Shown while the deck on disk is invalid, and says whether the last good deck is still shown
    (``kind`` "error"); or, the deck valid, while the projected stage would cut some of its scenario
    texts (``kind`` "warning": the deck runs): a warning chosen leads to its field (``fieldChosen``)."""

    reloadRequested = Signal()
    fieldChosen = Signal(object, int)  # (file, key path) and line of the field a warning is about

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckProblems")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber with dark text and an icon and a heading: the colour is never the only signal.
        self.setStyleSheet(
            "#deckProblems { background: #FFF4D6; border: 2px solid #B26A00; border-radius: 6px; }"
            "#deckProblems QLabel { color: #1A1A1A; }"
        )
        self._kept_deck = False
        self._folder: Path | None = None  # the deck's, to name a problem's field as the editor does
        self._items: list[Problem | StageCut | str] = []
        self.kind = ""  # "error", "warning", or "" while hidden
        self._stage = DeckStageWatch(self)  # what the stage would cut of the deck loaded, a piece at a time
        self._stage.found.connect(self._stage_checked)
        self._problems: list[str] = []
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        icon.setAccessibleName("")
        self.heading = QLabel()
        self.heading.setObjectName("problemsHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.list = ProblemList(8)  # eight at most: the cards below keep the rest of the window
        self.list.setObjectName("problemList")
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reloadRequested)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        top.addLayout(text, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.retranslate()
        self.hide()

    @property
    def problems(self) -> list[str]:
        return list(self._problems)

    @property
    def checking(self) -> bool:
        """True while what the stage would cut of the deck just loaded is still to be said."""
        return self._stage.busy

    def show_problems(self, problems: list[Problem | str], kept_deck: bool, folder: Path | None = None) -> None:
        """List ``problems`` (a deck Problem in the interface language, its field named as the editor's
        form names it when the deck ``folder`` is given); ``kept_deck``: the last good deck is shown."""
        self._stage.stop()
        self._show("error", list(problems), folder, kept_deck)

    def deck_loaded(self, deck: Deck, folder: Path | None = None) -> None:
        """The deck loaded: no problem to list; what the stage would cut of it is said once its cards are
        painted, the stage laid out in pieces between the window's events (its scenarios laid out again
        only when they changed)."""
        self.clear()
        self._folder = folder
        self._stage.watch(deck)

    def _stage_checked(self) -> None:
        if self._stage.cuts:
            self._show("warning", self._stage.cuts, self._folder, True)

    def _show(self, kind: str, items: list, folder: Path | None, kept_deck: bool) -> None:
        self.kind = kind
        self._items = items
        self._folder = folder
        self._problems = self._lines()
        self._kept_deck = kept_deck
        self.list.set_lines(self._problems, self._lines(full=True))
        self.retranslate()
        self.show()

    def _chosen(self, item: QListWidgetItem) -> None:
        """A warning chosen: its field, in the editor."""
        row = self.list.row(item)
        cut = self._items[row] if 0 <= row < len(self._items) else None
        if isinstance(cut, StageCut):
            self.fieldChosen.emit(cut.where, cut.line)

    def _lines(self, full: bool = False) -> list[str]:
        """Each problem a line, its file named as in the deck folder (cards/bias.yaml:6:14: …), or by
        its full path (``full``: the tooltips, the copy); the interface language is the default locale."""
        from bataille.ui.deck_window.editor.marks import labelled_problem_text

        return [labelled_problem_text(p, in_deck(p.path, self._folder), full) if isinstance(p, Problem)
                else f"{p.path if full else p.file}:{p.line}:{p.col}: {cut_said(p)}" if isinstance(p, StageCut)
                else str(p) for p in self._items]

    def clear(self) -> None:
        self._stage.stop()
        self.kind = ""
        self._items = []
        self._problems = []
        self.list.clear()
        self.hide()

    def copy_to_clipboard(self) -> None:
        """The lines with their files' full paths: pasted elsewhere, each still leads to its file."""
        QGuiApplication.clipboard().setText("\n".join(self._lines(full=True)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            if self._items and self._lines() != self._problems:
                self._problems = self._lines()
                self.list.set_lines(self._problems, self._lines(full=True))
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        n = len(self._problems)
        if self.kind == "warning":
            self.heading.setText(self.tr("The deck runs, but the projected screen would cut %n text(s)", "", n))
            self.explanation.setText(self.tr(  # one text, or several: "it", or "them"
                "Shorten them: the room would not read their end. Choose one to go to its field.", "", n))
        else:
            self.heading.setText(self.tr("The deck files have %n problem(s)", "", n))
            self.explanation.setText(self.tr(
                "The cards below are the last version that loaded correctly. "
                "Fix the files and save: the deck reloads by itself.") if self._kept_deck else self.tr(
                "No card can be shown until these problems are fixed. "
                "Fix the files and save: the deck reloads by itself."))
        self.list.setAccessibleName(self.tr("Texts cut on the projected screen") if self.kind == "warning"
                                    else self.tr("Deck problems"))
        self.reload_button.setText(self.tr("&Reload now"))
        self.reload_button.setAccessibleName(self.tr("Reload the deck now"))
        if self.kind == "warning":  # the deck runs: what is listed are warnings, not problems
            self.copy_button.setText(self.tr("&Copy warnings"))
            self.copy_button.setAccessibleName(self.tr("Copy the warnings to the clipboard"))
        else:
            self.copy_button.setText(self.tr("&Copy problems"))
            self.copy_button.setAccessibleName(self.tr("Copy the problems to the clipboard"))
        self.setAccessibleName(self.heading.text())
