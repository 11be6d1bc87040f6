"""The print preview: one page of the print run, rendered off the GUI thread from the exported PDF.

The picture is the page the printer will get: ``render_sheet_pdf`` (or the calibration PDF)
rasterised by poppler's ``pdftoppm``. Without pdftoppm, the imposition plan is drawn with
QPainter instead (card rectangles and cut marks at their real positions, faces from
``card_painter``, the export's own layout) and the preview says it is approximate.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from bataille.deck.models import Deck
from bataille.export.cards_sheets import (
    PrintOptions,
    SheetPlan,
    marks_on,
    placements,
    plan_sheets,
    render_calibration_pdf,
    render_sheet_pdf,
)
from bataille.export.errors import CardsDoNotFit, ExportError
from bataille.export.kit import KitOptions, render_kit_pdf
from bataille.ui.card_face import theme_colour
from bataille.ui.card_painter import paint_printed

from . import ink_saving

PDFTOPPM_TIMEOUT_S = 30
MIN_DPI, MAX_DPI = 20, 200
PICTURES_KEPT_BYTES = 48 * 2**20  # the pages leafed through come back at once (an A4 page at 80 dpi: 2.5 MB)


def pdftoppm_path() -> str | None:
    """Where poppler's pdftoppm is, or None (then the preview is drawn approximately)."""
    return shutil.which("pdftoppm")


def preview_dpi(page_size_pt: tuple[float, float], target: QSize, pixel_ratio: float = 1.0) -> int:
    """The resolution at which a page of ``page_size_pt`` just fills ``target`` device pixels."""
    width_in, height_in = page_size_pt[0] / 72, page_size_pt[1] / 72
    dpi = min(target.width() / width_in, target.height() / height_in) * pixel_ratio
    return int(max(MIN_DPI, min(MAX_DPI, dpi)))


def rasterise_pdf(pdf: bytes, dpi: int, page: int = 1, tool: str | None = None, grey: bool = False) -> QImage:
    """Page ``page`` (1-based) of ``pdf`` as an image, by pdftoppm reading stdin, PNG on stdout;
    ``grey``: as a black-and-white printer prints it."""
    tool = tool or pdftoppm_path()
    if tool is None:
        raise ExportError(QCoreApplication.translate("PrintPreview", "pdftoppm is not installed"))
    # "-": the PDF on stdin; no output root: the PNG on stdout. A list argv, never a shell.
    argv = [tool, "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", *(["-gray"] if grey else []),
            "-png", "-"]
    try:
        done = subprocess.run(argv, input=pdf, capture_output=True, timeout=PDFTOPPM_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExportError(QCoreApplication.translate("PrintPreview", "pdftoppm failed: %1")
                          .replace("%1", str(exc))) from exc
    image = QImage.fromData(done.stdout, "PNG") if done.returncode == 0 else QImage()
    if image.isNull():
        reason = done.stderr.decode("utf-8", "replace").strip() or f"exit status {done.returncode}"
        raise ExportError(QCoreApplication.translate("PrintPreview", "pdftoppm could not render the page: %1")
                          .replace("%1", reason))
    return image


@dataclass(frozen=True)
class PreviewRequest:
    """What to show: the deck, the options, one page (0-based), the size to render at."""

    deck: Deck
    options: PrintOptions
    page_index: int
    calibration: bool
    dpi: int
    generation: int
    kit: KitOptions | None = None  # the workshop kit instead of the cards


@dataclass(frozen=True)
class PreviewResult:
    """A rendered page (``image``), or a plan to draw approximately, or the error that stopped it."""

    generation: int
    image: QImage | None = None
    plan: SheetPlan | None = None
    error: ExportError | None = None


def picture_key(r: PreviewRequest) -> tuple | None:
    """What a page's picture is of, the deck aside (a deck reloaded is another object); None when the
    options cannot be compared (then the page is always drawn anew)."""
    key = (r.options, r.page_index, r.calibration, r.dpi, r.kit)
    try:
        hash(key)
    except TypeError:
        return None
    return key


class _Signals(QObject):
    finished = Signal(object)  # PreviewResult


class PreviewJob(QRunnable):
    """Lay out and rasterise one page in a worker thread; report on ``signals.finished``."""

    def __init__(self, request: PreviewRequest, tool: str | None) -> None:
        super().__init__()
        self.request = request
        self.tool = tool
        self.signals = _Signals()
        self.key = picture_key(request)
        self.cancelled = threading.Event()  # its window closed, or the app quitting: nobody to tell

    def run(self) -> None:
        result = self._result()
        if self.cancelled.is_set():
            return
        try:
            self.signals.finished.emit(result)
        except RuntimeError:  # the window went while the page was drawn (its signals with it)
            self.cancelled.set()

    def _result(self) -> PreviewResult:
        r = self.request
        try:
            if r.kit is not None:
                pdf, page = render_kit_pdf(r.kit, only_page=r.page_index), 1
            elif r.calibration:
                pdf = render_calibration_pdf(r.options)
                page = r.page_index + 1
            else:
                if self.tool is None:
                    # Still lay out the page's cards, so a card that does not fit is reported.
                    render_sheet_pdf(r.deck, r.options, r.page_index)
                    return PreviewResult(r.generation, plan=plan_sheets(r.deck, r.options))
                pdf = render_sheet_pdf(r.deck, r.options, r.page_index)
                page = 1
            if self.tool is None:
                return PreviewResult(r.generation)  # calibration or kit without pdftoppm: no picture
            # Saving ink, the cards are for a black-and-white printer: the page as it prints them.
            grey = r.options.ink_saving and r.kit is None and not r.calibration
            return PreviewResult(r.generation, image=rasterise_pdf(pdf, r.dpi, page, self.tool, grey))
        except CardsDoNotFit as exc:
            return PreviewResult(r.generation, error=exc)
        except ExportError as exc:  # kept whole: its words in French or English
            return PreviewResult(r.generation, error=exc)
        except IndexError as exc:
            return PreviewResult(r.generation, error=ExportError(str(exc)))


class PreviewRenderer(QObject):
    """Runs one preview job at a time on its own thread pool; emits only the latest result."""

    finished = Signal(object)  # PreviewResult

    def __init__(self, parent: QObject | None = None, tool: str | None = None, use_tool: bool = True) -> None:
        super().__init__(parent)
        self.tool = (tool or pdftoppm_path()) if use_tool else None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # reportlab keeps global state: one layout at a time
        self._generation = 0
        self._jobs: dict[int, PreviewJob] = {}
        self._pictures: OrderedDict[tuple, QImage] = OrderedDict()  # pages drawn, the latest seen last
        self._pictures_deck: Deck | None = None  # the deck they are of
        jobs = self._jobs  # the pages still drawn learn that their window is gone, or the app quits
        self.destroyed.connect(lambda *_: cancel_all(jobs))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    @property
    def exact(self) -> bool:
        """True when the preview is the rasterised PDF page, False when it is drawn approximately."""
        return self.tool is not None

    def request(self, deck: Deck, options: PrintOptions, page_index: int, calibration: bool, dpi: int,
                kit: KitOptions | None = None) -> int:
        """Start rendering; a newer request makes older results be dropped. Returns its generation.

        The page being drawn, asked for again (a resize that keeps its resolution), is not started
        over; a page drawn before comes back at once from the pictures kept (``finished`` is emitted
        before this returns)."""
        if deck is not self._pictures_deck:
            self._pictures.clear()
            self._pictures_deck = deck
        latest = self._jobs.get(self._generation)
        job = PreviewJob(PreviewRequest(deck, options, page_index, calibration, dpi, self._generation + 1, kit),
                         self.tool)
        if job.key is not None and latest is not None and latest.key == job.key and latest.request.deck is deck:
            return self._generation  # already on its way
        self._generation += 1
        kept = self._pictures.get(job.key) if job.key is not None else None
        if kept is not None:
            self._pictures.move_to_end(job.key)
            self.finished.emit(PreviewResult(self._generation, image=kept))
            return self._generation
        job.setAutoDelete(False)  # kept in _jobs until its result arrives, so its signals live
        job.signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._jobs[self._generation] = job
        self.pool.start(job)
        return self._generation

    def cancel(self) -> None:
        """The pages being drawn are no longer wanted: their results are dropped, nothing is said."""
        cancel_all(self._jobs)

    def busy(self) -> bool:
        return bool(self._jobs)

    def _on_finished(self, result: PreviewResult) -> None:
        job = self._jobs.pop(result.generation, None)
        if job is not None and job.key is not None and result.image is not None and job.request.deck is self._pictures_deck:
            self._keep(job.key, result.image)
        if result.generation == self._generation:
            self.finished.emit(result)

    def _keep(self, key: tuple, image: QImage) -> None:
        self._pictures[key] = image
        while len(self._pictures) > 1 and sum(i.sizeInBytes() for i in self._pictures.values()) > PICTURES_KEPT_BYTES:
            self._pictures.popitem(last=False)  # the page seen longest ago

    def wait(self, msecs: int = 30000) -> bool:
        """Wait until the preview being laid out is done (reportlab lays out one document at a time:
        saving the print run waits for it)."""
        return self.pool.waitForDone(msecs)


def cancel_all(jobs: dict[int, PreviewJob]) -> None:
    for job in list(jobs.values()):
        job.cancelled.set()


def paint_plan_page(plan: SheetPlan, page_index: int, deck: Deck, lang: str, width_px: int) -> QImage:
    """An approximate picture of one page: the real imposition, faces drawn by the screen renderer
    (saving ink, as the PDF draws them then, in grey as the black-and-white printer prints them)."""
    layout = plan.layout
    scale = width_px / layout.page_width
    image = QImage(width_px, max(1, round(layout.page_height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    page = plan.pages[page_index]
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # PDF points, y up -> image pixels, y down.
    to_image = QTransform(scale, 0, 0, -scale, 0, layout.page_height * scale)
    card_w, card_h = layout.card.width, layout.card.height
    saving = plan.options.ink_saving
    for card, side, m in placements(plan, page):
        card_to_page = QTransform(m[0], m[1], m[2], m[3], m[4], m[5])
        painter.save()
        # Card coordinates have y up; the screen renderer draws y down: flip inside the card.
        painter.setTransform(QTransform(1, 0, 0, -1, 0, card_h) * card_to_page * to_image)
        rect = QRectF(0, 0, card_w, card_h)
        if side == "back":  # the bleed in the back's colour, then the back itself
            colour = theme_colour(deck, card)
            painter.fillRect(rect.adjusted(-layout.bleed, -layout.bleed, layout.bleed, layout.bleed),
                             QColor(ink_saving.back_colour(colour.name())) if saving else colour)
        if saving:
            ink_saving.paint_saving_ink(painter, rect, card, deck, lang, back=side == "back")
        else:
            paint_printed(painter, rect, card, deck, lang, back=side == "back")
        painter.restore()
    painter.setTransform(to_image)
    if marks_on(plan, page):
        painter.setPen(QPen(QColor("black"), max(0.4, 1 / scale)))
        for mark in layout.marks:
            painter.drawLine(QPointF(mark.x1, mark.y1), QPointF(mark.x2, mark.y2))
    fold = layout.fold_line()
    if fold is not None:
        painter.setPen(QPen(QColor("black"), max(0.5, 1 / scale), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(fold[0], fold[1]), QPointF(fold[2], fold[3]))
    painter.end()
    return ink_saving.in_grey(image) if saving else image


class PageView(QWidget):
    """Shows one page picture scaled to fit, as a sheet of paper with a shadow; a note when approximate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewPage")
        self.image = QImage()
        self.note = ""
        self.message = ""
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage, note: str = "") -> None:
        self.image, self.note, self.message = image, note, ""
        self.update()

    def set_message(self, message: str) -> None:
        """Nothing to show: say why in the middle of the view."""
        self.image, self.note, self.message = QImage(), "", message
        self.update()

    def page_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        area = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        ratio = self.image.width() / self.image.height()
        width = min(area.width(), area.height() * ratio)
        height = width / ratio
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window().color().darker(112))
        if self.image.isNull():
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(self.rect()).adjusted(20, 20, -20, -20),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.message)
            return
        page = self.page_rect()
        painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(page, self.image)
        if self.note:
            metrics = painter.fontMetrics()
            box = QRectF(metrics.boundingRect(self.note)).adjusted(-6, -3, 6, 3)
            box.moveTopLeft(page.topLeft() + QPointF(6, 6))
            painter.fillRect(box, QColor(255, 243, 196, 235))
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.note)
