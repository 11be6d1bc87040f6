"""Opening a session file the app must refuse or repair, from the start screen; notices on the console.

Real session files, damaged as tests/reliability/test_session_file_corruption.py does (one flipped
bit inside an event), a v1 file built as tests/storage/test_storage_integrity.py builds one, a real
lock held by an open session. French interface unless said otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, open_session
from bataille.storage.schema import APPLICATION_ID
from bataille.ui.console.banners import Banner
from bataille.ui.paths import sessions_dir
from bataille.ui.start.launch import Launcher
from bataille.workshop import ManualClock, MemoryStore, Session
from tests.deck.conftest import copy_bundled_deck

NB = "\u00a0"  # the compiled translations have a no-break space where the .ts has a narrow one


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _play(session: Session) -> None:
    session.add_team("Les Loutres")
    session.add_team("Les Castors")
    session.add_team("Les Hiboux")  # event 4 (seq 3): the one the flipped bit lands in
    session.start()
    session.start_phase("welcome")
    session.add_takeaway("Une idée")


def _session_file(path: Path, deck) -> tuple:
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=60)
    _play(session)
    events = session.events
    close_session(session)
    return events


def _flip_a_bit_in_hiboux(path: Path) -> None:
    data = bytearray(path.read_bytes())
    where = data.find(b"Les Hiboux")
    assert where > 0 and data.find(b"Les Hiboux", where + 1) < 0
    data[where + 4] ^= 0x01  # "Les Hiboux" -> "Les Iiboux": valid UTF-8, valid JSON, wrong checksum
    path.write_bytes(data)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith(".lock")}


def _stage_texts(stage) -> str:
    return " ".join(label.text() for label in stage.findChildren(QLabel)) + stage.accessibleName()


@pytest.fixture
def launcher(make_launcher, deck):
    return make_launcher(deck, shown=False)


@pytest.fixture
def damaged(deck) -> tuple[Path, tuple]:
    path = sessions_dir() / "atelier.bataille"
    events = _session_file(path, deck)
    _flip_a_bit_in_hiboux(path)
    return path, events


def _open_from_recent(launcher: Launcher, qtbot, path: Path) -> None:
    launcher.show_start()
    [row] = [i for i in range(launcher.start.recent.count())
             if launcher.start.recent.item(i).data(Qt.ItemDataRole.UserRole) == str(path)]
    item = launcher.start.recent.item(row)
    assert item.text() == f"{path.name}\nendommagé à l’action 4 (sur 7)"  # French, short; Resume says more
    assert not item.icon().isNull()  # the ⚠, drawn
    assert item.toolTip().startswith(f"«{NB}{path.name}{NB}» est endommagé à l’action 4")
    launcher.start.recent.setCurrentRow(row)
    qtbot.mouseClick(launcher.start.resume_button, Qt.MouseButton.LeftButton)


def _open_from_file_dialog(launcher: Launcher, qtbot, path: Path, monkeypatch) -> None:
    launcher.show_start()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(launcher.start.file_button, Qt.MouseButton.LeftButton)


def _open(how: str, launcher: Launcher, qtbot, path: Path, monkeypatch) -> None:
    if how == "resume":
        _open_from_recent(launcher, qtbot, path)
    elif how == "file":
        _open_from_file_dialog(launcher, qtbot, path, monkeypatch)
    else:  # `bataille --session FILE`: open_console_first calls open(), then shows the start screen if refused
        assert launcher.open(path) is None
        launcher.show_start()


@pytest.mark.parametrize("how", ["resume", "file", "command line"])
def test_a_damaged_file_is_explained_and_its_intact_actions_recovered(launcher, qtbot, damaged, how,
                                                                        monkeypatch) -> None:
    path, events = damaged
    before = _files(path.parent)

    _open(how, launcher, qtbot, path, monkeypatch)

    start = launcher.start
    assert launcher.console is None and start.isVisible()
    assert start.message_bar.isVisible() and start.message.warning  # the ⚠ is drawn, not typed
    assert start.message.text() == (
        f"«{NB}atelier.bataille{NB}» est endommagé à l’action 4 (sur {len(events)}). Les 3 actions d’avant "
        f"sont intactes{NB}: elles peuvent être copiées dans un nouveau fichier de séance, à côté de celui-ci. "
        f"Le fichier endommagé reste tel quel{NB}: {path} Ce qui ne va pas dans cette action{NB}: son contenu ne "
        f"correspond pas à sa somme de contrôle.")
    assert start.recover_button.isVisible()
    assert start.recover_button.text().replace("&", "") == "Récupérer les actions intactes"
    assert _files(path.parent) == before  # refusing wrote nothing

    qtbot.mouseClick(start.recover_button, Qt.MouseButton.LeftButton)

    console = launcher.console
    assert console is not None
    qtbot.addWidget(console.stage)
    session = console.controller.session
    recovered = session.store.path
    assert recovered.parent == path.parent and recovered.name.startswith("atelier.recovered-")
    # Every intact action, those after the damaged one too (issue 17, class 13).
    assert list(session.events) == list(events[:3]) + list(events[4:])
    assert [t.name for t in session.state.teams] == ["Les Loutres", "Les Castors"]
    assert console.controller.act(console.controller.session.add_takeaway, "Une autre idée") is not None  # working
    assert not console.status_line.warning
    banner = console.rescue_banner
    assert banner.isVisible()
    assert banner.label.text() == (
        f"Séance récupérée d’un fichier endommagé{NB}: ses {len(events) - 1} actions intactes sont dans le nouveau fichier "
        f"{recovered.name}{NB}; le fichier endommagé est resté tel quel{NB}: {path}")
    assert "endommagé" not in _stage_texts(console.stage)
    assert not console.stage.findChildren(Banner)
    # The damaged file, byte for byte, and nothing else beside it but the new file (and its lock).
    after = _files(path.parent)
    assert {k: v for k, v in after.items() if not k.startswith(recovered.name)} == before
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_the_message_follows_the_interface_language(launcher, translations, damaged) -> None:
    path, events = damaged
    launcher.open(path)
    translations.set_language("en")
    QApplication.processEvents()  # Qt posts the LanguageChange events
    try:
        assert launcher.start.message.text() == (
            f"“atelier.bataille” is damaged at action 4 (of {len(events)}). The 3 actions before it are intact: "
            f"they can be copied into a new session file beside it. The damaged file is left as it is: {path} "
            "What is wrong with that action: its contents do not match their checksum.")
        assert launcher.start.recover_button.text().replace("&", "") == "Recover the intact actions"
    finally:
        translations.set_language("fr")
        QApplication.processEvents()
    assert "endommagé à l’action 4" in launcher.start.message.text()


def test_a_file_damaged_from_its_first_action_offers_no_recovery(launcher, deck) -> None:
    path = sessions_dir() / "atelier.bataille"
    _session_file(path, deck)
    data = bytearray(path.read_bytes())
    where = data.find(b"session_created")
    data[where] ^= 0x01
    path.write_bytes(data)
    launcher.open(path)
    assert launcher.start.message.text().startswith(
        f"«{NB}atelier.bataille{NB}» est endommagé dès sa première action (sur ")
    assert launcher.start.recover_button.isHidden()


def test_a_file_from_a_newer_version_is_refused_in_plain_french(launcher, deck) -> None:
    path = sessions_dir() / "futur.bataille"
    _session_file(path, deck)
    data = bytearray(path.read_bytes())
    data[60:64] = (99).to_bytes(4, "big")  # PRAGMA user_version, as a newer app would write it
    path.write_bytes(data)
    before = _files(path.parent)

    assert launcher.open(path) is None

    assert launcher.start.message.text() == (
        f"«{NB}futur.bataille{NB}» a été enregistré par une version plus récente de Bataille IA. Mettez "
        f"l’application à jour pour l’ouvrir{NB}; le fichier n’a pas été modifié.")
    assert launcher.start.recover_button.isHidden()
    assert _files(path.parent) == before


def test_a_file_open_in_another_window_names_its_process(launcher, qtbot, deck) -> None:
    path = sessions_dir() / "ailleurs.bataille"
    _session_file(path, deck)
    other = open_session(path, deck, ManualClock())  # holds the lock, as another window would
    try:
        assert launcher.open(path) is None
        assert launcher.start.message.text() == (
            f"«{NB}ailleurs.bataille{NB}» est déjà ouvert dans une autre fenêtre de Bataille IA "
            f"(processus {os.getpid()}). Fermez-le d’abord dans cette fenêtre, ou ouvrez une copie du fichier.")
        assert launcher.start.recover_button.isHidden()
    finally:
        close_session(other)
    console = launcher.open(path)  # once it is closed there, it opens
    assert console is not None
    qtbot.addWidget(console.stage)


def test_a_file_that_is_not_a_session_and_a_missing_one(launcher, tmp_path) -> None:
    text = tmp_path / "notes.bataille"
    text.write_text("pas une séance\n" * 20, encoding="utf-8")
    launcher.open(text)
    assert launcher.start.message.text() == (
        f"«{NB}notes.bataille{NB}» ne peut pas être ouvert{NB}: ce n’est pas un fichier de séance Bataille IA, "
        "ou il est trop endommagé pour être lu. Ouvrez une copie ou une sauvegarde de ce fichier.")
    gone = tmp_path / "parti.bataille"
    launcher.open(gone)
    assert launcher.start.message.text() == f"{gone} est introuvable (déplacé, renommé ou supprimé{NB}?)."
    launcher.start.show_message("Jeu chargé.", error=False)  # any other message drops the recovery offer
    assert launcher.start.recover_button.isHidden()


def _v1_file(path: Path, deck) -> Session:
    """A session file exactly as the v1 code wrote it (no digests), with raw sqlite3."""
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr", 60)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN IMMEDIATE")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, type TEXT NOT NULL, at REAL NOT NULL,"
               " payload TEXT NOT NULL)")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("COMMIT")
    db.execute("INSERT INTO meta VALUES ('created_at', '0.0'), ('format', '1')")
    for seq, event in enumerate(session.events):
        db.execute("INSERT INTO events (seq, type, at, payload) VALUES (?, ?, ?, ?)",
                   (seq, event.type, event.at, json.dumps(event.payload(), ensure_ascii=False, separators=(",", ":"))))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return session


def test_a_v1_file_opens_with_a_notice_that_it_was_converted(launcher, qtbot, deck) -> None:
    path = sessions_dir() / "ancien.bataille"
    played = _v1_file(path, deck)

    console = launcher.open(path)

    assert console is not None
    qtbot.addWidget(console.stage)
    assert console.controller.session.events == played.events
    copy = path.with_name("ancien.bataille.before-migration-v1")
    assert copy.is_file() and console.controller.migrated_copy == copy
    banner = console.migration_banner
    assert banner.isVisible()
    assert banner.label.text() == (f"Fichier de séance d’une version précédente de Bataille IA, converti{NB}; "
                                   f"l’original est gardé tel quel dans {copy}")
    assert "\n" not in banner.label.text()
    assert "converti" not in _stage_texts(console.stage)
    assert console.rescue_banner.isHidden() and console.deck_banner.isHidden()


def test_a_current_file_shows_no_notice(launcher, qtbot, deck) -> None:
    path = sessions_dir() / "récent.bataille"
    _session_file(path, deck)
    console = launcher.open(path)
    qtbot.addWidget(console.stage)
    assert console.migration_banner.isHidden() and console.rescue_banner.isHidden()
    assert console.deck_banner.isHidden() and console.recovery_banner.isHidden()


def test_deck_files_broken_mid_session_give_a_discreet_notice(launcher, qtbot, tmp_path) -> None:
    folder = copy_bundled_deck(tmp_path / "deck")
    deck = load_deck(folder)
    launcher.deck = deck
    launcher.browse_deck()  # the deck window is what watches the deck files
    watcher = launcher.deck_window.watcher
    path = sessions_dir() / "séance.bataille"
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=60)
    session.add_team("A")
    session.add_team("B")
    session.start()
    close_session(session)
    console = launcher.open(path)
    qtbot.addWidget(console.stage)
    c = console.controller

    watcher.reload()  # files unchanged: nothing to say
    assert console.deck_banner.isHidden()
    (folder / "cards" / "society.yaml").write_bytes(b"cards: [[[[")
    watcher.reload()

    banner = console.deck_banner
    assert watcher.problems and banner.isVisible()
    assert banner.label.text() == ("Les fichiers du jeu ont changé sur le disque\u00a0; la séance continue "
                                   "avec le jeu chargé au départ.")
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
    assert "fichiers du jeu" not in _stage_texts(console.stage)
    assert c.session.deck is deck
    assert c.act(c.session.start_phase, "welcome") is not None  # plays on
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()
    shutil.rmtree(folder)  # the folder vanishes: once dismissed, the notice does not come back
    watcher.reload()
    assert banner.isHidden() and c.session.deck is deck


def test_the_deck_folder_vanishing_is_noticed_too(launcher, qtbot, tmp_path) -> None:
    folder = copy_bundled_deck(tmp_path / "deck")
    deck = load_deck(folder)
    launcher.deck = deck
    path = sessions_dir() / "séance.bataille"
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=60)
    session.add_team("A")
    session.add_team("B")
    session.start()
    close_session(session)
    console = launcher.open(path)
    qtbot.addWidget(console.stage)
    launcher.browse_deck()  # opened during the session, this time
    shutil.rmtree(folder)
    launcher.deck_window.watcher.reload()
    assert console.deck_banner.isVisible()
