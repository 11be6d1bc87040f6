"""The console's menus (Session, Timer, Stage, Help), their commands connected, and what those
commands do in the window: show the stage, the shortcuts, export the summary, save the kit, follow
the preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class ConsoleMenus:
    """Mixed into ConsoleWindow (its ``actions_``, ``controller``, ``settings``, ``stage``, panels)."""

    def _build_menus(self) -> None:
        from bataille.ui.commands import Command

        a, c = self.actions_, self.controller
        a[Command.NEXT].triggered.connect(self.advance)
        from bataille.ui.console.lit_first import lit_first

        a[Command.BACK].triggered.connect(lambda: lit_first(self) or c.back())  # a black stage: lit only
        a[Command.UNDO].triggered.connect(c.undo)
        a[Command.REDO].triggered.connect(c.redo)
        c.stepChanged.connect(self._name_the_redo)  # an undo, a redo, the phones asked (and each redraw)
        a[Command.START_PAUSE].triggered.connect(self.agenda.toggle_timer)
        a[Command.PLUS_1].triggered.connect(lambda: c.act(c.session.extend_timer, 1))
        a[Command.PLUS_5].triggered.connect(lambda: c.act(c.session.extend_timer, 5))
        a[Command.NEXT_PHASE].triggered.connect(self.agenda.go_to_next_phase)
        a[Command.SHOW_STAGE].triggered.connect(self.show_stage)
        a[Command.BLACKOUT].triggered.connect(c.toggle_blackout)
        a[Command.FULLSCREEN].triggered.connect(self.stage.toggle_fullscreen)
        a[Command.LEAVE_FULLSCREEN].triggered.connect(self.stage.leave_fullscreen)
        self._fullscreen_tick = FullScreenTick(self.stage, a[Command.FULLSCREEN])
        self._stage_held = StageHeld(self.stage)
        a[Command.BEEP].toggled.connect(self._set_beep)
        a[Command.SHORTCUTS].triggered.connect(self.show_shortcuts)
        a[Command.CLOSE].triggered.connect(self.close)
        self.stage.take_commands(a)  # the remote works whichever window has the focus
        self.session_menu = self.menuBar().addMenu("")
        self.session_menu.addActions([a[Command.UNDO], a[Command.REDO], a[Command.NEXT], a[Command.BACK]])
        self.session_menu.addSeparator()
        self.session_menu.addAction(a[Command.EXPORT_SUMMARY])
        a[Command.EXPORT_SUMMARY].triggered.connect(self.export_summary)
        self.session_menu.addAction(a[Command.SAVE_KIT])
        a[Command.SAVE_KIT].triggered.connect(lambda: self.save_kit())
        self.session_menu.addAction(a[Command.CLOSE])
        self.session_menu.insertSeparator(a[Command.CLOSE])
        self.timer_menu = self.menuBar().addMenu("")
        self.timer_menu.addActions([a[Command.START_PAUSE], a[Command.PLUS_1], a[Command.PLUS_5],
                                    a[Command.NEXT_PHASE], a[Command.BEEP]])
        self.stage_menu = self.menuBar().addMenu("")
        self.stage_menu.addActions([a[Command.SHOW_STAGE], a[Command.BLACKOUT],
                                    a[Command.FULLSCREEN], a[Command.LEAVE_FULLSCREEN],
                                    a[Command.JOIN]])
        a[Command.JOIN].triggered.connect(self.phones_panel.show_join)
        a[Command.CLOSE_REVEAL].triggered.connect(lambda: self.phase.debate.end_vote_and_show())
        self.stage_menu.addAction(a[Command.CLOSE_REVEAL])
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(a[Command.SHORTCUTS])
        self.app_actions.add_to(self.help_menu, self.session_menu)
        self.app_actions.preferences.triggered.connect(self._follow_preferences)

    def _name_the_redo(self) -> None:
        """The Redo item names what it would take back (« Rétablir : vote avant… »), as Undo does, and
        is on only while the last thing done was an undo."""
        from bataille.ui.commands import Command

        what = self.controller.redo_label()
        if len(what) > 60:
            what = what[:59].rstrip() + "…"
        action = self.actions_[Command.REDO]
        action.setText(translate("ConsoleWindow", "&Redo: %1").replace("%1", what.replace("&", "&&")) if what
                       else translate("ConsoleWindow", "&Redo"))
        action.setEnabled(bool(what))

    def _follow_preferences(self) -> None:
        dialog = self.app_actions.dialog  # opened by the action's first slot
        if dialog is not None and hasattr(dialog, "applied"):
            dialog.applied.connect(self.apply_settings)

    def apply_settings(self) -> None:
        """Timer sound, stage text size and screen, as the preferences say."""
        from bataille.ui.commands import Command

        s = self.settings
        self.actions_[Command.BEEP].setChecked(bool(getattr(s, "timer_sound", False)))
        self.stage.apply_settings(int(getattr(s, "stage_text_percent", 100)), str(getattr(s, "stage_screen", "")))
        self.preview.update()  # its join screen names the Wi-Fi the preferences give (the stage redraws)

    def _set_beep(self, on: bool) -> None:
        self.controller.beep_on_time_up = on
        if hasattr(self.settings, "timer_sound") and self.settings.timer_sound != on:
            self.settings.timer_sound = on

    def show_stage(self) -> None:
        """Show the stage (fullscreen on the projector when there is one) and light it up (F5, Shift+F5);
        pressed again on a stage shown in a window, full screen (a remote has F5, not F11)."""
        self.controller.set_blackout(False)
        self.present_stage(fill=True)

    def present_stage(self, fill: bool = False) -> None:
        """Show the stage as it is: the launcher, opening a session, leaves a stage that came back
        black after an abrupt stop black."""
        from bataille.ui.controller import VIEW

        self.stage.present(self.screen(), fill)
        self.activateWindow()  # the room sees the stage; the keyboard stays with the facilitator
        self._on_changed(frozenset({VIEW}))

    def show_shortcuts(self) -> None:
        if self.shortcut_sheet is None:
            from bataille.ui.console.shortcuts import ShortcutSheet

            self.shortcut_sheet = ShortcutSheet((self.actions_, self.app_actions.commands), self)
        self.shortcut_sheet.show()
        self.shortcut_sheet.raise_()

    def export_summary(self, path=None) -> list:
        """Session → Export the summary…: PDF, Markdown, JSON or CSV, as `bataille summary` writes them
        (``path`` skips the question of where)."""
        from bataille.ui.console.summary_export import export_summary_dialog

        written = export_summary_dialog(self, self.controller, self.settings, path, say=self.show_status)
        if written:
            self.said_written("summary", written[0])
            self.next_panel.summary_saved(written[0].name)
        return written

    def save_kit(self, path=None):
        """Session → Workshop Kit…: the kit for this session, with the join poster while the phones are on."""
        from bataille.ui.console.kit_export import save_kit_dialog

        written = save_kit_dialog(self, self.controller, self.settings, self.phones, path)
        if written is not None:
            self.said_written("kit", written)
        return written

    def said_written(self, what: str, path) -> None:
        """Where the file went, and a button that opens it: no question in front of the room."""
        from bataille.ui.console.written_file import written_words

        self.show_status("done", written_words(what, path))
        self.open_written.offer(path)


class FullScreenTick(QObject):
    """« Stage Full Screen » is ticked as the stage is, whatever took it in or out of full screen: F11,
    Esc (« Leave Full Screen » left the tick on), the window manager. Its parent is the stage it watches."""

    def __init__(self, stage: QWidget, action: QAction) -> None:
        super().__init__(stage)
        self.action = action
        stage.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.WindowStateChange and isinstance(watched, QWidget):
            self.action.setChecked(watched.isFullScreen())  # not triggered: the tick only
        return False


class StageHeld(QObject):
    """While a question or a dialog holds the session (modal to the whole app), the stage takes no key
    at all, even one handed to it past the window system's own blocking: the remote's keys ran the
    session's commands behind the question. Its parent is the stage it guards."""

    KEYS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)

    def __init__(self, stage: QWidget) -> None:
        super().__init__(stage)
        stage.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in self.KEYS or QApplication.activeModalWidget() is None:
            return False
        event.accept()  # a ShortcutOverride taken: no shortcut of the stage's runs either
        return True
