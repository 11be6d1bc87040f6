"""The phones' answers as session events: kept per anonymous voter, undone like any action, back
from the session file, and the table of who changed their mind."""

from __future__ import annotations

import pytest

from bataille.storage import close_session, new_session, open_session
from bataille.workshop import DebateError, MemoryStore, Session
from bataille.workshop.minds import mind_changes

A, B, C, D = ("a" * 22, "b" * 22, "c" * 22, "d" * 22)


def test_phone_votes_are_one_event_with_one_answer_per_voter(started):
    started.open_round(card_id="work-debate-2")
    started.record_phone_votes("before", {A: "agree", B: "disagree"})
    rnd = started.state.open_round
    assert rnd.phones_before == ((A, "agree"), (B, "disagree")) and rnd.phones_after == ()
    assert started.events[-1].type == "phone_votes_recorded"
    started.undo()
    assert started.state.open_round.phones_before == ()


@pytest.mark.parametrize("votes, message", [
    ({}, "No phone answered"),
    ({"short": "agree"}, "could not be read"),
    ({A: "maybe"}, "could not be read"),
])
def test_bad_phone_votes_are_refused(started, votes, message):
    started.open_round(card_id="work-debate-2")
    with pytest.raises(DebateError, match=message):
        started.record_phone_votes("before", votes)


BAD_FEEDBACK = [{"tok0": (5, "reliability", "Vérifier")}, {A: (9, None, "")}, {A: (4, 3, "")},
                {A: (4, None, 7)}, {A: "5"}]


@pytest.mark.parametrize("answers", BAD_FEEDBACK)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_phone_answer_refused_is_said_in_plain_words_without_its_token(started, answers, lang):
    """The status line said « L'avis d'un téléphone n'est pas valable : 'tok0' → (5, 'reliability', …) »:
    the phone's token and a Python tuple. Now plain words in the interface's language, nothing else."""
    from bataille.workshop import ActionError
    from bataille.workshop.refusals import refusal

    with pytest.raises(ActionError) as refused:
        started.record_phone_feedback(answers)
    said = refusal(str(refused.value), lang)
    token = next(iter(answers))
    assert token not in said and "(5," not in said and "'tok" not in said and "→" not in said
    assert said == ("L’avis d’un téléphone est illisible (une note de 1 à 5, un thème, un engagement)\u00a0: aucun "
                    "avis n’a été gardé." if lang == "fr" else "A phone's feedback could not be read (a rating from "
                    "1 to 5, a theme, a commitment): no feedback was kept.")
    assert started.state.debrief.phone_feedback == ()  # nothing kept


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_phone_vote_refused_is_said_in_plain_words_without_its_token(started, lang):
    from bataille.workshop.refusals import refusal

    started.open_round(card_id="work-debate-2")
    with pytest.raises(DebateError) as refused:
        started.record_phone_votes("before", {A: "agree", "tok0": "maybe"})
    said = refusal(str(refused.value), lang)
    assert "tok0" not in said and "maybe" not in said and "→" not in said
    assert said.startswith("Le vote d’un téléphone est illisible" if lang == "fr" else "A phone's vote could not be read")


def test_who_changed_their_mind_counts_only_those_who_voted_twice(started):
    started.open_round(card_id="work-debate-2")
    assert mind_changes(started.state.open_round) is None
    started.record_phone_votes("before", {A: "agree", B: "disagree", C: "undecided", D: "undecided"})
    started.record_phone_votes("after", {A: "agree", B: "agree", C: "disagree"})  # D left the room
    minds = mind_changes(started.state.open_round)
    assert minds.voters == 3 and minds.changed == 2 and round(minds.changed_share) == 67
    #               after: agree disagree undecided
    assert minds.table == ((1, 0, 0),   # before agree
                           (1, 0, 0),   # before disagree
                           (0, 1, 0))   # before undecided
    # Over A, B, C only: agree 1/3 -> 2/3, disagree 1/3 -> 1/3, undecided 1/3 -> 0, in the whole
    # percentages shown: 33 % -> 67 %.
    assert minds.shift.agree == 34 and minds.shift.winner == "for" and not minds.dead_heat


def test_a_shift_under_five_points_is_a_dead_heat(started):
    started.open_round(card_id="work-debate-2")
    voters = {f"{i:022d}": ("agree", "disagree")[i % 2] for i in range(40)}
    started.record_phone_votes("before", voters)
    after = dict(voters)
    after[f"{0:022d}"] = "undecided"  # one of forty changed: 2.5 points
    started.record_phone_votes("after", after)
    assert mind_changes(started.state.open_round).dead_heat


def test_phone_votes_come_back_from_the_session_file(tmp_path, deck, clock):
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, clock)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.open_round(card_id="work-debate-2")
    session.record_phone_votes("before", {A: "agree", B: "undecided"})
    close_session(session)
    again = open_session(path, deck, clock)
    try:
        assert again.state.open_round.phones_before == ((A, "agree"), (B, "undecided"))
    finally:
        close_session(again)


def test_a_copy_without_the_phones_keeps_who_changed_their_mind(tmp_path, deck, clock):
    from bataille.storage import save_copy

    session = Session.create(deck, MemoryStore(), clock)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.open_round(card_id="work-debate-2")
    session.record_phone_votes("before", {A: "agree", B: "disagree"})
    session.record_phone_votes("after", {A: "agree", B: "agree"})
    session.record_phone_feedback({A: (5, None, "Vérifier"), C: (3, None, "")})
    copy = save_copy(session, tmp_path / "copie.bataille", without_phones=True)
    raw = copy.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("copie.bataille-*"))
    assert A.encode() not in raw and B.encode() not in raw and C.encode() not in raw
    again = open_session(copy, deck, clock)
    try:
        assert mind_changes(again.state.open_round) == mind_changes(session.state.open_round)
        tokens = [a[0] for a in again.state.debrief.phone_feedback]
        assert tokens == ["phone-000000000001", "phone-000000000003"]  # A is still phone 1, C is new
    finally:
        close_session(again)
