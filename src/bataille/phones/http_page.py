"""What the voting server answers over plain HTTP: the phone page at ``/``, the WebSocket's
handshake at ``/ws``, a pupil's typing mistakes sent back to the page, and "unknown address"."""

from __future__ import annotations

import re

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from .protocol import served_page

# The page talks only to the app that served it; nothing is fetched from anywhere else.
PAGE_HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store"),
                ("Content-Security-Policy", "default-src 'none'; connect-src 'self'; "
                 "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"),
                ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]
_TYPED = re.compile(r"/[A-Za-z0-9]{1,16}/?")  # a word or a code typed after the address


def answer(connection: ServerConnection, request: Request, page: bytes, lang: str | None) -> Response | None:
    """The response to ``request`` (``page``: page.html, served in the session's ``lang``); None lets
    the WebSocket handshake go on."""
    path = request.path.split("?", 1)[0]
    socket = request.headers.get("Upgrade", "").lower() == "websocket"
    if path == "/ws" and socket:
        return None  # the WebSocket handshake goes on (a full room is told so on the socket)
    if path == "/":
        return Response(200, "OK", Headers(PAGE_HEADERS), served_page(page, lang))
    if path == "/ws" or _TYPED.fullmatch(path):
        # A pupil who typed the room code after the address (…:8765/KXRT), or opened the socket's
        # address: the voting page, not a blank "Not found." in English.
        return Response(302, "Found", Headers([("Location", "/"), ("Cache-Control", "no-store")]), b"")
    return connection.respond(404, "Adresse inconnue : ouvrez l’adresse affichée à l’écran.\n"
                                   "Unknown address: open the address shown on the screen.\n")
