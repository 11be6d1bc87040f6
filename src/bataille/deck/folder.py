"""Which files of a deck folder are read: every YAML file of cards/ and scenarios/, by its suffix.

``.yaml`` and ``.yml`` in any case are read (``cards/Bias.YML`` too); every other file of those two
folders is named by ``skipped_files`` so that `validate` can say it was not read, rather than
count fewer cards without a word.
"""

from __future__ import annotations

from pathlib import Path

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
