"""The phones follow the laptop to its new address.

While the phones are on, and only then, the console checks every CHECK_MS that this computer still
has the address they serve (a socket bound to it, nothing sent: ``Phones.holds``). When it no longer
has it (the laptop fell back to another Wi-Fi, or got a new lease), the Phones box and the status
line say so, with the addresses it has now, and one button moves the phones there
(``Phones.move_to``: the same room, its votes and the vote in progress kept, the answers given to it at
the old address set aside, since every phone comes back there as a new one; the stage's join screen
and vote box show the new address and QR code). Until then the stage offers no address: its QR code
would lead the room nowhere (``Phones.lose_address``).

It never moves them by itself, even to the one new address: the phones went on knocking at the old
one, and come back by themselves if the laptop gets it back (a Wi-Fi that drops and returns with the
same lease), which a move would spoil; and a new address is not always on the room's network (the
laptop fell back to another Wi-Fi the phones are not on). The facilitator knows which; the room is
told to scan the new code only when it is the right one.
"""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QPushButton

from bataille.ui.phones import Phones

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

CHECK_MS = 3000  # a bind on the address, every 3 s while the phones are on: nothing while they are off


def same_kind(address: str, other: str) -> bool:
    """Both addresses are in the same private block (192.168/16, 172.16/12, 10/8, 169.254/16)."""
    blocks = ("192.168.0.0/16", "172.16.0.0/12", "10.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10")
    for block in map(ipaddress.ip_network, blocks):
        if ipaddress.ip_address(address) in block:
            return ipaddress.ip_address(other) in block
    return False


class PhonesMove(QObject):
    """Watches the address the phones serve; offers to move them when it is gone."""

    changed = Signal()  # the address was lost, came back, or the addresses offered changed
    told = Signal(str, str)  # (kind, text) for the console's status line: "error", "info"

    def __init__(self, phones: Phones, addresses: QComboBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phones, self.addresses = phones, addresses
        self.lost = ""  # the address the phones serve, once this computer no longer has it
        self.now: list[str] = []  # this computer's addresses then: where the phones may move
        self.button = QPushButton()
        self.button.setObjectName("phonesMove")
        self.button.setVisible(False)
        self.button.clicked.connect(self.move)
        addresses.currentIndexChanged.connect(lambda _i: self.retranslate())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        phones.stateChanged.connect(self._follow)

    def _follow(self, on: bool) -> None:
        if on and not self.timer.isActive():
            self.timer.start(CHECK_MS)
        elif not on:
            self.timer.stop()
        if self.lost and (not on or self.phones.address != self.lost):  # off, or moved
            self.lost, self.now = "", []
            self.changed.emit()

    def check(self) -> None:
        address = self.phones.address
        if not self.phones.on or not address:
            self.timer.stop()
            return
        if self.phones.holds(address):
            if self.lost:
                self.lost, self.now = "", []
                self.phones.lose_address(False)  # the stage offers it again: the phones come back there
                self.told.emit("info", self.tr("Phones: this computer has the address %1 again; the phones come "
                                               "back by themselves.").replace("%1", address))
                self.changed.emit()
            return
        now = [a for a in self.phones.addresses() if a != address]
        if (self.lost, self.now) == (address, now):
            return
        first = not self.lost
        self.lost, self.now = address, now
        self.phones.lose_address(True)  # the stage stops offering it: a phone would scan a dead code
        self._offer(keep=not first)
        if first:
            self.told.emit("error", self.tr("Phones: this computer no longer has the address %1, the phones "
                                            "cannot reach it (Phones box: move them to its new address).")
                           .replace("%1", address))
        self.changed.emit()

    def _offer(self, keep: bool) -> None:
        """The addresses it has now in the list; chosen, with ``keep`` the one chosen since the loss, else one
        on the same kind of network as the lost one."""
        box = self.addresses
        chosen = box.currentData() if keep else None
        box.blockSignals(True)
        box.clear()
        for address in self.now:
            box.addItem(address, address)
        if not self.now:
            box.addItem(translate("PhonesPanel", "no network"), "")  # the panel's own words
        alike = [a for a in self.now if same_kind(self.lost, a)]
        best = chosen if chosen in self.now else alike[0] if alike else ""
        box.setCurrentIndex(max(0, box.findData(best)))
        box.blockSignals(False)
        self.retranslate()

    def move(self) -> None:
        address = self.addresses.currentData()
        if not (self.lost and address and address != self.lost and self.phones.on):
            return
        try:
            url = self.phones.move_to(address)
        except OSError:  # the system's words say nothing a facilitator can act on
            said = self.tr("The phones could not move to %1: this computer no longer has it, or does not let the "
                           "app listen there.").replace("%1", address)
            if not self.phones.on:
                said += " " + self.tr("They are off: turn them on again on another address.")
            self.told.emit("error", said)
            return
        said = self.tr("Phones moved to %1: have the room scan the new QR code on the "
                       "stage.").replace("%1", url.removeprefix("http://").rstrip("/"))
        if self.phones.open_vote is not None:  # every phone comes back as a new one (its token is per address)
            said += " " + (self.tr("Vote under way: the phones answer again at the new address (the %n answer(s) "
                                   "given at the old one are set aside, so that none counts twice).", "",
                                   self.phones.answers_set_aside) if self.phones.answers_set_aside
                           else self.tr("Vote under way: the phones answer at the new address."))
        self.told.emit("info", said)

    def lost_text(self) -> str:
        """What the Phones box says while the address is gone."""
        gone = self.tr("This computer no longer has the address %1: the phones cannot reach "
                       "it.").replace("%1", self.lost)
        if len(self.now) == 1:
            then = self.tr("Its address is now %1: move the phones there, then have the room "
                           "scan the new QR code.").replace("%1", self.now[0])
        elif self.now:
            then = self.tr("Choose its address on the room’s network, then move the phones there.")
        else:
            then = self.tr("Connect it to the room’s Wi-Fi: its new address will show here.")
        return f"{gone}\n{then}"

    def retranslate(self) -> None:
        address = self.addresses.currentData() or ""
        self.button.setText(self.tr("Move the phones to %1").replace("%1", address))
        self.button.setToolTip(self.tr("Listen at this address from now on, keeping the room, its "
                                       "recorded votes and the vote under way (the phones answer it again)"))


class AddressList(QComboBox):
    """The machine's addresses, read again each time the list is opened (the laptop may have
    joined or changed its network since)."""

    def __init__(self, refill) -> None:
        super().__init__()
        self.refill = refill

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.refill()
        super().showPopup()
