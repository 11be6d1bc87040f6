"""Closing the console while a vote is under way asks first; quitting anyway leaves the vote as an
abrupt stop would.

A vote is under way when the phones are asked a debate's vote that is not closed yet, or when counts
are typed for a vote and not recorded. Closed by mistake (the window's cross, Ctrl+W, « Fermer la
séance »), the session used to close the phones' vote and record the counts typed, hidden: reopened,
the phones stayed off and nothing was asked again, and the next press recorded (or showed) a vote half
counted as the room's. Now the console asks, on the laptop, the default being to keep going (not a
modal loop: the phones and the timers go on while it asks). Quitting anyway records nothing of that
vote: the phones are turned off without closing it (each page keeps its answer and knocks again), what
they were doing and the counts typed stay in the preferences (phones_resume.py, counts_resume.py), and
a mark says this session was left so. Reopened within the same three hours as after an abrupt stop,
the phones come back on and their vote is asked again, the counts are back in their boxes as typed,
and the status line says so. Nothing under way: no question, the console closes at once.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from bataille.ui.console.debate_closing import asked_for, typed_words
from bataille.ui.console.leaving import ask_holding_the_session, listed
from bataille.ui.console.phones_resume import alive_lately

if TYPE_CHECKING:
    from bataille.ui.console.window import ConsoleWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class MidVoteClose:
    """Asks before the console closes with a vote under way; remembers that the facilitator said to quit."""

    def __init__(self, console: ConsoleWindow) -> None:
        self.console = console
        self.question: QMessageBox | None = None  # open while it waits for an answer
        self.quitting = False  # "Quit anyway" chosen: the close that follows leaves the vote as it is

    def under_way(self) -> list[str]:
        """What is under way, in the interface language (empty: nothing, the console closes at once)."""
        console = self.console
        c = console.controller
        if "debate" not in console.phase.pages or getattr(c.session.store, "closed", False):
            return []
        debate, phones = console.phase.debate, console.phones
        said = []
        if phones.on and phones.asking is not None and phones.open_vote is not None:
            said.append((translate("MidVoteClose", "the phones are answering the vote before the debate (answers: %1)")
                         if asked_for(phones.asking.id)[1] == "before" else
                         translate("MidVoteClose", "the phones are answering the vote after the debate (answers: %1)"))
                        .replace("%1", str(phones.answered)))
        typed = list(debate.typed_counts())
        if typed:
            said.append(typed_words(typed, translate("MidVoteClose", "counts typed for %1 are not recorded")))
        return said

    def asks_first(self) -> bool:
        """True when the close must wait for an answer: a vote is under way and the facilitator has not
        said to quit anyway. Asked, "Quit anyway" closes the console again."""
        if self.quitting:
            return False
        said = self.under_way()
        if not said:
            return False
        if self.question is not None:  # already asked (closed again): one question, brought forward
            self.question.raise_()
            self.question.activateWindow()
            return True
        box = QMessageBox(QMessageBox.Icon.Question, translate("MidVoteClose", "Quit during a vote?"),
                          translate("MidVoteClose", "A vote is under way: %1. Quit anyway?").replace("%1", listed(said)),
                          QMessageBox.StandardButton.NoButton, self.console)
        box.setObjectName("midVoteQuestion")
        box.setInformativeText(self._what_comes_back())
        quit_ = box.addButton(translate("MidVoteClose", "&Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
        quit_.setObjectName("quitAnyway")
        keep = box.addButton(translate("MidVoteClose", "&Continue the vote"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter, from the keyboard, keeps the vote going
        box.setEscapeButton(keep)
        self.question = box

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is quit_:
                self.quitting = True
                if not self.console.close():  # kept open after all (actions not saved, and kept working)
                    self.quitting = False

        box.finished.connect(answered)
        ask_holding_the_session(box)  # not exec(): the phones and the timers go on while it asks
        return True

    def _what_comes_back(self) -> str:
        """What reopening brings back: the phones' vote when they are voting, the counts when some are
        typed (never counts that were not typed)."""
        phones_voting = self.console.phones.open_vote is not None
        typed = bool(self.console.phase.debate.typed_counts())
        if phones_voting and typed:
            return translate("MidVoteClose", "None of it has been recorded. Reopen the session within three hours to go "
                             "on with it: the phones are activated again and asked again (each phone sends its answer "
                             "again), the counts typed are back in their boxes.")
        if phones_voting:
            return translate("MidVoteClose", "None of it has been recorded. Reopen the session within three hours to go "
                             "on with it: the phones are activated again and asked again (each phone sends its answer "
                             "again).")
        return translate("MidVoteClose", "None of it has been recorded. Reopen the session within three hours to go on "
                         "with it: the counts typed are back in their boxes, as typed.")

    def leave(self) -> str:
        """The console closes with the vote under way: nothing of it is recorded, and it is kept for the
        session's reopening as after an abrupt stop. What the start screen should say."""
        console = self.console
        seed = console.phones.session_seed()
        if not seed:  # a session without a file: nothing to reopen
            return ""
        console.phones_kept.leave()  # turning the phones off does not forget what they were doing
        console.counts_kept.leave()  # nor does the console's closing forget the counts typed
        console.settings.set_left_under_way(seed, time.time())
        return translate("MidVoteClose", "The vote under way was left as it was, none of it recorded: reopen "
                         "the session within three hours to go on with it.")


def reopened_under_way(console: ConsoleWindow) -> bool:
    """This session was closed lately with a vote under way (MidVoteClose.leave): what the phones were
    doing and the counts typed come back as after an abrupt stop. Read once, then the mark is forgotten."""
    known = getattr(console, "_reopened_under_way", None)
    if known is None:
        settings, seed = console.settings, console.phones.session_seed()
        left = settings.left_under_way()
        known = left is not None and bool(seed) and left[0] == seed \
            and alive_lately(left[1], console.controller.session.events)
        if left is not None and left[0] == seed:
            settings.forget_left_under_way()
        console._reopened_under_way = known
    return known


def say_reopened(console: ConsoleWindow, counts_back: bool) -> None:
    """The status line says why the phones are back on, or counts are in their boxes, without a click."""
    phones, back = console.phones, []
    if phones.on and phones.asking is not None:
        back.append(translate("MidVoteClose", "the phones are on again and their vote is asked again (each phone "
                              "that had answered sends its answer again)"))
    if counts_back:
        back.append(translate("MidVoteClose", "the counts typed are back in their boxes, not recorded"))
    if back:
        console.show_status("info", translate("MidVoteClose", "The session was closed during a vote, which was left "
                                              "as it was: %1.").replace("%1", listed(back)))


def say_when_reopened(console: ConsoleWindow, counts_back: bool) -> None:
    """After the phones are back (their own turn of the event loop comes first)."""
    if reopened_under_way(console):
        QTimer.singleShot(0, console, lambda: say_reopened(console, counts_back))
