"""The debrief's lists (key figures, what the room takes away, what it commits to) show every line
the room wrote: as many as read whole in their panel at the stage's size, in the order written; when
some do not fit, a line says how many more there are and the stage shows them in turn, numbered in
that order, the page holding the latest line first."""

from __future__ import annotations

import re

import pytest

from bataille.ui.stage.debrief_view import _key_figures
from bataille.ui.stage.scene import Scene
from bataille.ui.stage.window import PAGE_MS, StageWindow
from bataille.words import for_the_font, typeset

from .test_stage_scores import SIZES, assert_legible_and_apart, stage_of

LINES = (
    "Une IA se trompe avec aplomb : on vérifie.",
    "Les images générées ne sont pas des preuves.",
    "Le calcul coûte de l’énergie et de l’eau, même pour une petite question posée en passant.",
    "On peut demander d’où vient une réponse.",
    "Les biais des données deviennent ceux des réponses.",
    "Relire avant de publier.",
    "Un outil n’est ni bon ni mauvais : tout dépend de l’usage qu’on en fait, en classe et ailleurs.",
    "Demander l’avis d’un humain pour les décisions importantes.",
)


def debrief_with(qtbot, deck, app_font, size, lines: int, gauges: bool) -> StageWindow:
    """The debrief of four teams: ``lines`` takeaways, as many commitments (a team's or the room's)
    and as many key figures (two at least), the teams' scenario gauges shown or not."""
    stage = stage_of(qtbot, deck, app_font, 4, "debate", size)
    c = stage.controller
    s = c.session
    teams = [t.id for t in c.state.teams]
    played = {e.card_id for e in s.state.open_round.evidence}
    for fact in deck.cards_of("fact"):
        if len(played) >= lines:
            break
        if fact.id not in played:
            s.play_evidence(teams[len(played) % 4], fact.id)
            played.add(fact.id)
    s.close_round()
    s.start_phase()  # the scenarios
    if gauges:
        for i, team in enumerate(teams):
            s.start_scenario(team, deck.scenarios[i % len(deck.scenarios)].id)
        s.choose_option(teams[0], "a")
    s.start_phase()  # the debrief
    for i in range(lines):
        c.act(s.add_takeaway, LINES[i % len(LINES)])
        c.act(s.add_commitment, LINES[-1 - i % len(LINES)], teams[i % 4] if i % 3 else None)
    return stage


def shown(scene: Scene, role: str) -> list[str]:
    return [text.removeprefix("• ") for text in scene.texts(role)]


def more_of(scene: Scene, role: str) -> int:
    """How many more lines the list says it holds (0: no such line)."""
    (line,) = scene.texts(f"{role}-more") or ["0"]
    return int(re.search(r"\d+", line).group())


@pytest.mark.parametrize("gauges", [True, False], ids=["gauges", "no gauges"])
@pytest.mark.parametrize("lines", [1, 3, 8])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_line_the_room_wrote_is_shown(qtbot, translations, bundled_deck, app_font, size, lines, gauges) -> None:
    stage = debrief_with(qtbot, bundled_deck, app_font, size, lines, gauges)
    debrief = stage.controller.state.debrief
    assert bool(stage.controller.state.scenarios) == gauges
    written = {
        "takeaway": [for_the_font(typeset(t, "fr")) for t in debrief.takeaways],  # set as typeset sets it
        "commitment": [for_the_font(f"{stage.controller.state.team(tid).name}\u00a0: {typeset(text, 'fr')}"
                                    if tid else typeset(text, "fr")) for tid, text in debrief.commitments],
        "key-figure": [for_the_font(line) for line in _key_figures(stage.context())],
    }
    assert len(written["takeaway"]) == len(written["commitment"]) == lines
    assert len(written["key-figure"]) == max(2, lines)
    scene = stage.build()
    pages = scene.pages
    assert (pages > 1) == (stage._pages is not None and stage._pages.isActive()), pages
    seen: dict[str, list[str]] = {role: [] for role in written}
    turned: dict[str, int] = {role: 0 for role in written}  # the pages each list was shown on
    by_page: dict[str, dict[int, list[str]]] = {role: {} for role in written}  # its lines on its page n
    for _page in range(pages):
        assert_legible_and_apart(scene, size)
        # The figures and the room's words take turns where the column under the gauges is too short
        # for both: a list is then on every other page, whole or not at all (no heading alone).
        assert shown(scene, "key-figure") or (shown(scene, "takeaway") and shown(scene, "commitment"))
        for role, all_lines in written.items():
            here = shown(scene, role)
            if not here:
                assert gauges and pages % 2 == 0 and not scene.texts(f"{role}-more"), role
                continue
            assert here == [line for line in all_lines if line in here], (role, here)  # in order
            assert more_of(scene, role) == len(all_lines) - len(here), (role, scene.texts(f"{role}-more"))
            if scene.texts(f"{role}-more"):  # the others are on another page, not below: which page this is
                (more,) = scene.texts(f"{role}-more")
                turns = int(re.search(r"page \d+/(\d+)$", more).group(1))
                assert more.endswith(f" · page {(turned[role] - 1) % turns + 1}/{turns}") and 1 < turns <= pages, more
                by_page[role].setdefault(int(re.search(r"page (\d+)/", more).group(1)), here)
            if turned[role] == 0:
                assert here[-1] == all_lines[-1], role  # the latest line on the list's first page
            turned[role] += 1
            seen[role] += here
        stage._next_page()
        scene = stage.build()
    for role, all_lines in written.items():  # each line shown, none left out
        assert set(seen[role]) == set(all_lines), role
        if by_page[role]:  # page 1, 2… read in the order the lines were written
            assert [line for n in sorted(by_page[role]) for line in by_page[role][n]] == all_lines, role
    if lines == 1:
        assert pages == 1 and not any(scene.texts(f"{role}-more") for role in written)
    if lines == 8 and size[0] > size[1]:  # more than read whole at once: some are said to be there, shown
        assert pages > 1                   # in turn (a window taller than wide has room for all of them)


def test_the_lists_fill_their_panels(qtbot, translations, bundled_deck, app_font) -> None:
    """Not two lines when five read whole: short lines, each panel as full as it can be."""
    stage = debrief_with(qtbot, bundled_deck, app_font, (1920, 1080), 0, gauges=False)
    c = stage.controller
    for i in range(8):
        c.act(c.session.add_takeaway, f"Idée {i + 1}.")
    scene = stage.build()
    assert len(shown(scene, "takeaway")) >= 4, scene.texts("takeaway")


def test_a_line_just_written_shows_at_once(qtbot, translations, bundled_deck, app_font) -> None:
    """The room sees what it just said: a line added takes the lists back to their first page (the
    latest lines) for a whole turn; the phones' feedback coming in does not hold the pages still."""
    stage = debrief_with(qtbot, bundled_deck, app_font, (1280, 720), 8, gauges=True)
    c = stage.controller
    assert stage.build().pages > 1 and stage._pages.interval() == PAGE_MS
    stage._next_page()
    stage._next_page()
    assert "Une dernière idée." not in shown(stage.build(), "takeaway")
    c.act(c.session.add_takeaway, "Une dernière idée.")
    assert stage.timeline_page == 0 and shown(stage.build(), "takeaway")[-1] == "Une dernière idée."
    stage._next_page()
    c.act(c.session.record_phone_feedback, {"abc": (4, None, "Vérifier mes sources.")})
    assert stage.timeline_page == 1
    c.act(c.session.undo)  # the feedback
    c.act(c.session.undo)  # the line just added: the first page again, without it
    assert stage.timeline_page == 0 and "Une dernière idée." not in stage.build().texts("takeaway")


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_debate_voted_twice_is_shown(qtbot, translations, bundled_deck, app_font, size) -> None:
    """Five debates: how the room's opinion moved on each, the latest first, the others in turn."""
    stage = stage_of(qtbot, bundled_deck, app_font, 6, "debate", size)
    s = stage.controller.session
    for k in range(4):
        s.close_round()
        s.open_round(seed=10 + k)
        s.assign_sides(seed=3)
        s.record_vote("before", {"agree": 10 + k, "disagree": 9, "undecided": 5})
        s.reveal_votes("before")
        s.record_vote("after", {"agree": 8, "disagree": 12 + k, "undecided": 2})
        s.reveal_votes("after")
    s.close_round()
    s.start_phase()
    for i, team in enumerate(s.state.teams):
        s.start_scenario(team.id, bundled_deck.scenarios[i % 4].id)
    s.choose_option(s.state.teams[0].id, "a")
    s.start_phase()  # the debrief, the gauges taking their room
    voted = len(s.state.rounds)
    assert voted == 5
    scene = stage.build()
    seen: list[str] = []
    for _page in range(scene.pages):
        here = scene.texts("debate-shift")
        assert here and more_of(scene, "debate") == voted - len(here), (here, scene.texts("debate-more"))
        themes = scene.texts("debate-theme")
        assert len(themes) == len(here)
        assert_legible_and_apart(scene, size, may_cut=("debate-theme",))  # a long theme gives way to its figures
        seen += here
        stage._next_page()
        scene = stage.build()
    assert len(set(seen)) == voted, seen  # each debate's shift shown once over the pages


def test_no_fact_played_is_said_in_words_not_a_bare_ellipsis(qtbot, translations, bundled_deck, app_font) -> None:
    """Debates skipped (or no fact played): « Chiffres clés » showed « … » alone, which looked like a
    glitch on the projector; it says no fact was played. The room's own lists, yet to be written,
    keep their « … »."""
    stage = stage_of(qtbot, bundled_deck, app_font, 4, "welcome", (1920, 1080))
    s = stage.controller.session
    for _ in range(4):
        s.start_phase()  # the timeline, the debates, the scenarios: nothing played; then the debrief
    scene = stage.build()
    assert scene.texts("key-figure") == ["Aucun fait joué pendant les débats"]
    assert scene.texts("takeaway") == ["…"]
    assert_legible_and_apart(scene, (1920, 1080))
