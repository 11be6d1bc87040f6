"""The session files the start screen opens: a new one's name and set-up, the deck an old one was
run with, and the recent ones, those of the sessions folder and those opened elsewhere.

Nothing here is needed to paint the start screen: the launcher imports it where it is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bataille.ui.elsewhere import remembered_elsewhere
from bataille.ui.i18n import interface_language
from bataille.ui.identity import preferences
from bataille.ui.settings import Settings
from bataille.ui.start.request import DeckNotFoundError, NewSessionRequest

if TYPE_CHECKING:
    from bataille.deck.models import Deck
    from bataille.workshop import Session
    from bataille.workshop.clock import Clock


class SessionOpenError(Exception):
    """A session cannot be started or reopened; the message says what to do."""


class Listed(NamedTuple):  # not a dataclass: read at every start, a NamedTuple is quicker to import
    """A session file as the recent list first knows it: where, and when it was last written (for a
    file no longer there, when it was last seen; 0 if never). What it holds is read when shown."""

    path: Path
    modified_at: float
    missing: bool = False


class PastSetup(NamedTuple):
    """What a new session can take from an old one: its deck, language, length and teams."""

    deck_id: str
    lang: str
    minutes: int
    teams: tuple[tuple[str, str], ...]  # (name, colour)


SEEN = "sessions/elsewhere_seen"  # "time<TAB>path" of each remembered file, when last seen there


def _modified(path: Path) -> float | None:
    """When ``path`` (or its -wal file, written first) was last written; None when it is not there."""
    times = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            times.append(candidate.stat().st_mtime)
        except OSError:
            pass
    return max(times) if times else None


def _seen() -> dict[str, float]:
    value = preferences().value(SEEN) or []
    seen = {}
    for line in [value] if isinstance(value, str) else value:
        when, _tab, path = str(line).partition("\t")
        try:
            seen[path] = float(when)
        except ValueError:
            continue
    return seen


def note_seen(times: dict[str, float]) -> None:
    """Remember when the files opened elsewhere were last written, for the day their stick is out."""
    seen = _seen()
    if all(seen.get(path) == when for path, when in times.items()):
        return  # nothing new: no write at every start
    seen.update(times)
    kept = set(map(str, remembered_elsewhere()))
    preferences().setValue(SEEN, [f"{when}\t{path}" for path, when in seen.items() if path in kept])


def recent_files(folder: Path) -> list[Listed]:
    """Every session of ``folder`` and those opened elsewhere, newest first, without reading any:
    a file no longer there (its stick is out) keeps the place of when it was last seen."""
    from bataille.storage import SUFFIX

    found: list[Listed] = []
    try:
        paths = list(Path(folder).glob(f"*{SUFFIX}")) if Path(folder).is_dir() else []
    except OSError:  # the folder vanished or cannot be listed: nothing to show, nothing to stop
        paths = []
    seen = set()
    for path in paths:
        found.append(Listed(path, _modified(path) or 0.0))
        seen.add(path.absolute())
    last_seen, now_seen = _seen(), {}
    for path in remembered_elsewhere():
        if path.absolute() in seen or path.parent.absolute() == Path(folder).absolute():
            continue
        seen.add(path.absolute())
        modified = _modified(path)
        if modified is None:
            found.append(Listed(path, last_seen.get(str(path), 0.0), missing=True))
        else:
            found.append(Listed(path, modified))
            now_seen[str(path)] = modified
    if now_seen:
        note_seen(now_seen)
    return sorted(found, key=lambda s: s.modified_at, reverse=True)


def read_listed(listed: Listed):  # noqa: ANN201 - a RecentSession (storage: not imported to paint)
    """What the list shows of one session: read (without a deck, without writing) when shown."""
    from bataille.storage.recent import summarise

    return summarise(listed.path)


def past_setup(path: Path) -> PastSetup:
    """The deck, language, length and teams of the session file ``path`` (for « Same teams »)."""
    from bataille.lengths import LENGTHS
    from bataille.storage import EmptySessionError
    from bataille.storage.reader import looking_at
    from bataille.storage.reading import read_events
    from bataille.workshop.fold import fold

    with looking_at(path) as db:
        events = read_events(db, path)
    if not events:
        raise EmptySessionError(f"{path.name} holds no session (its creation was interrupted).")
    state = fold(None, events)
    minutes = min(LENGTHS, key=lambda length: abs(length - state.agenda.minutes))
    return PastSetup(state.deck_id, state.lang, minutes, tuple((t.name, t.colour) for t in state.teams))


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
    settings = Settings()
    candidates = [settings.deck_folder(info.deck_id), str(bundled_deck_path())]
    for folder in candidates:
        if not folder:
            continue
        try:
            deck = load_deck(Path(folder))
        except DeckError:
            continue
        if deck.id == info.deck_id:
            return deck
    raise DeckNotFoundError(path, info.deck_id, settings.deck_title(info.deck_id, interface_language()),
                            settings.deck_folder(info.deck_id))
