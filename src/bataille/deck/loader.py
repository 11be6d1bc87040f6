"""Find, read and check a whole deck folder; every problem is reported at once."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .digest import sha256
from .fields import ID_RE, FieldReader, LanguageTally
from .folder import (
    bundled_deck_path,
    check_icon,
    deck_files,
    find_deck_root,
    is_agenda,
    is_yaml,
    leaves_deck,
    say_missing_icons,
    skipped_files,
)
from .located import LocatedList, LocatedMap, Position, YamlProblem, as_written
from .messages import Message, Quoted
from .models import Agenda, Card, Deck, Phase, Scenario, Theme
from .problems import DeckError, Problem, did_you_mean, display_path, odd_character
from .records import read_card, read_phase, read_scenario, read_theme, say_missing_themes
from .runnable import runnable_problems
from .yamlread import check_size, parse_yaml, read_file_bytes

MANIFEST_REL = "cards/deck.yaml"
DECK_KEYS = ("id", "version", "languages", "title", "themes")
REQUIRED_LANGUAGE = "fr"
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$")
# Every text must exist in every language: a manifest listing thousands of languages would
# turn each text of the deck into thousands of problems.
MAX_LANGUAGES = 8
A_THEME = Message("noun.theme")
A_CARD = Message("noun.card")
A_CARD_FILE = Message("noun.card_file")
A_SCENARIO_FILE = Message("noun.scenario_file")
A_PHASE = Message("noun.phase")
THE_AGENDA = Message("noun.agenda")
LANGUAGES_KEY = Quoted("languages")


def load_deck(path: Path | str) -> Deck:
    """Read and check the deck at ``path``; raise ``DeckError`` listing every problem."""
    root = find_deck_root(Path(path))
    problems: list[Problem] = []
    with _cyclic_gc_paused():
        deck = _DeckReader(root, problems).read()
    if problems or deck is None:
        raise DeckError(in_reading_order(problems, root))
    return deck


def read_deck_texts(root: Path, texts: Mapping[str, bytes],
                    on_disk: Iterable[str] = ()) -> tuple[Deck | None, list[Problem]]:
    """Read and check the deck whose files are ``texts`` (relative path -> bytes), not the disk's.

    The same reader and checks as ``load_deck``: what an editor shows for unsaved texts is what
    `validate` would say of them once saved. The deck's files are those of ``texts``, and those of
    ``on_disk`` read from ``root`` (files an editor could not take in); theme icons are read from ``root``. Returns the deck as far as it could be built (None when not at all;
    it lacks what the problems name: ``load_deck`` would refuse it when there is any) and the problems.
    """
    root = Path(root).resolve()
    problems: list[Problem] = []
    files = texts_files(root, [*texts, *on_disk])
    with _cyclic_gc_paused():
        deck = _DeckReader(root, problems, texts, files).read()
    problems = in_reading_order(problems, root, files)
    return deck, problems


def texts_files(root: Path, texts: Iterable[str]) -> list[Path]:
    """The deck files among the relative paths ``texts``, in the order ``deck_files`` gives the disk's."""
    manifest = root / MANIFEST_REL
    texts = set(texts)
    cards = sorted(root / rel for rel in texts
                   if rel.startswith("cards/") and rel.count("/") == 1 and is_yaml(Path(rel)) and rel != MANIFEST_REL)
    scenarios = sorted(root / rel for rel in texts
                       if rel.startswith("scenarios/") and rel.count("/") == 1 and is_yaml(Path(rel)))
    return [manifest, *cards, *scenarios]


def in_reading_order(problems: list[Problem], root: Path, files: list[Path] | None = None) -> list[Problem]:
    """Problems file by file in the order the deck is read (deck.yaml first: a refused theme is the cause
    of what its cards then say), each file by line and column."""
    try:
        rank = {display_path(p): i for i, p in enumerate(deck_files(root) if files is None else files)}
    except OSError:
        rank = {}
    return sorted(problems, key=lambda p: (rank.get(p.path, len(rank)), p))


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cycle collector while a deck is read.

    Reading builds hundreds of thousands of small, acyclic objects; each burst of allocations
    would start a collection that walks all of them again (a third of the load time of a
    10,000-card deck). Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _DeckReader:
    def __init__(self, root: Path, problems: list[Problem], texts: Mapping[str, bytes] | None = None,
                 files: list[Path] | None = None) -> None:
        self.root = root
        self.problems = problems
        self.texts = texts  # the files' bytes when they come from an editor rather than the disk
        self.files = files
        self.hash = sha256()
        self.source = b""  # the bytes of the file being read
        self.tally = LanguageTally()
        self.declared_themes: set[str] = set()  # theme ids deck.yaml declares, broken ones included
        self.refused_themes: dict[str, int] = {}  # the id written for each refused theme -> its line
        self.phase_at: list[tuple[Phase, str, Position]] = []  # where each phase of the agenda is written

    def _load(self, path: Path, empty: str | None = "file.empty_other") -> object:
        rel = path.relative_to(self.root).as_posix()
        if leaves_deck(self.root, path):  # a link out of the folder: never read, never quoted
            self.problems.append(Problem.of(display_path(path), 1, 1, Message("file.leaves_folder")))
            return None
        try:
            if self.texts is not None and rel in self.texts:
                raw = check_size(self.texts[rel])
            else:
                raw = read_file_bytes(path)  # read once: what is hashed is what was checked
            self.source = raw  # for the column of a character in a message (FieldReader.column)
            data = parse_yaml(raw)
        except YamlProblem as exc:
            self.problems.append(Problem(display_path(path), exc.pos.line, exc.pos.col, exc.message,
                                         exc.wording))
            return None
        self.hash.update(rel.encode() + b"\0" + raw + b"\0")
        if data is None and empty is not None:  # 0 bytes or only comments: never skipped in silence
            self.problems.append(Problem.of(display_path(path), 1, 1, Message(empty)))
        return data

    def _reader(self, path: Path, languages: tuple[str, ...]) -> FieldReader:
        return FieldReader(display_path(path), languages, self.problems, self.source, self.tally)

    def read(self) -> Deck | None:
        files = deck_files(self.root) if self.files is None else self.files
        manifest_path = files[0]
        data = self._load(manifest_path, empty=None)  # said below: "must be a mapping, got nothing"
        if data is None and self.problems:
            return None
        probe = self._reader(manifest_path, (REQUIRED_LANGUAGE,))
        m = probe.mapping(data, Position(1, 1), "deck.yaml")
        if m is None:
            return None
        languages = self._languages(probe, m)
        r = self._reader(manifest_path, languages)
        r.keys(m, DECK_KEYS, tuple(k for k in DECK_KEYS if k != "themes"), "deck.yaml")  # themes: below
        themes = self._themes(r, m)
        version = r.string(m, "version")
        deck_id = r.identifier(m)
        title = r.text(m, "title")
        cards: list[Card] = []
        scenarios: list[Scenario] = []
        phases: tuple[Phase, ...] | None = None
        agenda_found: Path | None = None
        for path in files[1:]:
            if path.parent.name == "cards":
                cards.extend(self._cards(path, languages, themes))
            elif is_agenda(path):
                if agenda_found is not None:  # agenda.yaml and agenda.yml: which one would the workshop follow?
                    self.problems.append(Problem.of(display_path(path), 1, 1, Message(
                        "deck.two_agendas", first=agenda_found.relative_to(self.root).as_posix(),
                        second=path.relative_to(self.root).as_posix())))
                    continue
                agenda_found = path
                phases = self._agenda(path, languages)
            else:
                scenario = self._scenario(path, languages)
                if scenario:
                    scenarios.append(scenario)
        self._unique_ids(cards, Message("id_of.cards"))
        self._unique_ids(scenarios, Message("id_of.scenarios"))
        self.problems += self.tally.problems(display_path(manifest_path), m.where("languages"))
        phase_at = self.phase_at if agenda_found is not None else None
        self.problems += runnable_problems(self.root, cards, scenarios, phase_at, clean=not self.problems)
        return Deck(id=deck_id, version=version, languages=languages, title=title,
                    themes=tuple(themes), cards=tuple(cards), scenarios=tuple(scenarios),
                    agenda=Agenda(phases) if phases else None, root=self.root,
                    content_hash=self.hash.hexdigest(),
                    skipped=tuple(display_path(p) for p in skipped_files(self.root)
                                  if self.texts is None or p.relative_to(self.root).as_posix() not in self.texts))

    def _languages(self, r: FieldReader, m: LocatedMap) -> tuple[str, ...]:
        value = m.get("languages")
        codes = [as_written(value, i) for i in range(len(value))] if isinstance(value, LocatedList) else None
        if codes is None or not all(isinstance(v, str) for v in codes):  # "no" (Norwegian) is not False
            r.error(m.where("languages"), Message("languages.not_list", key=LANGUAGES_KEY))
            return (REQUIRED_LANGUAGE,)
        langs = tuple(dict.fromkeys(v.strip().lower() for v in codes))
        bad = [lang for lang in langs if not LANGUAGE_RE.match(lang)]
        if bad:
            r.error(m.where("languages"), Message("languages.bad_code", code=Quoted(bad[0])))
            langs = tuple(lang for lang in langs if LANGUAGE_RE.match(lang))
        if len(langs) > MAX_LANGUAGES:
            r.error(m.where("languages"), Message("languages.too_many", key=LANGUAGES_KEY, count=len(langs),
                                                  limit=MAX_LANGUAGES))
            langs = langs[:MAX_LANGUAGES]
        if REQUIRED_LANGUAGE not in langs:
            r.error(m.where("languages"), Message("languages.no_french", key=LANGUAGES_KEY))
            langs = (REQUIRED_LANGUAGE, *langs)
        return langs

    def _themes(self, r: FieldReader, m: LocatedMap) -> list[Theme]:
        value = m.get("themes")
        if not isinstance(value, LocatedList) or not value:
            # Said once, with an example; the cards then get no "unknown theme" each (see _cards).
            r.error(m.where("themes") if "themes" in m else m.pos, Message("themes.not_list", key=Quoted("themes")))
            return []
        themes: list[Theme] = []
        missing: dict[str, list[Position]] = {}  # icon files that are not there: said once each, below
        for i, item in enumerate(value):
            if r.full:
                break
            pos = value.item_pos[i]
            tm = r.mapping(item, pos, A_THEME)
            written = as_written(tm, "id") if tm is not None and "id" in tm else None
            if isinstance(written, str):
                # Known even if broken: its cards then get no "unknown theme" each, only the theme's own problem.
                self.declared_themes.add(written)
            theme = read_theme(r, tm) if tm is not None else None
            if theme is None:
                self.refused_themes[written.strip() if isinstance(written, str) else ""] = pos.line
                continue
            if any(t.id == theme.id for t in themes):
                r.error(pos, Message("theme.id_twice", id=Quoted(theme.id)))
                self.refused_themes[theme.id] = pos.line
            if theme.icon:  # optional: a neutral mark is drawn without one
                raw = check_icon(self.root, r, tm.where("icon"), theme, missing)
                if raw is not None:
                    self.hash.update(theme.icon.encode() + b"\0" + raw + b"\0")
            themes.append(theme)
        say_missing_icons(self.root, r, missing)
        return themes

    def _cards(self, path: Path, languages: tuple[str, ...], themes: list[Theme]) -> list[Card]:
        data = self._load(path, "file.empty_cards")
        if data is None:
            return []
        r = self._reader(path, languages)
        m = r.mapping(data, Position(1, 1), A_CARD_FILE)
        if m is None:
            return []
        r.keys(m, ("theme", "cards"), ("cards",), A_CARD_FILE)
        theme_ids = [t.id for t in themes]
        known = self.declared_themes | set(theme_ids)
        if not known:  # deck.yaml has no themes at all: that one problem is already said, once
            listed = m.get("cards") if isinstance(m.get("cards"), list) else []
            known = {t for t in [m.get("theme")] + [c.get("theme") for c in listed if isinstance(c, dict)]
                     if isinstance(t, str)}
        reported: set[str] = set()  # one "unknown theme" per theme and file, not one per card
        default = as_written(m, "theme") if "theme" in m else None  # "theme: 2024" names the theme '2024'
        if default is not None and not isinstance(default, str):  # a list, a mapping: said once
            r.error(m.where("theme"), Message("card.theme_not_id", key=Quoted("theme"), got=Quoted(default)))
            default = None  # its cards without a theme are not also told they need one (say_missing_themes)
        elif default is not None and default not in known:
            r.error(m.where("theme"), self._unknown_theme(default, theme_ids))
            reported.add(default)  # kept: its cards are not also told they need a theme
        items = m.get("cards")
        if not isinstance(items, LocatedList):
            if "cards" in m:
                r.error(m.where("cards"), Message("cards.not_list", key=Quoted("cards")))
            return []
        if not items:
            r.error(m.where("cards"), Message("cards.empty_list", key=Quoted("cards")))
        cards: list[Card] = []
        said = say_missing_themes(r, m, items, theme_ids) if default is None else set()
        for i, item in enumerate(items):
            if r.full:
                break
            cm = r.mapping(item, items.item_pos[i], A_CARD)
            if cm is None:
                continue
            theme = as_written(cm, "theme") if "theme" in cm else None
            if isinstance(theme, str) and theme not in known:  # not a string: read_card says so
                if theme not in reported:
                    r.error(cm.where("theme"), self._unknown_theme(theme, theme_ids))
                    reported.add(theme)
                continue
            card = read_card(r, cm, default, theme_said=i in said)
            if card is not None:
                cards.append(card)
        return cards

    def _unknown_theme(self, theme: object, theme_ids: list[str]) -> Message:
        refused = did_you_mean(theme, list(self.refused_themes), plain=True)
        if refused is not None:  # the card names a theme deck.yaml has, but refused: that is the cause
            return Message("theme.unknown_refused", theme=Quoted(theme), line=self.refused_themes[refused])
        if not theme_ids:
            return Message("theme.unknown_no_themes", theme=Quoted(theme))
        hint = did_you_mean(theme, theme_ids)  # it names an odd character itself
        return Message("theme.unknown", theme=Quoted(theme), hint=hint, themes=", ".join(dict.fromkeys(theme_ids)),
                       odd=None if hint else odd_character(theme))

    def _scenario(self, path: Path, languages: tuple[str, ...]) -> Scenario | None:
        data = self._load(path)
        if data is None:
            return None
        r = self._reader(path, languages)
        m = r.mapping(data, Position(1, 1), A_SCENARIO_FILE)
        if m is None:
            return None
        r.keys(m, ("scenario",), ("scenario",), A_SCENARIO_FILE)
        sm = r.mapping(m.get("scenario"), m.where("scenario"), Quoted("scenario")) if "scenario" in m else None
        return read_scenario(r, sm) if sm is not None else None

    def _agenda(self, path: Path, languages: tuple[str, ...]) -> tuple[Phase, ...] | None:
        data = self._load(path)
        if data is None:
            return None
        r = self._reader(path, languages)
        m = r.mapping(data, Position(1, 1), "agenda.yaml")
        if m is None:
            return None
        r.keys(m, ("agenda",), ("agenda",), "agenda.yaml")
        am = r.mapping(m.get("agenda"), m.where("agenda"), Quoted("agenda")) if "agenda" in m else None
        if am is None:
            return None
        r.keys(am, ("phases",), ("phases",), THE_AGENDA)
        items = am.get("phases")
        if not isinstance(items, LocatedList) or not items:
            r.error(am.where("phases"), Message("phases.not_list", key=Quoted("phases")))
            return None
        phases: list[Phase] = []
        for i, item in enumerate(items):
            if r.full:
                break
            pm = r.mapping(item, items.item_pos[i], A_PHASE)
            phase = read_phase(r, pm) if pm is not None else None
            if phase is not None:
                if any(p.id == phase.id for p in phases):
                    r.error(items.item_pos[i], Message("phase.id_twice", id=Quoted(phase.id)))
                phases.append(phase)
                self.phase_at.append((phase, r.file, items.item_pos[i]))
        return tuple(phases)

    def _in_deck(self, file: str) -> str:
        """``file`` as the deck names its files in its problems' words: its path in the deck folder."""
        try:
            return Path(file).resolve().relative_to(Path(self.root).resolve()).as_posix() if file else file
        except (ValueError, OSError):
            return file

    def _unique_ids(self, items: list, what: Message) -> None:
        """Two cards (or scenarios) with one id: said once, at the second in file order, naming both
        places (the copy a teacher made is as likely to be the first as the second)."""
        first: dict[str, object] = {}
        for item in items:
            if item.id not in first:
                first[item.id] = item
                continue
            file = item.source_file or "deck"
            line, col = item.source_line or 1, item.source_col or 1
            self.problems.append(Problem.of(file, line, col, Message(
                "deck.duplicate_id", what=what, id=Quoted(item.id),
                first=self._place(first[item.id]), second=self._place(item))))

    def _place(self, item) -> Message:
        """``cards/school.yaml:12:5``: where an item is, its file named as in the deck folder."""
        where = self._in_deck(item.source_file) or "deck"
        return Message("deck.place", where=f"{where}:{item.source_line or 1}:{item.source_col or 1}")


__all__ = ["bundled_deck_path", "deck_files", "find_deck_root", "load_deck", "read_deck_texts", "ID_RE"]
