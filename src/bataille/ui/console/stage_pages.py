"""Under the stage's picture, when it is one page of several (the whole timeline, the debrief's
lists): which page the room sees, the previous and next page, and a hold. The pages turn by
themselves every 15 seconds; a facilitator commenting a card keeps it on the wall by holding
its page, or by turning to it (which holds it too)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from bataille.ui.stage.window import PAGE_MS, StageWindow


class StagePages(QWidget):
    """Hidden while the stage's picture is one page; follows the stage (stage.pagesChanged)."""

    def __init__(self, stage: StageWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stagePages")
        self.stage = stage
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.previous = QToolButton()
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)  # drawn by the style: no font lacks it
        self.previous.clicked.connect(lambda: stage.turn_page(-1))
        self.label = QLabel()
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.next = QToolButton()
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.clicked.connect(lambda: stage.turn_page(1))
        self.hold = QToolButton()
        self.hold.setCheckable(True)
        self.hold.toggled.connect(self._held)
        layout.addWidget(self.previous)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.next)
        layout.addWidget(self.hold)
        stage.pagesChanged.connect(self.refresh)
        self.refresh()

    def _held(self, held: bool) -> None:
        if held != self.stage.pages_held:
            self.stage.hold_pages(held)

    def refresh(self) -> None:
        page, count, held = self.stage.pages()
        self.setVisible(count > 1)
        self.hold.blockSignals(True)
        self.hold.setChecked(held)
        self.hold.blockSignals(False)
        self.retranslate()

    def retranslate(self) -> None:
        page, count, held = self.stage.pages()
        self.label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count)))
        told = (self.tr("The stage holds page %1 of %2.") if held
                else self.tr("The stage shows page %1 of %2, and turns the page every %3 s.").replace("%3", str(PAGE_MS // 1000)))
        self.label.setToolTip(told.replace("%1", str(page + 1)).replace("%2", str(count)))
        self.label.setAccessibleName(self.label.toolTip())
        self.previous.setToolTip(self.tr("Show the room the previous page, and hold it"))
        self.previous.setAccessibleName(self.tr("Previous page on the stage"))
        self.next.setToolTip(self.tr("Show the room the next page, and hold it"))
        self.next.setAccessibleName(self.tr("Next page on the stage"))
        self.hold.setText(self.tr("Let it turn") if held else self.tr("Hold"))
        self.hold.setToolTip(self.tr("Let the pages turn by themselves again") if held
                             else self.tr("Keep this page on the stage while you comment on it"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
