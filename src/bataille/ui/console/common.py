"""Small widgets the phase panels share: a team chooser, labelled rows, vote count boxes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent, QValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from bataille.ui.console.teams_panel import swatch
from bataille.ui.i18n import interface_language
from bataille.ui.screen_reader import announce
from bataille.ui.stage.parts import percent
from bataille.words import NBSP, for_the_font
from bataille.workshop import Counts, SessionState


class WholeEntries(QLabel):
    """A sentence of entries (%1: them, comma-separated), its lines broken between entries, never
    inside one where it can be helped: a team's name and its count stay on one line (« 3e
    Prépa-Métiers : 3 »), which Qt broke at a space or after the hyphen. Laid out again at each width;
    an entry wider than the whole line is left to Qt's own wrapping."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)  # as narrow as the page gets; its lines fit by construction
        self._sentence, self._entries = "", []

    def set_entries(self, sentence: str, entries: list[str]) -> None:
        self._sentence, self._entries = for_the_font(sentence), [for_the_font(e).replace(" ", NBSP) for e in entries]
        self._lay_out()

    def _lay_out(self) -> None:
        if not self._entries:
            self.setText("")
            return
        metrics, room = self.fontMetrics(), max(1, self.contentsRect().width() - 2)
        head, _, tail = self._sentence.partition("%1")
        pieces = [f"{entry}," for entry in self._entries[:-1]] + [self._entries[-1] + tail]
        lines, line = [], head.rstrip()
        for piece in pieces:
            longer = f"{line} {piece}" if line else piece
            if line and metrics.horizontalAdvance(longer) > room:
                lines.append(line)
                line = piece
            else:
                line = longer
        lines.append(line)
        self.setText("\n".join(lines))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._lay_out()


def compact(combo: QComboBox, chars: int = 16) -> QComboBox:
    """A combo box that may be narrower than its longest entry (long card titles)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def fill_teams(combo: QComboBox, state: SessionState, room: str | None = None) -> None:
    """Put the session's teams in ``combo`` (with a first "room" entry when ``room`` is given)."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if room is not None:
        combo.addItem(room, None)
    for team in state.teams:
        combo.addItem(swatch(team.colour), team.name, team.id)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def labelled(label: QLabel, *widgets: QWidget, stretch_last: bool = True) -> QHBoxLayout:
    """A row: a label (buddy of the first widget, for its mnemonic) then the widgets."""
    row = QHBoxLayout()
    row.addWidget(label)
    if widgets:
        label.setBuddy(widgets[0])
    for i, widget in enumerate(widgets):
        row.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    return row


class CountBox(QSpinBox):
    """A count typed over what it holds: clicked into, its number is selected (a click after the
    « 0 » then « 12 » gave 120 raised hands), as Tab already selects it. Given the keyboard by the
    console (a debate opened), its number is selected too, and so is it at the first click into it
    before anything is typed; once in it, a click puts a cursor. What it cannot take (a letter, a
    minus, a number past its range) it refuses, and says so (``refused``: the text it refused)."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._given = False  # the keyboard given by the console, nothing typed or clicked since
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self._given = event.reason() == Qt.FocusReason.OtherFocusReason
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self.selectAll)  # after the click has put the cursor where it fell
        elif self._given:
            self.selectAll()

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)
        if (result[0] if isinstance(result, tuple) else result) == QValidator.State.Invalid:
            self.refused.emit(text)  # the box keeps what it held: "12a3" gave 123, silently
        return result

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._given and event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress):
            self._given = False
            if event.type() == QEvent.Type.MouseButtonRelease:
                QTimer.singleShot(0, self.selectAll)  # the first click, as a click into it from elsewhere
        return False


class VoteCounts(QWidget):
    """Three number boxes: agree, disagree, undecided (room counts), each with its share beside its
    label as the stage will show it, from the first count typed: the facilitator can read it out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.shares: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, choice in enumerate(("agree", "disagree", "undecided")):
            box = CountBox()
            box.setRange(0, 10_000)
            box.setObjectName(f"vote_{choice}")
            label = QLabel()
            label.setBuddy(box)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            share = QLabel()
            share.setObjectName(f"share_{choice}")
            grid.addWidget(label, 0, column)
            # On the label's line, at its right: the page keeps its height (a laptop shows it whole).
            grid.addWidget(share, 0, column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(box, 1, column)
            box.valueChanged.connect(lambda _value: self._show_shares())
            box.refused.connect(lambda text, b=box: self._refused(b, text))
            self.boxes[choice] = box
            self.labels[choice] = label
            self.shares[choice] = share

        # Under the boxes: what a box refused, at once (it kept what it held: "999999" gave 9999).
        self.refusal = QLabel()
        self.refusal.setObjectName("countRefused")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        grid.addWidget(self.refusal, 2, 0, 1, 3)

    def _refused(self, box: QSpinBox, text: str) -> None:
        said = self.tr("Not accepted: “%1”. A count is a whole number from 0 to %2.")
        most = QLocale(interface_language()).toString(box.maximum())  # « 10 000 », "10,000"
        said = said.replace("%1", text).replace("%2", most)
        self.refusal.setText(for_the_font(said))
        self.refusal.show()
        announce(self.refusal, said)

    def counts(self) -> dict[str, int]:
        return {choice: box.value() for choice, box in self.boxes.items()}

    def set_counts(self, agree: int, disagree: int, undecided: int) -> None:
        if (agree, disagree, undecided) != tuple(self.counts().values()):
            self.refusal.hide()  # another debate's counts, or the ones put back: nothing refused in them
        for choice, value in zip(self.boxes, (agree, disagree, undecided), strict=True):
            self.boxes[choice].setValue(value)

    def _show_shares(self) -> None:
        """The whole percentages of the stage's bars, or nothing before a count."""
        counts = Counts(**self.counts())
        for choice, share in zip(self.shares, counts.whole_shares(), strict=True):
            self.shares[choice].setText(percent(share) if counts.total else "")

    def retranslate(self, agree: str, disagree: str, undecided: str, stage: str) -> None:
        for choice, text in (("agree", agree), ("disagree", disagree), ("undecided", undecided)):
            self.labels[choice].setText(text)
            self.boxes[choice].setAccessibleName(f"{text.replace('&', '')} ({stage})")
        self._show_shares()
