"""The deck folder: where it is, which of its files are read, and its theme icons.

Which files are read: every YAML file of cards/ and scenarios/, by its suffix.

``.yaml`` and ``.yml`` in any case are read (``cards/Bias.YML`` too); every other file of those two
folders is named by ``skipped_files`` so that `validate` can say it was not read, rather than
count fewer cards without a word.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from .fields import FieldReader
from .icons import IconError, read_icon, read_icon_file
from .located import Position
from .messages import Message, Quoted
from .models import Theme
from .problems import DeckError, Problem, display_path

MANIFEST = Path("cards") / "deck.yaml"
YAML_SUFFIXES = (".yaml", ".yml")
AGENDA_STEM = "agenda"


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:  # absent, not a folder, unreadable: the files it would hold are not there
        return []


def is_yaml(path: Path) -> bool:
    """True for a deck file name: ends in .yaml or .yml, in any case, and is not hidden."""
    return path.suffix.lower() in YAML_SUFFIXES and not path.name.startswith(".")


def is_agenda(path: Path) -> bool:
    """True for scenarios/agenda.yaml (or .yml)."""
    return path.parent.name == "scenarios" and path.stem.lower() == AGENDA_STEM


def deck_files(root: Path) -> list[Path]:
    """Every YAML file that makes up the deck at ``root`` (manifest first, then cards, then scenarios)."""
    manifest = root / MANIFEST
    cards = [p for p in _entries(root / "cards") if is_yaml(p) and p.name != manifest.name]
    scenarios = [p for p in _entries(root / "scenarios") if is_yaml(p)]
    return [manifest, *cards, *scenarios]


def skipped_files(root: Path) -> list[Path]:
    """The files of cards/ and scenarios/ that are not read (a README, a .bak, a hidden ._x.yaml)."""
    read = set(deck_files(root))
    return [p for folder in ("cards", "scenarios") for p in _entries(root / folder) if p not in read]


def leaves_deck(root: Path, path: Path) -> bool:
    """True when ``path`` (a deck file, an icon) resolves outside the deck folder ``root``.

    The one rule for every file the deck names or holds, checked before any byte of it is read:
    a link to a file elsewhere (``cards/x.yaml`` -> a system file) is refused, so nothing outside
    the folder is read, hashed or quoted in a message. A link that stays inside the folder is
    followed. A path that cannot be resolved (a loop of links) is left to the reading, which says why.
    """
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def bundled_deck_path() -> Path:
    """The default deck shipped with the app (inside the wheel, or the source checkout)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_bundled"
    if (packaged / MANIFEST).is_file():
        return packaged
    return here.parent.parent  # src/bataille -> repository root


def find_deck_root(path: Path) -> Path:
    """The deck folder for a path given by the user: the folder, its cards/ or its deck.yaml."""
    path = Path(path)
    candidates = [path]
    if path.name == "deck.yaml":
        candidates.append(path.parent.parent)
    if path.name == "cards":
        candidates.append(path.parent)
    for candidate in candidates:
        if (candidate / MANIFEST).is_file():
            return candidate.resolve()
    raise DeckError([Problem.of(display_path(path), 1, 1, Message("deck.not_here"))])


def check_icon(root: Path, r: FieldReader, pos: Position, theme: Theme,
               missing: dict[str, list[Position]]) -> bytes | None:
    """The bytes of the theme's icon when it stays in the folder and the one reader of icons draws it;
    otherwise a problem at ``pos`` (the theme's ``icon:`` line) and None. A file that does not exist
    goes in ``missing`` (its path -> where it is named), said by ``say_missing_icons``."""
    relative = theme.icon
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ":" in relative or ".." in pure.parts:
        r.error(pos, Message("asset.leaves_folder", path=Quoted(relative)))
        return None
    try:
        full = root / pure
        if leaves_deck(root, full):
            r.error(pos, Message("asset.through_link", path=Quoted(relative)))
            return None
        full = full.resolve()
        if not full.exists():
            missing.setdefault(relative, []).append(pos)
            return None
    except (OSError, RuntimeError, ValueError) as exc:  # name too long, link loop, unreadable
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else Message("reason.unreadable_path")
        r.error(pos, Message("asset.unreadable", path=Quoted(relative), reason=reason))
        return None
    try:
        raw = read_icon_file(full)  # size-capped, regular files only: checked before reading
        read_icon(raw)
    except IconError as exc:
        r.error(pos, Message("icon.problem", path=Quoted(relative), theme=Quoted(theme.id), detail=exc.wording))
        return None
    return raw


def say_missing_icons(root: Path, r: FieldReader, missing: dict[str, list[Position]]) -> None:
    """Icons that are not there: one problem for a folder not copied with the cards (assets/), else one
    per file, with how many themes name it, at the first place it is named."""
    folders: dict[str, list[str]] = {}
    for relative in missing:
        parts = PurePosixPath(relative).parts
        gone = len(parts) > 1 and not (root / parts[0]).exists()
        folders.setdefault(parts[0] if gone else "", []).append(relative)
    for folder, paths in folders.items():
        if folder:
            places = [pos for path in paths for pos in missing[path]]
            r.error(min(places), Message("asset.folder_missing", folder=Quoted(f"{folder}/"), first=Quoted(paths[0]),
                                         count=Message("count.theme" if len(places) == 1 else "count.themes",
                                                       n=len(places))))
            continue
        for path in paths:
            used = Message("asset.named_by", n=len(missing[path])) if len(missing[path]) > 1 else ""
            r.error(missing[path][0], Message("asset.missing", path=Quoted(path), used=used))
