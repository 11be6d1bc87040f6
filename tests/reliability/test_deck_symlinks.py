"""Deck files that are links (issue 17, class 13): nothing outside the deck folder is read or quoted.

One rule (``deck/folder.leaves_deck``) for every file of a deck, card and scenario files, the
manifest, the agenda and theme icons: a path that resolves outside the deck folder is refused
before any byte of it is read, with one line that never quotes it. A link that stays inside the
folder is followed. Real links, a real copy of the bundled deck, the real ``bataille validate``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import DeckError, bundled_deck_path, load_deck

from .crafted import ROOT
from .figures import count

# What a line of /etc/shadow looks like (a made-up one): it must never reach a message.
SECRET = "root:$6$Zq1secretsalt$VeryPrivateHashThatMustNeverBeShown0123456789:19700:0:99999:7:::"


@pytest.fixture
def deck(tmp_path) -> Path:
    source = bundled_deck_path()
    root = tmp_path / "deck"
    for part in ("cards", "scenarios", "assets"):
        shutil.copytree(source / part, root / part)
    return root


@pytest.fixture
def secret(tmp_path) -> Path:
    outside = tmp_path / "elsewhere" / "shadow"
    outside.parent.mkdir()
    outside.write_text("\n".join([SECRET, "daemon:*:19700:0:99999:7:::", "theme: bias", "cards: []"]) + "\n")
    return outside


def validate(root: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "en_GB.UTF-8", "LANG": "en_GB.UTF-8"}
    return subprocess.run([sys.executable, "-m", "bataille", "validate", "--lang", lang, str(root)],
                          capture_output=True, text=True, timeout=60, env=env)


def _never_quoted(run: subprocess.CompletedProcess[str]) -> None:
    said = run.stdout + run.stderr
    for piece in ("Zq1secret", "VeryPrivateHash", "daemon", "19700"):
        assert piece not in said, said
    assert "Traceback" not in said


@pytest.mark.parametrize("where", ["cards/zz-shadow.yaml", "cards/Shadow.YML", "scenarios/zz-shadow.yaml"])
def test_a_deck_file_linked_outside_is_refused_unread(deck, secret, where):
    link = deck / where
    link.symlink_to(secret)
    run = validate(deck)
    assert run.returncode == 1
    _never_quoted(run)
    lines = [line for line in run.stderr.splitlines() if where in line]
    assert len(lines) == 1, run.stderr
    assert lines[0].endswith(f"{where}:1:1: this file is a link that leads outside the deck folder: it was not "
                             "read; copy the file itself into the deck folder")
    french = validate(deck, "fr")
    _never_quoted(french)
    assert "ce fichier est un lien qui mène hors du dossier du jeu" in french.stderr
    count("deck files linked outside, refused unread", 1)


def test_the_real_shadow_file_is_never_read(deck):
    shadow = Path("/etc/shadow")
    if not shadow.exists():
        pytest.skip("no /etc/shadow on this system")
    (deck / "cards" / "zz-shadow.yaml").symlink_to(shadow)
    (deck / "cards" / "zz-passwd.yaml").symlink_to("/etc/passwd")
    run = validate(deck)
    assert run.returncode == 1
    assert "root:" not in run.stdout + run.stderr and "/bin/" not in run.stdout + run.stderr
    assert run.stderr.count("leads outside the deck folder") == 2, run.stderr


def test_the_manifest_and_the_agenda_linked_outside(deck, secret, tmp_path):
    # The manifest: a copy of the real one outside, so that only the link is wrong.
    outside_manifest = tmp_path / "elsewhere" / "deck.yaml"
    shutil.move(deck / "cards" / "deck.yaml", outside_manifest)
    (deck / "cards" / "deck.yaml").symlink_to(outside_manifest)
    with pytest.raises(DeckError) as caught:
        load_deck(deck)
    assert [p.message for p in caught.value.problems] == [
        "this file is a link that leads outside the deck folder: it was not read; copy the file itself into "
        "the deck folder"]
    shutil.move(outside_manifest, tmp_path / "elsewhere" / "kept.yaml")
    (deck / "cards" / "deck.yaml").unlink()
    shutil.copy(tmp_path / "elsewhere" / "kept.yaml", deck / "cards" / "deck.yaml")
    agenda = next(p for p in (deck / "scenarios").iterdir() if p.stem == "agenda")
    agenda.unlink()
    agenda.symlink_to(secret)
    run = validate(deck)
    assert run.returncode == 1
    _never_quoted(run)
    assert "agenda.yaml:1:1: this file is a link that leads outside the deck folder" in run.stderr


def test_a_cards_folder_linked_outside_is_not_read(deck, secret, tmp_path):
    shared = tmp_path / "shared-cards"
    shared.mkdir()
    shutil.copy(secret, shared / "bias.yaml")
    for extra in (deck / "cards").iterdir():
        if extra.name != "deck.yaml":
            shutil.move(extra, shared / extra.name) if extra.name != "bias.yaml" else extra.unlink()
    manifest = deck / "cards" / "deck.yaml"
    shutil.move(manifest, tmp_path / "deck.yaml")
    (deck / "cards").rmdir()
    (deck / "cards").mkdir()
    shutil.move(tmp_path / "deck.yaml", manifest)
    for card_file in shared.iterdir():
        (deck / "cards" / card_file.name).symlink_to(card_file)
    run = validate(deck)
    assert run.returncode == 1
    _never_quoted(run)
    refused = run.stderr.count("leads outside the deck folder")
    assert refused == len(list(shared.iterdir())), run.stderr


def test_links_that_stay_inside_the_deck_are_followed(deck):
    """A card file linked to another place in the same deck folder is read as usual."""
    (deck / "library").mkdir()
    card_file = next(p for p in (deck / "cards").iterdir() if p.name != "deck.yaml")
    shutil.move(card_file, deck / "library" / card_file.name)
    card_file.symlink_to(Path("..") / "library" / card_file.name)
    icon = _an_icon(deck)
    moved = deck / "library" / icon.name
    shutil.move(icon, moved)
    icon.symlink_to(moved)
    loaded = load_deck(deck)
    assert len(loaded.cards) == len(load_deck(bundled_deck_path()).cards)


def _an_icon(deck: Path) -> Path:
    """The icon file of the deck's first theme that has one."""
    return deck / next(t.icon for t in load_deck(deck).themes if t.icon)


def test_an_icon_linked_outside_is_refused_by_the_same_rule(deck, secret, tmp_path):
    icon = _an_icon(deck)
    outside = tmp_path / "elsewhere" / "icon.svg"
    shutil.copy(icon, outside)
    icon.unlink()
    icon.symlink_to(outside)
    run = validate(deck)
    assert run.returncode == 1
    assert "leads outside the deck folder (through a link)" in run.stderr, run.stderr
    assert "<svg" not in run.stderr


def test_a_loop_of_links_as_a_card_file_is_said_and_does_not_hang(deck):
    (deck / "cards" / "loop-a.yaml").symlink_to("loop-b.yaml")
    (deck / "cards" / "loop-b.yaml").symlink_to("loop-a.yaml")
    run = validate(deck)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.count("loop-a.yaml") == 1 and run.stderr.count("loop-b.yaml") == 1, run.stderr
