"""How phones find the app: the laptop's addresses on the room's network, the QR code, the room code."""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
import socket

PORT = 8765
WIFI_NAME_MAX = 32  # a Wi-Fi network's name (SSID) is at most 32 bytes
CODE_LETTERS = "ACDEFHJKMNPRTUVWXY"  # no look-alikes (B/8, I/1, O/0, S/5, G/6, L, Q, Z/2)


def wifi_name(text: str) -> str:
    """The room's network name as the join screen and poster write it: one line, no control
    character, at most WIFI_NAME_MAX characters ("" when none is given)."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())[:WIFI_NAME_MAX]


def local_addresses() -> list[str]:
    """The machine's IPv4 addresses a phone on the same network can reach (no loopback), best first.

    The first is the one the system would use for outside traffic, found by "connecting" a UDP
    socket, which sends nothing; the others come from the host name. Empty when there is no network.
    """
    found: list[str] = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet leaves, only the route is looked up
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    try:
        found += [info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    except OSError:
        pass
    usable = [a for a in dict.fromkeys(found) if not ipaddress.ip_address(a).is_loopback
              and not ipaddress.ip_address(a).is_unspecified]
    return usable


def join_url(address: str, port: int) -> str:
    return f"http://{address}:{port}/"


def room_code(seed: str | None = None) -> str:
    """Four letters shown on the stage and on every phone, so the room knows it is on its own app.
    Drawn at random; with ``seed`` (a session file's own: its path and when it was created), always
    the same letters for it, so that the app restarted in front of the room shows the code the phones
    already know."""
    if seed is None:
        return "".join(secrets.choice(CODE_LETTERS) for _ in range(4))
    digest = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).digest()
    return "".join(CODE_LETTERS[b % len(CODE_LETTERS)] for b in digest[:4])


def is_room_code(text: str) -> bool:
    """Whether ``text`` (in capitals) is a code :func:`room_code` can draw: four of its letters."""
    return len(text) == 4 and all(letter in CODE_LETTERS for letter in text)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` (reportlab's encoder, error correction M), True for a dark module."""
    from reportlab.graphics.barcode import qrencoder  # only when Phones is turned on

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = code.getModuleCount()
    return [[bool(code.isDark(row, col)) for col in range(size)] for row in range(size)]
