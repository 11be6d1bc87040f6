"""The summary in its four formats, from sessions built through the engine, each read back and checked."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import jsonschema
import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_json import load_schema
from bataille.export.summary_model import SummaryError, build_summary, live_events
from bataille.words import quoted, typeset, typeset_french
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop import events as ev
from bataille.workshop.example import play_example
from tests.sessions import older_file


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def session(deck):
    return play_example(deck, seed=5)


def words(text: str) -> str:
    """Whitespace of any kind (line breaks, no-break spaces) collapsed, for comparing texts."""
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return words(out.stdout.decode("utf-8"))


def plain(text: str) -> str:
    """A deck text as pdftotext reads it back: words only, CO₂ drawn as CO<sub>2</sub>, → a picture."""
    text = text.replace("\u2192", " ").translate({0x2080 + d: str(d) for d in range(10)})
    return words(text)


def test_pdf_holds_every_team_round_argument_and_takeaway(session, deck, tmp_path):
    path = tmp_path / "bilan.pdf"
    assert export_summary(session, deck, path) == [path]
    text = pdf_text(path)
    state = session.state
    assert "Bilan de séance" in text and "mardi 1er décembre 2026" in text
    for team in state.teams:
        assert team.name in text
    for rnd in state.rounds:
        assert f"Débat {rnd.number} — {plain(deck.card(rnd.card_id).title.get('fr'))}" in text
        for argument in rnd.arguments:
            assert plain(typeset(argument.text, "fr")) in text
        for evidence in rnd.evidence:
            assert plain(quoted(deck.card(evidence.card_id).title.get("fr"), "fr")) in text  # inner « » as “ ”
    for takeaway in state.debrief.takeaways:
        assert plain(typeset(takeaway, "fr")) in text
    for _, commitment in state.debrief.commitments:
        assert plain(typeset(commitment, "fr")) in text
    for phase in deck.agenda.phases:
        assert plain(phase.title.get("fr")) in text
    assert "https://" in text  # the sources, with their addresses


def test_pdf_is_in_the_sessions_language_and_reproducible(deck, tmp_path):
    english = play_example(deck, seed=2, lang="en")
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export_summary(english, deck, a)
    export_summary(english, deck, b)
    assert a.read_bytes() == b.read_bytes()
    text = pdf_text(a)
    assert "Session summary" in text and "Debate 1" in text and "Bilan de séance" not in text
    assert all(t.name in text for t in english.state.teams)
    # The same session summarised in French on request.
    export_summary(english, deck, tmp_path / "fr.pdf", lang="fr")
    assert "Bilan de séance" in pdf_text(tmp_path / "fr.pdf")


def test_json_validates_against_its_schema_and_matches_the_state(session, deck, tmp_path):
    path = tmp_path / "bilan.json"
    export_summary(session, deck, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    state = session.state
    assert (data["format"], data["format_version"], data["lang"]) == ("bataille-summary", 1, "fr")
    assert {t["id"]: t["score"] for t in data["teams"]} == {t.id: t.score for t in state.teams}
    assert [r["card_id"] for r in data["rounds"]] == [r.card_id for r in state.rounds]
    first = data["rounds"][0]
    assert first["before"]["total"]["total"] == state.rounds[0].before.total.total
    assert first["shift"]["winner"] == state.rounds[0].shift.winner
    numbers = {s["number"] for s in data["sources"]}
    cited = {n for r in data["rounds"] for e in r["evidence"] for n in e["sources"]}
    cited |= {n for p in data["timeline"]["placements"] for n in p["sources"]}
    assert cited == numbers and numbers == set(range(1, len(numbers) + 1))
    # A summary exported before `contested` was added (format_version 1 all the same) still validates.
    older = json.loads(json.dumps(data))
    evidence = [e for r in older["rounds"] for e in r["evidence"]]
    assert evidence
    for e in evidence:
        del e["contested"]
    jsonschema.validate(older, schema)
    # The schema refuses what it does not describe.
    broken = dict(data, format_version=2)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def read_zip(path: Path, delimiter: str = ";") -> dict[str, list[dict[str, str]]]:
    """The tables of a zip, as a French summary writes them (";" between fields) unless told."""
    with zipfile.ZipFile(path) as archive:
        return {name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig")), delimiter=delimiter))
                for name in archive.namelist()}


def test_csv_tables_match_the_events(session, deck, tmp_path):
    written = export_summary(session, deck, tmp_path / "bilan.zip")
    assert written == [tmp_path / "bilan.zip"]
    tables = read_zip(written[0])
    assert set(tables) >= {"teams.csv", "phases.csv", "timeline.csv", "votes.csv", "arguments.csv",
                           "evidence.csv", "scenario_choices.csv", "indicators.csv", "debrief.csv",
                           "sources.csv", "awards.csv", "rounds.csv", "sides.csv", "session.csv"}
    live = live_events(session.events)
    names = {t.id: t.name for t in session.state.teams}
    args = [e for e in live if isinstance(e, ev.ArgumentAdded)]
    assert [(int(r["round"]), r["team_id"], r["team"], r["side"], r["text"]) for r in tables["arguments.csv"]] == \
        [(e.number, e.team_id, names[e.team_id], e.side, e.text) for e in args]
    # The undone argument is not there; the events do hold it.
    undone = [session.events[e.target] for e in session.events if isinstance(e, ev.Undone)]
    assert undone and all(isinstance(u, ev.ArgumentAdded) for u in undone)
    assert len(args) == sum(isinstance(e, ev.ArgumentAdded) for e in session.events) - len(undone)
    placed = [e for e in live if isinstance(e, ev.CardPlaced)]
    assert [(r["team_id"], r["card_id"], r["correct"], int(r["points"])) for r in tables["timeline.csv"]] == \
        [(e.team_id, e.card_id, str(e.correct).lower(), e.points) for e in placed]
    played = [e for e in live if isinstance(e, ev.EvidencePlayed)]
    assert [(int(r["round"]), r["team_id"], r["card_id"]) for r in tables["evidence.csv"]] == \
        [(e.number, e.team_id, e.card_id) for e in played]
    # A vote recorded twice counts once, as last recorded.
    last_vote = {}
    for e in live:
        if isinstance(e, ev.VoteRecorded):
            last_vote[(e.number, e.stage)] = e
    rows = [(int(r["round"]), r["stage"], r["who"], int(r["agree"]), int(r["disagree"]), int(r["undecided"]))
            for r in tables["votes.csv"]]
    assert rows == [(n, stage, who, *c) for (n, stage), e in sorted(last_vote.items(),
                    key=lambda kv: (kv[0][0], kv[0][1] != "before")) for who, c in e.by]
    chosen = [e for e in live if isinstance(e, ev.OptionChosen)]
    assert sorted((r["team_id"], r["decision_id"], r["option_id"]) for r in tables["scenario_choices.csv"]) == \
        sorted((e.team_id, e.decision_id, e.option_id) for e in chosen)
    awards = [e for e in live if isinstance(e, ev.PointsAwarded)]
    assert [(r["team_id"], int(r["points"]), r["reason"]) for r in tables["awards.csv"]] == \
        [(e.team_id, e.points, e.reason) for e in awards]
    scores = {r["team_id"]: int(r["score"]) for r in tables["teams.csv"]}
    assert scores == {t.id: t.score for t in session.state.teams}


def test_csv_is_one_tidy_table_of_every_action_under_the_name_asked(session, deck, tmp_path):
    written = export_summary(session, deck, tmp_path / "out.csv")
    assert written == [tmp_path / "out.csv"] and sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a spreadsheet reads the accents right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))  # a French summary
    assert list(rows[0]) == ["time", "phase", "team", "kind", "card", "value"]
    live = live_events(session.events)
    assert [r["kind"] for r in rows] == [e.type for e in live]  # one row per action in force, in order
    placed = [(r, e) for r, e in zip(rows, live, strict=True) if isinstance(e, ev.CardPlaced)]
    teams = {t.id: t.name for t in session.state.teams}
    for row, event in placed:
        assert row["team"] == teams[event.team_id]
        assert row["card"] == deck.card(event.card_id).title.get("fr")
        assert row["value"] == ("bien placée" if event.correct else "mal placée") + f", {event.points} point" \
            + ("s" if event.points > 1 else "")
        assert row["phase"] and row["time"].startswith("20")
    votes = [r["value"] for r, e in zip(rows, live, strict=True) if isinstance(e, ev.VoteRecorded)]
    first = next(e for e in live if isinstance(e, ev.VoteRecorded))
    stage = {"before": "avant", "after": "après"}[first.stage]
    counts = [sum(c[i] for _, c in first.by) for i in range(3)]
    assert votes[0] == f"{stage}\u00a0: d’accord {counts[0]}, pas d’accord {counts[1]}, indécis {counts[2]}"


def test_csv_of_a_bare_state_asks_for_the_zip(session, deck, tmp_path):
    with pytest.raises(SummaryError, match=r"\.zip"):
        export_summary(session.state, deck, tmp_path / "out.csv")
    assert list(tmp_path.iterdir()) == []


def test_markdown_has_the_headings_and_its_figures_beside_it(session, deck, tmp_path):
    path = tmp_path / "bilan de séance.md"
    written = export_summary(session, deck, path)
    assert written[0] == path
    text = path.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# Bilan de séance — Bataille IA"
    for h in ("## Déroulé", "## Équipes et scores", "## La frise", "## Débats", "## Scénarios 2035",
              typeset_french("## Bilan : ce que la salle retient"), "### À retenir", "### Engagements", "## Sources citées"):
        assert h in headings
    for rnd in session.state.rounds:
        assert any(h.startswith(f"### Débat {rnd.number} — ") for h in headings)
    for team in session.state.teams:
        assert f"### {team.name} — " in text
    links = re.findall(r"!\[[^\]]*\]\(<([^>]+)>\)", text)
    assert len(links) == len(written) - 1 == 2 + len(session.state.rounds)  # scores, indicators, votes
    for link in links:
        figure = tmp_path / link
        assert figure in written and figure.read_bytes().startswith(b"<?xml")
        assert b"<svg" in figure.read_bytes() and b"DOCTYPE" not in figure.read_bytes()


def test_small_and_unfinished_sessions_export_too(deck, tmp_path):
    clock = ManualClock()
    session = Session.create(deck, MemoryStore(), clock, lang="en", agenda_minutes=20, phase_ids=["debates"])
    session.add_team("Red | team *one*")
    session.add_team("Blue")
    session.start()
    session.start_phase()
    session.open_round(theme_id="bias", seed=1)
    session.record_vote("before", {"agree": 10, "disagree": 3})  # the room, not per team
    session.add_argument("team-1", "Fair < fast & cheap", side="for")
    # One debate phase is a quick debate: its summary names a team where it played a fact card.
    session.play_evidence("team-1", next(c.id for c in deck.cards_of("fact") if c.theme == "bias"))
    clock.advance(300)
    for suffix in (".pdf", ".md", ".json", ".csv"):
        export_summary(session, deck, tmp_path / f"s{suffix}")
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "Red \\| team \\*one\\*" in md and "debate not closed" in md
    assert "Fair < fast & cheap" in pdf_text(tmp_path / "s.pdf")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["phases"][0]["status"] == "running" and data["phases"][0]["actual_seconds"] == 300
    assert data["rounds"][0]["before"]["by"][0]["who"] == "room" and data["rounds"][0]["after"] is None
    # From a state alone (no events), points cannot be itemised but everything else is there.
    summary = build_summary(session.state, deck)
    assert summary.awards is None and summary.rounds[0].arguments
    # An empty session (nothing played yet).
    empty = Session.create(deck, MemoryStore(), clock)
    export_summary(empty, deck, tmp_path / "empty.pdf")
    jsonschema.validate(json.loads(_json(empty, deck, tmp_path)), load_schema())


def _json(session, deck, tmp_path) -> str:
    export_summary(session, deck, tmp_path / "e.json")
    return (tmp_path / "e.json").read_text(encoding="utf-8")


def test_another_deck_or_format_is_refused_with_a_clear_message(session, deck, tmp_path):
    from dataclasses import replace

    other = replace(deck, id="another-deck")
    with pytest.raises(SummaryError, match="run with the deck 'bataille-ia'"):
        export_summary(session, other, tmp_path / "x.pdf")
    with pytest.raises(SummaryError, match=r"x\.docx: .*\.pdf, \.md, \.markdown, \.json, \.csv, \.zip"):
        export_summary(session, deck, tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


def test_long_team_names_stay_on_the_scores_chart(deck):
    from bataille.export.summary_charts import scores_chart

    session = Session.create(deck, MemoryStore(), ManualClock(), lang="fr", agenda_minutes=20,
                             phase_ids=["debates"])
    session.add_team("W")
    session.add_team("Les Hiboux")
    session = older_file(session, "W" * 40)  # the longest a file may hold, in the widest letter
    drawing = scores_chart(build_summary(session.state, deck))
    x0, _, x1, _ = drawing.getBounds()
    assert 0 <= x0 and x1 <= drawing.width, (x0, x1, drawing.width)
    names = drawing.contents[-1].categoryAxis.categoryNames
    assert "Les Hiboux" in names and any(name.startswith("WWW") and name.endswith("…") for name in names)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_what_the_room_typed_is_set_for_print_and_kept_as_typed_in_the_data(deck, tmp_path, lang):
    """A keyboard types "n'est" and "vrai : les": the printed summary read "n'est" with a straight
    apostrophe and could start a line with the colon. The PDF and the Markdown set it as the deck's
    own texts are (n’est, a no-break space before the colon in French); the JSON keeps what was typed."""
    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    team = session.add_team("L'équipe").event.team_id
    session.add_team("Les Loutres")
    session.start()
    session.start_phase(next(p.id for p in deck.agenda.phases if p.kind == "debrief"))
    typed = "Ce n'est pas si simple : on vérifie d'abord. It's fine!"
    session.add_takeaway(typed)
    session.add_commitment("Citer l'outil : toujours", team)
    pdf, md, js = tmp_path / "s.pdf", tmp_path / "s.md", tmp_path / "s.json"
    for path in (pdf, md, js):
        export_summary(session, deck, path)
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True).stdout.decode()
    markdown = md.read_text(encoding="utf-8")
    for text in (raw, markdown):
        assert "n\u2019est pas" in text and "d\u2019abord" in text and "It\u2019s" in text and "l\u2019outil" in text
        assert "n'est" not in text and "L'équipe" in text  # a team's name, as on the stage and the charts
    if lang == "fr":  # (pdftotext reads the PDF's no-break space as a plain one)
        assert "simple\u00a0: on" in markdown and "simple : on" not in markdown
    data = json.loads(js.read_text(encoding="utf-8"))
    assert typed in json.dumps(data, ensure_ascii=False)


def test_a_debate_won_is_said_in_the_summarys_language(deck):
    """A French session's debate points, summarised in English, read « Debate won » (they read
    « Débat gagné », the words stored with the points); a reason typed by hand stays as typed."""
    from bataille.export.summary_model import build_summary
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.flow import close_debate

    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    for name in ("Rouges", "Bleus"):
        session.add_team(name)
    session.start()
    session.start_phase(next(p.id for p in session.state.agenda.phases if p.kind == "debate"))
    session.open_round()
    session.assign_sides(seed=1)
    session.record_vote("before", {"agree": 6, "disagree": 4, "undecided": 2})
    session.reveal_votes("before")
    session.record_vote("after", {"agree": 2, "disagree": 9, "undecided": 1})
    session.reveal_votes("after")
    close_debate(session)
    session.award_points(session.state.teams[0].id, 1, "Belle question")
    reasons = [a.reason for a in build_summary(session, deck, lang="en").awards]
    assert "Debate won" in reasons and "Débat gagné" not in reasons and "Belle question" in reasons
