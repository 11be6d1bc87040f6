"""What the projected stage would cut of a deck's scenarios, found before the room sees it.

The stage shrinks a text down to its smallest legible size, then cuts it with « … » (``Scene.text``);
`bataille validate` cannot measure that without Qt. Here each scenario is laid out by the stage's
own painter, offscreen, on a session held in memory, as a room would see it on the smallest common
projector (1280×720), in each language of the deck: its introduction with the first decision, each
decision, each option's consequence once chosen, and its epilogue. Each text cut is a warning at the
YAML line of its field: the deck still runs, but the room would not read the end of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QFont

from bataille.deck.models import Deck, Scenario
from bataille.words import for_the_font

SIZE = (1280, 720)  # the smallest common projector
ROOM_TEAMS = 4  # a room's usual count: the indicators' table under the decision takes its rows

# The scene's role of a text -> the YAML key of the field it shows (the option's, the decision's or the scenario's).
_FIELDS = {"scenario-intro": "intro", "scenario-title": "title", "decision-title": "title", "situation": "situation",
           "option": "label", "consequence-decision": "title", "consequence-title": "label",
           "consequence": "consequence", "epilogue": "epilogue"}


@dataclass(frozen=True)
class StageCut:
    """A text the stage would cut: which field, in which language, where it is written, and about how
    many words too long it is; a debate card's claim (``card``): how many characters of it the stage
    shows, at which size, with how many facts played."""

    file: str  # as the deck folder names it: "scenarios/backlash.yaml"
    path: str  # the file in full
    line: int
    col: int
    keys: tuple[str | int, ...]  # the field's key path in its file (the editor's): ("scenario", "intro", "fr")
    lang: str
    words: int  # about how many words to take out
    decision: int = 0  # 1-based; 0 for the scenario's own fields
    option: str = ""  # "B"; "" for a decision's or the scenario's fields
    size: tuple[int, int] = SIZE  # the stage's, in pixels
    card: str = ""  # a debate card's id: its claim is cut
    kept: int = 0  # characters of the claim the stage shows before « … »
    length: int = 0  # characters of the claim as written
    facts: int = 0  # facts played under the claim when it is cut (0: even alone)

    @property
    def where(self) -> tuple[str, tuple[str | int, ...]]:
        return self.file, self.keys

    @property
    def field(self) -> str:
        return str(next(k for k in reversed(self.keys) if isinstance(k, str) and k != self.lang))


@dataclass(frozen=True)
class _Seen:
    """A text the stage cut: the field it shows and what was kept of it."""

    keys: tuple[str | int, ...]  # under "scenario", without the language
    shown: str  # what the stage kept, « … » included
    whole: str  # the text as written


_laid_out: dict[tuple, list[tuple[str, str, _Seen]]] = {}  # the last scenarios laid out, and what was cut
KEPT = 2  # the deck the window shows, and the scenario the editor shows


def stage_cuts(deck: Deck, font: QFont, size: tuple[int, int] = SIZE) -> list[StageCut]:
    """Every scenario text of ``deck`` the stage would cut at ``size``, in every language of the deck."""
    return [cuts for cuts in stage_check(deck, font, size) if cuts is not None][-1]


def stage_check(deck: Deck, font: QFont, size: tuple[int, int] = SIZE, only: str | None = None,
                texts: Mapping[str, str] | None = None) -> Iterator[list[StageCut] | None]:
    """``stage_cuts`` a picture at a time: None after each picture laid out, then the cuts, in file order;
    ``only``: of that scenario alone (the one the editor shows); ``texts``: the files as the editor holds
    them (by path in the deck folder), to read the lines of the fields from, else they are read on disk.

    Laying every picture of the bundled deck out takes about a quarter of a second or more, in pieces
    the window's events can come between; the scenarios are laid out again only when they change (a card
    edited, a deck reloaded as it was, cost nothing); the lines of their fields are read each time."""
    phase = next((p for p in (deck.agenda.phases if deck.agenda else ()) if p.kind == "scenario"), None)
    if only is not None:
        deck = replace(deck, scenarios=tuple(s for s in deck.scenarios if s.id == only))
    if phase is None or not deck.scenarios:
        yield []  # no scenario is ever shown
        return
    key = (deck.scenarios, deck.languages, phase.id, font.key(), size)
    if key not in _laid_out:
        seen: dict[tuple, tuple[str, str, _Seen]] = {}
        for lang in deck.languages:
            for scenario, items in _walk(deck, phase.id, lang, font, size):
                for item in items:  # a field cut on several pictures (a label, its choice): the most it is cut
                    kept = seen.get((lang, scenario.id, item.keys))
                    if kept is None or _too_many(item) > _too_many(kept[2]):
                        seen[lang, scenario.id, item.keys] = (lang, scenario.id, item)
                yield None
        while len(_laid_out) >= KEPT:  # the deck the window shows, the scenario being edited
            del _laid_out[next(iter(_laid_out))]
        _laid_out[key] = list(seen.values())
    found = [_located(deck, deck.scenario(sid), item, lang, texts) for lang, sid, item in _laid_out[key]]
    yield sorted(found, key=lambda c: (c.file, c.line, c.col))


def _walk(deck: Deck, phase_id: str, lang: str, font: QFont, size: tuple[int, int]):
    """(scenario, texts cut) for every picture of every scenario in ``lang``: one session, a team on each
    scenario (at least ``ROOM_TEAMS`` teams), each decision shown, each of its options chosen in turn
    (and taken back), the first one kept to go on; then the epilogue."""
    from bataille.ui.stage.layout import build_scene
    from bataille.ui.stage.parts import StageContext
    from bataille.ui.stage.room_words import to_the_room
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.actions_setup import MAX_TEAMS

    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    for i in range(min(MAX_TEAMS, max(ROOM_TEAMS, len(deck.scenarios)))):
        session.add_team(str(i + 1))
    session.start()
    session.start_phase(phase_id)
    teams = [t.id for t in session.state.teams]
    for i, team in enumerate(teams):
        session.start_scenario(team, deck.scenarios[i % len(deck.scenarios)].id)

    def cuts(scenario: Scenario, team: str, consequence: bool) -> tuple[Scenario, list[_Seen]]:
        with to_the_room(lang):  # laid out and left at once: the room's words go back to the interface's
            ctx = StageContext(session.state, deck, lang, None, scenario_team=team,
                               consequence_of=team if consequence else None)
            scene = build_scene(ctx, size[0], size[1], font)
        path, found = session.state.scenario_path(team), []
        options = {id(i): k for k, i in enumerate(i for i in scene.text_items() if i.role == "option")}  # in order
        for item in scene.text_items():
            keys = _keys(scenario, path, item.role, options.get(id(item)), consequence) \
                if item.cut and item.role in _FIELDS else None
            if keys is not None:
                found.append(_Seen(keys, item.text, _written(scenario, keys, lang)))
        return scenario, found

    for team, scenario in zip(teams, deck.scenarios, strict=False):
        for decision in scenario.decisions:
            yield cuts(scenario, team, False)
            for option in decision.options:
                session.choose_option(team, option.id, decision.id)
                yield cuts(scenario, team, True)
                if option is not decision.options[-1]:
                    session.undo()
        yield cuts(scenario, team, False)  # every decision made: the epilogue


def _keys(scenario: Scenario, path, role: str, option: int | None, consequence: bool):
    """The key path (under "scenario", without the language) of the field a text of ``role`` shows."""
    field = _FIELDS[role]
    if role in ("scenario-intro", "scenario-title", "epilogue"):
        return (field,)
    if role == "decision-title" and path.next_decision is None:
        return None  # « Where this future leads »: the stage's own words
    if consequence:  # the decision just taken, and the option chosen
        decision_id, option_id = path.choices[-1]
        d = next(i for i, x in enumerate(scenario.decisions) if x.id == decision_id)
        o = next(i for i, x in enumerate(scenario.decisions[d].options) if x.id == option_id)
        return ("decisions", d, field) if role == "consequence-decision" else ("decisions", d, "options", o, field)
    d = next(i for i, x in enumerate(scenario.decisions) if x.id == path.next_decision)
    return ("decisions", d, "options", option, field) if role == "option" else ("decisions", d, field)


def _written(scenario: Scenario, keys: tuple, lang: str) -> str:
    value = scenario
    for key in keys:
        value = value[key] if isinstance(key, int) else getattr(value, key)
    return value.get(lang) if value else ""


def _too_many(seen: _Seen) -> int:
    """About how many words to take out: the words written less those the stage kept before « … » (after
    what it puts before the field: « B. », « Décision 2 sur 4 — », « Choix : »)."""
    whole = for_the_font(seen.whole).strip().split(" ")
    shown = seen.shown.removesuffix(" …").split(" ") if seen.shown.endswith(" …") else []  # else cut in its first word
    kept = next((m for m in range(min(len(shown), len(whole)), 0, -1) if shown[len(shown) - m:] == whole[:m]), 0)
    return max(1, len(whole) - kept)


def _located(deck: Deck, scenario: Scenario, seen: _Seen, lang: str, texts: Mapping[str, str] | None) -> StageCut:
    """The cut at the YAML line of its field, in this language (the field itself when written once for all)."""
    from bataille.deck.editing.nodes import Unreadable, node_at, tree

    full = _file_of(deck, scenario)
    try:
        file = full.resolve().relative_to(Path(deck.root).resolve()).as_posix()
    except (ValueError, OSError):
        file = full.as_posix()
    keys = ("scenario", *seen.keys)
    line = col = 1
    try:
        root = tree(texts[file] if texts is not None and file in texts else full.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeError, Unreadable):
        root = None
    for path in ((*keys, lang), keys):
        node = node_at(root, path)
        if node is not None:
            keys, line, col = path, node.start_mark.line + 1, node.start_mark.column + 1
            break
    decision = seen.keys[1] + 1 if len(seen.keys) > 2 else 0
    option = scenario.decisions[seen.keys[1]].options[seen.keys[3]].id.upper() if len(seen.keys) > 4 else ""
    return StageCut(file, str(full), line, col, keys, lang, _too_many(seen), decision, option)


def _file_of(deck: Deck, scenario: Scenario) -> Path:
    """The scenario's file (named as the deck was read: from the working folder, or in full)."""
    path = Path(scenario.source_file)
    return path if path.is_absolute() else Path.cwd() / path

