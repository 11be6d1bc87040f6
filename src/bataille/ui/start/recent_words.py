"""What one line of the recent sessions says: its name and deck, when it was run and how far it
went, its teams, each line cut to the column's width (never sideways), the whole in its tooltip.

Imported once the start screen is painted, with the sessions; the words keep the start screen's
context of translation (StartWindow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

    from bataille.deck.models import Deck
    from bataille.storage import RecentSession

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def teams_line(names: tuple[str, ...], metrics: QFontMetrics, width: int) -> str:
    """Every team when they fit, else the first ones and how many more: « Les Hiboux, Les Loutres +2 »."""
    if not names:
        return translate("StartWindow", "no team")
    whole = ", ".join(names)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    for shown in range(len(names) - 1, 0, -1):
        text = f"{', '.join(names[:shown])} +{len(names) - shown}"
        if metrics.horizontalAdvance(text) <= width:
            return text
    more = f" +{len(names) - 1}"
    return metrics.elidedText(names[0], Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(more)) + more


def when(seconds: float, lang: str) -> str:
    """Its day and time in the interface's language: « lun. 30 nov., 14:05 », the year said only when
    it is not this one (« lun. 30 nov. 2026, 14:05 »), leaving room on the line for how far it went."""
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    this_year = moment.date().year() == QDateTime.currentDateTime().date().year()
    return QLocale(lang).toString(moment, "ddd d MMM, HH:mm" if this_year else "ddd d MMM yyyy, HH:mm")


def phase_title(phase_id: str, deck_id: str, deck: Deck | None, lang: str) -> str:
    """The phase's title in the open deck when the session was run on it, else its id."""
    if deck is not None and deck.id == deck_id and deck.agenda is not None:
        for phase in deck.agenda.phases:
            if phase.id == phase_id:
                return phase.title.get(lang if lang in deck.languages else deck.languages[0])
    return phase_id


def how_far(session: RecentSession, deck: Deck | None, lang: str) -> str:
    """Run to its end, the phase it reached, or not begun."""
    if session.over:  # said, so that it is not taken for one to resume
        return translate("StartWindow", "finished")
    if not session.started:
        return translate("StartWindow", "not started")
    if session.last_phase_id is None:
        return translate("StartWindow", "no phase played yet")
    return translate("StartWindow", "stopped during “%1”").replace("%1", phase_title(session.last_phase_id, session.deck_id,
                                                                               deck, lang))


def deck_name(session: RecentSession, deck: Deck | None, lang: str, remembered: str = "") -> str:
    """The open deck's title when the session was run on it, else the title the deck had when a
    session last ran it on this computer (``remembered``), else its id."""
    if deck is not None and deck.id == session.deck_id:
        return deck.title.get(lang if lang in deck.languages else deck.languages[0])
    return remembered or session.deck_id


def session_lines(session: RecentSession, deck: Deck | None, lang: str, metrics: QFontMetrics,
                  width: int, remembered: str = "") -> tuple[str, str]:
    """(text, tooltip) of a session that could be read: three lines, each within ``width``
    (``remembered``: its deck's title, when another deck is open; see ``deck_name``)."""
    cut = Qt.TextElideMode.ElideRight
    name = f"{session.path.stem} · {deck_name(session, deck, lang, remembered)}"
    second = f"{when(session.modified_at, lang)} · {how_far(session, deck, lang)}"
    text = "\n".join((metrics.elidedText(name, cut, width), metrics.elidedText(second, cut, width),
                      teams_line(session.teams, metrics, width)))
    teams = "\n".join(f"• {team}" for team in session.teams)
    return text, "\n".join(part for part in (name, second, teams, str(session.path)) if part)
