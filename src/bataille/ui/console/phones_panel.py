"""The console's Phones box: turn the voting server on, pick the address, see who is connected."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.storage import SessionFileError, save_copy
from bataille.ui.console.common import compact
from bataille.ui.console.leaving import ask_holding_the_session
from bataille.ui.console.phones_moving import AddressList, PhonesMove
from bataille.ui.console.phones_refused import RefusedPhones
from bataille.ui.console.unsaved import ask_copy_path
from bataille.ui.console.wrapped_label import WrappedLabel
from bataille.ui.phones import Phones
from bataille.ui.screen_reader import unseen_label

# The countdowns a phone vote may close by (seconds). The shortest is also what a vote whose countdown ran
# out while the app was stopped gets again: time for the phones to come back and send their answers.
COUNTDOWNS_S = (30, 60, 120)


class PhonesPanel(QGroupBox):
    """Off by default: every session works without phones."""

    def __init__(self, phones: Phones, parent: QWidget | None = None, controller=None) -> None:
        super().__init__(parent)
        self.session_controller = controller
        self._showing_address = False
        self._once_off = self._said_over = ""  # what to say once the phones are off; what the end said
        self.setObjectName("phonesPanel")
        self.phones = phones
        self.switch = QPushButton()
        self.switch.setObjectName("phonesSwitch")
        self.switch.setCheckable(True)
        self.address = compact(AddressList(self.fill_addresses))
        self.address.setObjectName("phonesAddress")
        self.address_label = QLabel()  # what the bare number is: the laptop's address the phones will open
        self.address_label.setBuddy(self.address)
        self.url = WrappedLabel()
        self.url.setObjectName("phonesUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.countdown = compact(QComboBox())
        self.countdown.setObjectName("phonesCountdown")
        self.countdown_name = unseen_label(self.countdown)  # what the list is for, to Orca
        self.join_button = QPushButton()
        self.help_button = QPushButton()
        # Once phones are there, the help shrinks to a "?" beside the switch: the agenda keeps the room.
        self.help_mark = QPushButton("?")
        self.help_mark.setObjectName("phonesHelpMark")
        self.help_mark.setMaximumWidth(2 * self.help_mark.fontMetrics().height())  # a square mark, not a bar
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("forgetPhones")
        # While on: the address served is checked; once it is gone, a button moves the phones (phones_moving.py).
        self.move = PhonesMove(phones, self.address, self)
        self.move.changed.connect(self.refresh)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.switch, 1)
        top.addWidget(self.help_mark)
        layout.addLayout(top)
        # Pages turned away at one phone address (a room behind one router), said at once: let them in.
        self.refused = RefusedPhones(phones, self)
        layout.addWidget(self.refused)
        where = QHBoxLayout()
        where.addWidget(self.address_label)
        where.addWidget(self.address, 1)
        layout.addLayout(where)
        for widget in (self.url, self.move.button, self.countdown, self.join_button,
                       self.help_button, self.forget_button):
            layout.addWidget(widget)
        layout.addWidget(self.countdown_name)
        self.switch.toggled.connect(self._switched)
        self.off_question: QMessageBox | None = None  # open while it asks before ending a vote
        self.join_button.clicked.connect(self.show_join)
        for button in (self.help_button, self.help_mark):
            button.clicked.connect(self.show_help)
        self.forget_button.clicked.connect(self.save_without_phones)
        phones.countChanged.connect(lambda *_: self.refresh())
        phones.stateChanged.connect(lambda *_: self.refresh())
        self._over = controller is not None and self._workshop_over()
        if controller is not None:
            controller.changed.connect(self._off_at_the_end)
        self.retranslate()

    def feedback_coming(self) -> list[str]:
        """Phones connected that have not sent the feedback they are asked for: ending the debrief
        now turns them off before they do (the console asks first, see LeaveGuard.also)."""
        p = self.phones
        if not (p.on and p.asking_feedback):
            return []
        # After a move the server's count holds the feedback sent at the old address (Room.feedback_moved),
        # whose phones came back as new ones: nothing tells them from the phones that have not sent theirs,
        # but those that sent the very same again (Room.feedback_again), counted once, have sent it here.
        room = p.server.room if p.server is not None else None
        before, again = (room.feedback_moved, room.feedback_again) if room is not None else (0, 0)
        missing = p.connected - max(0, p.answered - before) - again
        if missing <= 0:
            return []
        if not before:
            return [self.tr("%n phone(s) have not sent their feedback yet", "", missing)]
        return [self.tr("up to %n phone(s) have not sent their feedback yet", "", missing) + " ("
                + self.tr("%n had sent it before voting moved to a new address", "", before) + ")"]

    def _workshop_over(self) -> bool:
        from bataille.workshop.flow import StepKind, next_step

        c = self.session_controller
        return next_step(c.state, c.deck).kind == StepKind.OVER

    def _off_at_the_end(self, _parts: frozenset) -> None:
        """Ending the workshop turns the phones off: the server stops sending, the phones thank the
        room. Turned on again afterwards, they stay on (only the end itself turns them off). The end
        taken back (Ctrl+Z), its words go: the phones may be turned on again, their pages come back."""
        was_over, self._over = self._over, self._workshop_over()
        if was_over and not self._over and self.url.text() == self._said_over:
            self.url.setText(""), self.url.setVisible(False)
        if not (self._over and not was_over and self.phones.on):
            return
        answered = self.phones.answered if self.phones.asking is not None else 0
        if self.session_controller.quick_debate:  # a teacher's one debate: "the debate", as on its stage
            self._once_off = (self.tr("Phones off: the debate is over. The vote was closed first: its %n "
                                      "answer(s) are in the counts.", "", answered) if answered
                              else self.tr("Phones off: the debate is over; the phones show a thank-you."))
        else:
            self._once_off = (self.tr("Phones off: the workshop is over. The vote was closed first: its %n "
                                      "answer(s) are in the counts.", "", answered) if answered
                              else self.tr("Phones off: the workshop is over; the phones show a thank-you."))
        self._said_over = self._once_off
        self.phones.turn_off_keeping_answers(over=True)  # says _once_off once off

    def _switched(self, on: bool) -> None:
        """The facilitator's click: on a finished workshop opened again, turning the phones on asks
        first (ui/finished_lock.py); left as it is, the switch goes back off."""
        c = self.session_controller
        if on and c is not None and not c.may_change():
            self._set_switch(False)
            return
        self._switch(on)

    def _set_switch(self, on: bool) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(False)

    def _switch(self, on: bool, port: int | None = None) -> None:
        if not on and self.phones.asking is not None:
            self._ask_before_off()  # one click on a switch would end a vote under way: asked first
            return
        if not on:
            self._turn_off()
            return
        self.fill_addresses()  # the laptop may have joined, or changed, its network since last time
        address = self.address.currentData()
        if not address:
            self._set_switch(False)
            self._note(self.tr("No network: connect this computer to the room's Wi-Fi, then try again."))
            return
        try:
            self.phones.turn_on(address, port)
        except OSError as error:
            self._set_switch(False)
            self._note(self.start_failure(address, error), str(error))
            self.fill_addresses()

    def turn_on_at(self, address: str, port: int) -> bool:
        """Turn the phones on at ``address``, on ``port`` if it is free, if the laptop still has that
        address (the phones knock at that one); True when on."""
        self.fill_addresses()
        index = self.address.findData(address) if address else -1
        if index < 0:
            return False
        self.address.setCurrentIndex(index)
        self._switch(True, port)
        return self.phones.on

    def _turn_off(self) -> None:
        answered = self.phones.answered if self.phones.asking is not None else 0
        if self.phones.turn_off_keeping_answers():  # the vote closes, its answers go to the counts
            self._once_off = (self.tr("Phones off. The vote was closed first: its %n answer(s) are in the counts.",
                                      "", answered))

    def _ask_before_off(self) -> None:
        """The switch stays on while the question waits; Yes turns the phones off (their vote closes,
        its answers kept in the counts), No leaves the vote running."""
        self._set_switch(True)
        if self.off_question is not None:
            self.off_question.raise_()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Turn the phones off?"),
                          self.tr("The phones are voting (%n answer(s)). Turning them off closes their vote now: "
                                  "the others cannot answer any more.", "", self.phones.answered),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.off_question = box

        def answered(_result: int) -> None:
            self.off_question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes) and self.phones.on:
                self._set_switch(False)
                self._turn_off()

        box.finished.connect(answered)
        ask_holding_the_session(box)  # not exec(): the phones keep voting while it asks; the stage waits too

    def start_failure(self, address: str, error: OSError) -> str:
        """Why the phones' server did not start, in the interface's words (the system's are technical)."""
        if error.errno in (errno.EADDRNOTAVAIL, 10049):  # 10049: Windows' WSAEADDRNOTAVAIL
            return self.tr("This computer no longer has the address %1 (has it changed network?). Choose "
                           "an address in the list, then turn the phones on again.").replace("%1", address)
        if error.errno in (errno.EACCES, errno.EPERM, 10013):  # 10013: Windows' WSAEACCES
            return self.tr("This computer does not let the app listen on %1 (a firewall or a security "
                           "setting). Try another address, or another network.").replace("%1", address)
        return self.tr("The phones' server cannot start on %1. Check this computer's network, then try "
                       "again.").replace("%1", address)

    def countdown_seconds(self) -> int:
        """0, or the seconds after which a phone vote closes by itself."""
        return int(self.countdown.currentData() or 0)

    def choose_countdown(self, seconds: int) -> None:
        """The countdown chosen again (after a stop), if it is one of the list's."""
        index = self.countdown.findData(seconds)
        if index >= 0:
            self.countdown.setCurrentIndex(index)

    def show_join(self) -> None:
        """Bring the join screen (QR code and address) back on the stage, or take it off."""
        if self.phones.on:
            self.phones.join_shown = not self.phones.join_shown
            self.phones.stateChanged.emit(True)

    def save_without_phones(self, path: Path | None = None) -> Path | None:
        """Write a copy of the session in which no phone's token remains (votes and feedback kept)."""
        controller = self.session_controller
        if controller is None:
            return None
        if path is None:
            path = ask_copy_path(self, getattr(controller.session.store, "path", None))
            if path is None:
                return None
        try:
            written = save_copy(controller.session, path, without_phones=True)
        except SessionFileError as error:
            from bataille.ui.i18n import error_words

            QMessageBox.warning(self, self.tr("Phones"), self.tr("The copy could not be saved: %1").replace(
                "%1", error_words(error)))
            return None
        self._note(self.tr("Anonymous copy to share, saved: %1").replace("%1", written.name))
        return written

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("Phones can't connect?"), self.help_text())

    def help_text(self) -> str:
        return "\n\n".join((
            self.tr("• The phones must be on the same Wi-Fi as this computer. Guest networks often keep "
                    "devices apart: use the main network or a phone hotspot. Name it in Preferences (Room's "
                    "Wi-Fi): the join screen and the join poster then say which network to join."),
            self.tr("• Android may leave a Wi-Fi without internet: turn mobile data off on the phone."),
            self.tr("• A phone hotspot holds about 8 devices; a class needs the school's Wi-Fi or a travel router."),
            self.tr("• This computer's firewall must let port %1 in (TCP).").replace("%1", str(self.phones.port)),
            self.tr("• Type the address as the stage shows it, port included (192.168.1.20:8765). If the browser "
                    "searches the web instead, type http:// in front of it."),
        ))

    def refresh(self) -> None:
        on = self.phones.on
        self._set_switch(on)
        # On, the switch says how many phones are there: no row of its own taken from the agenda.
        self.switch.setText(self.tr("Phones on: %n connected", "", self.phones.connected) if on
                            else self.tr("Phones: off"))
        lost = on and bool(self.move.lost)  # this computer no longer has the address the phones open
        for widget in (self.address_label, self.address):
            widget.setVisible(not on or lost)  # on, the address is in the line below: room for it to show whole
        self.move.button.setVisible(lost and bool(self.move.now))
        self.join_button.setEnabled(on)  # it takes the join screen off the stage too: it says so then
        self.join_button.setText(self.tr("Hide the &join screen") if on and self.phones.join_shown
                                 else self.tr("&Join screen on the stage"))
        for widget in (self.countdown, self.join_button):
            widget.setVisible(on)  # off, the box stays small: the agenda and the teams keep the room
        joined = on and self.phones.connected > 0
        self.help_button.setVisible(not joined)  # whole while nobody is there, when it is needed most
        self.help_mark.setVisible(joined)
        # Sharing a copy comes after the workshop: not a row taken from the agenda while phones vote.
        self.forget_button.setVisible(not on and self._holds_tokens())
        if lost:
            self.url.setToolTip(self.phones.url)
            self.url.setText(self.move.lost_text())
        elif on:
            self.url.setToolTip("")
            # The address on a line of its own: never broken after "http://".
            self.url.setText(self.tr("The phones’ address (room %2):\n%1").replace("%1", self.phones.url)
                             .replace("%2", self.phones.code) + ("\n" + self.tr(
                                 "Port %1 is taken by another program: phones that had joined must scan the code "
                                 "again.").replace("%1", str(self.phones.port_taken)) if self.phones.port_taken else ""))
        elif self._showing_address:
            self.url.setText("")
        self._showing_address = on
        self.url.setVisible(bool(self.url.text()))
        if not on and self._once_off:  # said once the phones are off (the closing redraws the box)
            text, self._once_off = self._once_off, ""
            self._note(text)

    def _note(self, text: str, detail: str = "") -> None:
        """A message in the box (no network, a server that cannot start, a copy written); ``detail``,
        the system's own words, in its tooltip."""
        self._showing_address = False
        self.url.setText(text)
        self.url.setToolTip(detail)
        self.url.setVisible(True)

    def _holds_tokens(self) -> bool:
        controller = self.session_controller
        if controller is None:
            return False
        state = controller.state
        return bool(state.debrief.phone_feedback) or any(r.phones_before or r.phones_after for r in state.rounds)

    def fill_addresses(self) -> None:
        keep = self.address.currentData()
        self.address.clear()
        for address in self.phones.addresses():
            self.address.addItem(address, address)
        if not self.address.count():
            self.address.addItem(self.tr("no network"), "")
        self.address.setCurrentIndex(max(0, self.address.findData(keep)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Phones"))
        self.move.retranslate()
        self.refused.refresh()
        self.switch.setAccessibleName(self.tr("Let the room vote from its phones"))
        self.address.setAccessibleName(self.tr("Address the phones open"))
        self.address_label.setText(self.tr("&Network:"))
        self.address_label.setToolTip(self.tr("This computer's address on the room's network: the phones open it"))
        self.address.setToolTip(self.address_label.toolTip())
        self.help_button.setText(self.tr("Phones can't connect?"))
        self.help_mark.setToolTip(self.tr("Phones can't connect?"))
        self.help_mark.setAccessibleName(self.tr("Phones can't connect?"))
        self.forget_button.setText(self.tr("Anonymous copy to &share…"))
        self.forget_button.setToolTip(self.tr("Save a copy of the session to share, without what tells the phones apart (their tokens)"))
        keep = self.countdown.currentData() or 0
        self.countdown.clear()
        self.countdown.addItem(self.tr("Votes closed by hand"), 0)
        for seconds in COUNTDOWNS_S:
            self.countdown.addItem(self.tr("Votes close after %1 s").replace("%1", str(seconds)), seconds)
        self.countdown.setCurrentIndex(max(0, self.countdown.findData(keep)))
        self.countdown.setAccessibleName(self.tr("Countdown of a phone vote"))
        self.countdown_name.setText(self.countdown.accessibleName())
        if self.address.count():
            self.fill_addresses()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The machine's addresses are looked up after the console is on screen, not before.
        if not self.address.count():
            QTimer.singleShot(300, self, self.fill_addresses)
        super().showEvent(event)
