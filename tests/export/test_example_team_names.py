"""The English example's teams, shown on the summary and the kit's team signs for 15-year-olds,
have names a class reads without a snigger: « Les Mésanges » are "The Finches"."""

from __future__ import annotations

from bataille.workshop.example import TEAM_NAMES


def test_english_team_names():
    assert TEAM_NAMES["en"][4] == "The Finches"
    assert "The Tits" not in TEAM_NAMES["en"] and len(TEAM_NAMES["en"]) == len(TEAM_NAMES["fr"]) == 8
