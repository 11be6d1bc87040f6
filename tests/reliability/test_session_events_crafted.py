"""Crafted session files (issue 17, class 8): every event is held to its class's shape when read.

A real session (bundled deck, every event type) is written through the storage API; copies are
altered with sqlite3 and their digest chain recomputed, as anyone could. A value of the wrong
type, out of range, too long or too deep is damage at that event, said like a checksum mismatch
(``DamagedSessionError``, the events before it recoverable), by ``open_session``, the recovery and
a real ``bataille summary`` process alike; extreme values that are valid go through the fold and
every summary format. Never a traceback, and the file is never changed.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.errors import ExportError
from bataille.export.summary_csv import render_actions_csv, render_summary_csv_zip
from bataille.export.summary_json import render_summary_json
from bataille.export.summary_md import render_summary_md
from bataille.export.summary_model import build_summary
from bataille.storage import (
    DamagedSessionError,
    SessionFileError,
    close_session,
    open_session,
    recover_session,
)
from bataille.storage.reader import read_session
from bataille.storage.schema import APPLICATION_ID, MIGRATIONS
from bataille.workshop import EVENT_TYPES, DeckMismatchError, ManualClock
from bataille.workshop.event_check import MAX_DEPTH, MAX_ITEMS, MAX_TEXT, MAX_WHOLE, event_problem

from .crafted import bataille_run, craft, first_row, full_session, set_payload, summary_run
from .figures import count, note

BIG = MAX_WHOLE  # the largest whole number a file may hold: valid, and the summaries must cope


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def original(tmp_path_factory, deck) -> Path:
    path = tmp_path_factory.mktemp("crafted") / "atelier.bataille"
    full_session(path, deck)
    return path


def _field(type_name: str, name: str, value: object):
    """A change: the first event of ``type_name`` gets ``value`` in its field ``name``."""
    def change(db: sqlite3.Connection) -> None:
        seq, payload = first_row(db, type_name)
        payload[name] = value
        set_payload(db, seq, payload)
    return change


def _seq(path: Path, type_name: str) -> int:
    with sqlite3.connect(path) as db:
        return first_row(db, type_name)[0]


def _assert_refused_in_words(run: subprocess.CompletedProcess[str], event: int, words: str) -> None:
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and "Error:" not in run.stderr, run.stderr
    assert run.stderr.startswith("bataille summary: "), run.stderr
    assert f"is damaged at event {event} " in run.stderr, run.stderr
    assert words in run.stderr, run.stderr
    assert len(run.stderr.splitlines()) == 1, run.stderr


# --- the cases the issue names, through a real `bataille summary` ----------------------------------

NAMED = {
    # name: (event type, change, words in the message)
    "team name is a JSON object": ("team_added", lambda: _field("team_added", "name", {"a": 1}),
                                   "its field 'name' should be a text, not a JSON object"),
    "1e308 points": ("points_awarded", lambda: _field("points_awarded", "points", 1e308),
                     "its field 'points' should be a whole number, not a decimal number"),
    "2**31 points": ("points_awarded", lambda: _field("points_awarded", "points", 2**31),
                     "its field 'points' is 2147483648, outside -2147483647 to 2147483647"),
    "a lone surrogate in a name": ("team_added", lambda: _field("team_added", "name", "Les \ud800"),
                                   "holds a character that is not text (U+D800)"),
    "an unknown field": ("card_placed", lambda: _field("card_placed", "bonus", 3), "'bonus' is not one of its fields"),
}


@pytest.mark.parametrize("case", sorted(NAMED))
def test_named_crafted_values_are_refused_by_summary_in_words(original, tmp_path, case):
    type_name, change, words = NAMED[case]
    path = craft(original, tmp_path / "crafted.bataille", change())
    before = path.read_bytes()
    for out in ("bilan.pdf", "bilan.md", "bilan.csv"):
        run = summary_run(path, tmp_path / out)
        _assert_refused_in_words(run, _seq(path, type_name) + 1, words)
        assert not (tmp_path / out).exists()
    assert path.read_bytes() == before
    count("crafted files refused by bataille summary", 3)


def _infinite_time(db: sqlite3.Connection) -> None:
    db.execute("UPDATE events SET at = 9e999 WHERE seq = 5")


def _text_time(db: sqlite3.Connection) -> None:
    db.execute("UPDATE events SET at = 'bientôt' WHERE seq = 5")


def _negative_time(db: sqlite3.Connection) -> None:
    db.execute("UPDATE events SET at = -1e12 WHERE seq = 5")


def _nested(db: sqlite3.Connection) -> None:  # 100,000 arrays deep: json.loads would recurse
    db.execute("UPDATE events SET payload = ? WHERE seq = 6", ('{"phase_id":' + "[" * 100_000 + "]" * 100_000 + "}",))


def _nan_constant(db: sqlite3.Connection) -> None:
    db.execute("UPDATE events SET payload = replace(payload, '\"points\":', '\"points\":NaN,\"x\":')"
               " WHERE seq = (SELECT min(seq) FROM events WHERE type = 'points_awarded')")


def _unknown_type(db: sqlite3.Connection) -> None:
    db.execute("UPDATE events SET type = 'team_exploded' WHERE seq = 7")


def _not_an_object(db: sqlite3.Connection) -> None:
    db.execute("UPDATE events SET payload = '[1, 2, 3]' WHERE seq = 7")


ROW_CASES = {
    "infinite timestamp": (_infinite_time, 6, "its time (inf) is not a moment between 1970 and the year 3000"),
    "a timestamp before 1970": (_negative_time, 6, "its time (-1000000000000.0) is not a moment"),
    "JSON nested 100,000 deep": (_nested, 7, f"its data is nested more than {MAX_DEPTH} levels deep"),
    "NaN in the JSON": (_nan_constant, None, "its data is not readable JSON (NaN is not a number JSON allows)"),
    "an unknown event type": (_unknown_type, 8, "its type 'team_exploded' is not one this version"),
    "a payload that is a list": (_not_an_object, 8, "its data is a list, not a JSON object"),
}


@pytest.mark.parametrize("case", sorted(ROW_CASES))
def test_crafted_rows_are_damage_for_summary_open_and_recovery(original, deck, tmp_path, case):
    change, event, words = ROW_CASES[case]
    path = craft(original, tmp_path / "crafted.bataille", change)
    event = event or _seq(path, "points_awarded") + 1
    before = path.read_bytes()
    run = summary_run(path, tmp_path / ("bilan.pdf" if event % 2 else "bilan.md"))
    _assert_refused_in_words(run, event, words)
    with pytest.raises(DamagedSessionError) as caught:
        open_session(path, deck, ManualClock())
    assert caught.value.seq == event - 1
    assert words in str(caught.value)
    copy = recover_session(path)  # every intact event to a new file: the crafted one left out
    kept, whole = read_session(copy), read_session(original)
    assert [e.type for e in kept][: event - 1] == [e.type for e in whole][: event - 1]
    assert event - 1 <= len(kept) < len(whole)
    assert path.read_bytes() == before
    count("crafted files refused by bataille summary", 1)


def test_a_changed_byte_in_the_schema_text_is_damage_not_unicode_error(original, deck, tmp_path):
    raw = original.read_bytes()
    start = raw.index(b"CREATE TABLE events")
    said = []
    for offset in range(0, 19):  # every byte of the table's name and of "CREATE TABLE"
        for byte in (0xFF, 0xC3, 0x80):
            flipped = bytearray(raw)
            flipped[start + offset] = byte
            path = tmp_path / f"flip-{offset}-{byte:x}.bataille"
            path.write_bytes(bytes(flipped))
            with pytest.raises(SessionFileError) as caught:
                open_session(path, deck, ManualClock())
            said.append(str(caught.value))
            with pytest.raises(SessionFileError):
                read_session(path)
    assert any("SQLite's description of it is not text" in s for s in said)
    path = tmp_path / "flip-3-ff.bataille"
    run = summary_run(path, tmp_path / "bilan.md")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "is damaged or not a session file" in run.stderr
    count("schema bytes changed, refused in words", len(said))


def _version_1(original: Path, dest: Path, change) -> Path:
    """The same events in a file of format 1 (no digests), as an older app wrote it."""
    with sqlite3.connect(original) as db:
        rows = db.execute("SELECT seq, type, at, payload FROM events ORDER BY seq").fetchall()
    db = sqlite3.connect(dest, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        MIGRATIONS[0](db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 1")
        db.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", rows)
        change(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return dest


def test_a_version_1_file_is_held_to_the_same_shapes(original, deck, tmp_path):
    good = _version_1(original, tmp_path / "v1.bataille", lambda db: None)
    assert [e.type for e in read_session(good)] == [e.type for e in read_session(original)]
    bad = _version_1(original, tmp_path / "v1-crafted.bataille", _field("team_added", "name", {"a": 1}))
    before = bad.read_bytes()
    run = summary_run(bad, tmp_path / "bilan.csv")
    _assert_refused_in_words(run, _seq(bad, "team_added") + 1, "its field 'name' should be a text, not a JSON object")
    assert bad.read_bytes() == before
    with pytest.raises(DamagedSessionError):  # opening migrates a copy first, then refuses
        open_session(bad, deck, ManualClock())
    # Text where the time should be, in a file with no digest to catch it.
    text_time = _version_1(original, tmp_path / "v1-time.bataille", _text_time)
    run = summary_run(text_time, tmp_path / "bilan.md")
    _assert_refused_in_words(run, 6, "its time ('bientôt')")


# --- extreme values that are valid: the summaries format them, never crash ---------------------------


def _extreme(value: object, whole: int, text: str) -> object:
    """``value`` with every whole number replaced by ``whole`` and every text by ``text``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return whole
    if isinstance(value, str):
        return text
    if isinstance(value, list):
        return [_extreme(v, whole, text) for v in value]
    return value


def _everything_extreme(db: sqlite3.Connection) -> None:
    """Every number in every event the largest allowed, every team name and text the longest."""
    for seq, payload in db.execute("SELECT seq, payload FROM events").fetchall():
        data = json.loads(payload)
        for key in ("points", "minutes", "effects", "indicators", "by"):
            if key in data:
                data[key] = _extreme(data[key], BIG, "")
        for key in ("name", "text", "reason"):
            if key in data:
                data[key] = (f"{seq} " + "Très longue équipe ✓ " * 600)[:MAX_TEXT]
        set_payload(db, seq, data)


def test_extreme_valid_values_make_every_summary_format(original, tmp_path):
    path = craft(original, tmp_path / "extreme.bataille", _everything_extreme)
    for out in ("bilan.pdf", "bilan.md", "bilan.csv", "bilan.json"):
        run = summary_run(path, tmp_path / out)
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr
        assert (tmp_path / out).stat().st_size > 0
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "bilan.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "2.14e+09" in text  # a score, short, in its column
    assert not re.search(r"\d{11,}", text)  # no sum of them written out whole, wider than its column
    assert "…" in text  # the 10,000-character names and texts, cut
    assert str(BIG) in (tmp_path / "bilan.csv").read_text(encoding="utf-8")  # the data, whole
    pages = text.count("\f")
    # The workshop kit's team signs: a 10,000-character name, cut on two lines, not drawn off the page.
    kit = bataille_run("kit", "--session", str(path), "-o", str(tmp_path / "kit.pdf"), cwd=tmp_path, timeout=120)
    assert kit.returncode == 0 and "Traceback" not in kit.stderr, kit.stderr
    signs = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(tmp_path / "kit.pdf"), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "Team 1" in signs and "Très longue…" in signs, signs
    note("crafted session files", f"every number 2**31-1 and every text 10,000 characters: PDF of {pages} pages, "
                                  "scores shown as 2.14e+09 and more, texts cut at 1,000 characters")


WRONG_VALUES = [{"a": 1}, [], "texte", 1.5, True, None, 2**64, -(2**64), "\ud800", [[[[[[[[[1]]]]]]]]]]


def _acceptable(hint: object, value: object) -> bool:
    """Whether ``value`` is of the type ``hint`` after all (the list above is wrong for most fields)."""
    hint = str(hint)
    return (value is None and "None" in hint) or (type(value) is bool and hint == "<class 'bool'>") \
        or (value == "texte" and hint in ("<class 'str'>", "str | None")) or (value == [] and "..." in hint)


def test_every_field_of_every_event_with_a_wrong_type_is_damage(original, tmp_path):
    """Each field of each event type: every wrong value at the checker, and one of them in a real file."""
    from bataille.workshop.event_check import _fields

    with sqlite3.connect(original) as db:
        rows = {t: first_row(db, t) for t in EVENT_TYPES}
    checked = files = 0
    for type_name, cls in EVENT_TYPES.items():
        seq, payload = rows[type_name]
        row_at = sqlite3.connect(original).execute("SELECT at FROM events WHERE seq = ?", (seq,)).fetchone()[0]
        assert event_problem(type_name, row_at, json.dumps(payload)) is None  # the real one passes
        for i, (name, (hint, _)) in enumerate(_fields(cls).items()):
            wrong = [v for v in WRONG_VALUES if not _acceptable(hint, v)]
            for value in wrong:
                altered = {**payload, name: value}
                problem = event_problem(type_name, row_at, json.dumps(altered))
                assert problem is not None, (type_name, name, value)
                assert problem.render("fr") and problem.render("en")
                checked += 1
            value = wrong[(seq + i) % len(wrong)]  # one of them, in a real file, read by the storage
            path = craft(original, tmp_path / f"{type_name}-{name}.bataille", _field(type_name, name, value))
            with pytest.raises(DamagedSessionError) as caught:
                read_session(path)
            assert caught.value.seq == seq, (type_name, name, value, str(caught.value))
            files += 1
    count("event fields given a wrong value (checker)", checked)
    count("event fields given a wrong value (real files)", files)


def test_every_field_at_its_extremes_goes_through_fold_and_summaries(original, deck, tmp_path):
    """Each field of each event: the largest numbers, the longest texts, empty texts. Allowed: a
    refusal in words (SessionFileError, DeckMismatchError, ExportError), or a summary."""
    from bataille.workshop.event_check import _fields

    outcomes: dict[str, int] = {}
    variants = ((BIG, "x" * MAX_TEXT), (-BIG, ""), (0, "\u202e\u00e9😀\u0301"))
    n = 0
    for type_name, cls in EVENT_TYPES.items():
        for name in _fields(cls):
            n += 1  # one variant per field in turn; all three with BATAILLE_CRAFT_ALL=1
            for whole, text in (variants if os.environ.get("BATAILLE_CRAFT_ALL") else variants[n % 3: n % 3 + 1]):
                def change(db, type_name=type_name, name=name, whole=whole, text=text):
                    seq, payload = first_row(db, type_name)
                    payload[name] = _extreme(payload.get(name, whole if "number" in name else text), whole, text)
                    set_payload(db, seq, payload)
                path = craft(original, tmp_path / "x.bataille", change)
                outcome = _summaries_of(path, deck)
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
                path.unlink()
    count("event fields at their extremes (fold and summaries)", sum(outcomes.values()))
    note("crafted session files", "fields at their extremes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    assert outcomes.get("summary", 0) > n // 2


def _summaries_of(path: Path, deck) -> str:
    try:
        session = open_session(path, deck, ManualClock())
        close_session(session)
    except (SessionFileError, DeckMismatchError):
        pass
    try:
        events = read_session(path)
        summary = build_summary(events, deck)
        render_summary_md(summary, "figures")
        render_actions_csv(summary)
        render_summary_csv_zip(summary)
        render_summary_json(summary)
    except SessionFileError:
        return "refused when read"
    except ExportError:
        return "refused by the summary"
    return "summary"


def test_the_bounds_are_what_the_checker_says():
    ok = {"team_id": "t1", "name": "Les Hiboux", "colour": "#FFAA00"}
    assert event_problem("team_added", 1.7e9, json.dumps(ok)) is None
    assert event_problem("team_added", 1.7e9, json.dumps({**ok, "name": "x" * MAX_TEXT})) is None
    assert event_problem("team_added", 1.7e9, json.dumps({**ok, "name": "x" * (MAX_TEXT + 1)})).key == "too_long"
    assert event_problem("team_added", math.nan, json.dumps(ok)).key == "bad_time"
    assert event_problem("team_added", 1.7e9, json.dumps({"team_id": "t1"})).key == "missing"
    votes = {"number": 1, "stage": "before", "votes": [["tok", "agree"]] * (MAX_ITEMS + 1)}
    assert event_problem("phone_votes_recorded", 1.7e9, json.dumps(votes)).key == "too_many"
    assert event_problem("undone", 1.7e9, json.dumps({"target": MAX_WHOLE})) is None
    assert event_problem("undone", 1.7e9, json.dumps({"target": MAX_WHOLE + 1})).key == "out_of_range"
    assert event_problem("undone", 1.7e9, '{"target": 1' + " " * 2_000_000 + "}").key == "too_big"
    deep = '{"sides": ' + "[" * MAX_DEPTH + "]" * MAX_DEPTH + ', "number": 1}'
    assert event_problem("sides_assigned", 1.7e9, deep).key == "too_deep"
    # Brackets inside a text do not count as nesting.
    assert event_problem("takeaway_added", 1.7e9, json.dumps({"text": "[" * 100})) is None
    said = event_problem("team_added", 1.7e9, json.dumps({**ok, "name": {"a": 1}}))
    assert said.render("fr") == "son champ « name » devrait être un texte, pas un objet JSON".replace(" »", "\u00a0»") \
        .replace("« ", "«\u00a0")


def test_damage_is_told_in_french_with_what_is_wrong(original, tmp_path):
    """A French teacher reads the damage, and what is wrong with the action, in French."""
    import sys

    from .crafted import ROOT

    crafted = craft(original, tmp_path / "séance.bataille", _infinite_time)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"}
    run = subprocess.run([sys.executable, "-m", "bataille", "summary", str(crafted), "-o", str(tmp_path / "b.pdf")],
                         capture_output=True, text=True, timeout=30, env=env, cwd=str(tmp_path))
    said = run.stderr.replace("\u00a0", " ").replace("\u202f", " ")  # French spacing, read as spaces
    assert run.returncode == 1 and "Traceback" not in said
    assert re.search(r"« séance\.bataille » est endommagé à l’action 6 \(sur \d+\) : son heure \(inf\)", said), said
    assert "1970" in said and "Les 5 actions d’avant sont intactes" in said
    with pytest.raises(DamagedSessionError) as caught:
        read_session(crafted)
    assert caught.value.what is not None and "1970" in caught.value.what.render("fr")
    # A flipped byte (its checksum no longer matches): the reason in both languages.
    flipped = craft(original, tmp_path / "flip.bataille", lambda db: db.execute(
        "UPDATE events SET payload = replace(payload, 'e', 'f') WHERE seq = 3"), chain=False)
    with pytest.raises(DamagedSessionError) as caught:
        read_session(flipped)
    assert caught.value.what.render("fr") == "son contenu ne correspond pas à sa somme de contrôle"
    assert "its contents do not match their checksum" in str(caught.value)
