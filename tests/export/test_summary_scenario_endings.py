"""A teacher's second review of the summary: each team's scenario says what each choice moved
(« Environnement +2, Équité −1 », as the stage says it) and where its future leads: the scenario's
whole epilogue (its debrief question too), once a scenario after the teams that played it, as the
stage's endings view shows it (it was cut to its first sentence and printed under every team), in
the PDF and the Markdown;
the JSON gives the epilogue whole in an optional `ending`. And no page of the PDF begins with one
fact of a debate alone, or with one or two rows of a table cut from the rest.

Read back from the files written: the PDF through pdftotext page by page, the Markdown's text, the
JSON against its schema.
"""

from __future__ import annotations

import json
import re
import subprocess

import jsonschema
import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_json import load_schema
from bataille.workshop.example import ExampleOptions, play_example

ENDING = {"fr": "Où mène ce futur", "en": "Where this future leads"}
EFFECTS = {"fr": "Effets", "en": "Effects"}
MINUS = "\u2212"


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def pages(path) -> list[list[str]]:
    """Each page's lines of text, the footer left out."""
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [[line for line in page.splitlines() if line.strip()][:-2] for page in out.split("\f")[:-1]]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " ")).strip()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_choice_says_its_effects_and_each_team_its_ending(deck, tmp_path, lang):
    session = play_example(deck, None, seed=0, lang=lang, options=ExampleOptions(teams=4))
    for suffix in ("pdf", "md", "json"):
        export_summary(session, deck, tmp_path / f"s.{suffix}", lang=lang)
    pdf = flat(" ".join(" ".join(p) for p in pages(tmp_path / "s.pdf")))
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["format_version"] == 1
    for path in session.state.scenarios:
        scenario = deck.scenario(path.scenario_id)
        names = {i.id: i.name.get(lang) for i in scenario.indicators}
        walk = next(w for w in data["scenarios"] if w["team_id"] == path.team_id)
        assert path.finished and walk["ending"] == scenario.epilogue.get(lang).strip()
        for decision_id, option_id in path.choices:
            option = scenario.decisions[[d.id for d in scenario.decisions].index(decision_id)].option(option_id)
            said = ", ".join(f"{names[k]} {'+' if v > 0 else MINUS if v < 0 else ''}{abs(v)}" for k, v in option.effects)
            assert flat(said) in pdf, said
            assert f"| {flat(said)} |" in flat(md), said
    assert f"| {EFFECTS[lang]} |" in md
    played = {path.scenario_id for path in session.state.scenarios}
    assert len(played) < len(session.state.scenarios)  # a scenario played by two teams: its ending once
    assert md.count(f"#### {ENDING[lang]} — ") == len(played)
    for scenario_id in played:
        scenario = deck.scenario(scenario_id)
        whole = flat(scenario.epilogue.get(lang))
        assert len(re.findall(r"[.?!](?=\s)", whole)) >= 1  # more than one sentence: none is dropped
        assert pdf.count(whole) == 1 and flat(md).count(whole) == 1, whole
        heading = flat(f"{ENDING[lang]} — {scenario.title.get(lang)}")
        assert pdf.count(heading) == 1
        # after the teams that played it: the last of them before it, no team of it after it
        teams = [w["team_id"] for w in data["scenarios"] if w["scenario_id"] == scenario_id]
        at = md.index(scenario.epilogue.get(lang).strip()[:40])
        names = {t.id: t.name for t in session.state.teams}
        assert all(md.index(f"### {names[t]} — ") < at for t in teams)


def test_an_unfinished_path_has_no_ending(deck, tmp_path):
    session = play_example(deck, None, seed=0, lang="fr", options=ExampleOptions(teams=4))
    while all(path.finished for path in session.state.scenarios):
        session.undo()  # back to before the last decision taken: one path is left unfinished
    export_summary(session, deck, tmp_path / "s.json")
    export_summary(session, deck, tmp_path / "s.md")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    unfinished = [w for w in data["scenarios"] if not w["finished"]]
    assert unfinished and all("ending" not in w for w in unfinished)
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    reached = {w["scenario_id"] for w in data["scenarios"] if w["finished"]}
    assert md.count(f"#### {ENDING['fr']} — ") == len(reached)


def _fact_line(line: str) -> bool:
    return ("— «" in line or "— “" in line) and not line.startswith("•")


@pytest.mark.parametrize(("teams", "seed"), [(8, 2), (5, 2)])
def test_no_page_begins_with_one_fact_alone(deck, tmp_path, teams, seed):
    """A debate's facts were cut leaving their last one alone atop the next page (8 teams, seed 2),
    or their heading with one fact at a page's foot and the other alone overleaf (5 teams, seed 2)."""
    session = play_example(deck, None, seed=seed, lang="fr", options=ExampleOptions(teams=teams))
    export_summary(session, deck, tmp_path / "s.pdf")
    for n, page in enumerate(pages(tmp_path / "s.pdf")[1:], start=2):
        if _fact_line(page[0]):
            assert _fact_line(page[1]) or not page[1].startswith(("Débat ", "Scénarios")), (n, page[:3])
        # the heading never at a page's foot with one fact under it
        assert "Faits apportés au débat" not in page[-2:], (n, page[-3:])


def _repeated_heads(path, names) -> list[tuple[int, int, int]]:
    """(page, rows before, rows after) for each table cut between two pages: its head repeated atop
    a page, the rows (a line that begins with a team's name) under each of its two heads."""
    found = []
    ps = pages(path)
    row = re.compile(r"^(\d+ · )?(" + "|".join(re.escape(n) for n in names) + r")\b")
    for n in range(1, len(ps)):
        head = ps[n][0]
        if head not in ps[n - 1] or not any(row.match(line) for line in ps[n][1:3]):
            continue
        before = ps[n - 1][len(ps[n - 1]) - 1 - ps[n - 1][::-1].index(head) + 1:]
        rows_before = sum(1 for line in before if row.match(line))
        rows_after = 0
        for line in ps[n][1:]:
            if row.match(line):
                rows_after += 1
            elif not re.match(r"^[\[\d(a-zà-ÿ’«]", line):  # a wrapped cell goes on; a heading ends the table
                break
        found.append((n + 1, rows_before, rows_after))
    return found


@pytest.mark.parametrize(("teams", "seed"), [(5, 1), (7, 2)])
def test_no_table_leaves_a_few_rows_alone(deck, tmp_path, teams, seed):
    """« Cartes posées » left one row alone on a page, its last three on the next (5 teams, seed 1);
    « Indicateurs finaux » one row alone on a page (7 teams, seed 2): a table is cut with
    four rows on each side at least, or goes overleaf whole."""
    session = play_example(deck, None, seed=seed, lang="fr", options=ExampleOptions(teams=teams))
    export_summary(session, deck, tmp_path / "s.pdf")
    names = [t.name for t in session.state.teams]
    cuts = _repeated_heads(tmp_path / "s.pdf", names)
    assert all(before >= 4 and after >= 3 for _page, before, after in cuts), cuts


def test_the_markdown_s_final_indicators_read_as_the_pdf_s(deck, tmp_path):
    """Zero is « 0 » in both (the Markdown said « +0 »), a loss has the true minus sign."""
    session = play_example(deck, None, seed=0, lang="fr", options=ExampleOptions(teams=4))
    export_summary(session, deck, tmp_path / "s.md", lang="fr")
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    table = md[md.index("### Indicateurs finaux"):].split("\n\n")[1]
    cells = [c.strip() for row in table.splitlines()[2:] for c in row.strip("|").split("|")[1:]]
    assert cells and "+0" not in cells and "0" in cells and all(c.lstrip("+" + MINUS).isdigit() for c in cells)
