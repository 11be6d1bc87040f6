"""Session → Workshop Kit…: the live session's teams on the signs and, while the phones are on, the
join poster with the address and room code the stage shows."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bataille.ui.commands import Command


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                                   text=True).stdout.split())


def test_the_kit_from_the_console_names_the_teams_and_joins_the_phones(console, tmp_path: Path):
    action = console.actions_[Command.SAVE_KIT]
    assert action in console.session_menu.actions() and action.text() == "&Kit de l’atelier…"
    written = console.save_kit(tmp_path / "kit.pdf")
    text = pdf_text(written)
    assert "Les Hiboux" in text and "Les Loutres" in text and "D’accord" in text
    assert "Votez avec votre téléphone" not in text  # the phones are off
    # The score sheet's columns are the phases that score, as the console's agenda names them.
    scoring = [p.title.get("fr") for p in console.controller.deck.agenda.phases if p.kind in ("timeline", "debate")]
    assert "Feuille de marque" in text and scoring and all(" ".join(t.split()) in text for t in scoring)
    console.phones.turn_on("127.0.0.1", 0)
    written = console.save_kit(tmp_path / "kit-phones.pdf")
    text = pdf_text(written)
    address = console.phones.url.removeprefix("http://").rstrip("/")
    assert "Votez avec votre téléphone" in text and address in text and f"Salle {console.phones.code}" in text


def test_a_kit_that_cannot_be_written_says_why(console, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    assert console.save_kit(tmp_path / "missing" / "kit.pdf") is None
    assert said and said[0].startswith("Le kit n’a pas été enregistré\u00a0: impossible d’enregistrer "), said


def test_the_wifi_named_in_the_preferences_is_on_the_join_screen_and_the_poster(console, tmp_path: Path, app_font):
    """Preferences › Room's Wi-Fi: the stage's join screen and the kit's join poster say which network
    to join; left empty, "this room's Wi-Fi"."""
    from bataille.ui.stage.phones_overlay import join_lines

    phones = console.phones
    phones.turn_on("127.0.0.1", 0)
    first_step = [text for text, *_ in join_lines(1920, 1080, phones, app_font)][1]
    assert first_step == "1. Rejoignez le Wi-Fi de la salle"
    console.settings.wifi_name = "EduNet Salle 12"
    console.apply_settings()  # as OK in the preferences does
    assert [text for text, *_ in join_lines(1920, 1080, phones, app_font)][1] == \
        "1. Rejoignez le Wi-Fi «\u00a0EduNet Salle 12\u00a0»"
    text = pdf_text(console.save_kit(tmp_path / "kit-wifi.pdf"))
    assert "1. Rejoignez le Wi-Fi « EduNet Salle 12 »" in text.replace("\u00a0", " ")
