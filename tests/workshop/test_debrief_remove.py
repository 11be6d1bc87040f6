"""A debrief line taken back: a mistyped takeaway, or a commitment given to the wrong team, leaves
its list without undoing the lines noted after it (undo only takes back the last action)."""

from __future__ import annotations

import pytest

from bataille.storage import close_session, new_session, open_session
from bataille.workshop import DebriefError, ManualClock, describe


def test_a_line_is_taken_back_wherever_it_is_in_its_list(started):
    started.add_takeaway("Une IA se trompe avec aplomb.")
    started.add_takeaway("Une IA se trompe avce aplomb.")  # mistyped
    started.add_takeaway("Vérifier un chiffre avant de le partager.")
    team = started.state.teams[0].id
    started.add_commitment("Citer nos sources.", team)
    started.add_commitment("Éteindre les écrans.", None)
    changes = started.remove_debrief_line("takeaway", 1)
    assert changes.debrief
    assert started.state.debrief.takeaways == ("Une IA se trompe avec aplomb.", "Vérifier un chiffre avant de le partager.")
    assert describe(changes.event, "fr", started.state) == \
        "Ligne retirée (ce que l’on retient)\u00a0: «\u00a0Une IA se trompe avce aplomb.\u00a0»"
    changes = started.remove_debrief_line("commitment", 0)
    assert changes.event.team_id == team and changes.event.text == "Citer nos sources."
    assert started.state.debrief.commitments == ((None, "Éteindre les écrans."),)
    assert describe(changes.event, "en", started.state) == "Line removed (commitments): “Citer nos sources.”"
    started.undo()  # like any action
    assert started.state.debrief.commitments == ((team, "Citer nos sources."), (None, "Éteindre les écrans."))


@pytest.mark.parametrize(("which", "index", "words"), [
    ("takeaway", 0, "There is no line 0 to take back: 0 noted."),
    ("commitment", -1, "There is no line -1 to take back"),
    ("note", 0, "A debrief line is a 'takeaway' or a 'commitment', not 'note'."),
])
def test_a_line_that_is_not_there_is_refused(started, which, index, words):
    with pytest.raises(DebriefError, match=words.replace("(", r"\(").replace(")", r"\)")):
        started.remove_debrief_line(which, index)


def test_it_survives_a_reopened_session_file(tmp_path, deck):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, ManualClock(), "fr")
    session.add_team("Hiboux")
    session.add_team("Loutres")
    session.start()
    for text in ("Un", "Deux", "Trois"):
        session.add_takeaway(text)
    session.remove_debrief_line("takeaway", 0)
    close_session(session)
    assert open_session(path, deck, ManualClock()).state.debrief.takeaways == ("Deux", "Trois")


def test_a_crafted_line_of_no_list_takes_nothing_back(started):
    """A file made by hand may name a list that does not exist, or a line out of range: the fold
    takes nothing back (it took the commitment of any other word)."""
    from bataille.workshop import events as ev
    from bataille.workshop.fold import apply

    started.add_takeaway("Un")
    started.add_commitment("Deux", None)
    state = started.state
    for which, index in (("note", 0), ("commitment", 5), ("takeaway", -1)):
        assert apply(state, ev.DebriefLineRemoved(at=1.0, which=which, index=index, text="x")).debrief == state.debrief
