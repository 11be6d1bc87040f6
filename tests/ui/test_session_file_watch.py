"""What the start screen and the console say about the session file itself (issue 17, classes 2,
9, 10, 12): a full disk at "New session", a file removed or a -wal replaced under a running
session, a damaged -wal on reopening, a session on a read-only disk. French interface.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionFile, close_session, new_session
from bataille.ui.paths import sessions_dir
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.ui.start.request import NewSessionRequest
from bataille.workshop import ManualClock

NB = "\u00a0"
SHOTS = os.environ.get("BATAILLE_SHOTS")  # a folder: save what the facilitator sees, to look at it


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture
def launcher(qtbot, translations, deck):
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    yield launcher
    if launcher.console is not None:
        launcher.console.controller.session.store.close()  # whatever is pending: the test is over
        launcher.console.controller.lose_pending_on_close = True
        launcher.console.close()


def _shot(widget, name: str) -> None:
    if SHOTS:
        for w, h in ((1366, 768), (1920, 1080)):
            widget.resize(w, h)
            widget.grab().save(str(Path(SHOTS) / f"{name}-{w}.png"))


def _mount_tiny(where: Path) -> None:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a 64 KiB tmpfs here ({done.stderr.strip() or 'not permitted'})")


def test_new_session_on_a_full_disk_says_so(launcher, qtbot) -> None:
    folder = sessions_dir()
    _mount_tiny(folder)
    try:
        (folder / "filler.bin").write_bytes(b"\0" * (40 * 1024))
        launcher.show_start()
        request = NewSessionRequest(lang="fr", minutes=60, teams=(("Les Loutres", "#56B4E9"),
                                                                  ("Les Castors", "#E69F00")))
        assert launcher.new(request) is None
        text = launcher.start.message.text()
        assert "le disque est plein" in text and "rien n’a été laissé derrière" in text.replace("'", "’")
        assert sorted(p.name for p in folder.iterdir()) == ["filler.bin"]  # no file, no .lock, no -wal
        _shot(launcher.start, "new-session-full-disk")
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _running(launcher, deck, name: str = "atelier.bataille"):
    path = sessions_dir() / name
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=60)
    session.add_team("Les Loutres")
    session.add_team("Les Castors")
    session.start()
    console = launcher.run(session, show_stage=False)
    return path, console


def test_the_file_removed_under_a_running_session(launcher, qtbot, deck, tmp_path) -> None:
    path, console = _running(launcher, deck)
    controller = console.controller
    path.unlink()
    controller.act(controller.session.add_takeaway, "Une idée")
    banner = console.save_banner
    assert banner.isVisible() and banner.kind == "error"
    assert "supprimé, renommé ou remplacé pendant la séance" in banner.label.text()
    assert banner.button.text().replace("&", "") == "Enregistrer une copie ailleurs…"
    _shot(console, "file-removed")
    copy = tmp_path / "ailleurs.bataille"
    assert banner.save_elsewhere(copy)
    assert controller.pending == 0
    assert f"toutes les actions sont dans {copy}" in banner.label.text()
    controller.act(controller.session.add_takeaway, "Une autre, dans la copie")
    assert controller.pending == 0
    assert controller.session.store.path == copy
    events = list(controller.session.events)
    store = SessionFile.open  # the copy holds everything once closed
    close_session(controller.session)
    reopened = store(copy)
    assert len(reopened) == len(events)
    reopened.close()


def test_the_wal_removed_under_a_running_session_is_said(launcher, qtbot, deck) -> None:
    path, console = _running(launcher, deck)
    controller = console.controller
    controller.act(controller.session.add_takeaway, "Une idée")
    path.with_name(path.name + "-wal").unlink()
    controller.act(controller.session.add_takeaway, "Une autre")
    notice = console.wal_notice
    assert notice.isVisible()
    assert notice.label.text() == (f"Le fichier à côté du fichier de séance ({path.name}-wal) a été supprimé ou "
                                   "remplacé pendant la séance\u00a0; toutes les actions sont toujours enregistrées "
                                   "dans le fichier de séance.")
    assert controller.pending == 0 and not console.save_banner.isVisible()


def test_a_damaged_wal_on_reopening_says_how_many_actions_are_missing(launcher, qtbot, deck) -> None:
    path = sessions_dir() / "atelier.bataille"
    with pytest.MonkeyPatch.context() as patch:  # a file as a crash leaves it, its events in the -wal
        patch.setattr(SessionFile, "checkpoint", lambda self: None)
        session = new_session(path.with_name("live.bataille"), deck, ManualClock(), "fr", agenda_minutes=60)
        for i in range(6):
            session.add_team(f"Équipe {i}")
        session.start()
        for i in range(10):
            session.add_takeaway(f"Idée {i}")
        total = len(session.events)
        for suffix in ("", "-wal"):
            shutil.copy(str(session.store.path) + suffix, str(path) + suffix)
        close_session(session)
    wal = path.with_name(path.name + "-wal")
    data = bytearray(wal.read_bytes())
    where = data.rfind("Idée 9".encode())  # the last copy of the last event's page: nothing later mends it
    data[where + 1] ^= 0x04
    wal.write_bytes(data)
    console = launcher.open(path)
    assert console is not None
    kept = len(console.controller.session.events)
    assert kept < total
    banner = console.recovery_banner
    assert banner.isVisible() and banner.kind == "error"
    text = banner.label.text()
    assert f"{total - kept} actions n’ont pas pu être relues" in text or "une action n’a pas pu" in text
    assert ".before-recovery-" in text
    _shot(console, "damaged-wal")


def test_a_session_on_a_read_only_disk_is_said_as_such(launcher, qtbot, deck, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(stick)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not permitted'})")
    try:
        session = new_session(stick / "atelier.bataille", deck, ManualClock(), "fr")
        close_session(session)
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        launcher.show_start()
        assert launcher.open(stick / "atelier.bataille") is None
        text = launcher.start.message.text()
        assert "disque en lecture seule" in text and "Copiez le fichier" in text
        assert "pas un fichier de séance" not in text
        _shot(launcher.start, "read-only")
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)


def test_the_disk_filling_while_the_teams_are_written(launcher, qtbot, monkeypatch) -> None:
    """The set-up is written, then the disk fills: no half session is left, the reason is said."""
    from bataille.storage.errors import Failure, SessionWriteError

    real = SessionFile.append

    def append(self, seq, event):
        if seq >= 2:
            raise SessionWriteError("Could not save: database or disk is full", Failure.DISK_FULL)
        return real(self, seq, event)

    monkeypatch.setattr(SessionFile, "append", append)
    launcher.show_start()
    request = NewSessionRequest(lang="fr", minutes=60, teams=(("Les Loutres", "#56B4E9"), ("Les Castors", "#E69F00"),
                                                              ("Les Hiboux", "#009E73")))
    assert launcher.new(request) is None
    text = launcher.start.message.text()
    assert "le disque est plein" in text and "Rien n’a été laissé derrière" in text
    assert [p.name for p in sessions_dir().iterdir()] == []
