"""The tag a phone's token carries of the laptop's address is made without OpenSSL: the console
imports it at start, and hashlib would load libcrypto into every session (3.6 MiB more at the
self-test's peak, measured when it did)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_tokens_tag_loads_no_hashlib():
    script = (
        "import sys\n"
        "from bataille.phones.voters import origin_tag\n"
        "print(origin_tag('192.168.1.23', 8765))\n"
        "print(sorted(m for m in ('hashlib', '_hashlib') if m in sys.modules))\n"
    )
    src = str(Path(__file__).resolve().parents[2] / "src")
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": src},
                          capture_output=True, text=True, timeout=60, check=True)
    tag, loaded = done.stdout.splitlines()
    assert len(tag) == 6 and loaded == "[]", done.stdout
