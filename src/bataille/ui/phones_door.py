"""The phones turned away at one phone address, as the console hears of them (bataille.phones.door).

A room behind one router (a travel router or a Wi-Fi repeater in NAT mode, a school network that
masquerades) reaches the laptop from one address, which may hold ServerLimits.tokens_per_address
voters: the server turns the others away, and says how many each time one more is (on_refused, from
its thread). The console shows it at once, with a button that lets that address in for the rest of
the session (``let_in``): the pages turned away knock again by themselves and come in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from bataille.phones.server import PhoneServer
    from bataille.ui.phones import Phones


class Door(QObject):
    """Kept with the Phones of one session (through Phones off and on, as its Voters are)."""

    changed = Signal()  # a page turned away, or an address let in
    _heard = Signal(object, str, int)  # the server, the phone address, the pages turned away there

    def __init__(self, phones: Phones) -> None:
        super().__init__(phones)
        self.phones = phones
        self.refused: dict[str, int] = {}  # phone address -> pages turned away there, not let in
        self.let_in_now: set[str] = set()  # the addresses let in, in this session
        self._heard.connect(self._counted)
        phones.stateChanged.connect(self._listening)

    def _listening(self, on: bool) -> None:
        """On again, or moved: the pages turned away at this address of the laptop, as the server kept
        them (at another, each browser has no token yet: it is counted there afresh)."""
        if on:
            self.refused = {address: count for address, count in self.phones.voters.refused_here().items()
                            if address not in self.let_in_now}
            self.changed.emit()

    def attach(self, server: PhoneServer) -> None:
        """Hear ``server``'s refusals (its thread emits; the count reaches this object in the UI thread)."""
        server.on_refused = lambda address, count: self._heard.emit(server, address, count)

    def _counted(self, _server: PhoneServer, address: str, count: int) -> None:
        # A server turned off since still counted for this session (its Voters are the session's); a count
        # on its way as the facilitator let the address in says nothing new.
        if address in self.let_in_now:
            return
        if count:
            self.refused[address] = count
        else:
            self.refused.pop(address, None)
        self.changed.emit()

    @property
    def most(self) -> tuple[str, int] | None:
        """The address with the most pages turned away, and how many; None when there is none."""
        if not self.refused:
            return None
        address = max(self.refused, key=lambda a: (self.refused[a], a))
        return address, self.refused[address]

    @property
    def bound(self) -> int:
        """The voters one phone address may be (ServerLimits.tokens_per_address)."""
        server = self.phones.server
        if server is not None:
            return server.limits.tokens_per_address
        from bataille.phones.limits import ServerLimits

        return ServerLimits().tokens_per_address

    def let_in(self, address: str) -> None:
        """Every phone at ``address`` may vote, for the rest of the session; the pages turned away
        there come in at their next knock."""
        server = self.phones.server
        if server is not None and server.running:
            server.let_in(address)  # in its thread, which alone writes the voters while it runs
        else:
            self.phones.voters.let_in(address)
        self.let_in_now.add(address)
        self.refused.pop(address, None)
        self.changed.emit()
