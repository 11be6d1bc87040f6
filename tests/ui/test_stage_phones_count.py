"""While the phones vote, the stage says how many answered of how many phones are connected, large
enough to read from the back of the room (it said how many answered, never of how many)."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.phones.room import Question
from bataille.ui.controller import SessionController
from bataille.ui.phones import Phones
from bataille.ui.stage.vote_phones import answers_of_phones
from bataille.ui.stage.window import StageWindow

from ..sessions import debate_session
from .test_stage_scores import assert_legible_and_apart


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture
def stage_and_phones(qtbot, translations, deck):
    controller = SessionController(debate_session(deck))
    stage = StageWindow(controller)
    qtbot.addWidget(stage)
    phones = Phones(stage)
    stage.attach_phones(phones)
    phones.turn_on("127.0.0.1", 0)
    phones.join_shown = False  # the phones have joined: the stage shows the debate
    phones.asking = Question(1, "", "", "before")  # as the console's "Ask the phones" sets it
    stage.show()
    yield stage, phones
    phones.turn_off()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_stage_counts_the_answers_of_the_phones_connected(qtbot, stage_and_phones, size):
    stage, phones = stage_and_phones
    stage.resize(*size)
    phones.countChanged.emit(25, 12)  # as the server says it: phones connected, answers
    qtbot.waitUntil(lambda: answers_of_phones(12, 25) in stage.build().texts("vote-before-phones"), timeout=2000)
    said = stage.scene.texts("vote-before-phones")[0]
    assert "12" in said and "25" in said
    item = next(i for i in stage.scene.text_items() if i.role == "vote-before-phones")
    assert item.px >= 44 * stage.scene.u  # from the back of the room: larger than the votes' own words
    assert_legible_and_apart(stage.scene, size)
    phones.countChanged.emit(26, 13)  # one more phone joins and answers: the stage follows at once
    assert answers_of_phones(13, 26) in stage.build().texts("vote-before-phones")


def test_the_words_of_the_count():
    assert answers_of_phones(12, 25) == "12 answers from 25 phones"  # English, the source; French from the .ts
    assert answers_of_phones(1, 1) == "1 answer from 1 phone"
    assert answers_of_phones(0, 3) == "0 answers from 3 phones"
    assert answers_of_phones(4, 3) == "4 answers from 4 phones"  # a phone that answered then dropped still counts


def test_the_words_of_the_count_in_french(translations):
    """French takes the singular for 0: "0 réponse", as for 1 (the stage said "0 réponses")."""
    assert answers_of_phones(0, 3) == "0\u00a0réponse sur 3\u00a0téléphones"
    assert answers_of_phones(1, 1) == "1\u00a0réponse sur 1\u00a0téléphone"
    assert answers_of_phones(12, 25) == "12\u00a0réponses sur 25\u00a0téléphones"


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_a_latecomer_reads_where_to_join_while_the_phones_vote(qtbot, stage_and_phones, size):
    """The join screen is gone once the vote is asked: the vote box says the address and the room
    code beside the count, and says it no more once the phones' vote is closed."""
    stage, phones = stage_and_phones
    stage.resize(*size)
    phones.countChanged.emit(7, 5)
    address = phones.url.removeprefix("http://").rstrip("/")
    qtbot.waitUntil(lambda: bool(stage.build().texts("vote-before-phones-join")), timeout=2000)
    assert stage.scene.texts("vote-before-phones-join") == [f"Pour voter\u00a0: {address} · salle {phones.code}"]
    assert_legible_and_apart(stage.scene, size)
    phones.asking = None  # the phones' vote closed, its counts recorded
    c = stage.controller
    c.act(c.session.record_vote, "before", {"agree": 3, "disagree": 1, "undecided": 1})
    assert not stage.build().texts("vote-before-phones-join")


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)])
def test_a_latecomer_scans_the_code_in_the_vote_box_while_the_phones_vote(qtbot, stage_and_phones, size):
    """Asking the vote took the join screen's QR code away: a latecomer had a line of small letters
    to type. The vote box keeps the code, whole pixels a module, beside the count; painted as the
    phones' own code (each module's centre read back from the picture), gone once the vote closes."""
    from bataille.ui.stage.scene import QrItem

    stage, phones = stage_and_phones
    stage.resize(*size)
    phones.countChanged.emit(7, 5)
    qtbot.waitUntil(lambda: bool(stage.build().texts("vote-before-phones-join")), timeout=2000)
    codes = [i for i in stage.scene.items if isinstance(i, QrItem)]
    assert len(codes) == 1 and [list(row) for row in codes[0].modules] == phones.qr
    rect = codes[0].rect
    cell = rect.width() / (len(phones.qr) + 8)
    assert cell >= 3 and cell == int(cell) and rect.width() == rect.height(), (cell, rect)
    texts = assert_legible_and_apart(stage.scene, size)
    assert not any(rect.intersects(t.used) for t in texts)  # beside the words, over none
    picture = stage.grab().toImage()
    for r, row in enumerate(phones.qr):
        for c, dark in enumerate(row):
            pixel = picture.pixelColor(int(rect.left() + (c + 4.5) * cell), int(rect.top() + (r + 4.5) * cell))
            assert (pixel.lightness() < 60) == dark, (r, c)
    assert picture.pixelColor(int(rect.left() + cell), int(rect.top() + cell)).lightness() > 240  # the quiet zone
    phones.asking = None  # the phones' vote closed, its counts recorded: the code goes to the next vote's box
    c = stage.controller
    c.act(c.session.record_vote, "before", {"agree": 3, "disagree": 1, "undecided": 1})
    assert stage.build().texts("vote-after-phones-join") and not stage.scene.texts("vote-before-phones-join")
    assert len([i for i in stage.scene.items if isinstance(i, QrItem)]) == 1
    c.act(c.session.record_vote, "after", {"agree": 1, "disagree": 3, "undecided": 1})
    assert not [i for i in stage.build().items if isinstance(i, QrItem)]  # no vote to come: no code


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_between_the_votes_the_next_vote_s_box_says_where_to_join(qtbot, stage_and_phones, size):
    """The room joined, the join screen gone, no vote asked yet: the box of the vote to come shows
    the code and the address, so that a latecomer is ready when it is asked (the stage showed no
    address at all between the votes); with the phones off, nothing of it."""
    from bataille.ui.stage.scene import QrItem

    stage, phones = stage_and_phones
    stage.resize(*size)
    phones.asking = None  # no vote asked yet
    address = phones.url.removeprefix("http://").rstrip("/")
    scene = stage.build()
    assert scene.texts("vote-before-phones-join") == [f"Pour voter\u00a0: {address} · salle {phones.code}"]
    assert scene.texts("vote-before-hidden") == ["Pas encore voté"] and not scene.texts("vote-after-phones-join")
    assert len([i for i in scene.items if isinstance(i, QrItem)]) == 1
    assert_legible_and_apart(scene, size)
    phones.turn_off()
    scene = stage.build()
    assert not scene.texts("vote-before-phones-join") and not [i for i in scene.items if isinstance(i, QrItem)]


@pytest.mark.parametrize("teams", [2, 5, 6])
@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)])
def test_the_next_vote_s_box_says_where_to_join_only_where_it_has_the_room(qtbot, translations, bundled_deck, app_font,
                                                                           teams, size):
    """Five teams with their sides and facts at 1280×720 leave a vote's box too short for the code:
    between the votes the address was cut there (« Pour voter : 127.0.0.1:… » under « Pas encore
    voté »); a box that short says « not voted yet » only, and nothing on the stage is cut."""
    from bataille.ui.stage.scene import QrItem

    from .test_stage_scores import stage_of

    stage = stage_of(qtbot, bundled_deck, app_font, teams, "debate-hidden", size)  # the vote after to come
    s = stage.controller.session
    for team, fact in zip(s.state.teams, s.deck.cards_of("fact")[:3], strict=False):  # facts played, as a debate goes
        s.play_evidence(team.id, fact.id)
    phones = Phones(stage)
    stage.attach_phones(phones)
    phones.turn_on("127.0.0.1", 0)
    try:
        phones.join_shown = False
        scene = stage.build()
        assert_legible_and_apart(scene, size, may_cut=("evidence",))  # a fact's title, three played: by design
        joins = scene.texts("vote-before-phones-join") + scene.texts("vote-after-phones-join")
        assert len(joins) <= 1 and len([i for i in scene.items if isinstance(i, QrItem)]) <= len(joins)
        if teams == 2 or size[1] == 1080:  # room enough: the box of the vote to come says it
            assert len(joins) == 1
    finally:
        phones.turn_off()
