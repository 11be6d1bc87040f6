"""The stage window: the projected picture, fullscreen on a second screen, black on demand.

It can be shown before the session is open (``StageWindow()``, then :meth:`StageWindow.attach`):
until then it is the stage's plain background. So this module imports at its top only what that
first paint needs; the layouts of the phases are imported when the first picture is laid out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QRectF, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from bataille.ui.screen_fit import fit_to_screen

from .colours import BACKGROUND

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, QVariantAnimation

    from bataille.ui.commands import Commands
    from bataille.ui.controller import SessionController
    from bataille.ui.phones import Phones

    from .awake import ScreensAwake
    from .parts import StageContext
    from .scene import Scene

REVEAL_MS = 700  # the bars of a vote grow when it is shown to the room
PAGE_MS = 15_000  # the whole timeline, or a debrief's list, longer than one picture, turns a page this often


def projector_screen(own: QScreen | None = None, name: str = "") -> QScreen | None:
    """The screen the room sees: the one named in the preferences, else another than the console's."""
    screens = QGuiApplication.screens()
    chosen = [s for s in screens if name and s.name() == name]
    if chosen:
        return chosen[0] if chosen[0] is not own or len(screens) == 1 else None
    others = [s for s in screens if s is not own]
    return others[0] if own is not None and others and len(screens) > 1 else None


class StageWindow(QWidget):
    """Draws the revealed state for the room; text sizes follow the window size."""

    # A picture of several pages: the page shown, their number or the hold changed (see pages()).
    pagesChanged = Signal()

    def __init__(self, controller: SessionController | None = None, parent: QWidget | None = None) -> None:
        """``controller`` None: the plain stage until :meth:`attach` gives it the session."""
        super().__init__(parent)
        if parent is not None:  # a window of its own all the same
            from PySide6.QtCore import Qt

            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("stageWindow")
        self.controller: SessionController | None = None
        self.commands: Commands | None = None  # the console gives its own (take_commands)
        self.scene: Scene | None = None
        self.text_scale = 1.0  # Preferences → stage text size
        self.screen_name = ""  # Preferences → stage screen ("" = the other screen)
        self.paints = 0  # counted for the idle test: the stage must not repaint when nothing changes
        self.phones: Phones | None = None
        self.growing: tuple[str, float] | None = None  # a reveal's bars growing (stage, 0..1)
        self._revealed: frozenset[tuple[int, str]] = frozenset()
        self._grow: QVariantAnimation | None = None  # made for the first reveal
        self.timeline_page = 0  # the page shown of a picture too long for one (whole timeline, debrief's lists)
        self._pages: QTimer | None = None  # made for the first picture that needs pages
        self.pages_held = False  # the console holds the page shown: no turning by itself
        self._pages_said: tuple[int, int, bool] = (0, 1, False)  # as pagesChanged last told it
        self._page_count = 1  # the pages of the picture last laid out
        self._said: tuple = ((), ())  # the debrief's takeaways and commitments, as last drawn
        self.awake: ScreensAwake | None = None  # made when first shown
        self.setMinimumSize(640, 360)
        # Until the session is open, Qt fills the stage with its background (a QPainter call would
        # build Qt's namespace of enums: about 20 ms of the first paint).
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.retranslate()
        if controller is not None:
            self.attach(controller)

    def attach(self, controller: SessionController) -> None:
        """The session to show, once it is open; the stage draws it from now on."""
        from PySide6.QtCore import Qt

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the picture covers it all
        self.controller = controller
        self._revealed = self._revealed_votes()
        self._said = self._debrief_said()
        controller.changed.connect(self._on_changed)
        controller.tick.connect(self._on_tick)
        controller.timeUp.connect(lambda _up: self._rebuild())
        self._rebuild()

    # -- content ---------------------------------------------------------------------------------

    def context(self) -> StageContext:
        from .parts import StageContext, join_offer

        c = self.controller
        phones = self.phones
        asking = phones.asking if phones is not None and phones.on else None
        return StageContext(c.state, c.deck, c.lang, c.remaining(), c.time_up, c.placing,
                            c.scenario_team, c.quick_debate, c.last_minute,
                            (asking.stage, phones.answered, phones.connected) if asking is not None else None, self.growing,
                            c.consequence_of, self.timeline_page,
                            join_offer(phones), phones.seconds_left if asking is not None else None,
                            phones is not None and phones.on and phones.asking_feedback,
                            asking is not None and phones.countdown_held)

    def build(self) -> Scene:
        """Lay the picture out again for the current state and window size."""
        from .layout import build_scene
        from .room_words import to_the_room

        with to_the_room(self.controller.lang):  # the session's language: its cards', the room's
            self.scene = build_scene(self.context(), self.width(), self.height(), self.font(), self.text_scale)
        self.setAccessibleDescription(" · ".join(self.scene.texts()[:40]))
        self._note_pages(self.scene.pages)
        return self.scene

    def open_claim(self) -> str:
        """The open debate's claim, quoted, in the session's language; "" when none is open."""
        from bataille.deck.models import DebateCard
        from bataille.words import quoted

        rnd = self.controller.state.open_round
        if rnd is None:
            return ""
        try:
            card = self.controller.deck.card(rnd.card_id)
        except KeyError:
            return ""
        claim = card.claim.get(self.controller.lang) if isinstance(card, DebateCard) else ""
        return quoted(claim, self.controller.lang) if claim else ""

    def _unseen(self) -> bool:
        """Nothing of the picture is painted here (the stage not shown, or blacked out)."""
        return not self.isVisible() or (self.controller is not None and self.controller.blackout)

    def _count_pages(self) -> int:
        """How many pages the picture has, painted or not: blacked out, at the size the room will
        see it again (a 4:3 projector holds in one page what 1080p turns in two); not shown at all,
        laid out for a 1080p projector, as the console's copy of it is."""
        if not self._unseen():
            return (self.scene or self.build()).pages
        from .layout import build_scene
        from .room_words import to_the_room

        width, height = (self.width(), self.height()) if self.isVisible() else (1920, 1080)
        with to_the_room(self.controller.lang):
            count = build_scene(self.context(), width, height, self.font(), self.text_scale).pages
        self._note_pages(count)
        return count

    def _note_pages(self, count: int) -> None:
        """The picture has ``count`` pages: its pages turn (or not), and the console is told."""
        self._page_count = count
        self._turn_pages(count > 1)
        said = self.pages()
        if said != self._pages_said:
            self._pages_said = said
            self.pagesChanged.emit()

    def pages(self) -> tuple[int, int, bool]:
        """(the page shown from 0, how many, held) of the picture last laid out; (0, 1, False) for
        a picture of one page."""
        count = self._page_count
        return (self.timeline_page % count, count, self.pages_held) if count > 1 else (0, 1, False)

    def turn_page(self, step: int) -> None:
        """The console turns the page (``step`` 1 or -1), and holds it: a page the facilitator chose
        stays until they turn it again or let the pages turn by themselves."""
        count = self._count_pages()
        if count <= 1:
            return
        self.timeline_page = (self.timeline_page % count + step) % count
        self.hold_pages(True)

    def hold_pages(self, held: bool) -> None:
        """Hold the page shown, or let the pages turn again every PAGE_MS (a whole turn first)."""
        self.pages_held = held
        if self._pages is not None:
            self._pages.stop()
        self._rebuild()
        self._count_pages()  # told at once, painted or not (the console's preview draws the same page)

    def _turn_pages(self, needed: bool) -> None:
        """A picture that is one page of several turns to the next every PAGE_MS, unless the console
        holds it; one page, no timer (and the next picture of pages turns by itself again)."""
        if not needed:
            self.pages_held = False
        needed = needed and not self.pages_held
        if needed and self._pages is None:
            from PySide6.QtCore import QTimer

            self._pages = QTimer(self)
            self._pages.setInterval(PAGE_MS)
            self._pages.timeout.connect(self._next_page)
        if self._pages is not None and needed != self._pages.isActive():
            self._pages.start() if needed else self._pages.stop()

    def _next_page(self) -> None:
        self.timeline_page += 1
        self._rebuild()
        self._count_pages()  # the console's preview and its page line follow the room's page

    def attach_phones(self, phones: Phones) -> None:
        """Show the join screen and the live count of answers (see stage/phones_overlay.py)."""
        self.phones = phones
        phones.countChanged.connect(lambda *_: self._rebuild())
        phones.stateChanged.connect(lambda *_: self._rebuild())
        phones.addressLost.connect(lambda *_: self._rebuild())  # no dead address offered to the room
        phones.countdownChanged.connect(self._rebuild)  # once a second, only while a countdown closes a vote
        phones.openVoteChanged.connect(self._rebuild)  # the feedback asked (or no more): the debrief invites the room

    def _rebuild(self) -> None:
        self.scene = None
        self.update()
        if self.controller is not None and self._unseen():  # no paint to lay it out: its pages still turn
            self._count_pages()

    def _on_changed(self, parts: frozenset) -> None:
        from bataille.workshop.events import Part

        said = self._debrief_said()
        # The timeline, whole again, or a line added to (or taken from) the debrief's lists: the
        # first page first (the timeline's earliest cards, the debrief's latest lines), for a whole turn.
        if Part.TIMELINE in parts or Part.AGENDA in parts or said != self._said:
            self.timeline_page = 0
            self.pages_held = False  # another picture: a page held on the one before is let go
            if self._pages is not None and self._pages.isActive():
                self._pages.start()
        self._said = said
        revealed = self._revealed_votes()
        new = revealed - self._revealed
        self._revealed = revealed
        if len(new) == 1 and self.isVisible():  # one vote just shown: its bars grow (not on undo or reopen)
            self.growing = (next(iter(new))[1], 0.0)
            self._growth().start()
        self._rebuild()

    def _debrief_said(self) -> tuple:
        """What the debrief's lists hold that the room wrote (not the phones' feedback, which comes in
        all along and would hold its pages still)."""
        debrief = self.controller.state.debrief
        return debrief.takeaways, debrief.commitments

    def _revealed_votes(self) -> frozenset[tuple[int, str]]:
        return frozenset((r.number, stage) for r in self.controller.state.rounds
                         for stage in ("before", "after") if r.revealed(stage))

    def _growth(self) -> QVariantAnimation:
        if self._grow is None:
            from PySide6.QtCore import QEasingCurve, QVariantAnimation

            self._grow = QVariantAnimation(self)
            self._grow.setDuration(REVEAL_MS)
            self._grow.setStartValue(0.0)
            self._grow.setEndValue(1.0)
            self._grow.setEasingCurve(QEasingCurve.Type.OutCubic)
            self._grow.valueChanged.connect(self._grown)
            self._grow.finished.connect(self._grown_fully)
        return self._grow

    def _grown(self, value: float) -> None:
        if self.growing is not None:
            self.growing = (self.growing[0], float(value))
            self._rebuild()

    def _grown_fully(self) -> None:
        self.growing = None
        self._rebuild()

    def _on_tick(self) -> None:
        # Only the timer's box changes each second: repaint that, not the whole stage.
        if self.scene is None or self.controller.blackout:
            return
        import math

        from .parts import clock_strip

        self.scene = None
        self.update(QRect(0, 0, self.width(), math.ceil(clock_strip(self.width(), self.height()))))

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.paints += 1
        if self.controller is None:  # the session is being opened: Qt filled the background
            return
        painter = QPainter(self)
        if self.controller.blackout:
            painter.fillRect(self.rect(), QColor("black"))
            painter.end()
            return
        phones = self.phones
        if phones is not None and phones.on and phones.join_shown:
            from .phones_overlay import paint_join
            from .room_words import to_the_room

            with to_the_room(self.controller.lang):
                paint_join(painter, self.width(), self.height(), phones, self.font(), self.open_claim(),
                           self.text_scale)
            painter.end()
            return
        scene = self.scene or self.build()
        painter.setClipRect(QRectF(event.rect()))
        scene.paint(painter)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.scene = None
        super().resizeEvent(event)

    # -- window ----------------------------------------------------------------------------------

    def present(self, console_screen: QScreen | None = None, fill: bool = False) -> None:
        """Show the stage: fullscreen on the projector if there is one, else a window beside the console;
        ``fill`` (F5 pressed again): a stage already shown in a window goes full screen where it is."""
        screen = projector_screen(console_screen, self.screen_name)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        elif fill and self.isVisible():
            self.showFullScreen()
        else:
            if not self.isVisible():
                fit_to_screen(self, 1280, 720)  # a window beside the console, on its screen
            self.show()
        self.raise_()

    def apply_settings(self, text_percent: int, screen_name: str) -> None:
        """Text size and screen from the preferences."""
        self.text_scale = max(0.5, min(2.0, text_percent / 100))
        self.screen_name = screen_name
        self._rebuild()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def take_commands(self, commands: Commands) -> None:
        """The session's commands work here too: the remote may have focused the stage."""
        self.commands = commands
        self.addActions(commands.all())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # The stage has no controls: every key is the presenter's.
        if self.commands is None or not self.commands.presenter_key(event):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.awake is None:
            from .awake import ScreensAwake

            self.awake = ScreensAwake(self)
        self.awake.hold()  # no screen saver while the room looks at the stage (awake.py)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self.awake is not None:
            self.awake.release()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bataille IA — Stage"))
        self.setAccessibleName(self.tr("Stage: what the room sees"))
        self._rebuild()
