"""The agenda of the summary shows the breaks, where they were and how long, so that its minutes
add up to the session's real length (PDF read back with pdftotext, and the Markdown), in both
languages. A workshop's agenda read 12 + 7 + 33 + 13 + 8 = 73 min under a header saying
« réelle 1 h 22 »: a 10-minute break between two phases, and the timer stopped, were nowhere."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_words import word
from bataille.workshop import ManualClock, MemoryStore, Session

# Each phase: (seconds played, seconds with the timer stopped in its middle, seconds before the next)
PLAY = ((12 * 60 + 10, 0, 40), (7 * 60, 130, 10 * 60), (33 * 60 - 20, 0, 45), (13 * 60, 0, 25), (8 * 60 + 5, 0, 0))
MINUTES = re.compile(r"\d+ h \d\d|\d+ min")


def _minutes(text: str) -> int:
    hours, _, rest = text.partition(" h ")
    return int(hours) * 60 + int(rest) if rest else int(text.split()[0])


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def played(deck, lang: str) -> Session:
    clock = ManualClock(1_796_112_000.0)
    session = Session.create(deck, MemoryStore(), clock, lang=lang)
    for name in ("A", "B", "C"):
        session.add_team(name)
    session.start()
    for seconds, stopped, gap in PLAY:
        session.start_phase()
        clock.advance(seconds / 2)
        if stopped:
            session.pause_timer()
            clock.advance(stopped)
            session.resume_timer()
        clock.advance(seconds / 2)
        session.end_phase()
        clock.advance(gap)
    return session


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_breaks_make_the_agenda_add_up_in_the_pdf(deck, tmp_path, lang):
    export_summary(played(deck, lang), deck, tmp_path / "s.pdf")
    text = subprocess.run(["pdftotext", "-layout", "-l", "1", str(tmp_path / "s.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    header = re.search(rf"{word('length_actual', lang)} ({MINUTES.pattern})", text).group(1)
    lines = text[text.index(word("phases", lang) + "\n"):text.index(word("teams", lang))].splitlines()
    real, total = [], None
    for line in lines:
        found = MINUTES.findall(line)
        if line.strip().startswith(word("total", lang)):
            total = _minutes(found[-1])
        elif found:
            real.append(_minutes(found[-1]))
    assert total == _minutes(header) == sum(real) == 87, (real, total, header)
    # 12 min, then 7 and its 2 min stopped, the 10-min break…, and the three changes of phase under a minute
    assert real == [12, 7, 2, 10, 33, 13, 8, 2]
    words = _plain(MINUTES.sub("", " ".join(lines)))  # a cell's second line follows the minutes
    timeline, debates = ("La frise de l’IA", "Débats en cinq thèmes") if lang == "fr" else ("The AI timeline", "Debates on five themes")
    assert _plain(f"{word('break', lang)} — {word('break_between', lang, before=timeline, after=debates)}") in words
    assert _plain(f"{word('break', lang)} — {word('break_paused', lang, phase=timeline)}") in words


def _plain(text: str) -> str:
    """Words one space apart (the no-break spaces of French typography as spaces)."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_breaks_make_the_agenda_add_up_in_the_markdown(deck, tmp_path, lang):
    export_summary(played(deck, lang), deck, tmp_path / "s.md")
    text = (tmp_path / "s.md").read_text(encoding="utf-8")
    table = text[text.index(f"## {word('phases', lang)}"):text.index(f"## {word('teams', lang)}")]
    rows = [[c.strip().strip("*") for c in line.strip("|").split("|")] for line in table.splitlines()[4:] if line.startswith("|")]
    total = rows.pop()
    assert total[0] == word("total", lang)
    assert sum(_minutes(r[2]) for r in rows) == _minutes(total[2]) == 87
    assert [r[0] for r in rows].count(word("break", lang)) == 2
    assert rows[-1][0] == word("breaks_short", lang)


def test_a_pause_under_way_counts_until_the_summary_is_made(deck, tmp_path):
    """Exported while the timer is stopped (the console's Export… during a break), the phase's
    pause so far is a break of the agenda, as it is of the header's real length."""
    clock = ManualClock(1_796_112_000.0)
    session = Session.create(deck, MemoryStore(), clock, lang="en")
    for name in ("A", "B"):
        session.add_team(name)
    session.start()
    session.start_phase()
    clock.advance(5 * 60)
    session.pause_timer()
    clock.advance(11 * 60)
    export_summary(session, deck, tmp_path / "s.md")
    text = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "actual 16 min" in text
    assert "| *Break* |  | 11 min | *timer stopped during “Welcome and rules”* |" in text
    assert "| **Total** | **90 min** | **16 min** |  |" in text
