"""A complete example session, played through the engine's own actions and deterministic for a seed.

Teachers look at its summary before their first workshop; tests and benchmarks build sessions
with it. Every event comes from a ``Session`` action, so the example follows the rules exactly.
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass

from bataille.deck.models import DebateCard, Deck, EventCard

from .clock import ManualClock
from .flow import close_debate
from .session import EventStore, MemoryStore, Session
from .state import Counts

# Tuesday 1 December 2026, 09:00 in Paris: a fixed start, so that a seed gives the same events
# (after every fact the deck cites, so that no card speaks of a date still to come).
EXAMPLE_START = 1_796_112_000.0

TEAM_NAMES = {
    "fr": ("Les Hiboux", "Les Loutres", "Les Lynx", "Les Castors", "Les Mésanges", "Les Renards", "Les Grues",
           "Les Pandas"),
    "en": ("The Owls", "The Otters", "The Lynxes", "The Beavers", "The Finches", "The Foxes", "The Cranes",
           "The Pandas"),
}

_BEST = {"fr": "Meilleur argument", "en": "Best argument"}

# What a class typically writes down at the debrief, in both languages of the deck.
TAKEAWAYS = (
    ("Une IA générative peut se tromper avec aplomb : on vérifie la source avant de partager.",
     "A generative AI can be confidently wrong: check the source before sharing."),
    ("Les chiffres sur l'énergie de l'IA varient beaucoup selon les études : on regarde qui mesure et comment.",
     "Figures on AI energy use vary a lot between studies: look at who measures, and how."),
    ("Les biais viennent souvent des données d'entraînement, pas d'une intention de la machine.",
     "Bias often comes from the training data, not from an intention of the machine."),
    ("Dans les scénarios, aucun choix n'est gratuit : chaque option a un coût quelque part.",
     "In the scenarios no choice is free: every option costs something somewhere."),
    ("Changer d'avis après un bon argument, c'est une force, pas une faiblesse.",
     "Changing your mind after a good argument is a strength, not a weakness."),
)
COMMITMENTS = (
    ("Citer l'outil d'IA utilisé quand on s'en sert pour un devoir.",
     "Say which AI tool was used whenever we use one for homework."),
    ("Vérifier une information surprenante dans deux sources avant de la partager.",
     "Check a surprising piece of news in two sources before sharing it."),
    ("Éteindre la génération d'images « pour rire » quand elle ne sert à rien.",
     "Skip generating images “for fun” when they serve no purpose."),
    ("Relire un texte produit par une IA comme on relit celui d'un camarade.",
     "Proofread an AI-written text the way we proofread a classmate's."),
    ("Demander d'où viennent les données quand une application nous note ou nous classe.",
     "Ask where the data come from when an app scores or ranks us."),
)


@dataclass(frozen=True)
class ExampleOptions:
    """How big the example is: teams, debate rounds, scenarios walked."""

    teams: int = 4
    rounds: int = 3
    scenarios: int = 2


class _Play:
    """The scripted facilitator: a seeded random source, a manual clock, and the session."""

    def __init__(self, session: Session, clock: ManualClock, rng: random.Random, lang: str) -> None:
        self.s = session
        self.deck = session.deck
        self.clock = clock
        self.rng = rng
        self.lang = lang
        self.teams = [t.id for t in session.state.teams]
        self.sizes = {t: rng.randint(5, 7) for t in self.teams}  # pupils per team

    def wait(self, low: float, high: float) -> None:
        """Let some time pass, as in a real room (whole seconds)."""
        self.clock.advance(float(self.rng.randint(int(low), int(high))))

    def seed(self) -> int:
        return self.rng.randrange(2**31)

    # --- phases -------------------------------------------------------------------------

    def phase(self, kind: str) -> None:
        """Run the agenda's phases until one of ``kind`` is running (the others get a short play)."""
        while True:
            nxt = self.s.state.agenda.next_pending
            if nxt is None:
                return
            self.wait(20, 90)  # moving chairs, handing out cards
            self.s.start_phase(nxt.id)
            if nxt.kind == kind:
                return
            self.wait(nxt.minutes * 60 - 60, nxt.minutes * 60 + 90)
            self.end()

    def end(self) -> None:
        """End the phase under way, if any (a custom agenda may lack the phase just played)."""
        if self.s.state.agenda.current is not None:
            self.s.end_phase()

    # --- timeline -----------------------------------------------------------------------

    def timeline(self) -> None:
        self.phase("timeline")
        self.wait(60, 120)  # the rules
        self.s.deal_timeline(seed=self.seed())
        per_team = self.s.state.rules.timeline_cards_per_team
        for turn in range(per_team):
            for team in self.teams:
                hand = self.s.state.timeline.hand(team)
                if not hand:
                    continue
                self.wait(40, 80)
                card = hand[0]
                self.s.place_card(team, card, self._gap(card, right=self.rng.random() < 0.65))
            if turn == 1:  # a question from the room: the facilitator stops the clock
                self.s.pause_timer()
                self.wait(60, 120)
                self.s.resume_timer()
        self.wait(60, 180)
        self.end()

    def _date(self, card_id: str) -> tuple[int, int]:
        card = self.deck.card(card_id)
        assert isinstance(card, EventCard)
        return card.date_key

    def _gap(self, card_id: str, right: bool) -> int:
        """A right gap for the card, or (when ``right`` is false) a wrong one if there is any."""
        cards = self.s.state.timeline.cards
        keys = [self._date(c) for c in cards]
        key = self._date(card_id)
        lo, hi = bisect.bisect_left(keys, key), bisect.bisect_right(keys, key)
        wrong = [g for g in range(len(cards) + 1) if not lo <= g <= hi]
        if right or not wrong:
            return self.rng.randint(lo, hi)
        # A near miss is the usual mistake: a gap close to the right one.
        wrong.sort(key=lambda g: min(abs(g - lo), abs(g - hi)))
        return wrong[min(len(wrong) - 1, self.rng.randrange(3))]

    # --- debates ------------------------------------------------------------------------

    def debates(self, rounds: int) -> None:
        self.phase("debate")
        themes = [t.id for t in self.deck.themes if self.deck.cards_of("debate", t.id)]
        self.rng.shuffle(themes)
        for number, theme in enumerate(themes[:rounds], start=1):
            self.debate(number, theme)
        self.wait(30, 90)
        self.end()

    def _split(self, size: int, lean: float) -> Counts:
        """How ``size`` pupils vote, ``lean`` in [-1, 1] tilting them towards agree (+) or disagree (−)."""
        agree = disagree = undecided = 0
        for _ in range(size):
            x = self.rng.random()
            p_agree = 0.35 + 0.3 * lean
            p_disagree = 0.35 - 0.3 * lean
            if x < p_agree:
                agree += 1
            elif x < p_agree + p_disagree:
                disagree += 1
            else:
                undecided += 1
        return Counts(agree, disagree, undecided)

    def debate(self, number: int, theme: str) -> None:
        s, rng = self.s, self.rng
        self.wait(30, 60)
        s.open_round(theme_id=theme, seed=self.seed())
        card = self.deck.card(s.state.open_round.card_id)
        assert isinstance(card, DebateCard)
        s.assign_sides(seed=self.seed())
        sides = dict(s.state.open_round.sides)
        self.wait(30, 60)  # the claim is read aloud
        lean = rng.uniform(-0.6, 0.6)
        before = {t: self._split(self.sizes[t], lean) for t in self.teams}
        s.record_vote("before", {t: vars_of(c) for t, c in before.items()})
        s.reveal_votes("before")
        self.wait(60, 120)  # teams prepare with the fact cards
        self._arguments(card, sides, mistake=number == 2)
        self._evidence(theme)
        # The debate moves opinions: towards the side that argued best, chosen by the dice.
        swing = rng.choice((-0.5, -0.3, 0.3, 0.5))
        after = {t: self._split(self.sizes[t], max(-1.0, min(1.0, lean + swing))) for t in self.teams}
        if number == 1:  # a miscount, corrected by recording the vote again
            s.record_vote("after", {t: vars_of(c) for t, c in before.items()})
            self.wait(10, 20)
        s.record_vote("after", {t: vars_of(c) for t, c in after.items()})
        s.reveal_votes("after")
        arguments = s.state.open_round.arguments
        if arguments:
            best = arguments[rng.randrange(len(arguments))].team_id
            s.award_points(best, 1, _BEST[self.lang], round_no=number)
        self.wait(30, 60)
        close_debate(s)  # the side that moved the room gets its points, as "next" gives them

    def _arguments(self, card: DebateCard, sides: dict[str, str], mistake: bool) -> None:
        prompts = {"for": [p.get(self.lang) for p in card.prompts_for],
                   "against": [p.get(self.lang) for p in card.prompts_against]}
        order = list(self.teams)
        for _ in range(2):  # two turns of speech
            for team in order:
                side = sides.get(team, "for")
                if not prompts[side] or (self.rng.random() < 0.3):
                    continue
                self.wait(30, 60)
                text = prompts[side].pop(0)
                if mistake:  # typed under another team, then undone and typed again
                    other = next(t for t in self.teams if t != team)
                    self.s.add_argument(other, text, side=side)
                    self.wait(5, 15)
                    self.s.undo()
                    mistake = False
                self.s.add_argument(team, text)

    def _evidence(self, theme: str) -> None:
        facts = [c.id for c in self.deck.cards_of("fact", theme)]
        self.rng.shuffle(facts)
        for team in self.teams:
            if facts and self.rng.random() < 0.75:
                self.wait(15, 30)
                self.s.play_evidence(team, facts.pop())

    # --- scenarios and debrief ----------------------------------------------------------

    def scenarios(self, count: int) -> None:
        self.phase("scenario")
        chosen = self.rng.sample([sc.id for sc in self.deck.scenarios], min(count, len(self.deck.scenarios)))
        if not chosen:
            self.end()
            return
        for i, team in enumerate(self.teams):
            self.s.start_scenario(team, chosen[i % len(chosen)])
        self.wait(90, 150)  # the introductions are read
        steps = max(len(self.deck.scenario(sc).decisions) for sc in chosen)
        for step in range(steps):
            self.wait(150, 230)  # the teams discuss the decision at the same time
            for team in self.teams:
                path = self.s.state.scenario_path(team)
                if path is None or path.finished:
                    continue
                decision = next(d for d in self.deck.scenario(path.scenario_id).decisions
                                if d.id == path.next_decision)
                self.wait(10, 30)
                self.s.choose_option(team, self.rng.choice(decision.options).id)
            if step == steps - 2:  # the room wants more time for the last decision
                self.s.extend_timer(3)
        self.wait(60, 120)
        self.end()

    def debrief(self) -> None:
        self.phase("debrief")
        k = 0 if self.lang == "fr" else 1
        for text in self.rng.sample(TAKEAWAYS, 3):
            self.wait(60, 120)
            self.s.add_takeaway(text[k])
        commitments = self.rng.sample(COMMITMENTS, 3)
        self.wait(30, 60)
        self.s.add_commitment(commitments[0][k])  # the whole room
        for team, text in zip(self.rng.sample(self.teams, 2), commitments[1:], strict=True):
            self.wait(30, 60)
            self.s.add_commitment(text[k], team_id=team)
        self.wait(60, 120)
        self.end()


def vars_of(counts: Counts) -> dict[str, int]:
    """Counts as the mapping ``record_vote`` takes."""
    return {"agree": counts.agree, "disagree": counts.disagree, "undecided": counts.undecided}


def play_example(deck: Deck, store: EventStore | None = None, seed: int = 0, lang: str = "fr",
                 options: ExampleOptions | None = None, start: float = EXAMPLE_START) -> Session:
    """A whole workshop (teams, every phase, votes, arguments, scenarios, debrief) played on ``store``.

    Same deck, seed, language and options give the same events, timestamps included.
    """
    options = options or ExampleOptions()
    names = TEAM_NAMES["fr" if lang == "fr" else "en"]
    if not 2 <= options.teams <= len(names):
        raise ValueError(f"an example session has 2 to {len(names)} teams, not {options.teams}")
    rng = random.Random(seed)
    clock = ManualClock(start)
    session = Session.create(deck, store if store is not None else MemoryStore(), clock, lang=lang)
    for name in names[: options.teams]:
        clock.advance(15)
        session.add_team(name)
    clock.advance(30)
    session.start()
    play = _Play(session, clock, rng, lang)
    play.timeline()
    play.debates(options.rounds)
    play.scenarios(options.scenarios)
    play.debrief()
    play.phase("none")  # any phase the deck's agenda adds (a break…) is played through too
    return session
