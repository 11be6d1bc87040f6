"""The console's vote boxes read as the stage will: each count's share as it is typed, and the shift
with its verdict once both votes are recorded (before the room sees them)."""

from __future__ import annotations


def _type(panel, stage: str, agree: int, disagree: int, undecided: int) -> None:
    for choice, value in zip(("agree", "disagree", "undecided"), (agree, disagree, undecided), strict=True):
        panel.votes[stage].boxes[choice].setValue(value)


def _shares(panel, stage: str) -> list[str]:
    return [panel.votes[stage].shares[choice].text().replace("\u00a0", " ").replace("\u202f", " ")
            for choice in ("agree", "disagree", "undecided")]


def _debate_page(console):
    """The console's debate page, its first debate open."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    return console.phase.debate


def test_each_count_shows_its_share_as_it_is_typed(console) -> None:
    panel = _debate_page(console)
    assert _shares(panel, "before") == ["", "", ""]  # nothing counted: no figure
    _type(panel, "before", 12, 9, 5)
    # 46.2, 34.6 and 19.2: each rounded to the nearest, as on the stage.
    assert _shares(panel, "before") == ["46 %", "35 %", "19 %"]
    _type(panel, "before", 1, 1, 1)
    assert _shares(panel, "before") == ["33 %", "33 %", "33 %"]  # equal counts, equal shares


def test_the_shift_and_its_verdict_show_once_both_votes_are_recorded(console) -> None:
    c, panel = console.controller, _debate_page(console)
    _type(panel, "before", 12, 9, 5)
    panel.record("before")
    assert c.state.open_round.before is not None
    assert not panel.shift_label.isVisibleTo(panel)
    _type(panel, "after", 8, 16, 2)
    assert _shares(panel, "after") == ["31 %", "62 %", "8 %"]  # 30.8, 61.5, 7.7: 101 in all
    assert not panel.shift_label.isVisibleTo(panel)  # typed, not recorded: no shift yet
    panel.record("after")
    text = panel.shift_label.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert panel.shift_label.isVisibleTo(panel)
    assert text == ("Évolution : D’accord −15 pts de % · Pas d’accord +27 pts de % · Indécis −11 pts de %. "
                    "Le camp « contre » a convaincu la salle."), text
    c.act(c.session.close_round)  # the next debate starts with no shift and no figures
    c.act(c.session.open_round)
    assert not panel.shift_label.isVisibleTo(panel) and _shares(panel, "before") == ["", "", ""]


def test_totals_far_apart_are_said_before_the_room_sees_them(console) -> None:
    """26 voters before, 60 after (160 typed for 16?): the console says so under the shift, while
    the vote is still hidden; a few more or fewer voters (latecomers) are said without the warning
    (the verdict compares shares of other numbers of people: the summary says so too)."""
    c, panel = console.controller, _debate_page(console)
    _type(panel, "before", 12, 9, 5)
    panel.record("before")
    _type(panel, "after", 30, 20, 10)
    panel.record("after")
    assert not c.state.open_round.revealed_after
    text = panel.shift_label.text().replace("\u00a0", " ")
    assert text.endswith("\n60 votants après, 26 avant : vérifiez les comptes."), text
    _type(panel, "after", 10, 12, 7)  # corrected: 29, three more than before (latecomers)
    panel.record("after")
    text = panel.shift_label.text().replace("\u00a0", " ")
    assert "vérifiez" not in text and text.endswith("\n29 votants après, 26 avant."), text
    _type(panel, "after", 10, 11, 5)  # as many as before: nothing to say of it
    panel.record("after")
    assert "votants" not in panel.shift_label.text()


def test_the_shift_reads_in_english(console, translations) -> None:
    translations.set_language("en")
    panel = _debate_page(console)
    _type(panel, "before", 5, 5, 0)
    panel.record("before")
    _type(panel, "after", 7, 3, 0)
    panel.record("after")
    assert _shares(panel, "after") == ["70%", "30%", "0%"]
    assert panel.shift_label.text() == ("Shift: Agree +20 pp · Disagree −20 pp · Undecided +0 pp. "
                                        "The “for” side convinced the room.")


def test_a_side_whose_share_fell_least_is_not_said_to_have_convinced_the_room(console, translations) -> None:
    """Both sides lose ground to the undecided: the side that lost less wins (the Oxford rule), and
    the verdict says it lost the least ground rather than that it convinced anyone."""
    panel = _debate_page(console)
    _type(panel, "before", 10, 10, 0)
    panel.record("before")
    _type(panel, "after", 8, 4, 8)  # agree −10, disagree −30, undecided +40
    panel.record("after")
    text = panel.shift_label.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert text.endswith("Le camp « pour » a le moins reculé."), text
    translations.set_language("en")
    c = console.controller
    c.act(c.session.close_round)
    c.act(c.session.open_round)
    _type(panel, "before", 10, 10, 0)
    panel.record("before")
    _type(panel, "after", 5, 10, 5)  # agree −25, disagree +0: "against" wins without gaining
    panel.record("after")
    assert panel.shift_label.text().endswith("The “against” side held its ground."), panel.shift_label.text()
    c.act(c.session.close_round)
    c.act(c.session.open_round)
    _type(panel, "before", 10, 10, 0)
    panel.record("before")
    _type(panel, "after", 6, 8, 6)  # agree −20, disagree −10
    panel.record("after")
    assert panel.shift_label.text().endswith("The “against” side lost the least ground."), panel.shift_label.text()


def test_the_summary_gives_the_stage_s_verdict_then_why(translations) -> None:
    """The room reads one verdict: the summary's line starts with the stage's words (« Le camp
    « pour » a tenu bon »), then says why; a tie says both sides moved alike, not that nobody moved."""
    from bataille.export.summary_words import WORDS
    from bataille.ui.stage.vote_boxes import verdict
    from bataille.workshop import Counts, shift_verdict
    from bataille.workshop.rules import opinion_shift

    votes = [((10, 10, 0), after) for after in ((12, 8, 0), (10, 8, 2), (8, 6, 6), (8, 12, 0), (8, 10, 2),
                                                (6, 8, 6), (11, 11, 0))]
    seen = set()
    for lang in ("fr", "en"):
        translations.set_language(lang)
        for before, after in votes:
            shift = opinion_shift(Counts(*before), Counts(*after))
            key = shift_verdict(shift)
            seen.add(key)
            line = WORDS.text(f"winner_{key}", lang)
            if key == "tie":  # the stage's line says it whole
                assert line == verdict(shift) + ".", lang
                continue
            headline, why = line.split(":", 1)
            assert verdict(shift) == headline.rstrip("\u00a0 "), (lang, key)
            assert why.strip() and why.endswith(".")
    assert len(seen) == 7
    translations.set_language("fr")
    assert verdict(opinion_shift(Counts(1, 1, 2), Counts(2, 2, 0))) == "Égalité\u00a0: les deux camps ont évolué autant"
