"""The card footer (card id and deck version) is fit-checked: it never runs under the QR code or off the card."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.card_frame import SMALL_PT
from bataille.export.cards import CardLayout, check_fits
from bataille.export.cards_text import text_width
from tests.deck.conftest import CARDS_YAML, DECK_YAML, write_deck

from .figures import count

LONG_ID = "env-" + "water-evaporated-by-cooling-towers-of-data-centres-in-2023"[:60]
LONG_VERSION = "2026.12.04-rc.1+build.4711.sha.0123456789abcdef"


def _overlaps(deck, size: str) -> list[str]:
    """Footer lines drawn past the QR code's left edge or the card's right edge, by card."""
    layout = CardLayout(deck, size, "fr")
    bad = []
    for card in deck.cards:
        for face in layout.layout(card):
            right = (face.qr[1] if face.qr else layout.w) - 1.0
            for line in face.lines:
                if line.size <= SMALL_PT and line.y < 20 and line.x + text_width(line.text, line.font, line.size) > right:
                    bad.append(card.id)
    return bad


@pytest.mark.parametrize("size", ["poker", "tarot", "a7", "mini", "50x70"])
def test_no_footer_is_drawn_over_the_qr_code_unless_it_is_a_problem(size: str) -> None:
    deck = load_deck(bundled_deck_path())
    reported = {p.card_id for p in check_fits(deck, size, "fr") if p.field in ("id", "version")}
    assert set(_overlaps(deck, size)) <= reported
    count("card sizes whose footers were measured")


@pytest.mark.parametrize("what", ["id", "version"])
def test_a_long_id_or_version_is_a_fit_problem_and_nothing_is_printed(what: str, tmp_path: Path) -> None:
    files = {"cards/environment.yaml": CARDS_YAML.replace("id: env-water", f"id: {LONG_ID}")} if what == "id" else \
        {"cards/deck.yaml": DECK_YAML.replace("version: 1.0.0", f"version: {LONG_VERSION}")}
    root = write_deck(tmp_path / "deck", **files)
    deck = load_deck(root)  # a legal id (64 characters at most) and a legal version
    problems = [p for p in check_fits(deck, "poker", "fr") if p.field == "id"]
    assert problems and "shorten the id or the version" in problems[0].message
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="en_GB.UTF-8", QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "cards.pdf"
    done = subprocess.run([sys.executable, "-m", "bataille", "print", str(root), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and not out.exists()
    assert "beside the QR code" in done.stderr and "Traceback" not in done.stderr
    fr = subprocess.run([sys.executable, "-m", "bataille", "print", str(root), "-o", str(out)],
                        capture_output=True, text=True, env={**env, "LANG": "fr_FR.UTF-8"}, timeout=60)
    assert "à côté du code QR" in fr.stderr


def test_a_long_id_fits_on_a_larger_card(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"cards/environment.yaml": CARDS_YAML.replace("id: env-debate",
                                                                                         "id: env-debate-" + "w" * 42)})
    deck = load_deck(root)
    assert [p.field for p in check_fits(deck, "poker", "fr")] == ["id", "id"]  # front and back of the debate card
    assert not [p for p in check_fits(deck, "tarot", "fr") if p.field == "id"]
    assert _overlaps(deck, "tarot") == []
