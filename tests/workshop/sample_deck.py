"""A small deck built from the dataclasses, so engine tests do not depend on the bundled content."""

from __future__ import annotations

from bataille.deck.models import (
    Agenda,
    DebateCard,
    Decision,
    Deck,
    EventCard,
    FactCard,
    Indicator,
    Name,
    Option,
    Phase,
    Scenario,
    Source,
    Text,
    Theme,
)

SOURCE = Source("A source", Name.same("Someone"), 2024, "https://example.org")
THEMES = ("environment", "work", "reliability")
# (id, year, month): two events share 2017 to exercise equal dates.
EVENTS = (
    ("ev-1950-turing", 1950, 10), ("ev-1956-dartmouth", 1956, 8), ("ev-1966-eliza", 1966, None),
    ("ev-1997-deepblue", 1997, 5), ("ev-2012-alexnet", 2012, 9), ("ev-2016-alphago", 2016, 3),
    ("ev-2017-transformer", 2017, 6), ("ev-2017-other", 2017, 6), ("ev-2018-gdpr", 2018, 5),
    ("ev-2020-gpt3", 2020, 5), ("ev-2022-chatgpt", 2022, 11), ("ev-2024-aiact", 2024, 8),
    ("ev-1943-neuron", 1943, None), ("ev-1986-backprop", 1986, 10), ("ev-2011-watson", 2011, 2),
    ("ev-2023-gpt4", 2023, 3), ("ev-1969-perceptrons", 1969, None), ("ev-1989-lecun", 1989, None),
)


def t(fr: str, en: str | None = None) -> Text:
    return Text.of(fr=fr, en=en or fr)


def sample_deck(content_hash: str = "sha256:sample-1") -> Deck:
    """Three themes with two debate cards and two facts each, 18 events, one scenario, a 90-min agenda."""
    themes = tuple(Theme(tid, t(tid.title()), "#1F5FA8", f"assets/icons/{tid}.svg") for tid in THEMES)
    cards = []
    for tid in THEMES:
        for n in (1, 2):
            cards.append(DebateCard(f"{tid}-debate-{n}", "debate", t(f"Débat {tid} {n}"), tid,
                                    claim=t("Affirmation"), context=t("Contexte"),
                                    prompts_for=(t("Pour"),), prompts_against=(t("Contre"),)))
            cards.append(FactCard(f"{tid}-fact-{n}", "fact", t(f"Fait {tid} {n}"), tid,
                                  text=t("Texte"), figure=t("42 %"), sources=(SOURCE,)))
    for eid, year, month in EVENTS:
        cards.append(EventCard(eid, "event", t(eid), None, year=year, month=month,
                               text=t("Évènement"), sources=(SOURCE,)))
    scenario = Scenario(
        "frugal", t("Sobriété choisie", "Chosen frugality"), t("Intro"),
        (Indicator("environment", t("Environnement"), 0), Indicator("trust", t("Confiance"), 5)),
        (
            Decision("schools", t("Écoles"), t("Situation"), (
                Option("a", t("A"), t("Conséquence A"), (("environment", 2), ("trust", -1))),
                Option("b", t("B"), t("Conséquence B"), (("trust", 2),)),
            )),
            Decision("energy", t("Énergie"), t("Situation"), (
                Option("a", t("A"), t("Conséquence A"), (("environment", 3),)),
                Option("b", t("B"), t("Conséquence B"), (("environment", -2), ("trust", 1))),
                Option("c", t("C"), t("Conséquence C"), ()),
            )),
            Decision("work", t("Travail"), t("Situation"), (
                Option("a", t("A"), t("Conséquence A"), (("trust", 3),)),
                Option("b", t("B"), t("Conséquence B"), (("environment", 1), ("trust", -2))),
            )),
        ),
    )
    agenda = Agenda((
        Phase("welcome", "intro", t("Accueil", "Welcome"), 10),
        Phase("timeline", "timeline", t("Frise", "Timeline"), 20),
        Phase("debate", "debate", t("Débats", "Debates"), 30),
        Phase("break", "break", t("Pause", "Break"), 5),
        Phase("scenario", "scenario", t("Scénarios", "Scenarios"), 15),
        Phase("debrief", "debrief", t("Bilan", "Debrief"), 10),
    ))
    return Deck("sample", "1.0.0", ("fr", "en"), t("Échantillon", "Sample"), themes, tuple(cards),
                (scenario,), agenda, content_hash=content_hash)
