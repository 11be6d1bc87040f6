"""History lines name things as the room knows them: team names, card and option labels, never ids."""

from __future__ import annotations

from bataille.deck import bundled_deck_path, load_deck
from bataille.workshop import describe
from bataille.workshop.example import play_example


def _started(deck, first: str = "Les Hiboux", second: str = "Les Loutres"):
    """A French session in memory on ``deck``, two teams, started (no phase yet)."""
    from bataille.workshop import ManualClock, MemoryStore, Session

    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    session.add_team(first)
    session.add_team(second)
    session.start()
    return session


def test_scenario_choices_are_described_by_their_labels():
    deck = load_deck(bundled_deck_path())
    session = play_example(deck, seed=2)
    chosen = [e for e in session.events if e.type == "option_chosen"]
    assert chosen
    for event in chosen:
        scenario = deck.scenario(event.scenario_id)
        decision = next(d for d in scenario.decisions if d.id == event.decision_id)
        option = next(o for o in decision.options if o.id == event.option_id)
        team = session.state.team(event.team_id).name
        label_fr = option.label.get("fr").replace("«\u00a0", "“").replace("\u00a0»", "”")  # quotes inside quotes
        label_en = option.label.get("en").replace("“", "‘").replace("”", "’")
        assert describe(event, "fr", session.state, deck) == \
            f"{team}\u00a0: choix «\u00a0{label_fr}\u00a0» ({decision.title.get('fr')})"
        assert describe(event, "en", session.state, deck) == \
            f"{team} chose “{label_en}” ({decision.title.get('en')})"


def test_points_are_counted_in_words_that_agree():
    deck = load_deck(bundled_deck_path())
    session = _started(deck)
    team = session.state.teams[0].id
    lines = {}
    for points in (1, 2, -1, -3):
        session.award_points(team, points, "")
        lines[points] = (describe(session.events[-1], "fr", session.state, deck),
                         describe(session.events[-1], "en", session.state, deck))
    assert lines[1] == ("Les Hiboux\u00a0: +1 point", "Les Hiboux: +1 point")
    assert lines[2] == ("Les Hiboux\u00a0: +2 points", "Les Hiboux: +2 points")
    assert lines[-1][0].endswith("-1 point") and lines[-3][1].endswith("-3 points")


def test_a_title_holding_a_quotation_reads_as_one():
    """« Le deuxième “hiver de l’IA” », not « Le deuxième « hiver de l’IA » »: the title's own
    quotes become the inner kind, in the history and everything that reuses its lines."""

    deck = load_deck(bundled_deck_path())
    card = next(c for c in deck.cards_of("event") if "«" in c.title.get("fr") and "“" in c.title.get("en"))
    session = _started(deck)
    session.start_phase()
    session.start_phase()  # the timeline
    team = session.state.teams[0].id
    session.deal_timeline(cards_per_team=min(20, (len(deck.cards_of("event")) - 1) // 2), seed=1)
    hand = session.state.timeline.hand(team)
    if card.id not in hand:  # it started the timeline: play the card of another with quotes then
        card = next(deck.card(c) for c in hand if "«" in deck.card(c).title.get("fr"))
    session.place_card(team, card.id, 0)
    french, english = (describe(session.events[-1], lang, session.state, deck) for lang in ("fr", "en"))
    assert french.count("«") == 1 and french.count("»") == 1 and "“" in french and "”" in french
    assert english.count("“") == 1 and english.count("”") == 1 and "‘" in english and "’" in english


def test_a_quick_debate_s_history_names_it_as_the_agenda_does():
    """"Début : Débats en cinq thèmes" for the one debate of a teacher's 20 minutes: it is the
    "Débat express", in the history as on the stage and in the summary."""
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.flow import first_debate_phase, start_quick_debate

    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr", phase_ids=[first_debate_phase(deck)])
    start_quick_debate(session, deck.cards_of("debate")[0].id, ("Pour", "Contre"))
    started = next(e for e in session.events if e.type == "phase_started")
    assert describe(started, "fr", session.state, deck) == "Début\u00a0: Débat express"
    assert describe(started, "en", session.state, deck) == "Started: Quick debate"


def test_french_lines_never_make_a_verb_agree_with_a_team_name():
    """A team's name may be plural (« Les Castors »): no French line puts a verb after it."""
    deck = load_deck(bundled_deck_path())
    session = play_example(deck, seed=2)
    names = [team.name for team in session.state.teams]
    assert names
    lines = [describe(event, "fr", session.state, deck) for event in session.events]
    for kind in ("card_placed", "evidence_played", "scenario_started", "option_chosen"):
        assert any(e.type == kind for e in session.events), kind
    for line in lines:
        for name in names:
            after = line.partition(name + " ")[2]
            assert not (line.count(name) and after[:1].islower()), line
            assert f"de {name}" not in line and f"à {name}" not in line, line  # « des », « aux »


def test_a_timeline_card_is_said_well_or_badly_placed_in_the_past():
    from bataille.words import typeset_french

    deck = load_deck(bundled_deck_path())
    session = _started(deck, "Les Castors")
    session.deal_timeline(cards_per_team=3, seed=5)
    team = session.state.teams[0].id
    verdicts = []
    for card in list(session.state.timeline.hand(team)):
        session.place_card(team, card, 0)
        verdicts.append(session.events[-1].correct)
        line = describe(session.events[-1], "fr", session.state, deck)
        title = deck.card_title(card, "fr")
        said = "bien placée" if session.events[-1].correct else "mal placée"
        assert line.startswith(typeset_french(f"Les Castors : « {title} » {said}, ")), line
        english = describe(session.events[-1], "en", session.state, deck)
        assert english.startswith(f"Les Castors placed “{deck.card_title(card, 'en')}”: "), english
        assert ("right place" if session.events[-1].correct else "wrong place") in english
    assert False in verdicts


def test_an_argument_is_told_with_its_words():
    """The history keeps what the argument said, not only that there was one; a quick debate's camps
    are the sides, so its lines do not say the side twice."""
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.flow import first_debate_phase, start_quick_debate

    deck = load_deck(bundled_deck_path())
    session = _started(deck)
    session.start_phase()
    session.start_phase()
    session.start_phase()  # the debates
    session.open_round()
    team = session.state.teams[0].id
    session.add_argument(team, "L’IA fait gagner du temps", side="against")
    event = session.events[-1]
    assert describe(event, "fr", session.state, deck) == \
        "Les Hiboux\u00a0: argument contre «\u00a0L’IA fait gagner du temps\u00a0»"
    assert describe(event, "en", session.state, deck) == "Argument by Les Hiboux (against): “L’IA fait gagner du temps”"

    quick = Session.create(deck, MemoryStore(), ManualClock(), "fr", phase_ids=[first_debate_phase(deck)])
    start_quick_debate(quick, deck.cards_of("debate")[0].id, ("Pour", "Contre"))
    quick.add_argument(quick.state.teams[0].id, "Elle invente parfois des sources")
    assert describe(quick.events[-1], "fr", quick.state, deck) == "Pour\u00a0: argument «\u00a0Elle invente parfois des sources\u00a0»"


def test_a_quick_debate_s_one_debate_has_no_number_in_the_history():
    """"Débat 1 : …", "Vote avant enregistré (débat 1)": a teacher's one debate is "the debate", as
    on its stage and its console page; a workshop's debates keep their numbers."""
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.flow import first_debate_phase, start_quick_debate

    deck = load_deck(bundled_deck_path())
    card = deck.cards_of("debate")[0]
    quick = Session.create(deck, MemoryStore(), ManualClock(), "fr", phase_ids=[first_debate_phase(deck)])
    start_quick_debate(quick, card.id, ("Pour", "Contre"))
    quick.record_vote("before", {"agree": 4, "disagree": 2, "undecided": 1})
    quick.reveal_votes("before")
    quick.close_round()
    lines = {lang: [describe(e, lang, quick.state, deck) for e in quick.events] for lang in ("fr", "en")}
    title = card.title.get("fr")
    assert f"Débat ouvert\u00a0: {title}" in lines["fr"] and f"Debate opened: {card.title.get('en')}" in lines["en"]
    assert {"Séance commencée", "Camps attribués", "Vote avant enregistré", "Vote avant dévoilé",
            "Débat clos"} <= set(lines["fr"])
    assert {"Session started", "Sides assigned", "Vote before recorded", "Vote before revealed",
            "Debate closed"} <= set(lines["en"])
    assert not any("1" in line for line in lines["fr"][1:] + lines["en"][1:])  # after "created (… 0.1.0)"
    assert not any("telier" in line for line in lines["fr"] + lines["en"])

    workshop = _started(deck)
    for _ in range(3):
        workshop.start_phase()  # the debates
    workshop.open_round()
    workshop.record_vote("before", {"agree": 1, "disagree": 0, "undecided": 0})
    said = [describe(e, "fr", workshop.state, deck) for e in workshop.events[-2:]]
    assert said[0].startswith("Débat 1\u00a0: ") and said[1] == "Vote avant enregistré (débat 1)"


def test_the_debrief_s_lines_keep_their_words_and_whose_commitment_it_is():
    """Six « Engagement noté » one under the other said nothing of which was which: the history
    keeps each takeaway's and commitment's words, and whose commitment it is (a team, or the room)."""
    deck = load_deck(bundled_deck_path())
    session = _started(deck)
    for _ in range(5):
        session.start_phase()  # the debrief
    session.add_takeaway("Une IA se trompe avec aplomb")
    session.add_commitment("Citer nos sources", session.state.teams[0].id)
    session.add_commitment("Relire avant de publier")
    said = {lang: [describe(e, lang, session.state, deck) for e in session.events[-3:]] for lang in ("fr", "en")}
    assert said["fr"] == ["Ajouté à ce que l’on retient\u00a0: «\u00a0Une IA se trompe avec aplomb\u00a0»",
                          "Engagement (Les Hiboux)\u00a0: «\u00a0Citer nos sources\u00a0»",
                          "Engagement (toute la salle)\u00a0: «\u00a0Relire avant de publier\u00a0»"]
    assert said["en"] == ["Added to what we take away: “Une IA se trompe avec aplomb”",
                          "Commitment (Les Hiboux): “Citer nos sources”",
                          "Commitment (the whole room): “Relire avant de publier”"]


def test_a_debate_closed_and_the_next_opened_is_said_short():
    """« Les Hiboux : +3 points · Les Loutres : +3 points · Débat 1 clos · Débat 2 : … · Camps
    attribués (débat 2) » ran out of the status line's room: one press is said short, each team
    named only when it alone got those points; a press that closed nothing is said action by action."""
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.describe import describe_press

    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    for name in ("Les Hiboux", "Les Loutres", "Les Lynx"):
        session.add_team(name)
    session.start()
    owls, otters, lynxes = (t.id for t in session.state.teams)
    session.start_phase("debates")
    before = session.event_count
    session.open_round()
    session.assign_sides({owls: "for", otters: "against", lynxes: "against"})
    opening = list(session.events[before:])
    assert describe_press(opening, "fr", session.state, deck) is None  # nothing closed: said as it was
    before = session.event_count
    for team in (otters, lynxes):
        session.award_points(team, 3, round_no=1)
    session.award_points(owls, 1, round_no=1)
    session.close_round()
    session.open_round()
    session.assign_sides({owls: "against", otters: "for", lynxes: "for"})
    press = list(session.events[before:])
    assert describe_press(press, "fr", session.state, deck) == \
        "Les Hiboux\u00a0: +1 point · Débat 1 clos\u00a0: +3 points à 2 équipes · Débat 2 ouvert"
    assert describe_press(press, "en", session.state, deck) == \
        "Les Hiboux: +1 point · Debate 1 closed: +3 points to 2 teams · Debate 2 opened"
