"""Sessions run with another deck than the one open: the recent sessions named that deck by its id
(« other-deck »), and a session whose deck folder has gone said only « open that deck first ». The
start screen now names the deck by the title it had when a session last ran it on this computer, and
says where that deck was last opened from."""

from __future__ import annotations

import shutil
from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.ui.paths import sessions_dir
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.ui.start.open_refusals import open_error_text
from bataille.ui.start.request import DeckNotFoundError
from bataille.ui.start.session_files import deck_for
from bataille.workshop import SystemClock


def a_session(name: str, deck):
    """A session of two teams, started, in the sessions' folder."""
    path = sessions_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    session = new_session(path, deck, SystemClock(), "fr", 60)
    for team in ("Les Hiboux", "Les Loutres"):
        session.add_team(team)
    session.start()
    return session


def a_session_run_with(qtbot, translations, deck_folder: Path) -> Path:
    """A session file of two teams, run in the app on the deck at ``deck_folder``, then closed."""
    deck = load_deck(deck_folder)
    session = a_session("atelier du mardi.bataille", deck)
    path = session.store.path
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.run(session, show_stage=False)
    qtbot.addWidget(console.stage)
    console.close()
    if launcher.console is not None:
        close_session(session)
    return path


def refusal_of(path: Path) -> str:
    """What the start screen says when it cannot find ``path``'s deck (the bundled deck open)."""
    try:
        deck_for(path, load_deck(bundled_deck_path()))
    except DeckNotFoundError as error:
        return open_error_text(path, error)
    raise AssertionError("the deck was found")


def test_a_session_of_another_deck_is_listed_with_that_deck_s_title(qtbot, translations, other_deck: Path) -> None:
    path = a_session_run_with(qtbot, translations, other_deck)
    bundled = load_deck(bundled_deck_path())
    launcher = Launcher(translations, Settings(), bundled)  # the start screen on the bundled deck
    qtbot.addWidget(launcher.start)
    launcher.start.resize(1366, 768)
    launcher.start.show()
    qtbot.waitExposed(launcher.start)
    launcher.list_recent()
    recent = launcher.start.recent
    rows = [recent.item(row).text() for row in range(recent.count())]
    line = next(text for text in rows if text.startswith(path.stem))
    qtbot.waitUntil(lambda: "Les Hiboux" in recent.item(rows.index(line)).text(), timeout=2000)
    assert recent.item(rows.index(line)).text().startswith("atelier du mardi · Autre jeu\n")


def test_a_session_whose_deck_has_gone_says_its_title_and_where_it_was(qtbot, translations, other_deck: Path,
                                                                       tmp_path: Path) -> None:
    path = a_session_run_with(qtbot, translations, other_deck)
    gone = tmp_path / "clé USB" / "other-deck"
    gone.parent.mkdir()
    shutil.move(other_deck, gone)  # the stick it was on, unplugged: the remembered folder reads nothing
    said = refusal_of(path)
    assert said == (f"«\u00a0atelier du mardi.bataille\u00a0» a été joué avec le jeu «\u00a0Autre jeu\u00a0», "
                    f"ouvert la dernière fois depuis {other_deck}, illisible maintenant (une clé USB retirée, un "
                    "dossier déplacé ou renommé\u00a0?)\u00a0: ouvrez d’abord ce jeu (Autre jeu…), puis la séance.")


def test_a_deck_never_run_here_is_named_by_its_id(qtbot, translations, other_deck: Path) -> None:
    """No session ran it on this computer: nothing remembered, its id (as before), and no folder."""
    session = a_session("reçue d'un collègue.bataille", load_deck(other_deck))
    path = session.store.path
    close_session(session)
    said = refusal_of(path)
    assert said == ("«\u00a0reçue d'un collègue.bataille\u00a0» a été joué avec le jeu «\u00a0other-deck\u00a0»\u00a0: "
                    "ouvrez d’abord ce jeu (Autre jeu…), puis la séance.")
