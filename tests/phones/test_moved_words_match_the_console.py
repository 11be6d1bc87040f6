"""A phone that came back at the laptop's new address, in the same words on the phone and on the
console: the phone page said « Déjà envoyé avant que le vote change d’adresse ? » while the console's
feedback summary counted those phones « avant le changement de réseau » ("before the network changed"),
which reads as another event (the phones' network did not change; the address they open did, and the
console moves them there: « Déplacer les téléphones vers … »). Both now say « avant que le vote change
d’adresse » ("before voting moved to a new address"), which the pupil also reads when voting moves
(« Le vote a changé d’adresse : scannez le nouveau code »)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import bataille

PHRASE = {"fr": "avant que le vote change d’adresse", "en": "before voting moved to a new address"}
# The console's words for those phones (the feedback summary, and what the phones still owe).
CONSOLE = {"DebriefPanel": "%n of them before voting moved to a new address",
           "PhonesPanel": "%n had sent it before voting moved to a new address"}


def page_words(key: str) -> dict[str, str]:
    page = (Path(bataille.__file__).parent / "phones" / "page.html").read_text(encoding="utf-8")
    said = re.findall(rf'\b{key}: "([^"]*)"', page)
    assert len(said) == 2, key  # French, then English
    return {"fr": said[0], "en": said[1]}


def console_words(lang: str) -> list[str]:
    """The translations, in ``lang``, of every console message that counts the phones come back."""
    ts = Path(bataille.__file__).parent / "ui" / "translations" / f"bataille_{lang}.ts"  # read as text: no Qt
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            if "network changed" in source or "voting moved" in source:
                found += [form.text or "" for form in msg.iter("numerusform")]
    return found


def test_the_phone_and_the_console_say_the_same_of_a_phone_come_back_at_the_new_address():
    moved, away = page_words("moved"), page_words("movedAway")
    for lang in ("fr", "en"):
        console = console_words(lang)
        assert len(console) == 2 * len(CONSOLE), console  # singular and plural of each
        for words in [moved[lang], *console]:
            assert PHRASE[lang] in words, (lang, words)
            assert "réseau" not in words and "network" not in words, (lang, words)
    assert "Le vote a changé d’adresse" in away["fr"] and "Voting has moved to a new address" in away["en"]
