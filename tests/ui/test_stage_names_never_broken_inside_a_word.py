"""A team named with one long word (« Intergouvernementales », « Supercalifragilistic ») is never
broken inside that word on the stage (« Intergouver / nementales » in the scores strip at
1024×768): it reads whole, else as its short form (its initials, numbered when two teams share
them), in the scores strip, the debate's sides and the podium, at 4:3 and 16:9."""

from __future__ import annotations

import re

import pytest

from bataille.ui.stage.timeline_parts import name_forms
from bataille.words import for_the_font

from .conftest import stage_on
from .test_stage_long_names import moments

NAMES = ["Extraordinairement", "Supercalifragilistic", "Anticonstitutionnelles", "Les Loutres", "Les Lynx",
         "Intergouvernementales", "Incompréhensiblement", "Interdisciplinarités"]
ROLES = {"score-name", "side-name", "rank-name", "placing-team-name"}


def words_of(names: list[str]) -> set[str]:
    """Every word of every form of ``names`` (whole, without its article, initials)."""
    return {word for forms in name_forms(names).values() for form in forms for word in for_the_font(form).split()}


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)])
@pytest.mark.parametrize("teams", [4, 6, 8])
def test_a_long_word_reads_whole_or_short_never_broken(qtbot, translations, bundled_deck, app_font, size,
                                                     teams) -> None:
    names = NAMES[:teams]
    words = words_of(names)
    stage = stage_on(qtbot, bundled_deck, app_font, "fr", names)
    stage.resize(*size)
    stage.show()
    broken, seen = [], set()
    for moment in moments(stage):
        scene = stage.build()
        for item in scene.text_items():
            if item.role not in ROLES:
                continue
            seen.add(item.role)
            text = re.sub(r"^\d+\.\s", "", item.text)  # the podium's rank
            if not set(text.split()) <= words:
                broken.append(f"{moment} {item.role} {item.text!r}")
    assert broken == []
    assert {"score-name", "rank-name"} <= seen
