"""The agenda says when a phase was played but ended before its content was.

« Débats en cinq thèmes | 30 min | 15 min | jouée » hid that 2 of the 5 themes were debated; a
scenarios phase ended before the teams took every decision read « jouée » too. The status now says
it, briefly: « jouée, écourtée : 2 thèmes débattus sur 5 », « jouée, arrêtée avant la fin des
décisions (3 équipes sur 5 au bout) »; a phase played whole stays « jouée », a debrief ended with
nothing noted too, a quick debate has no agenda table.

Read back from the files `bataille summary` writes from real session files: the PDF through
pdftotext, the Markdown's text.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import SessionFile, close_session, new_session
from bataille.workshop import ManualClock
from bataille.workshop.example import ExampleOptions, play_example
from bataille.workshop.flow import first_debate_phase, start_quick_debate

MORNING = 1_796_720_400.0  # 8 December 2026, 10:00 in Paris
TEAMS = ("Les Hiboux", "Les Loutres", "Les Lynx", "Les Castors", "Les Renards")
TITLE = {"fr": ("Débats en cinq thèmes", "Scénarios pour 2035", "Bilan"),
         "en": ("Debates on five themes", "Scenarios for 2035", "Debrief")}
CUT = {
    "fr": ("jouée, écourtée : 2 thèmes débattus sur 5",
           "jouée, arrêtée avant la fin des décisions (3 équipes sur 5 au bout)"),
    "en": ("played, cut short: 2 of 5 themes debated",
           "played, ended before every decision (3 of 5 teams finished)"),
}
PLAYED = {"fr": "jouée", "en": "played"}


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _words(text: str) -> str:
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


def _pdf(path: Path) -> str:
    return _words(subprocess.run(["pdftotext", "-layout", str(path), "-"],
                                 capture_output=True, text=True, check=True).stdout)


def _summaries(session_path: Path, folder: Path) -> dict[str, str]:
    """The PDF's and the Markdown's text in both languages, as `bataille summary` writes them."""
    out = {}
    for lang in ("fr", "en"):
        for ext in ("pdf", "md"):
            path = folder / f"{session_path.stem}-{lang}.{ext}"
            assert main(["summary", str(session_path), "-o", str(path), "--lang", lang]) == 0
            out[f"{lang}.{ext}"] = _pdf(path) if ext == "pdf" else _words(path.read_text(encoding="utf-8"))
    return out


def _md_status(text: str, title: str) -> str:
    """The status cell of the Markdown agenda's row of ``title``."""
    return re.search(rf"\| {re.escape(title)} \| [^|]+ \| [^|]+ \| ([^|]+) \|", text).group(1).strip()


@pytest.fixture(scope="module")
def cut_short(deck, tmp_path_factory):
    """Five teams; 2 of the 5 themes debated, then the debates ended; 3 teams took every decision
    of their scenario, one took one, one none; the debrief ended with nothing noted."""
    folder = tmp_path_factory.mktemp("cut")
    path = folder / "atelier.bataille"
    clock = ManualClock(MORNING)
    session = new_session(path, deck, clock, "fr")
    for name in TEAMS:
        session.add_team(name)
    session.start()
    teams = [t.id for t in session.state.teams]
    session.skip_phase("welcome")
    session.skip_phase("timeline")
    session.start_phase("debates")
    for _ in range(2):
        session.open_round()
        session.record_vote("before", {"agree": 5, "disagree": 3, "undecided": 2})
        clock.advance(7 * 60)
        session.record_vote("after", {"agree": 6, "disagree": 3, "undecided": 1})
        session.close_round()
    clock.advance(60)
    session.end_phase()
    session.start_phase("scenarios")
    scenario = deck.scenarios[0]
    for team in teams[:4]:
        session.start_scenario(team, scenario.id)
    for team in teams[:3]:
        for decision in scenario.decisions:
            session.choose_option(team, decision.options[0].id)
    session.choose_option(teams[3], scenario.decisions[0].options[0].id)
    clock.advance(12 * 60)
    session.end_phase()
    session.start_phase("debrief")
    clock.advance(3 * 60)
    session.end_phase()
    close_session(session)
    return _summaries(path, folder)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("ext", ["pdf", "md"])
def test_a_phase_cut_short_says_what_was_left(cut_short, lang, ext):
    text = cut_short[f"{lang}.{ext}"]
    debates, scenarios = CUT[lang]
    assert debates in text and scenarios in text
    if ext == "md":
        titles = TITLE[lang]
        assert _md_status(text, titles[0]) == debates
        assert _md_status(text, titles[1]) == scenarios
        assert _md_status(text, titles[2]) == PLAYED[lang]  # the debrief: as it was


def test_one_theme_and_one_team_are_said_in_the_singular_in_french(deck, tmp_path):
    path = tmp_path / "un.bataille"
    session = new_session(path, deck, ManualClock(MORNING), "fr", phase_ids=["debates", "scenarios"])
    for name in TEAMS[:2]:
        session.add_team(name)
    session.start()
    first = session.state.teams[0].id
    session.start_phase("debates")
    session.open_round()
    session.close_round()
    session.end_phase()
    session.start_phase("scenarios")
    scenario = deck.scenarios[0]
    session.start_scenario(first, scenario.id)
    for decision in scenario.decisions:
        session.choose_option(first, decision.options[0].id)
    session.end_phase()
    close_session(session)
    md = _summaries(path, tmp_path)["fr.md"]
    assert _md_status(md, TITLE["fr"][0]) == "jouée, écourtée : 1 thème débattu sur 5"
    assert _md_status(md, TITLE["fr"][1]) == "jouée, arrêtée avant la fin des décisions (1 équipe sur 2 au bout)"


@pytest.fixture(scope="module")
def examples(deck, tmp_path_factory):
    """`bataille example-session` (3 debates of the 5 themes), and the same workshop with every
    theme debated, each in a session file."""
    folder = tmp_path_factory.mktemp("example")
    cli = folder / "exemple.bataille"
    assert main(["example-session", "-o", str(cli)]) == 0
    whole = folder / "complet.bataille"
    store = SessionFile.create(whole)
    play_example(deck, store, options=ExampleOptions(rounds=5)).close()
    return _summaries(cli, folder), _summaries(whole, folder)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("ext", ["pdf", "md"])
def test_the_example_session_says_its_debates_were_three_of_five_and_nothing_else(examples, lang, ext):
    text = examples[0][f"{lang}.{ext}"]
    cut = "jouée, écourtée : 3 thèmes débattus sur 5" if lang == "fr" else "played, cut short: 3 of 5 themes debated"
    assert cut in text
    assert ("avant la fin des décisions" if lang == "fr" else "before every decision") not in text
    if ext == "md":
        debates, scenarios, debrief = TITLE[lang]
        assert _md_status(text, debates) == cut
        extended = "prolongée de 3 min" if lang == "fr" else "extended by 3 min"
        assert _md_status(text, scenarios) == f"{PLAYED[lang]}, {extended}"
        assert _md_status(text, debrief) == PLAYED[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("ext", ["pdf", "md"])
def test_a_whole_workshop_every_theme_debated_keeps_its_statuses(examples, lang, ext):
    text = examples[1][f"{lang}.{ext}"]
    assert ("écourtée" if lang == "fr" else "cut short") not in text
    assert ("avant la fin des décisions" if lang == "fr" else "before every decision") not in text
    if ext == "md":
        heading = "## Déroulé " if lang == "fr" else "## Agenda "
        agenda = text[text.index(heading):].split(" ## ")[0]
        statuses = re.findall(r"\| [^|*]+ \| \d[^|]* \| \d[^|]* \| ([^|*]+) \|", agenda)
        extended = "prolongée de 3 min" if lang == "fr" else "extended by 3 min"
        assert [s.strip() for s in statuses] == [PLAYED[lang]] * 3 + [f"{PLAYED[lang]}, {extended}", PLAYED[lang]]


def test_a_quick_debate_is_unchanged(deck, tmp_path):
    """One debate, no agenda: nothing is cut short, and the summary has no agenda table."""
    path = tmp_path / "débat.bataille"
    session = new_session(path, deck, ManualClock(MORNING), "fr", 20, [first_debate_phase(deck)])
    start_quick_debate(session, deck.cards_of("debate")[0].id, ("Pour", "Contre"))
    session.record_vote("before", {"agree": 12, "disagree": 8, "undecided": 5})
    session.close_round()
    session.end_phase()
    close_session(session)
    from bataille.export.summary_model import build_summary
    from bataille.storage.reader import read_session
    assert build_summary(read_session(path), deck).cuts == ()
    texts = _summaries(path, tmp_path)
    for text in texts.values():
        assert "écourtée" not in text and "cut short" not in text
