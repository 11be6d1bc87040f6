"""The print dialog's widgets and where they sit, as Qt Designer's ``setupUi`` would make them: the
options (paper and sides, then which cards and the kit, in two columns) on the left, the page and its preview on the right,
the problem panel and the buttons below. ``dialog`` wires and words them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.print.form_parts import select_data
from bataille.ui.print.kit_form import KitForm
from bataille.ui.print.options_form import PrintOptionsForm
from bataille.ui.print.preview import PageView

if TYPE_CHECKING:
    from bataille.ui.print.dialog import PrintDialog


def setup_ui(dialog: PrintDialog, form: PrintOptionsForm, kit_form: KitForm) -> None:
    """Create the dialog's widgets as its attributes, and lay them out."""
    dialog.form, dialog.kit_form = form, kit_form
    kit_form.sessionLanguage.connect(lambda lang: select_data(form.language, lang))  # the kit in the session's
    # The option controls stay reachable as the dialog's own (theme_boxes is a property: it
    # is rebuilt with the deck).
    dialog.paper, dialog.card_size, dialog.language = form.paper, form.card_size, form.language
    dialog.custom_width, dialog.custom_height, dialog.bleed = form.custom_width, form.custom_height, form.bleed
    dialog.cut_marks, dialog.duplex, dialog.calibration = form.cut_marks, form.duplex, form.calibration
    dialog.offset_x, dialog.offset_y, dialog.kind_boxes = form.offset_x, form.offset_y, form.kind_boxes
    dialog.page = QSpinBox(objectName="page")
    dialog.page.setRange(1, 1)
    dialog.page_of = QLabel(objectName="pageOf")
    dialog.summary = QLabel(objectName="summary")
    dialog.summary.setWordWrap(True)
    dialog.error = QLabel(objectName="printError")
    dialog.error.setWordWrap(True)
    dialog.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    dialog.error.setStyleSheet("QLabel#printError { background: #fde7e9; color: #7a0010; "
                               "border: 1px solid #e3a1a8; border-radius: 4px; padding: 6px; }")
    dialog.error.hide()
    dialog.larger_size = QPushButton(objectName="largerSize")  # the smallest size where the chosen cards fit
    dialog.larger_size.setAutoDefault(False)
    dialog.larger_size.hide()
    dialog.status = QLabel(objectName="printStatus")
    dialog.status.setWordWrap(True)
    dialog.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dialog.view = PageView()
    dialog.save_button = QPushButton(objectName="savePdf")
    dialog.save_button.setDefault(True)
    dialog.open_button = QPushButton(objectName="openPdf")  # the file just saved, in the PDF viewer, to print it
    dialog.open_button.setAutoDefault(False)
    dialog.open_button.hide()
    dialog.close_button = QPushButton(objectName="close")
    dialog.close_button.setAutoDefault(False)
    _lay_out(dialog)


def _lay_out(dialog: PrintDialog) -> None:
    column = QWidget()
    options = QVBoxLayout(column)
    options.setContentsMargins(0, 0, 0, 0)
    options.addWidget(dialog.form)
    dialog.form.side_column.addWidget(dialog.kit_form)  # under "Which cards", beside paper and sides
    dialog.form.side_column.addStretch(1)
    options.addStretch(1)
    dialog._options_column = column
    dialog._scroll = scroll = QScrollArea()
    scroll.setWidget(column)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    pager = QHBoxLayout()
    dialog.page_label = QLabel()
    dialog.page_label.setBuddy(dialog.page)
    pager.addWidget(dialog.page_label)
    pager.addWidget(dialog.page)
    pager.addWidget(dialog.page_of)
    pager.addSpacing(12)
    dialog.side = QLabel(objectName="pageSide")
    pager.addWidget(dialog.side, 1)
    preview = QVBoxLayout()
    preview.addLayout(pager)
    preview.addWidget(dialog.view, 1)
    preview.addWidget(dialog.summary)

    top = QHBoxLayout()
    top.addWidget(scroll, 0)
    top.addLayout(preview, 1)
    buttons = QHBoxLayout()
    buttons.addWidget(dialog.status, 1)
    buttons.addWidget(dialog.open_button)
    buttons.addWidget(dialog.save_button)
    buttons.addWidget(dialog.close_button)
    main = QVBoxLayout(dialog)
    main.addLayout(top, 1)
    problem = QHBoxLayout()
    problem.addWidget(dialog.error, 1)
    problem.addWidget(dialog.larger_size, 0, Qt.AlignmentFlag.AlignTop)
    main.addLayout(problem)
    main.addLayout(buttons)


def fit_options_column(dialog: PrintDialog) -> None:
    """The options' column as wide as its widest text in this language: nothing clipped."""
    bar = dialog._scroll.verticalScrollBar().sizeHint().width()
    widths = []
    for direction in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom):
        dialog.form.columns.setDirection(direction)
        dialog._options_column.adjustSize()
        widths.append(dialog._options_column.sizeHint().width() + bar)
    dialog._options_widths = tuple(widths)
    place_options(dialog)


def place_options(dialog: PrintDialog) -> None:
    """The options' two columns side by side, or one above the other when side by side they
    leave the preview no room (a laptop at 150 %: a screen of 911 points)."""
    side_by_side, one_above = dialog._options_widths
    margins = dialog.layout().contentsMargins()
    wide = dialog.width() >= (side_by_side + dialog.view.minimumWidth() + margins.left() + margins.right()
                              + 2 * dialog.layout().spacing())
    dialog.form.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
    dialog._scroll.setMinimumWidth(side_by_side if wide else one_above)
