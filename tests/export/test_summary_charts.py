"""The summary's charts as drawn: everything inside the picture, legible in the PDF and as SVG."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_charts import indicators_chart, scores_chart, votes_chart
from bataille.export.summary_model import build_summary
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.example import ExampleOptions, play_example
from tests.sessions import older_file


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


def _svg(drawing, title: str):
    import xml.etree.ElementTree as ET

    from bataille.export.summary_charts import svg_bytes

    return ET.fromstring(svg_bytes(drawing, title))


SVG = "{http://www.w3.org/2000/svg}"


def _style(element) -> dict[str, str]:
    pairs = (part.split(":", 1) for part in element.get("style", "").split(";") if ":" in part)
    return {key.strip(): value.strip() for key, value in pairs}


def test_the_svg_charts_have_a_title_and_fonts_a_computer_has(summary):
    """They had <title>...</title> and font-family "Atkinson-Regular", a name no system knows:
    a viewer fell back on its default face, often a serif."""
    for drawing, title in ((scores_chart(summary), "Scores"), (indicators_chart(summary), "Indicateurs"),
                           (votes_chart(summary.rounds[0], "fr"), "Débat 1 — votes")):
        svg = _svg(drawing, title)
        assert svg.find(f"{SVG}title").text == title
        assert all((d.text or "").strip() not in ("", "...") for d in svg.iter(f"{SVG}desc"))
        texts = list(svg.iter(f"{SVG}text"))
        assert texts
        for text in texts:
            style = _style(text)
            families = [f.strip().strip("'\"") for f in style["font-family"].split(",")]
            assert families[0] == "Atkinson Hyperlegible" and families[-1] == "sans-serif", style
            assert "Atkinson-" not in style["font-family"]
        bold = [t for t in texts if _style(t).get("font-weight") == "bold"]
        assert [t.text for t in bold] == [drawing.contents[0].text]  # the chart's title, and only it


def _anchor(svg, text):
    """Where a text is anchored, in the drawing's units (its group's translation plus its x)."""
    import re

    parents = {child: parent for parent in svg.iter() for child in parent}
    x, node = float(text.get("x")), parents[text]
    while node is not None:
        found = re.search(r"matrix\(1,0,0,1,([-\d.]+),", node.get("transform", "").replace(" ", ""))
        x += float(found.group(1)) if found else 0
        node = parents.get(node)
    return x


def test_team_names_end_at_the_axis_whatever_face_draws_them(summary):
    """Set from their left end with Atkinson's widths, names drawn in a wider fallback face ran
    into the axis: they are anchored at their right end, with room on their left for a face 20 %
    wider."""
    from bataille.export.cards_text import text_width
    from bataille.export.fonts import REGULAR

    drawing = scores_chart(summary)
    chart = drawing.contents[-1]
    svg = _svg(drawing, "Scores")
    names = set(chart.categoryAxis.categoryNames)
    shown = [t for t in svg.iter(f"{SVG}text") if t.text in names]
    assert len(shown) == len(names)
    for text in shown:
        assert text.get("text-anchor") == "end", text.attrib
        end = _anchor(svg, text)
        assert chart.x - 6 <= end <= chart.x - 2  # just left of the axis
        assert end >= 1.2 * text_width(text.text, REGULAR, 9), (text.text, end)


def test_long_names_leave_room_for_a_wider_face(deck):
    session = Session.create(deck, MemoryStore(), ManualClock(), lang="fr", agenda_minutes=20,
                             phase_ids=["debates"])
    session.add_team("W")
    session.add_team("Les Hiboux")
    session = older_file(session, "W" * 40)
    from bataille.export.cards_text import text_width
    from bataille.export.fonts import REGULAR

    drawing = scores_chart(build_summary(session.state, deck))
    chart = drawing.contents[-1]
    widest = max(text_width(n, REGULAR, 9) for n in chart.categoryAxis.categoryNames)
    assert chart.x - 4 >= 1.2 * widest and chart.x <= 0.4 * drawing.width + 12


def test_the_legend_stays_above_the_bars(summary):
    """Six long names take three rows of legend: the third one sat on the chart's top."""
    drawing = indicators_chart(summary)
    chart, legend = drawing.contents[-2], drawing.contents[-1]
    _, legend_bottom, _, _ = legend.getBounds()
    assert legend_bottom >= chart.y + chart.height, (legend_bottom, chart.y + chart.height)


def test_the_markdowns_pictures_are_titled_as_their_alt_text(deck, tmp_path):
    import re
    import xml.etree.ElementTree as ET

    from bataille.export.summary import export_summary

    written = export_summary(play_example(deck, seed=0), deck, tmp_path / "s.md")
    links = re.findall(r"!\[([^\]]*)\]\(<([^>]+)>\)", written[0].read_text(encoding="utf-8"))
    assert len(links) == len(written) - 1
    for alt, link in links:
        title = ET.fromstring((tmp_path / link).read_bytes()).find(f"{SVG}title").text
        assert title == alt.replace("\\", ""), (title, alt)
