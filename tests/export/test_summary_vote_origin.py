"""A debate's votes in the summary, as a teacher reads them afterwards: how many answers came from
the phones and how many were typed in by hand, and the shift's verdict saying when it compares
shares of different numbers of voters (« 24 votants avant, 15 après »). PDFs read back with
pdftotext, the Markdown as written."""

from __future__ import annotations

import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary

from ..sessions import debate_session, voted_debate

A, B, C = "a" * 22, "b" * 22, "c" * 22  # three phones' tokens


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _pdf(session, deck, tmp_path, lang: str) -> str:
    path = tmp_path / f"{lang}.pdf"
    export_summary(session, deck, path, lang)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.split())  # no-break spaces and line ends read as one space


def _md(session, deck, tmp_path, lang: str) -> str:
    path = tmp_path / f"{lang}.md"
    export_summary(session, deck, path, lang)
    return " ".join(path.read_text(encoding="utf-8").split())


def _phones_and_hands(deck, corrected: bool = False):
    """Three phones answered each vote; the rest of the room's hands were typed on top (or, with
    ``corrected``, the count after was typed below the phones' answers)."""
    s = debate_session(deck)
    s.record_phone_votes("before", {A: "agree", B: "disagree", C: "agree"})
    s.record_vote("before", {"agree": 12, "disagree": 6, "undecided": 6})  # 3 phones + 21 hands
    s.reveal_votes("before")
    s.record_phone_votes("after", {A: "agree", B: "agree", C: "agree"})
    s.record_vote("after", {"agree": 2 if corrected else 3, "disagree": 0, "undecided": 0})
    s.reveal_votes("after")
    return s


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Provenance des votes : avant : 3 par téléphone, 21 saisis à la main après : 3 par téléphone"),
    ("en", "Where the votes came from: before: 3 by phone, 21 typed in by hand after: 3 by phone"),
])
def test_the_pdf_says_how_many_answers_came_from_the_phones_and_how_many_were_typed(deck, tmp_path, lang, said):
    text = _pdf(_phones_and_hands(deck), deck, tmp_path, lang)
    assert said in text


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Provenance des votes — avant : 3 par téléphone, 21 saisis à la main ; après : 3 par téléphone."),
    ("en", "Where the votes came from — before: 3 by phone, 21 typed in by hand; after: 3 by phone."),
])
def test_the_markdown_says_it_too(deck, tmp_path, lang, said):
    assert said in _md(_phones_and_hands(deck), deck, tmp_path, lang)


def test_a_count_typed_below_the_phones_answers_is_said_corrected_not_split(deck, tmp_path):
    text = _pdf(_phones_and_hands(deck, corrected=True), deck, tmp_path, "fr")
    assert "après : 3 par téléphone, total corrigé à la main : 2" in text
    assert "-1 saisis" not in text and "−1 saisi" not in text
    text = _pdf(_phones_and_hands(deck, corrected=True), deck, tmp_path, "en")
    assert "after: 3 by phone, total corrected by hand: 2" in text


def test_one_vote_typed_is_singular_in_french(deck, tmp_path):
    s = debate_session(deck)
    s.record_phone_votes("before", {A: "agree", B: "disagree"})
    s.record_vote("before", {"agree": 1, "disagree": 1, "undecided": 1})
    assert "avant : 2 par téléphone, 1 saisi à la main" in _pdf(s, deck, tmp_path, "fr")


def test_once_phones_voted_a_debate_typed_by_hand_says_so(deck, tmp_path):
    s = _phones_and_hands(deck)
    s.close_round()
    s.open_round(seed=2)
    s.record_vote("before", {"agree": 10, "disagree": 10, "undecided": 4})
    text = _pdf(s, deck, tmp_path, "fr")
    assert "avant : 24 saisis à la main" in text


def test_without_phones_nothing_is_said_of_where_the_votes_came_from(deck, tmp_path):
    s = voted_debate(deck, (10, 9, 5), (12, 8, 4))
    assert "Provenance" not in _pdf(s, deck, tmp_path, "fr") + _md(s, deck, tmp_path, "fr")
    assert "came from" not in _pdf(s, deck, tmp_path, "en") + _md(s, deck, tmp_path, "en")


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Le camp « pour » a convaincu la salle : sa part a le plus progressé. 24 votants avant, 15 après : "
           "les pourcentages ne portent pas sur le même nombre de personnes."),
    ("en", "The “for” side convinced the room: its share grew most. 24 voters before, 15 after: the "
           "percentages are of different numbers of people."),
])
def test_the_verdict_says_when_it_compares_shares_of_different_numbers_of_voters(deck, tmp_path, lang, said):
    s = voted_debate(deck, (10, 9, 5), (9, 4, 2), lang)  # fewer agree after, yet a larger share
    assert s.state.open_round.shift.winner == "for"
    assert said in _pdf(s, deck, tmp_path, lang)
    assert said in _md(s, deck, tmp_path, lang)


def test_one_voter_before_is_singular(deck, tmp_path):
    s = voted_debate(deck, (1, 0, 0), (1, 1, 0))
    assert "1 votant avant, 2 après" in _pdf(s, deck, tmp_path, "fr")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_equal_numbers_of_voters_add_nothing_to_the_verdict(deck, tmp_path, lang):
    s = voted_debate(deck, (10, 9, 5), (12, 8, 4), lang)
    text = _pdf(s, deck, tmp_path, lang) + _md(s, deck, tmp_path, lang)
    assert "votants avant" not in text and "voters before" not in text
    assert "même nombre" not in text and "different numbers" not in text



def test_the_zip_and_the_json_say_how_many_answers_came_from_the_phones(deck, tmp_path):
    """The PDF and the Markdown said it; the tables a teacher opens in a spreadsheet did not."""
    import csv
    import io
    import json
    import zipfile

    import jsonschema

    from bataille.export.summary_json import load_schema

    s = _phones_and_hands(deck)
    export_summary(s, deck, tmp_path / "bilan.zip", "en")
    with zipfile.ZipFile(tmp_path / "bilan.zip") as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("votes.csv").decode("utf-8-sig"))))
    assert [(r["stage"], r["who"], r["total"], r["phones"]) for r in rows] == \
        [("before", "room", "24", "3"), ("after", "room", "3", "3")]
    export_summary(s, deck, tmp_path / "bilan.json", "en")
    data = json.loads((tmp_path / "bilan.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, load_schema())
    assert data["rounds"][0]["before"]["phones"] == {"agree": 2, "disagree": 1, "undecided": 0, "total": 3}
    plain = voted_debate(deck, (10, 9, 5), (12, 8, 4))
    export_summary(plain, deck, tmp_path / "plain.json", "en")
    assert json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))["rounds"][0]["before"]["phones"] is None
