"""Who comes in: the first hello of a socket makes it a voter, within what one phone address may hold.

A phone address holds ServerLimits.tokens_per_address voters for the session (see Voters.tokens_from):
a script cannot add thousands of votes from one address. But a room can come through one address too
(a travel router or a Wi-Fi repeater in NAT mode, a school network that masquerades): the pages turned
away there are counted, once each (each is given a token it knocks again with), the console says so as
soon as it happens, and the facilitator may let that address in for the rest of the session
(Voters.let_in); the pages knocking there then come in by themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from websockets.asyncio.server import ServerConnection

from .limits import PHONE_CODE
from .protocol import new_token, refused

if TYPE_CHECKING:
    from .server import PhoneServer


def address_of(ws: ServerConnection) -> str | None:
    """The phone's network address, as the laptop sees it (a router's, for the phones behind it)."""
    remote = ws.remote_address
    return remote[0] if remote else None


def waiting_from(phones: dict[ServerConnection, str | None], ws: ServerConnection) -> int:
    """How many sockets from ``ws``'s address have not said hello yet."""
    address = address_of(ws)
    return sum(1 for other, token in phones.items() if token is None and address_of(other) == address)


def admits(server: PhoneServer, ws: ServerConnection, token: str | None) -> bool:
    """Whether a first hello under ``token`` (None: a new one) is let in: from the laptop itself (the
    facilitator's own page), from an address the facilitator let in, under a token its phone address
    has said hello under here before, or one more while that address has had fewer than
    tokens_per_address at this address of the laptop (see Voters.tokens_from)."""
    address = address_of(ws)
    if address is None or address == server.listening_on:
        return True
    voters = server.room.voters
    if voters.is_let_in(address):
        return True
    known = voters.tokens_from(address)
    return token in known or len(known) < server.limits.tokens_per_address


async def turn_away(server: PhoneServer, ws: ServerConnection, token: str | None) -> None:
    """Refuse ``ws``'s hello (one_phone), then close it (PHONE_CODE). The page is given a token to knock
    again with, slowly (``retry`` seconds): counted once however often it knocks, and let in by itself
    once the facilitator lets its address in. The app hears how many are turned away there (on_refused)."""
    address = address_of(ws)
    token = token or new_token(server.room.voters.origin)
    limits = server.limits
    if address is not None:
        voters = server.room.voters
        before = voters.refused_from(address)
        count = voters.refuse(address, token, limits.max_connections)
        if count != before and server.on_refused:
            server.on_refused(address, count)
    await ws.send(refused("one_phone", "hello", room=server.code, most=limits.tokens_per_address,
                          token=token, retry=limits.phone_retry))
    await ws.close(PHONE_CODE, "phone already in")
