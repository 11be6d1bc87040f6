"""A stage picture of several pages (the whole timeline of five teams of four cards): the console
says which page the room sees and turns or holds it; the laptop's picture shows the room's page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bataille.ui.stage.layout import build_scene

from .test_stage import _whole_timeline  # five teams, every card placed at its place


def whole_timeline(qtbot, deck):
    """A console whose five teams placed their four cards each, the stage shown at 1920×1080."""
    from PySide6.QtWidgets import QApplication

    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController

    console = ConsoleWindow(SessionController(_whole_timeline(deck, 7, per_team=4)))
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    console.resize(1366, 768)
    console.show()
    QApplication.processEvents()
    console.stage.resize(1920, 1080)
    console.stage.show()
    qtbot.waitUntil(lambda: console.stage.pages()[1] > 1, timeout=2000)
    return console


def preview_titles(console) -> list[str]:
    """The timeline's titles the laptop's picture draws: the stage's own context, at 1080p."""
    stage = console.stage
    return build_scene(stage.context(), 1920, 1080, stage.font(), stage.text_scale).texts("timeline-title")


def test_the_console_turns_and_holds_the_page_the_room_sees(qtbot, translations, bundled_deck) -> None:
    console = whole_timeline(qtbot, bundled_deck)
    stage, bar = console.stage, console.stage_pages
    try:
        page, count, held = stage.pages()
        assert bar.isVisible() and (page, held) == (0, False) and stage._pages.isActive()
        assert bar.label.text() == f"Page 1 sur {count}" and bar.hold.text() == "Tenir"
        assert bar.label.toolTip() == f"La projection montre la page 1 sur {count}, et tourne la page toutes les 15\u00a0s."
        first = stage.build().texts("timeline-title")
        QTest.mouseClick(bar.next, Qt.MouseButton.LeftButton)  # one click: the next page, held
        assert stage.pages() == (1, count, True) and not stage._pages.isActive()
        assert bar.label.text() == f"Page 2 sur {count}" and bar.hold.isChecked() and bar.hold.text() == "Laisser tourner"
        assert bar.label.toolTip() == f"La projection tient la page 2 sur {count}."
        second = stage.build().texts("timeline-title")
        assert second and not set(second) & set(first)
        assert preview_titles(console) == second  # the laptop shows the room's page
        QTest.mouseClick(bar.previous, Qt.MouseButton.LeftButton)
        assert stage.pages()[0] == 0 and stage.build().texts("timeline-title") == first
        QTest.mouseClick(bar.previous, Qt.MouseButton.LeftButton)  # before the first: the last
        assert stage.pages()[0] == count - 1
        QTest.mouseClick(bar.hold, Qt.MouseButton.LeftButton)  # let it turn again
        assert stage.pages() == (count - 1, count, False) and stage._pages.isActive()
        assert bar.hold.text() == "Tenir" and "tourne" in bar.label.toolTip()
        stage._next_page()  # the timer's turn: the console's line follows
        assert stage.pages()[0] == 0 and bar.label.text() == f"Page 1 sur {count}"
        c = console.controller
        c.act(c.session.undo)  # a card back in a hand, held up again: the first page, no hold left
        stage.build()
        page, count, held = stage.pages()
        assert c.placing is not None and (page, held) == (0, False)
        assert bar.isHidden() if count == 1 else bar.label.text() == f"Page 1 sur {count}"
    finally:
        console.phones.turn_off()


def test_a_page_held_is_let_go_when_the_picture_changes(qtbot, translations, bundled_deck) -> None:
    """Held on the whole timeline, then straight to a debrief whose lists are long: its pages turn
    by themselves from their first (the hold and the page stayed, and its lists never turned)."""
    console = whole_timeline(qtbot, bundled_deck)
    stage, bar, c = console.stage, console.stage_pages, console.controller
    try:
        QTest.mouseClick(bar.next, Qt.MouseButton.LeftButton)
        assert stage.pages()[2]
        for i in range(14):
            c.act(c.session.add_takeaway, f"Une idée que la salle retient, la numéro {i}, pour la suite du cours " * 2)
        c.act(c.session.start_phase, "debrief")
        stage.build()  # painted
        page, count, held = stage.pages()
        assert count > 1 and (page, held) == (0, False) and stage._pages.isActive()
    finally:
        console.phones.turn_off()


def test_pages_turn_and_are_told_with_the_stage_not_shown_or_blacked_out(qtbot, translations, bundled_deck) -> None:
    """No projector: the stage is not shown, nothing paints it. Its pages are counted all the same
    (laid out for a 1080p projector, as the console's copy is): the bar shows, « next » turns it,
    the laptop's picture follows. Blacked out, a picture become one page hides the bar."""
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController

    console = ConsoleWindow(SessionController(_whole_timeline(bundled_deck, 7, per_team=4)))
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    console.resize(1366, 768)
    console.show()
    stage, bar, c = console.stage, console.stage_pages, console.controller
    try:
        qtbot.waitUntil(lambda: stage.pages()[1] > 1, timeout=2000)
        assert not stage.isVisible() and bar.isVisible() and stage._pages.isActive()
        first = preview_titles(console)
        QTest.mouseClick(bar.next, Qt.MouseButton.LeftButton)
        assert stage.pages()[0] == 1 and preview_titles(console) != first
        c.set_blackout(True)
        c.act(c.session.undo)  # a card back in a hand, held up again (the whole timeline): the first page
        stage.build()
        assert c.placing is not None and stage.pages()[0] == 0 and stage.pages()[2] is False
    finally:
        console.phones.turn_off()


def test_blacked_out_the_pages_are_counted_at_the_projector_s_size(qtbot, bundled_deck, app_font) -> None:
    """A 21:9 screen (2560×1080) shows the whole timeline of five teams of four cards in one page,
    where 1920×1080 turns two. Blacked out, the stage counted them at 1080p: the console's bar said
    « page 1 of 2 » and the pages turned behind the black screen, for a room that has a single page."""
    from bataille.ui.controller import SessionController
    from bataille.ui.stage.window import StageWindow

    controller = SessionController(_whole_timeline(bundled_deck, 0, per_team=4))
    stage = StageWindow(controller)
    qtbot.addWidget(stage)
    stage.setFont(app_font)
    stage.resize(1920, 1080)
    assert stage.build().pages == 2
    stage.resize(2560, 1080)
    stage.show()
    assert stage.build().pages == 1 and stage.pages() == (0, 1, False)
    controller.set_blackout(True)
    assert stage.pages() == (0, 1, False) and not (stage._pages is not None and stage._pages.isActive())
    controller.set_blackout(False)
    assert stage.build().pages == 1


def test_the_laptop_s_picture_takes_the_projector_s_shape_and_pages(qtbot, translations, bundled_deck,
                                                                     monkeypatch) -> None:
    """A 4:3 projector: the laptop's picture is laid out at the stage's own size, so it shows the same
    cards on the same page as the wall (laid out at 1080p, it could show another page, or pages the
    room does not have), in the projector's shape."""
    from PySide6.QtWidgets import QApplication

    console = whole_timeline(qtbot, bundled_deck)
    preview, stage = console.preview, console.stage
    assert preview.frame() == (1920, 1080)
    stage.resize(1024, 768)
    QApplication.processEvents()
    assert preview.frame() == (1024, 768) and preview.heightForWidth(400) == 300
    room = build_scene(stage.context(), 1024, 768, stage.font(), stage.text_scale).texts("timeline-title")
    assert stage.build().texts("timeline-title") == room
    shown = []
    real_build = build_scene

    def record(ctx, width, height, *rest):
        scene = real_build(ctx, width, height, *rest)
        shown.append(((width, height), scene.texts("timeline-title")))
        return scene

    monkeypatch.setattr("bataille.ui.console.stage_preview.build_scene", record)
    preview.repaint()
    assert shown and shown[-1] == ((1024, 768), room)  # the wall's cards, on the laptop
    stage.hide()
    QApplication.processEvents()
    assert preview.frame() == (1920, 1080)  # no projector: the 1080p picture the pages are counted at
