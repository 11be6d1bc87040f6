"""SHA-256 without OpenSSL: the deck's content hash and the session file's event digests.

``hashlib`` loads OpenSSL's libcrypto at its import: about 3 MiB of resident memory and a few
milliseconds, for two digests of a few hundred kilobytes at most. CPython's own SHA-256
(``_sha2`` from 3.12, ``_sha256`` before) gives the same digests without it, at about 4 ms a
megabyte; hashlib stays the fallback for a Python built without them.
"""

from __future__ import annotations

try:
    from _sha2 import sha256  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # pragma: no cover - a Python built without its own hashes
        from hashlib import sha256

__all__ = ["sha256"]
