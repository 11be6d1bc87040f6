"""A ready-made copy of the deck, so that the app does not parse the same YAML at every start.

``load_deck`` reads, parses and checks every file (~25 ms for the bundled deck); reading the
copy back takes ~2 ms. There is one copy per deck folder in the cache folder, and it is used
only when the deck's files, the theme icons the reader checked, and the deck reader's own code
are byte for byte those it was made from (all hashed at each start, <1 ms). Anything else (no
source code to hash, an unreadable, stale or damaged copy) falls back to ``load_deck``; a deck
with problems is never cached, so its problems are always read fresh from the files.

The copy is a pickle: only this app writes and reads it, in the user's own cache folder, where
whoever could change it could as well change the app itself.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from bataille import __version__
from bataille.deck import Deck, DeckError, deck_files, find_deck_root, load_deck

FORMAT = b"bataille deck cache 1"


def load_deck_cached(path: Path | str, folder: Path | None = None) -> Deck:
    """``load_deck(path)``, from the copy in ``folder`` (default: the app's cache folder) when
    it is current; the copy is (re)written after a fresh load. Raises what load_deck raises."""
    try:
        root = find_deck_root(Path(path))
        key = _key(root)
        if key is None:
            return load_deck(path)
        if folder is None:
            from bataille.ui.paths import cache_dir

            folder = cache_dir()
        copy = folder / f"deck-{hashlib.sha256(os.fsencode(root)).hexdigest()[:16]}.pickle"
    except (DeckError, OSError):
        return load_deck(path)  # reports the problem as it would without a cache
    deck = _read(copy, key, root)
    if deck is None:
        deck = load_deck(path)
        _write(copy, key, deck)
    return deck


def _code_digest() -> bytes | None:
    """The deck reader's source (a new reader may read the same files differently)."""
    package = Path(sys.modules[Deck.__module__].__file__).parent
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".json") and p.is_file())
    if not any(p.suffix == ".py" for p in files):
        return None  # bytecode only (a frozen build): nothing to tell one reader from another
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.digest()


def _key(root: Path) -> bytes | None:
    code = _code_digest()
    if code is None:
        return None
    digest = hashlib.sha256(FORMAT + b"\0" + __version__.encode() + b"\0" + sys.version.encode() + b"\0" + code)
    digest.update(os.fsencode(root) + b"\0")
    for file in deck_files(root):
        data = file.read_bytes() if file.is_file() else b"\0missing"
        digest.update(os.fsencode(file.relative_to(root)) + b"\0" + data + b"\0")
    return digest.digest()


def _icons(deck: Deck) -> list[tuple[str, bytes]]:
    # The reader checks that each theme icon exists (and hashes it): a copy is stale without it.
    return [(theme.icon, hashlib.sha256(deck.asset_path(theme.icon).read_bytes()).digest()) for theme in deck.themes]


def _read(copy: Path, key: bytes, root: Path) -> Deck | None:
    try:
        with copy.open("rb") as handle:
            stored_key, icons, deck = pickle.load(handle)
        if stored_key != key or not isinstance(deck, Deck) or deck.root != root:
            return None
        for relative, digest in icons:
            if hashlib.sha256((root / relative).read_bytes()).digest() != digest:
                return None
        return deck
    except Exception:  # noqa: BLE001 - missing, damaged or from another version: read the files
        return None


def _write(copy: Path, key: bytes, deck: Deck) -> None:
    try:
        data = pickle.dumps((key, _icons(deck), deck), protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(prefix=copy.name, suffix=".tmp", dir=copy.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, copy)  # whole or not at all, even with two apps at once
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
        return
