"""Screenshots of the stage (1920×1080, 1280×720) and the console (1366×768) at each phase of a workshop.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshots.py shots [--lang en] [--teams N] [--phones]
        [--four-three] [--text-size 150] [--quick-debate]

Plays a short workshop on the bundled deck through the controller (the same calls the console's
buttons make) and grabs both windows after each step; with --quick-debate, the start screen's
20-minute quick debate instead (its first card, the room in two camps, one debate). Also reports,
for every stage picture, text smaller than 28 px at 1080p, text cut with an ellipsis, and text
boxes that overlap.
The same arguments give the same pictures: the session's clock starts at a fixed moment and
moves a fixed time between steps (the deal and the sides are drawn from it), each step then ticks as
the app's timer does (the console's clock and the stage's say the same time), and the phones'
room code is fixed. PNGs are for looking at, not for git.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import bataille.ui  # noqa: F401 - the PySide6 work-around first
from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.app import create_application
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.i18n import Translations
from bataille.ui.stage.scene import MIN_PX, Scene
from bataille.ui.start.request import NewSessionRequest
from bataille.ui.start.session_files import create_session
from bataille.ui.start.window import StartWindow
from bataille.words import counted
from bataille.workshop.clock import ManualClock
from bataille.workshop.flow import close_debate, leave_phase

SIZES = ((1920, 1080), (1366, 768), (1280, 720))  # the projector, a laptop mirrored, the smallest
FOUR_THREE = ((1024, 768), (1280, 1024))  # the classroom projectors still 4:3, and 5:4 screens
START = 1_773_306_000.0  # the session's clock starts here (a Thursday morning), for the same deal each run
STEP = 60.0  # and moves a minute between two steps
ROOM_CODE = "KTPM"  # the phones' room code, fixed for the same join screen each run


def problems(scene: Scene) -> list[str]:
    """Small, cut or overlapping text in a stage picture."""
    found = []
    texts = scene.text_items()
    for item in texts:
        if item.px < MIN_PX * scene.u - 0.5:
            found.append(f"small text ({item.px}px): {item.text[:40]!r}")
        if item.cut:
            found.append(f"cut: {item.role} {item.text[:50]!r}")
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if a.text.strip() and b.text.strip() and a.used.intersects(b.used):
                inter = a.used.intersected(b.used)
                if inter.width() > 2 and inter.height() > 2:
                    found.append(f"overlap: {a.role} {a.text[:25]!r} / {b.role} {b.text[:25]!r}")
    return found


TEAMS = {"fr": ["Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours",
                "Les Pics"],
         "en": ["Owls", "Otters", "Foxes", "Beavers", "Lynxes", "Cranes", "Bears", "Woodpeckers"]}
DEBRIEF = {"fr": ("Une IA se trompe avec aplomb : on vérifie.", "Citer nos sources quand on utilise une IA."),
           "en": ("An AI can be wrong with confidence: we check.", "Cite our sources when we use an AI.")}


def steps(c: SessionController) -> list[tuple[str, object]]:
    """(name, action) pairs: each action moves the workshop on; a grab follows each."""
    s = c.session
    teams = [t.id for t in s.state.teams]

    def place_all() -> None:
        for team in teams:
            for card in s.state.timeline.hand(team)[:2]:
                c.act(c.session.place_card, team, card, len(s.state.timeline.cards) // 2)

    def round_facts() -> tuple:  # the open debate's own facts, as a team would play them
        return s.deck.cards_of("fact", s.state.open_round.theme_id)

    def hold_card() -> None:
        c.show_placing(teams[0], s.state.timeline.hand(teams[0])[0])

    return [
        ("00-start", lambda: None),
        ("01-welcome", lambda: c.act(c.session.start_phase)),
        ("02-timeline-deal", lambda: (c.act(c.session.start_phase), c.act(c.session.deal_timeline, 3))),
        ("03-timeline-placing", lambda: (place_all(), hold_card())),
        ("04-debate-open", lambda: (c.act(c.session.start_phase), c.act(c.session.open_round), c.act(c.session.assign_sides))),
        ("05-debate-before-hidden", lambda: c.act(c.session.record_vote, "before", {"agree": 12, "disagree": 9, "undecided": 5})),
        ("06-debate-before-shown", lambda: (c.act(c.session.reveal_votes, "before"),
                                            [c.act(c.session.play_evidence, team, fact.id) for team, fact
                                             in zip(teams, round_facts()[:2], strict=False)])),
        ("07-debate-after-shown", lambda: (c.act(c.session.record_vote, "after", {"agree": 8, "disagree": 16, "undecided": 2}),
                                           c.act(c.session.reveal_votes, "after"))),
        ("08-scenario", lambda: (c.act(close_debate, c.session), c.act(c.session.start_phase),
                                 [c.act(c.session.start_scenario, t, s.deck.scenarios[i % 4].id) for i, t in enumerate(teams)],
                                 c.act(c.session.choose_option, teams[0], "a"), c.act(c.session.choose_option, teams[1], "b"))),
        ("09-debrief", lambda: (c.act(c.session.start_phase), c.act(c.session.add_takeaway, DEBRIEF[c.lang][0]),
                                c.act(c.session.add_commitment, DEBRIEF[c.lang][1], teams[0]))),
        ("10-time-up", lambda: c.session.clock.advance(11 * 60)),
        ("11-end", lambda: c.act(c.session.end_phase)),
    ]


def quick_steps(c: SessionController) -> list[tuple[str, object]]:
    """The quick debate's (name, action) pairs: its one debate is open from the start, its two camps
    on their sides; the votes, a fact for each camp, the time up, then one press closes and ends it."""
    s = c.session
    camps = [t.id for t in s.state.teams]

    def round_facts() -> tuple:
        return s.deck.cards_of("fact", s.state.open_round.theme_id)

    return [
        ("00-debate-open", lambda: None),
        ("01-debate-before-hidden", lambda: c.act(c.session.record_vote, "before", {"agree": 12, "disagree": 9, "undecided": 5})),
        ("02-debate-before-shown", lambda: (c.act(c.session.reveal_votes, "before"),
                                            [c.act(c.session.play_evidence, camp, fact.id) for camp, fact
                                             in zip(camps, round_facts()[:2], strict=False)])),
        ("03-debate-after-shown", lambda: (c.act(c.session.record_vote, "after", {"agree": 8, "disagree": 16, "undecided": 2}),
                                           c.act(c.session.reveal_votes, "after"))),
        ("04-time-up", lambda: c.session.clock.advance(max(0.0, c.session.remaining() or 0.0) + 60)),
        ("05-end", lambda: c.act(leave_phase, c.session)),
    ]


def quick_request(deck, lang: str) -> NewSessionRequest:
    """What the start screen's « Lancer le débat express » asks, its first card chosen (the list's first)."""
    card = next(card for theme in deck.themes for card in deck.cards_of("debate", theme.id))
    return NewSessionRequest(lang, 20, debate_card=card.id)


def phones_vote(app, console: ConsoleWindow, out: Path, sizes, prefix: str = "04b") -> int:
    """The vote before asked on the phones with a 30 s countdown, 28 of 30 phones answered (as the
    server counts them): the stage and the console grabbed (``prefix``-phones-countdown-…); the vote
    then closed. Its problems."""
    found = 0
    console.phones_panel.choose_countdown(30)
    console.phase.debate.phone_buttons["before"].click()
    for _ in range(3):  # the server's own count first (no phone here), then the room's
        app.processEvents()
    console.phones.countChanged.emit(30, 28)
    app.processEvents()
    console.grab().save(str(out / f"{prefix}-phones-countdown-console-1366x768.png"))
    for width, height in sizes:
        console.stage.resize(width, height)
        app.processEvents()
        console.stage.grab().save(str(out / f"{prefix}-phones-countdown-stage-{width}x{height}.png"))
        for line in problems(console.stage.scene):
            found += 1
            print(f"{prefix}-phones-countdown {width}x{height}: {line}")
    console.phones.close_vote()
    console.phones.done_with_vote()
    console.phones_panel.choose_countdown(0)
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--teams", type=int, default=4)
    parser.add_argument("--phones", action="store_true", help="with Phones on (on loopback)")
    parser.add_argument("--four-three", action="store_true", help="the stage also at 1024×768 and 1280×1024")
    parser.add_argument("--text-size", type=int, default=100, help="the stage's text size in %% (Preferences)")
    parser.add_argument("--quick-debate", action="store_true",
                        help="the 20-minute quick debate (one card, two camps) instead of the workshop")
    args = parser.parse_args(argv)
    sizes = SIZES + FOUR_THREE if args.four_three else SIZES
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    translations = Translations(parent=app)
    translations.set_language(args.lang)
    deck = load_deck(bundled_deck_path())
    names = TEAMS.get(args.lang, TEAMS["en"])  # the room's words in its language, for leaks to show
    request = NewSessionRequest(args.lang, 90, tuple((n, c) for n, c in zip(
        names[: args.teams], ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442", "#F0B0B8"),
        strict=False)))
    if args.quick_debate:
        request = quick_request(deck, args.lang)
    total = 0
    start = StartWindow(deck, args.lang)
    start.resize(1366, 768)
    start.show()
    app.processEvents()
    start.grab().save(str(args.out / "start-1366x768.png"))
    start.close()
    with tempfile.TemporaryDirectory() as folder:
        clock = ManualClock(START)
        # A quick debate's camps are named as the launcher names them, in the interface's language.
        camps = (app.translate("Launcher", "For"), app.translate("Launcher", "Against"))
        session = create_session(deck, request, Path(folder) / "shots.bataille", clock=clock, names=camps)
        controller = SessionController(session)
        console = ConsoleWindow(controller)
        console.resize(1366, 768)
        console.show()
        console.stage.show()
        console.stage.apply_settings(args.text_size, console.stage.screen_name)
        if args.phones:
            console.phones.code = ROOM_CODE
            console.phones.turn_on("127.0.0.1", 0)
            for width, height in sizes:  # the join screen first, as the room sees it when phones come on
                console.stage.resize(width, height)
                for _ in range(3):
                    app.processEvents()
                console.stage.grab().save(str(args.out / f"00-join-stage-{width}x{height}.png"))
            console.phones.join_shown = False  # then the stage shows the workshop, not the join screen
            console.phones.stateChanged.emit(True)
        for name, action in (quick_steps if args.quick_debate else steps)(controller):
            clock.advance(STEP)
            action()
            controller._on_tick()  # as the app's timer each second: the console's clock moves with the stage's
            grow = console.stage._grow  # a vote revealed bar by bar: grabbed grown, the same each run
            if grow is not None and grow.state() == grow.State.Running:
                grow.setCurrentTime(grow.duration())
            for _ in range(3):  # new widgets are shown, then laid out, over a few turns of the loop
                app.processEvents()
            console.grab().save(str(args.out / f"{name}-console-1366x768.png"))
            for width, height in sizes:
                console.stage.resize(width, height)
                app.processEvents()
                console.stage.grab().save(str(args.out / f"{name}-stage-{width}x{height}.png"))
                found = problems(console.stage.scene)
                total += len(found)
                for line in found:
                    print(f"{name} {width}x{height}: {line}")
            if args.phones and name.endswith("-debate-open"):  # the room votes on its phones, a countdown running
                total += phones_vote(app, console, args.out, sizes, name[:2] + "b")
        console.phones.turn_off()
        console.close()
        controller.close()
    print(f"{counted(total, 'problem')}; screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
