"""Build deck objects (themes, cards, scenarios, agenda) from located YAML, reporting problems."""

from __future__ import annotations

from pathlib import Path

from .fields import COLOUR_RE, MAX_PROBLEMS_PER_FILE, FieldReader
from .located import LocatedList, LocatedMap, Position, as_written
from .messages import Message, Quoted
from .models import (
    CARD_KINDS,
    PHASE_KINDS,
    Card,
    DebateCard,
    Decision,
    EventCard,
    FactCard,
    Indicator,
    Option,
    Phase,
    Scenario,
    Theme,
)
from .problems import did_you_mean

THEME_KEYS = ("id", "name", "colour", "icon", "description")
COMMON_CARD_KEYS = ("id", "kind", "title", "theme", "notes")
CARD_KEYS = {
    "fact": (("text", "figure", "sources"), ("contested",)),
    "debate": (("claim", "context", "prompts_for", "prompts_against"), ()),
    "event": (("year", "text", "sources"), ("month",)),
}
ALL_CARD_KEYS = COMMON_CARD_KEYS + tuple(k for req, opt in CARD_KEYS.values() for k in req + opt)
CARD_NOUNS = {"fact": Message("noun.fact_card"), "debate": Message("noun.debate_card"),
              "event": Message("noun.event_card")}
A_THEME = Message("noun.theme")
A_SCENARIO = Message("noun.scenario")
AN_INDICATOR = Message("noun.indicator")
A_DECISION = Message("noun.decision")
AN_OPTION = Message("noun.option")
A_PHASE = Message("noun.phase")
COLOUR_HINT = Message("hint.colour")
WHOLE_NUMBER_1956 = Message("what.whole_number_1956")
A_MONTH = Message("what.month")
MINUTES = Message("what.minutes")
KIND = Quoted("kind")


def read_theme(r: FieldReader, m: LocatedMap) -> Theme | None:
    """A theme entry of deck.yaml."""
    r.keys(m, THEME_KEYS, ("id", "name", "colour"), A_THEME)
    theme = Theme(
        id=r.identifier(m),
        name=r.text(m, "name"),
        colour=r.string(m, "colour", COLOUR_RE, hint=COLOUR_HINT),
        # A Windows path (assets\icons\x.svg) names the same file: kept with "/".
        icon=r.string(m, "icon", required=False).replace("\\", "/"),
        description=r.text(m, "description", required=False),
    )
    return theme if theme.id and theme.colour else None


def read_card(r: FieldReader, m: LocatedMap, default_theme: str | None, theme_said: bool = False) -> Card | None:
    """One card of any kind; None when it is too broken to use. ``theme_said``: a missing theme is
    not reported on this card (its cause, or the file's cards without one, are said once)."""
    kind = m.get("kind")
    if kind not in CARD_KINDS:
        if "kind" in m:
            r.error(m.where("kind"), Message("kind.not_one_of", key=KIND, choices=", ".join(CARD_KINDS),
                                             got=Quoted(kind), hint=did_you_mean(kind, CARD_KINDS)))
        else:
            r.error(m.pos, Message("card.no_kind", key=KIND, choices=", ".join(CARD_KINDS)))
        return None
    required, optional = CARD_KEYS[kind]
    r.part = kind
    r.keys(m, COMMON_CARD_KEYS + required + optional, ("id", "title") + required, CARD_NOUNS[kind])
    theme = as_written(m, "theme") if "theme" in m else default_theme
    if theme is not None and not isinstance(theme, str):  # a list, a mapping: not also "needs a theme"
        r.error(m.where("theme"), Message("card.theme_not_id", key=Quoted("theme"), got=Quoted(theme)))
        theme, theme_said = None, True
    if theme is None and kind != "event" and not theme_said:
        r.error(m.pos, Message("card.needs_theme", what=CARD_NOUNS[kind], key=Quoted("theme")))
    common = dict(id=r.identifier(m), kind=kind, title=r.text(m, "title"), theme=theme,
                  notes=r.text(m, "notes", required=False), source_file=r.file,
                  source_line=m.pos.line, source_col=m.pos.col)
    if kind == "fact":
        card: Card = FactCard(**common, text=r.text(m, "text"), figure=r.text(m, "figure"),
                              contested=r.boolean(m, "contested"), sources=r.sources(m))
    elif kind == "debate":
        card = DebateCard(**common, claim=r.text(m, "claim"), context=r.text(m, "context"),
                          prompts_for=r.text_list(m, "prompts_for"),
                          prompts_against=r.text_list(m, "prompts_against"))
    else:
        year = r.integer(m, "year", -3000, 2100, WHOLE_NUMBER_1956)
        if year == 0:  # no such year: 1 BC is followed by AD 1 (and a card would print « 0 »)
            r.error(m.where("year"), Message("event.year_zero", key=Quoted("year")))
        month = r.integer(m, "month", 1, 12, A_MONTH, required=False)
        card = EventCard(**common, year=year or 0, month=month, text=r.text(m, "text"),
                         sources=r.sources(m))
    return card if card.id else None


def say_missing_themes(r: FieldReader, m: LocatedMap, cards: list, theme_ids: list[str]) -> set[int]:
    """Card files whose cards take the file's theme: one problem, not one per card, when they have
    none. Returns the indexes of the cards whose missing theme is said (or whose cause is): a
    file-level key that looks like "theme" (``themme:``), a file-level theme that is not an id
    (already said), or several cards without one, said once at the first with the deck's themes."""
    lacking = [i for i, c in enumerate(cards) if isinstance(c, dict) and "theme" not in c
               and c.get("kind") in ("fact", "debate")]
    file_keys = [key for key in m if key not in ("theme", "cards")]
    if m.get("theme") is not None or any(did_you_mean(key, ("theme",)) for key in file_keys):
        return set(lacking)  # the file's theme is the cause, and its own problem says so
    if len(lacking) < 2 or not theme_ids:
        return set()
    first = cards[lacking[0]]
    example = did_you_mean(Path(r.file).stem, theme_ids, plain=True) or theme_ids[0]  # bias.yaml: bias
    r.error(first.pos, Message("card.needs_theme_many", what=CARD_NOUNS[first["kind"]], key=Quoted("theme"),
                               count=len(lacking) - 1, example=Quoted(f"theme: {example}"),
                               themes=", ".join(theme_ids)))
    return set(lacking)


def read_scenario(r: FieldReader, m: LocatedMap) -> Scenario | None:
    """A prospective scenario: indicators, decisions and their options (a situation and a consequence
    may cite ``sources`` for what they say of today, read as a fact card's)."""
    r.keys(m, ("id", "title", "intro", "indicators", "decisions", "epilogue"),
           ("id", "title", "intro", "indicators", "decisions"), A_SCENARIO)
    indicators: list[Indicator] = []
    id_at: dict[str, Position] = {}
    for im, pos in _items(r, m, "indicators", AN_INDICATOR):
        r.part = "indicator"
        r.keys(im, ("id", "name", "start", "description"), ("id", "name"), AN_INDICATOR)
        ind_id = r.identifier(im)
        start = r.integer(im, "start", -100, 100) if "start" in im else 0
        if ind_id:
            id_at.setdefault(ind_id, im.where("id"))
            if any(i.id == ind_id for i in indicators):
                r.error(pos, Message("indicator.twice", id=Quoted(ind_id)))
            indicators.append(Indicator(ind_id, r.text(im, "name"), start or 0,
                                        r.text(im, "description", required=False, owner=ind_id)))
    for key in ("indicators", "decisions"):
        if isinstance(m.get(key), LocatedList) and not m[key]:
            r.error(m.where(key), Message(f"scenario.no_{key}", key=Quoted(key)))
    known = [i.id for i in indicators]
    unknown: list[tuple[str, Position]] = []  # effects that name no indicator, said once all are read
    decisions: list[Decision] = []
    for dm, _pos in _items(r, m, "decisions", A_DECISION):
        r.keys(dm, ("id", "title", "situation", "options", "sources"), ("id", "title", "situation", "options"),
               A_DECISION)
        options = [_option(r, om, known, unknown) for om, _ in _items(r, dm, "options", AN_OPTION)]
        if "options" in dm and not 2 <= len(options) <= 3:
            count = "none" if not options else "one" if len(options) == 1 else "many"
            r.error(dm.where("options"), Message(f"decision.option_count.{count}", count=len(options)))
        ids = [o.id for o in options if o]
        if len(set(ids)) != len(ids):
            r.error(dm.where("options"), Message("decision.same_option_id"))
        r.part = "decision"
        decisions.append(Decision(r.identifier(dm), r.text(dm, "title"), r.text(dm, "situation"),
                                  tuple(o for o in options if o), r.sources(dm)))
    if len({d.id for d in decisions}) != len(decisions):
        r.error(m.where("decisions"), Message("scenario.same_decision_id"))
    _say_unknown_effects(r, unknown, id_at, {k for d in decisions for o in d.options for k, _ in o.effects})
    r.part = "scenario"
    at = m.key_pos.get("id", m.pos)
    scenario = Scenario(r.identifier(m), r.text(m, "title"), r.text(m, "intro"), tuple(indicators),
                        tuple(decisions), r.text(m, "epilogue", required=False), source_file=r.file,
                        source_line=at.line, source_col=at.col)
    return scenario if scenario.id else None


def _say_unknown_effects(r: FieldReader, unknown: list[tuple[str, Position]], id_at: dict[str, Position],
                         used: set[str]) -> None:
    """Effects that name no indicator. Close to an indicator no effect uses (``- id: learnig`` while
    effects say ``learning``), the indicator's id is the likely typo: said once, there. Else at each
    effect, with a close indicator or the list of the scenario's indicators."""
    unused = [i for i in id_at if i not in used]
    counts: dict[str, int] = {}
    for key, _ in unknown:
        counts[key] = counts.get(key, 0) + 1
    renamed = {key: did_you_mean(key, unused, plain=True) for key in counts}
    for key, indicator in renamed.items():
        if indicator is not None:
            r.error(id_at[indicator], Message("indicator.unused", id=Quoted(indicator), key=Quoted(key),
                                              count=Message("count.once" if counts[key] == 1 else "count.times",
                                                            n=counts[key])))
    for key, pos in unknown:
        if renamed[key] is None:
            hint = did_you_mean(key, list(id_at))
            r.error(pos, Message("effects.unknown_indicator", key=Quoted(key), hint=hint or Message(
                "hint.indicators", indicators=", ".join(id_at) or "-")))


def _option(r: FieldReader, om: LocatedMap, known: list[str], unknown: list) -> Option | None:
    r.keys(om, ("id", "label", "consequence", "effects", "sources"), ("id", "label", "consequence"), AN_OPTION)
    r.part = "option"
    effects: list[tuple[str, int]] = []
    if "effects" in om:
        em = r.mapping(om["effects"], om.where("effects"), Quoted("effects"))
        for key in em or ():
            if r.full:
                break
            if key not in known:
                unknown.append((key, em.key_pos[key]))
                if len(unknown) >= MAX_PROBLEMS_PER_FILE:  # thousands of them: enough to say
                    break
                continue
            value = r.integer(em, key, -10, 10)
            if value is not None:
                effects.append((key, value))
    option = Option(r.identifier(om), r.text(om, "label"), r.text(om, "consequence"), tuple(effects),
                    r.sources(om))
    return option if option.id else None


def read_phase(r: FieldReader, m: LocatedMap) -> Phase | None:
    """A phase of the agenda."""
    r.keys(m, ("id", "kind", "title", "minutes", "description"), ("id", "kind", "title", "minutes"),
           A_PHASE)
    kind = m.get("kind")
    if "kind" in m and kind not in PHASE_KINDS:
        r.error(m.where("kind"), Message("kind.not_one_of", key=KIND, choices=", ".join(PHASE_KINDS),
                                         got=Quoted(kind), hint=did_you_mean(kind, PHASE_KINDS)))
        kind = None
    minutes = r.integer(m, "minutes", 1, 600, MINUTES)
    phase = Phase(r.identifier(m), kind or "", r.text(m, "title"), minutes or 0,
                  r.text(m, "description", required=False))
    return phase if phase.id and phase.kind and phase.minutes else None


def _items(r: FieldReader, m: LocatedMap, key: str, what: Message):
    """The mappings of a list field, with their positions (problems reported for the rest)."""
    if key not in m:
        return
    value = m[key]
    if not isinstance(value, LocatedList):
        r.error(m.where(key), Message("list.not_list", key=Quoted(key)))
        return
    for i, item in enumerate(value):
        if r.full:
            return
        pos: Position = value.item_pos[i]
        im = r.mapping(item, pos, what)
        if im is not None:
            yield im, pos
