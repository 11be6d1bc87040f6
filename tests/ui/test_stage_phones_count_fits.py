"""While the phones vote, the vote's box says how many answered of how many phones (« 128 réponses
sur 300 téléphones ») beside or above where a latecomer joins (the QR code, the address and the
room's code). On a 5:4 projector (1280×1024) with the teams' scores along the bottom, the box of the
vote after the debate, its countdown on a row of its own, left the count 3 pixels: it was cut to
nothing under « Vote sur les téléphones », the address over it; with two teams the QR code beside it
cut it to « 128 réponses sur … ». The count reads whole at every size a classroom projects, with 2
to 8 teams, up to three digits, in French and English, at 100 % and 150 % text size; where the box
is too low for everything, the code, then the label, then the address give way to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.phones.room import Question
from bataille.ui.controller import SessionController
from bataille.ui.phones import Phones
from bataille.ui.stage.vote_phones import answers_of_phones
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session

from .test_stage_four_three import EIGHT
from .test_stage_scores import assert_legible_and_apart

SIZES = [(1024, 768), (1280, 1024), (1280, 720), (1920, 1080)]
COUNTS = [(300, 128), (25, 12), (999, 999)]  # (phones connected, answers), as the server says them


@pytest.fixture
def voting_stage(qtbot, translations, bundled_deck, app_font, request):
    """A stage at the debates of a workshop of ``teams`` (sides drawn), the phones on (on loopback)
    asked the vote ``stage`` with a 30 s countdown; the vote before recorded and shown first when
    they vote after."""
    lang, teams, stage_name = request.param
    translations.set_language(lang)
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), lang)
    for name in EIGHT[lang][:teams]:
        session.add_team(name)
    session.start()
    for _phase in range(3):  # welcome, timeline, debates
        session.start_phase()
    session.open_round(seed=1)
    session.assign_sides(seed=2)
    if stage_name == "after":
        session.record_vote("before", {"agree": 3, "disagree": 1, "undecided": 1})
        session.reveal_votes("before")
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.setFont(app_font)
    phones = Phones(stage)
    stage.attach_phones(phones)
    phones.turn_on("127.0.0.1", 0)
    stage.show()
    phones.ask(Question(1, "", "", stage_name), seconds=30)
    yield stage, phones, stage_name
    phones.turn_off()


def _count(scene, stage_name):
    items = [i for i in scene.text_items() if i.role == f"vote-{stage_name}-phones"]
    assert len(items) == 1, scene.texts()
    return items[0]


CASES = [(lang, teams, stage) for lang in ("fr", "en") for teams in (2, 5, 8) for stage in ("before", "after")]


@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("voting_stage", CASES, indirect=True, ids=lambda case: "-".join(map(str, case)))
def test_the_phones_count_reads_whole_at_every_classroom_size(voting_stage, percent) -> None:
    stage, phones, stage_name = voting_stage
    stage.apply_settings(percent, "")
    problems = []
    for size in SIZES:
        stage.resize(*size)
        for connected, answered in COUNTS:
            phones.countChanged.emit(connected, answered)  # as the server says it (build runs no events)
            scene = stage.build()
            count = _count(scene, stage_name)
            words = answers_of_phones(answered, connected)
            # whole: not elided, and as the font draws it, its lines within the room it is given
            used = QFontMetricsF(scene.font(count.px, bold=True)).boundingRect(
                QRectF(0, 0, count.rect.width(), 1e6), count.flags, count.text)
            if count.cut or " ".join(count.text.split()) != " ".join(for_the_font(words).split()) \
                    or used.width() > count.rect.width() + 1 or used.height() > count.rect.height() + 1:
                problems.append(f"{size} {words!r}: {count.text!r} {count.px}px in {count.rect}")
                continue
            try:  # large, whole, apart from the address and the teams' scores, on the screen
                assert_legible_and_apart(scene, size)
            except AssertionError as error:
                problems.append(f"{size} {words!r}: {error}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("voting_stage", [("fr", 8, "after")], indirect=True, ids=["fr-8-after"])
def test_the_code_and_the_address_stay_where_the_count_leaves_them_room(voting_stage) -> None:
    """Giving way only where the count needs it: at 1920×1080 the code and the address stay beside it;
    at 1280×1024 the address stays under it."""
    from bataille.ui.stage.scene import QrItem

    stage, phones, stage_name = voting_stage
    stage.resize(1920, 1080)
    phones.countChanged.emit(300, 128)
    scene = stage.build()
    assert any(isinstance(i, QrItem) for i in scene.items) and scene.texts(f"vote-{stage_name}-phones-join")
    stage.resize(1280, 1024)
    phones.countChanged.emit(300, 128)
    scene = stage.build()
    assert scene.texts(f"vote-{stage_name}-phones-join") and not _count(scene, stage_name).cut
