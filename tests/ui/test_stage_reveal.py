"""A vote shown to the room: its bars grow on the stage, then the stage goes still again."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.controller import SessionController
from bataille.ui.stage.window import REVEAL_MS, StageWindow

from ..sessions import debate_session
from .test_stage_vote_heading_and_shift import said


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def test_the_bars_of_a_revealed_vote_grow_then_stop(qtbot, translations, deck):
    session = debate_session(deck)
    session.pause_timer()  # a running timer repaints its own box every second; not what is measured here
    controller = SessionController(session)
    stage = StageWindow(controller)
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    stage.show()
    controller.act(controller.session.record_vote, "before", {"agree": 6, "disagree": 2, "undecided": 2})
    assert stage.growing is None  # recorded, hidden: nothing moves
    controller.act(controller.session.reveal_votes, "before")
    assert stage.growing == ("before", 0.0)
    qtbot.waitUntil(lambda: stage.growing is not None and 0.2 < stage.growing[1] < 0.95, timeout=REVEAL_MS)
    qtbot.waitUntil(lambda: stage.growing is None, timeout=REVEAL_MS * 3)
    qtbot.wait(100)  # the last frame, fully grown, is painted
    paints = stage.paints
    qtbot.wait(300)
    assert stage.paints == paints  # still again: no repaint once the bars are grown
    controller.undo()
    controller.act(controller.session.reveal_votes, "before")  # shown again after an undo: it grows again
    assert stage.growing == ("before", 0.0)


def test_the_shift_on_the_stage_is_the_difference_of_the_percentages_shown(qtbot, translations, deck):
    """The stage showed undecided 19 % then 8 % under "−12 pts" (the exact −11.5 rounded), and
    the shift below the shares shown is now their difference."""
    session = debate_session(deck)
    controller = SessionController(session)
    stage = StageWindow(controller)
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    stage.show()
    for stage_name, counts in (("before", (12, 13, 6)), ("after", (20, 39, 5))):
        controller.act(controller.session.record_vote, stage_name, dict(zip(("agree", "disagree", "undecided"),
                                                                           counts, strict=True)))
        controller.act(controller.session.reveal_votes, stage_name)
    stage.grab()
    scene = stage.scene

    def figures(role: str) -> list[int]:
        return [int(text.replace("−", "-").split()[0].rstrip("%")) for text in scene.texts(role)]

    before, after = figures("vote-before-share"), figures("vote-after-share")
    assert before == [39, 42, 19] and after == [31, 61, 8]
    assert figures("shift") == [a - b for a, b in zip(after, before, strict=True)] == [-8, 19, -11]
    # In percentage points of the room ("−8 pts de %", "−8 pp"), never the "pts" of the teams' scores:
    # in the figure, or under it where the figure would not stand whole beside it.
    assert all("%" in text for text in said(scene)), said(scene)


def test_a_claim_with_quotes_of_its_own_alternates_them(qtbot, translations, deck):
    """“Saying “thank you” to an AI is a waste of energy.”: the stage put the claim's own quotes in
    the same marks as its own."""
    session = debate_session(deck, "en")
    session.close_round()
    session.open_round(card_id="env-debate-thank-you")
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    assert stage.build().texts("claim") == ["“Saying ‘thank you’ to an AI is a waste of energy.”"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_whole_swing_of_the_room_stands_whole_under_its_choice(qtbot, translations, deck, app_font, lang):
    """All for, then all against (two phones): « −100 pts de % » was cut (« −100 pts … ») in its
    third of the shift's box, at 1920×1080 too; each figure as large as the others."""
    from bataille.ui.stage.scene import MIN_PX

    from ..sessions import voted_debate

    translations.set_language(lang)
    for size in ((1920, 1080), (1366, 768), (1280, 720)):
        stage = StageWindow(SessionController(voted_debate(deck, (2, 0, 0), (0, 2, 0), lang)))
        qtbot.addWidget(stage)
        stage.setFont(app_font)
        stage.resize(*size)
        stage.show()
        scene = stage.build()
        shifts = [item for item in scene.text_items() if item.role == "shift"]
        assert [item.text.split()[0] for item in shifts] == ["−100", "+100", "+0"], size
        assert [item for item in shifts if item.cut or item.px < MIN_PX * scene.u - 0.5] == [], (lang, size)
        assert len({round(item.px, 1) for item in shifts}) == 1, (lang, size)  # alike, not each as large as it fits
