"""What the projected stage would cut of a deck's debate claims, found before the room sees it.

The stage gives a debate card's claim the room the card's panel leaves it, shrinks it to its smallest
legible size, then cuts it with « … » (``debate_view._card``); `bataille validate` cannot measure that
without Qt. Here each debate card is laid out by the stage's own painter, offscreen, on a session held in
memory, as the room sees it during its debate (``ROOM_TEAMS`` teams, their sides given): with the two
longest facts of its theme played under it, on the common projectors of ``SIZES`` (16:9 and 4:3), at
the stage's usual text size, in each language of the deck; where the claim is cut there, once more
alone (no fact played yet). Each claim cut is a warning at the YAML line of its ``claim:``, saying about
how many characters the stage shows of it.

Only what is needed is laid out: the claim alone only where it is cut with the facts (the facts take
room from it, never give it some), and a card only when it, its theme's facts or the font changed
(each picture's answer is kept, a card edited is laid out again alone).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QFont

from bataille.deck.models import DebateCard, Deck, FactCard
from bataille.ui.deck_window.stage_fit import ROOM_TEAMS, StageCut, stage_check
from bataille.words import for_the_font

SIZES = ((1280, 720), (1024, 768))  # the smallest common 16:9 projector, and the 4:3 one schools still have
FACTS = 2  # facts played under the card: a debate's usual evidence, as long as its theme's longest
KEPT_MOST = 4000  # pictures' answers kept: every claim of a few decks, in both languages, at both sizes

# (card, facts, lang, size, font) -> characters of the claim the stage shows, None when it shows it whole
_seen: dict[tuple, int | None] = {}


@dataclass(frozen=True)
class _Cut:
    card: DebateCard
    lang: str
    size: tuple[int, int]
    facts: int  # facts played in the picture that shows the fewest characters of it (0: cut even alone)
    kept: int  # characters of the claim the stage shows before « … »


def longest_facts(deck: Deck, card: DebateCard, lang: str) -> tuple[FactCard, ...]:
    """The ``FACTS`` facts of the card's theme that take the most room under it in ``lang`` (title and
    figure, as the stage's strip shows them), in deck order when as long."""
    facts = [c for c in deck.cards_of("fact", card.theme) if isinstance(c, FactCard)]
    facts.sort(key=lambda c: -(len(c.title.get(lang)) + len(c.figure.get(lang))))
    return tuple(facts[:FACTS])


def deck_check(deck: Deck, font: QFont) -> Iterator[list[StageCut] | None]:
    """``stage_fit.stage_check`` of the scenarios, then the debate cards' claims: None after each picture
    (or card) laid out, then every cut, in file order."""
    cuts: list[StageCut] | None = None
    for cuts in stage_check(deck, font):
        if cuts is None:
            yield None
    found = list(cuts or [])
    try:
        for claims in claim_check(deck, font):
            if claims is None:
                yield None
            else:
                found += claims
    except Exception:  # a claim that cannot be laid out must not take the scenarios' warnings with it
        traceback.print_exc(file=sys.stderr)
    yield sorted(found, key=lambda c: (c.file, c.line, c.col))


def claim_check(deck: Deck, font: QFont, sizes: tuple[tuple[int, int], ...] = SIZES) -> Iterator[list[StageCut] | None]:
    """Each debate card's claim the stage would cut at one of ``sizes``, in every language of the deck: None
    after each card laid out, then the cuts (one a claim and language: the fewest characters a picture
    shows of it, and whether it is cut even alone)."""
    phase = next((p for p in (deck.agenda.phases if deck.agenda else ()) if p.kind == "debate"), None)
    cards = [c for c in deck.cards_of("debate") if isinstance(c, DebateCard)]
    if phase is None or not cards:
        yield []
        return
    worst: list[_Cut] = []
    for lang in deck.languages:
        session = None
        for card in cards:
            if not card.claim.get(lang):
                continue
            cut: _Cut | None = None
            facts = longest_facts(deck, card, lang)
            for size in sizes:
                for played in ((facts, ()) if facts else ((),)):
                    key = (card, played, lang, size, font.key())
                    if key not in _seen:
                        if session is None:
                            session = _session(deck, phase.id, lang)
                        _keep(key, _claim_shown(session, deck, card, played, lang, size, font))
                    kept = _seen[key]
                    if kept is None:
                        break  # whole with the facts: whole alone too
                    if cut is None or kept < cut.kept:  # the fewest characters shown: the most it may have
                        cut = _Cut(card, lang, size, len(played) if cut is None or cut.facts else 0, kept)
                    if not played:  # cut even alone: said so, whatever picture cuts it most
                        cut = replace(cut, facts=0)
            if cut is not None:
                worst.append(cut)
            yield None
    yield [_located(deck, c) for c in worst]


def _keep(key: tuple, kept: int | None) -> None:
    while len(_seen) >= KEPT_MOST:
        del _seen[next(iter(_seen))]
    _seen[key] = kept


def _session(deck: Deck, phase_id: str, lang: str):
    """A session held in memory at its debate phase, ``ROOM_TEAMS`` teams."""
    from bataille.workshop import ManualClock, MemoryStore, Session

    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    for i in range(ROOM_TEAMS):
        session.add_team(str(i + 1))
    session.start()
    session.start_phase(phase_id)
    return session


def _claim_shown(session, deck: Deck, card: DebateCard, facts: tuple[FactCard, ...], lang: str,
                 size: tuple[int, int], font: QFont) -> int | None:
    """The debate on ``card`` opened, its sides given, ``facts`` played: how many characters of its claim
    the stage shows at ``size`` (None: all of them); the session is left as it was."""
    from bataille.ui.stage.layout import build_scene
    from bataille.ui.stage.parts import StageContext
    from bataille.ui.stage.room_words import to_the_room

    session.open_round(card_id=card.id, seed=1)
    done = 1
    try:
        session.assign_sides(seed=2)
        done += 1
        teams = [t.id for t in session.state.teams]
        for i, fact in enumerate(facts):
            session.play_evidence(teams[i % len(teams)], fact.id)
            done += 1
        with to_the_room(lang):  # laid out and left at once: the room's words go back to the interface's
            scene = build_scene(StageContext(session.state, deck, lang, None), size[0], size[1], font)
    finally:
        for _ in range(done):
            session.undo()
    item = next((i for i in scene.text_items() if i.role == "claim"), None)
    if item is None or not item.cut:
        return None
    shown = item.text.removesuffix("…").rstrip().lstrip("«“ \u00a0\u202f")
    return min(len(shown), len(for_the_font(card.claim.get(lang))))


def _located(deck: Deck, cut: _Cut) -> StageCut:
    """The cut at the YAML line of the card's claim in its language (the ``claim:`` itself when written
    once for all)."""
    from bataille.deck.editing.nodes import Unreadable, node_at, tree

    path = Path(cut.card.source_file)
    full = path if path.is_absolute() else Path.cwd() / path
    try:
        file = full.resolve().relative_to(Path(deck.root).resolve()).as_posix()
    except (ValueError, OSError):
        file = full.as_posix()
    try:
        root = tree(full.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeError, Unreadable):
        root = None
    index = next((i for i in range(10_000) if _id_at(root, i) in (cut.card.id, None)), 0)
    keys: tuple[str | int, ...] = ("cards", index, "claim")
    line, col = cut.card.source_line or 1, cut.card.source_col or 1
    for at in ((*keys, cut.lang), keys):
        node = node_at(root, at)
        if node is not None:
            keys, line, col = at, node.start_mark.line + 1, node.start_mark.column + 1
            break
    written = len(for_the_font(cut.card.claim.get(cut.lang)))
    return StageCut(file, str(full), line, col, keys, cut.lang, 0, size=cut.size, card=cut.card.id,
                    kept=cut.kept, length=written, facts=cut.facts)


def _id_at(root, index: int) -> str | None:
    """The id of the ``index``-th card of a cards file's tree (None past its last card)."""
    from bataille.deck.editing.nodes import node_at

    if node_at(root, ("cards", index)) is None:
        return None
    node = node_at(root, ("cards", index, "id"))
    return str(getattr(node, "value", ""))
