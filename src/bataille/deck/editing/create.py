"""A new deck folder: a copy of a template deck (its files and theme icons), or a minimal deck.

The minimal deck leaves empty what only the teacher can write (the deck's title, its theme's name,
its cards: each is a problem that says what to write there), and gives its agenda's phases the
titles any workshop can keep, as the bundled deck's are."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

import yaml

from ..folder import MANIFEST, deck_files, find_deck_root, leaves_deck
from .cards import CardError
from .files import checked_path, read_disk, write_atomic
from .nodes import safe_load
from .own_id import own_id, with_id
from .words import Message

MINIMAL = {
    "cards/deck.yaml": """\
id: {deck_id}
version: 0.1.0
languages: [fr, en]
title:
  fr: ""
  en: ""
themes:
  - id: theme-1
    name:
      fr: ""
      en: ""
    colour: "#0B5CAD"
""",
    "cards/theme-1.yaml": "theme: theme-1\ncards: []\n",
    "scenarios/agenda.yaml": """\
agenda:
  phases:
    - id: welcome
      kind: intro
      minutes: 10
      title:
        fr: "Accueil et règles du jeu"
        en: "Welcome and rules"
    - id: debates
      kind: debate
      minutes: 30
      title:
        fr: "Débats"
        en: "Debates"
    - id: debrief
      kind: debrief
      minutes: 10
      title:
        fr: "Bilan"
        en: "Debrief"
""",
}


def _own_manifest(raw: bytes, folder: Path) -> bytes:
    """The template's manifest with an id of the new deck's own, from its folder's name (a deck made
    from another is a deck of its own: sessions find a deck's folder by its id, see own_id.py)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw  # the checker says why the manifest cannot be read
    try:
        manifest = safe_load(text)
    except yaml.YAMLError:
        manifest = None
    template_id = manifest.get("id") if isinstance(manifest, dict) else None
    return with_id(text, own_id(folder.name, (template_id,) if isinstance(template_id, str) else ())).encode("utf-8")


def write_new_deck(folder: Path, template: Path | None) -> Path:
    """Write a new deck at ``folder`` (which must not hold one) and return the folder."""
    if (folder / MANIFEST).exists():
        raise CardError(Message("edit.deck_exists", folder=folder.name))
    folder.mkdir(parents=True, exist_ok=True)
    folder = folder.resolve()
    if template is None:
        for rel, text in MINIMAL.items():
            write_atomic(checked_path(folder, rel), text.format(deck_id=own_id(folder.name)).encode())
        return folder
    source = find_deck_root(Path(template))
    for path in deck_files(source):
        if leaves_deck(source, path):  # a link out of the template: nothing outside it is copied
            continue
        rel = path.relative_to(source).as_posix()
        raw = read_disk(source, rel)
        if raw is not None:
            write_atomic(checked_path(folder, rel), _own_manifest(raw, folder) if rel == MANIFEST.as_posix() else raw)
    for icon in _icons(source):
        target = folder / icon
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / icon, target)
    return folder


def _icons(source: Path) -> list[PurePosixPath]:
    """The theme icons of the template that stay inside it (others are left for the checker to name)."""
    try:
        manifest = safe_load((source / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    themes = manifest.get("themes") if isinstance(manifest, dict) else None
    found = []
    for theme in themes if isinstance(themes, list) else []:
        icon = theme.get("icon") if isinstance(theme, dict) else None
        if not isinstance(icon, str):
            continue
        pure = PurePosixPath(icon.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts or ":" in icon:
            continue
        full = source / pure
        if full.is_file() and full.resolve().is_relative_to(source):
            found.append(pure)
    return found
