"""The summary's charts as drawn: everything inside the picture, legible in the PDF and as SVG."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_charts import indicators_chart, scores_chart, votes_chart
from bataille.export.summary_model import build_summary
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.example import ExampleOptions, play_example


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module", params=[2, 4, 6], ids=lambda n: f"{n}-teams")
def summary(request, deck):
    return build_summary(play_example(deck, seed=0, options=ExampleOptions(teams=request.param)), deck)


def _charts(summary):
    return [scores_chart(summary), indicators_chart(summary), *(votes_chart(r, summary.lang) for r in summary.rounds)]


def test_every_chart_is_drawn_inside_its_picture(summary):
    """The axes' numbers too: below the drawing, the PDF set them on the next heading and the
    SVG cut them off."""
    for drawing in _charts(summary):
        x0, y0, x1, y1 = drawing.getBounds()
        assert 0 <= x0 and x1 <= drawing.width and 0 <= y0 and y1 <= drawing.height, \
            (drawing.contents[0].text, (x0, y0, x1, y1), (drawing.width, drawing.height))


def test_the_scores_axis_numbers_stay_inside_with_negative_scores(deck):
    session = Session.create(deck, MemoryStore(), ManualClock(), lang="fr", agenda_minutes=20,
                             phase_ids=["debates"])
    for name in ("Les Hiboux", "Les Lynx", "Les Loutres"):
        session.add_team(name)
    session.start()
    session.award_points("team-1", -7, "pénalité")
    session.award_points("team-2", 12, "débat gagné")
    drawing = scores_chart(build_summary(session, deck))
    _, y0, _, y1 = drawing.getBounds()
    assert 0 <= y0 and y1 <= drawing.height, (y0, y1, drawing.height)
