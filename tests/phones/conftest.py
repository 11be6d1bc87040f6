"""Fixtures the phone page's tests share: the folder their screenshots go to, and a headless
Debian chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screenshots go: BATAILLE_SHOTS=folder keeps them for a person to look at."""
    folder = Path(os.environ.get("BATAILLE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def browser():
    """Debian's chromium, headless, offline (the tests that use it skip when it is missing)."""
    from playwright.sync_api import sync_playwright

    from .test_phone_page import ARGS, CHROMIUM

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()
