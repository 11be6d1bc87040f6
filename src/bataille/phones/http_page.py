"""What the voting server answers over plain HTTP: the phone page at ``/``, the WebSocket's
handshake at ``/ws``, a pupil's typing mistakes sent back to the page, and "unknown address".

The page is sent gzip-compressed to a browser that accepts it (every phone's does): 12 KB rather than
38 on a school's crowded Wi-Fi, compressed once for each language the session speaks."""

from __future__ import annotations

import gzip
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


class Page:
    """page.html as served: in the session's language, plain and gzip-compressed, each made once."""

    def __init__(self, page: bytes) -> None:
        self.page = page
        self._made: dict[tuple[str | None, bool], bytes] = {}

    def body(self, lang: str | None, compressed: bool) -> bytes:
        key = (lang, compressed)
        if key not in self._made:
            plain = served_page(self.page, lang)
            self._made[key] = gzip.compress(plain, 9, mtime=0) if compressed else plain
        return self._made[key]


def accepts_gzip(request: Request) -> bool:
    """The browser said it reads gzip (``Accept-Encoding: gzip, deflate``), and not with ``q=0``."""
    for coding in request.headers.get("Accept-Encoding", "").split(","):
        name, _, weight = coding.partition(";")
        if name.strip().lower() == "gzip":
            q = weight.strip().lower().removeprefix("q=")
            try:
                return not weight.strip() or float(q) > 0
            except ValueError:
                return False
    return False


def answer(connection: ServerConnection, request: Request, page: Page, lang: str | None) -> Response | None:
    """The response to ``request`` (``page``: page.html, served in the session's ``lang``); None lets
    the WebSocket handshake go on."""
    path = request.path.split("?", 1)[0]
    socket = request.headers.get("Upgrade", "").lower() == "websocket"
    if path == "/ws" and socket:
        return None  # the WebSocket handshake goes on (a full room is told so on the socket)
    if path == "/":
        compressed = accepts_gzip(request)
        body = page.body(lang, compressed)
        headers = [*PAGE_HEADERS, ("Content-Length", str(len(body))), ("Vary", "Accept-Encoding")]
        return Response(200, "OK", Headers(headers + ([("Content-Encoding", "gzip")] if compressed else [])), body)
    if path == "/ws" or _TYPED.fullmatch(path):
        # A pupil who typed the room code after the address (…:8765/KXRT), or opened the socket's
        # address: the voting page, not a blank "Not found." in English.
        return Response(302, "Found", Headers([("Location", "/"), ("Cache-Control", "no-store")]), b"")
    return connection.respond(404, "Adresse inconnue : ouvrez l’adresse affichée à l’écran.\n"
                                   "Unknown address: open the address shown on the screen.\n")
