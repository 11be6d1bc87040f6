"""The session files the start screen opens: a new one's name and set-up, the deck an old one was
run with, and the recent ones, those of the sessions folder and those opened elsewhere.

Nothing here is needed to paint the start screen: the launcher imports it where it is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bataille.ui.elsewhere import remembered_elsewhere
from bataille.ui.i18n import interface_language
from bataille.ui.settings import Settings
from bataille.ui.start.request import DeckNotFoundError, NewSessionRequest

if TYPE_CHECKING:
    from bataille.deck.models import Deck
    from bataille.workshop import Session
    from bataille.workshop.clock import Clock


class SessionOpenError(Exception):
    """A session cannot be started or reopened; the message says what to do."""


def recent_files(folder: Path, limit: int = 12) -> list:
    """The sessions of ``folder`` and those opened elsewhere, newest first (a file no longer there
    last: its drive may be out)."""
    from bataille.storage import recent_sessions
    from bataille.storage.recent import summarise

    found = recent_sessions(folder, limit=limit)
    seen = set()
    for session in found:
        try:
            seen.add(session.path.resolve())
        except OSError:
            seen.add(session.path)
    others = []
    for path in remembered_elsewhere():
        try:
            same = path.resolve() in seen
        except OSError:
            same = False
        if not same:
            others.append(summarise(path))
    return sorted(found + others, key=lambda s: s.modified_at, reverse=True)[:limit]


def new_session_path(folder: Path, quick: bool = False, lang: str = "fr") -> Path:
    """A fresh, readable file name in the sessions folder (never an existing file): its date and
    time, and for a quick debate, the words, in the session's language."""
    from datetime import datetime

    from bataille.storage.files import free_name
    from bataille.workshop.flow import WORDS

    named = f" {WORDS.text('quick_debate', lang)}" if quick else ""
    clock = "%Hh%M" if lang == "fr" else "%H.%M"  # 19h41, 19.41: a colon is no file name's
    return free_name(folder, datetime.now().strftime(f"%Y-%m-%d {clock}") + named)


def create_session(deck: Deck, request: NewSessionRequest, path: Path, clock: Clock | None = None,
                   names: tuple[str, str] = ("For", "Against")) -> Session:
    """Write a new session file for ``request``: teams added, workshop started (a quick debate: two
    camps named ``names``, its debate open)."""
    from bataille.storage import SessionFileError, new_session
    from bataille.storage.words import Said, said
    from bataille.ui.session_saving import save_failure_reason
    from bataille.workshop import ActionError, NotSavedError, SystemClock
    from bataille.workshop.flow import first_debate_phase, start_quick_debate
    from bataille.workshop.refusals import refusal

    clock = clock or SystemClock()
    quick = request.debate_card is not None
    phase = first_debate_phase(deck) if quick else None
    if quick and phase is None:
        raise SessionOpenError("This deck's agenda has no debate phase: a quick debate needs one.")
    try:
        session = new_session(path, deck, clock, request.lang, request.minutes, [phase] if phase else None)
    except SessionFileError as error:  # a full disk, a read-only folder: said in the interface language
        raise SessionOpenError(said(error, interface_language())) from error
    except ActionError as error:
        raise SessionOpenError(refusal(str(error), interface_language())) from error
    try:
        if quick:
            start_quick_debate(session, request.debate_card, names)
        else:
            for name, colour in request.teams:
                session.add_team(name, colour)
            session.start()
    except ActionError as error:
        _abandon(session, path)
        raise SessionOpenError(refusal(str(error), interface_language())) from error
    except NotSavedError as error:  # the disk filled while the teams were written
        _abandon(session, path)
        message = Said("create_failed", name=path.name, reason=save_failure_reason(error))
        raise SessionOpenError(message.render(interface_language())) from error
    return session


def _abandon(session: Session, path: Path) -> None:
    """Close and remove a session file just created: its set-up could not be finished."""
    from bataille.storage.files import remove_with_journal

    session.store.close()  # not close_session: what waits in memory is being dropped with the file
    remove_with_journal(path)


def deck_for(path: Path, current: Deck) -> Deck:
    """The deck a session file was run with: the one open, the bundled one, or a remembered folder."""
    from bataille.deck import DeckError, bundled_deck_path, load_deck
    from bataille.storage import EmptySessionError, SessionFileError
    from bataille.storage.recent import summarise

    info = summarise(path)
    if isinstance(info.failure, (SessionFileError, OSError)):
        raise info.failure  # typed: the start screen words it (damaged, too new, not a session…)
    if info.failure is not None:
        raise SessionOpenError(info.error) from info.failure
    if info.error:  # read, but no event in it
        raise EmptySessionError(info.error)
    if info.deck_id == current.id:
        return current
    candidates = [Settings().deck_folder(info.deck_id), str(bundled_deck_path())]
    for folder in candidates:
        if not folder:
            continue
        try:
            deck = load_deck(Path(folder))
        except DeckError:
            continue
        if deck.id == info.deck_id:
            return deck
    raise DeckNotFoundError(path, info.deck_id)
