"""Whether this computer still has an address: the laptop may change network while the phones are on."""

from __future__ import annotations

import errno
import socket


def holds(address: str) -> bool:
    """This computer still has ``address``: a UDP socket binds to it (nothing is sent, nothing listens).
    A system that refuses for another reason than a gone address is taken to still have it."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.bind((address, 0))
    except OSError as error:
        return error.errno not in (errno.EADDRNOTAVAIL, 10049)  # 10049: Windows' WSAEADDRNOTAVAIL
    finally:
        probe.close()
    return True
