"""Fields a plain form cannot know: a URL that opens, a colour with its contrast, an icon file, effects.

The contrast is the WCAG ratio of the card's white text against the theme colour (the band and
the back print white on it): under 4.5 a warning says the text will be hard to read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bataille.deck.models import SOURCE_LANGUAGES
from bataille.export.wording import word
from bataille.ui.contrast import MIN_CONTRAST, alarm_colour, contrast
from bataille.ui.deck_window.editor.fields import ChoiceField, Field, NumberField, StringField
from bataille.ui.deck_window.editor.form import Context, Spec, translate
from bataille.ui.i18n import interface_language

CARD_TEXT = "#FFFFFF"  # the theme band and the card backs print white on the theme colour
MAX_ICON_FILES = 500


class UrlField(StringField):
    """A source's address, with a button that opens it in the browser."""

    def __init__(self, where, parent: QWidget | None = None) -> None:
        super().__init__(where, parent)
        self.open_button = QPushButton(translate("DeckEditor", "Open"))
        self.open_button.setToolTip(translate("DeckEditor", "Open the address in the web browser"))
        self.open_button.clicked.connect(self.open)
        self.layout().insertWidget(1, self.open_button)

    def open(self) -> bool:
        url = QUrl(self.editor.text().strip())
        if url.scheme() not in ("http", "https") or not url.host():
            return False
        return QDesktopServices.openUrl(url)


class ColourField(StringField):
    """A theme colour as #RRGGBB, a swatch that opens a colour chooser, and the contrast of the text on it."""

    def __init__(self, where, parent: QWidget | None = None) -> None:
        super().__init__(where, parent)
        self.editor.setMaximumWidth(110)
        self.editor.setPlaceholderText("#0B5CAD")
        self.swatch = QPushButton(translate("DeckEditor", "Choose…"))
        self.swatch.clicked.connect(self.choose)
        self.contrast_label = QLabel()
        self.contrast_label.setObjectName("contrast")
        self.contrast_label.setWordWrap(True)
        layout = self.layout()
        layout.insertWidget(1, self.swatch)
        layout.insertWidget(2, self.contrast_label, 1)
        self.editor.textChanged.connect(self._show_contrast)

    def choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.editor.text()), self, translate("DeckEditor", "Theme colour"))
        if colour.isValid():
            self.set_text(colour.name().upper())

    def _show_contrast(self, text: str) -> None:
        colour = QColor(text)
        if not text.startswith("#") or len(text) != 7 or not colour.isValid():
            self.contrast_label.setText("")
            self.swatch.setStyleSheet("")
            return
        ratio = contrast(colour, QColor(CARD_TEXT))
        shown = f"{ratio:.1f}".replace(".", ",") if QLineEdit().locale().decimalPoint() == "," else f"{ratio:.1f}"
        if ratio < MIN_CONTRAST:
            text = translate("DeckEditor", "Contrast of the white card text: %1:1, under 4.5:1: hard to read").replace("%1", shown)
            red = alarm_colour(self.contrast_label.palette().window().color())
            self.contrast_label.setStyleSheet(f"color: {red}; font-weight: bold;")
        else:
            text = translate("DeckEditor", "Contrast of the white card text: %1:1 (4.5:1 needed)").replace("%1", shown)
            self.contrast_label.setStyleSheet("")
        self.contrast_label.setText(text)
        self.swatch.setStyleSheet(f"QPushButton {{ background: {colour.name()}; color: #FFFFFF; }}")

    @property
    def ratio(self) -> float:
        return contrast(QColor(self.editor.text()), QColor(CARD_TEXT))


class IconField(ChoiceField):
    """A theme icon: an SVG file inside the deck folder, from a list or chosen with a file dialog."""

    def __init__(self, where, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(where, parent)
        self.folder = folder
        self.browse = QPushButton(translate("DeckEditor", "Choose a file…"))
        self.browse.clicked.connect(self.choose_file)
        self.layout().insertWidget(1, self.browse)
        self.fill()

    def fill(self) -> None:
        files = []
        for path in sorted(self.folder.rglob("*.svg"))[:MAX_ICON_FILES]:
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(self.folder).parts):
                files.append(path.relative_to(self.folder).as_posix())
        self.set_choices([("", translate("DeckEditor", "(no icon: a neutral mark)"))] + [(f, f) for f in files])

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("DeckEditor", "Theme icon"), str(self.folder), translate("DeckEditor", "SVG icons (*.svg)"))
        if name:
            self.take(Path(name))

    def take(self, path: Path) -> bool:
        """Use ``path`` as the icon: only a file inside the deck folder (paths never leave it)."""
        try:
            relative = path.resolve().relative_to(self.folder.resolve()).as_posix()
        except ValueError:
            QMessageBox.warning(self, translate("DeckEditor", "Theme icon"), translate("DeckEditor",
                "The icon must be a file inside the deck folder. Copy it into the deck's assets/icons "
                "folder first, then choose it there."))
            return False
        self.fill()
        self.choose(relative)
        return True


class _Pairs(QWidget):
    """Label and number pairs in rows, as many a row as the width holds: one a row on a narrow
    window (four in one row made an option's form wider than a laptop at 150 %)."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.pairs: list[tuple[QLabel, QWidget]] = []
        self._per_row = 0

    def _pair_width(self, pair: tuple[QLabel, QWidget]) -> int:
        return sum(w.sizeHint().width() for w in pair) + self.grid.horizontalSpacing()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widest = max((self._pair_width(p) for p in self.pairs), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def set_pairs(self, pairs: list[tuple[QLabel, QWidget]]) -> None:
        self.pairs, self._per_row = pairs, 0
        self.arrange(self.width())
        self.updateGeometry()

    def arrange(self, width: int) -> None:
        widest = max((self._pair_width(p) for p in self.pairs), default=1) + 2 * self.grid.horizontalSpacing()
        per_row = max(1, min(len(self.pairs), width // widest))
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for i in range(self.grid.columnCount()):
            self.grid.setColumnStretch(i, 0)
        for i, (name, number) in enumerate(self.pairs):
            row, column = divmod(i, per_row)
            self.grid.addWidget(name, row, 2 * column)
            self.grid.addWidget(number, row, 2 * column + 1)
        self.grid.setColumnStretch(2 * per_row, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.arrange(event.size().width())


class EffectsField(Field):
    """An option's effects: one number per indicator of the scenario (empty: no effect)."""

    typed = True  # its numbers are typed

    def __init__(self, where, ctx: Context, parent: QWidget | None = None) -> None:
        self.box = _Pairs()
        super().__init__(where, self.box, parent)
        self.ctx = ctx
        self.row = self.box.grid
        self.numbers: dict[str, NumberField] = {}
        self._ids: tuple[str, ...] = ()

    def _indicators(self) -> list[tuple[str, str]]:
        file, path = self.where
        root = path[:1]  # ("scenario",)
        found = self.ctx.value((file, (*root, "indicators")))
        lang = interface_language()  # the labels speak the interface's language, as the form's do
        result = []
        for item in found if isinstance(found, list) else []:
            if isinstance(item, dict) and item.get("id"):
                name = item.get("name")
                label = (name.get(lang) or name.get("fr") or name.get("en") or item["id"]
                         if isinstance(name, dict) else str(item["id"]))
                result.append((str(item["id"]), str(label)))
        return result

    def _build(self, indicators: list[tuple[str, str]]) -> None:
        while self.row.count():
            widget = self.row.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.numbers = {}
        file, path = self.where
        pairs = []
        for ind_id, label in indicators:
            name = QLabel(label)
            number = NumberField((file, (*path, ind_id)), -5, 5, optional=True)
            number.setObjectName(f"effect_{ind_id}")
            number.editor.setMaximumWidth(48)
            number.editor.setAccessibleName(label)
            number.edited.connect(self.edited)
            pairs.append((name, number))
            self.numbers[ind_id] = number
        self.box.set_pairs(pairs)
        self._ids = tuple(i for i, _ in indicators)

    def load(self, value: object) -> None:
        indicators = self._indicators()
        if tuple(i for i, _ in indicators) != self._ids:
            self._build(indicators)
        values = value if isinstance(value, dict) else {}
        for ind_id, number in self.numbers.items():
            number.load(values.get(ind_id))


def install(ctx: Context, folder: Path) -> None:
    """Give the forms of ``ctx`` the widgets above."""
    def checked(where, _spec: Spec) -> StringField:
        f = StringField(where)
        # a pattern to follow (AAAA-MM in French), not a month that reads as already filled in
        f.editor.setPlaceholderText(translate("DeckEditor", "YYYY-MM"))
        f.editor.setMaximumWidth(110)
        f.layout().addStretch(1)  # beside its label, as the year above it, not in the middle of the row
        return f

    def title_languages(_where) -> list[tuple[object, str]]:
        lang = interface_language()
        return [(None, translate("DeckEditor", "Not said")),
                *((code, f"{code} — {word(f'in.{code}', lang)}") for code in SOURCE_LANGUAGES)]

    ctx.choices["title_languages"] = title_languages
    ctx.makers.update({
        "url": lambda where, _spec: UrlField(where),
        "colour": lambda where, _spec: ColourField(where),
        "icon": lambda where, _spec: IconField(where, folder),
        "effects": lambda where, _spec: EffectsField(where, ctx),
        "checked": checked,
    })
