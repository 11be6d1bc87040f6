"""While the session's timer is paused the phones' vote's countdown stands still on the stage: it
said « Clôture dans 0:26 » beside « En pause », unmoving, as if stuck. Held, its line says why
(« Clôture dans 0:26 · en pause », "Closes in 0:26 · paused"), whole at every size, eight teams,
in French and English, the phones' join corner beside it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bataille.phones.join import qr_matrix
from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.room_words import to_the_room

from .test_stage import SIZES
from .test_stage_four_three import _eight_teams_at
from .test_stage_scores import assert_legible_and_apart

SAID = {"fr": ("Clôture dans 0:26 · en pause", "Clôture dans 0:26"),
        "en": ("Closes in 0:26 · paused", "Closes in 0:26")}


@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_held_countdown_says_it_is_paused_at_every_size(qtbot, translations, bundled_deck, app_font,
                                                         lang, percent) -> None:
    stage = _eight_teams_at(qtbot, translations, bundled_deck, app_font, lang, "timeline")
    s = stage.controller.session
    s.start_phase()
    s.open_round(seed=1)
    s.assign_sides(seed=2)
    address = "192.168.100.123:8765"
    ctx = replace(stage.context(), phones=("before", 12, 25), phones_left=26,
                  join=(address, "XYTJ", qr_matrix(f"http://{address}/")))
    held_words, running_words = SAID[lang]
    for size in SIZES:
        for held, words in ((False, running_words), (True, held_words)):
            with to_the_room(lang):
                scene = build_scene(replace(ctx, phones_held=held), *size, stage.font(), percent / 100)
            assert scene.texts("vote-before-phones-left") == [words], (size, held)
            # (the count of answers beside the join corner is cut at 1280×1024, held or not: apart from this line)
            assert_legible_and_apart(scene, size, may_cut=("vote-before-phones",))
