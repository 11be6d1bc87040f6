"""The projector on the laptop: the stage's own picture, drawn small in the console, so the
facilitator sees what the room sees (and a black screen, impossible to miss). It is laid out at
the stage's own size, so a 4:3 projector's picture and pages are the laptop's too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.phones_overlay import paint_join
from bataille.ui.stage.room_words import to_the_room
from bataille.ui.stage.window import StageWindow

WIDTH, HEIGHT = 1920, 1080  # the stage not shown: laid out for a 1080p projector, then scaled down
NOT_PROJECTED = "#FFB300"  # the amber of the black screen's words


class StagePreview(QWidget):
    """Repaints when the stage's content changes, and its clock's strip each second the timer
    turns (as the stage does): the laptop never shows another time than the room's."""

    def __init__(self, stage: StageWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stagePreview")
        self.stage = stage
        self.paints = 0
        self.setMinimumSize(192, 108)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        stage.controller.changed.connect(lambda _parts: self.update())
        stage.controller.timeUp.connect(lambda _up: self.update())
        stage.controller.tick.connect(self._on_tick)
        stage.pagesChanged.connect(self.update)  # the room's page turned: the laptop shows the same
        stage.installEventFilter(self)  # the projector's shape: the laptop's picture takes it

    def frame(self) -> tuple[int, int]:
        """The size the picture is laid out at: the stage's own when it is shown, else 1080p."""
        stage = self.stage
        if stage.isVisible() and stage.width() > 0 and stage.height() > 0:
            return stage.width(), stage.height()
        return WIDTH, HEIGHT

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.stage and event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.updateGeometry()
            self.update()
        return False

    def _on_tick(self) -> None:
        """The timer's shown second changed: repaint the strip that holds the clock."""
        phones = self.stage.phones
        if self.stage.controller.blackout or (phones is not None and phones.on and phones.join_shown):
            return  # no clock on a black screen or on the join screen
        from bataille.ui.stage.parts import clock_strip

        width, height = self.frame()
        scale = min(self.width() / width, self.height() / height)
        top = (self.height() - height * scale) / 2
        self.update(0, 0, self.width(), int(top + clock_strip(width, height) * scale) + 2)  # as the stage's own

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        frame_w, frame_h = self.frame()
        return round(width * frame_h / frame_w)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 180)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.paints += 1
        painter = QPainter(self)
        width, height = self.frame()
        scale = min(self.width() / width, self.height() / height)
        painter.translate((self.width() - width * scale) / 2, (self.height() - height * scale) / 2)
        painter.scale(scale, scale)
        if self.stage.controller.blackout:
            painter.fillRect(QRectF(0, 0, width, height), QColor("black"))
            painter.setPen(QColor(NOT_PROJECTED))
            font = self.font()
            font.setPixelSize(round(120 * min(width / WIDTH, height / HEIGHT)))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self.tr("Black screen"))
        elif self.stage.phones is not None and self.stage.phones.on and self.stage.phones.join_shown:
            with to_the_room(self.stage.controller.lang):  # what the room reads, in its language
                paint_join(painter, width, height, self.stage.phones, self.stage.font(), self.stage.open_claim(),
                           self.stage.text_scale)
        else:
            with to_the_room(self.stage.controller.lang):
                scene = build_scene(self.stage.context(), width, height, self.stage.font(), self.stage.text_scale)
            scene.paint(painter)
        if self.not_projected():
            self._say_not_projected(painter, width, height)
        painter.setPen(QColor("#90A4AE"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, 0, width - 1, height - 1))
        painter.end()

    def not_projected(self) -> bool:
        """The stage is hidden: with one screen, a projector that mirrors the laptop shows the
        console, not this picture (a facilitator took the preview for what the room saw)."""
        return not self.stage.isVisible()

    def _say_not_projected(self, painter: QPainter, width: int, height: int) -> None:
        """A band across the picture: not projected, and the key that projects it."""
        unit = min(width / WIDTH, height / HEIGHT)
        band = QRectF(0, height / 2 - 130 * unit, width, 260 * unit)
        painter.fillRect(band, QColor(0, 0, 0, 200))
        painter.setPen(QColor(NOT_PROJECTED))
        font = self.font()
        font.setPixelSize(round(96 * unit))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self.tr("Not projected: F5 shows it"))
