"""Safe by construction: checked over the whole tree and over the app's real flows.

- YAML is only ever read through a safe loader (every ``yaml.load*`` call in the tree);
- no shell: no ``shell=True``, ``os.system``, ``os.popen``, ``subprocess.getoutput``;
- no network: validate, print cards, the guide, the sources, an example session, a played
  session and its summary in four formats, the recent-sessions list — all with
  ``socket.socket`` / ``create_connection`` / ``getaddrinfo`` patched to fail;
- paths written in a deck cannot leave the deck folder;
- exported files are written whole or not at all (temporary file, fsync, rename).
"""

from __future__ import annotations

import ast
import errno
import os
import random
import socket
from pathlib import Path

import pytest

from bataille.cli import main as cli_main
from bataille.deck import DeckError, bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, recent_sessions
from bataille.workshop import ManualClock
from tests.deck.conftest import copy_bundled_deck

from .workshop_script import play, set_up

REPO = Path(__file__).resolve().parents[2]
SCANNED = ("src", "tests", "benchmarks", "packaging", "fuzz")
SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
UNSAFE_NAMES = {"Loader", "UnsafeLoader", "FullLoader", "CLoader", "CUnsafeLoader", "CFullLoader",
                "unsafe_load", "unsafe_load_all", "full_load", "full_load_all"}


def _python_files() -> list[Path]:
    files = []
    for top in SCANNED:
        if (REPO / top).is_dir():
            files += [p for p in (REPO / top).rglob("*.py") if ".venv" not in p.parts]
    assert len(files) > 50, "the scan found too few files: is REPO right?"
    return files


def _trees():
    for path in _python_files():
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(node: ast.AST) -> str:
    """Dotted name of an attribute chain (``yaml.load`` -> 'yaml.load')."""
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def _safe_alias(path: Path, tree: ast.Module, alias: str) -> bool:
    """``alias`` is set to a safe loader in ``path``, or in the project's module it is imported from."""
    text = path.read_text(encoding="utf-8")
    if f"{alias} = " in text:
        return "Safe" in text.split(f"{alias} = ", 1)[1].split("\n", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == alias and a.asname is None for a in node.names):
            folder = path.parent
            for _ in range(max(0, node.level - 1)):
                folder = folder.parent
            source = folder.joinpath(*(node.module or "").split(".")).with_suffix(".py")
            return source.is_file() and source != path and _safe_alias(
                source, ast.parse(source.read_text(encoding="utf-8")), alias)
    return False


def test_yaml_is_only_read_with_a_safe_loader() -> None:
    bad = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Attribute) and _name(node.value) == "yaml" and node.attr in UNSAFE_NAMES:
                bad.append(f"{where}: yaml.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                bad += [f"{where}: from yaml import {a.name}" for a in node.names
                        if a.name in UNSAFE_NAMES | {"load", "load_all"}]
            if isinstance(node, ast.Call) and _name(node.func) in ("yaml.load", "yaml.load_all"):
                loader = [k.value for k in node.keywords if k.arg == "Loader"] + node.args[1:2]
                names = {_name(v).rsplit(".", 1)[-1] for v in loader}
                # a module-level alias such as LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
                aliases = {n for n in names if n.isupper()}
                safe = names & SAFE_LOADERS or any(_safe_alias(path, tree, a) for a in aliases)
                if not safe:
                    bad.append(f"{where}: {_name(node.func)} without a safe Loader")
    assert not bad, "unsafe YAML loading:\n" + "\n".join(bad)


def test_no_shell_anywhere() -> None:
    bad = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            name = _name(node.func)
            if name in ("os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput",
                        "commands.getoutput", "pty.spawn"):
                bad.append(f"{where}: {name}")
            for k in node.keywords:
                if k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False):
                    bad.append(f"{where}: {name}(shell=…)")
    assert not bad, "shell calls:\n" + "\n".join(bad)


# -- no network --------------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Every way out of the machine fails loudly, and is recorded even if the caller swallows it."""
    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[:2]!r}")
            raise OSError(errno.ENETUNREACH, f"network access attempted in a test: {what}")
        return blocked

    class BlockedSocket(socket.socket):  # a class still, so that ssl can subclass it on import
        def __init__(self, *args, **kwargs) -> None:
            refuse("socket.socket")(*args)

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    return attempts


def test_the_app_flows_never_touch_the_network(no_network: list[str], tmp_path: Path, capsys) -> None:
    out = tmp_path
    assert cli_main(["validate", str(bundled_deck_path())]) == 0
    assert cli_main(["print", "-o", str(out / "cartes.pdf")]) == 0
    assert cli_main(["guide", "-o", str(out / "guide.pdf")]) == 0
    assert cli_main(["sources", "-o", str(out / "sources.md")]) == 0
    assert cli_main(["example-session", "-o", str(out / "exemple.bataille")]) == 0
    for suffix in ("pdf", "md", "json", "csv"):
        assert cli_main(["summary", str(out / "exemple.bataille"), "-o", str(out / f"bilan.{suffix}")]) == 0

    deck = load_deck(bundled_deck_path())  # a whole workshop, played and summarised
    clock = ManualClock()
    session = new_session(out / "atelier.bataille", deck, clock, agenda_minutes=60)
    set_up(session, teams=4)
    for _ in play(session, clock, random.Random(5), rounds_per_debate=2):
        pass
    close_session(session)
    assert cli_main(["summary", str(out / "atelier.bataille"), "-o", str(out / "atelier.pdf")]) == 0
    assert len(recent_sessions(out)) == 2
    capsys.readouterr()
    assert not no_network, "network access attempted:\n" + "\n".join(no_network)
    assert all((out / name).stat().st_size > 0 for name in ("cartes.pdf", "guide.pdf", "bilan.json", "atelier.pdf"))


# -- paths from decks ----------------------------------------------------------------------------


@pytest.mark.parametrize("icon", [
    "../outside.svg", "assets/../../outside.svg", "/etc/passwd", "C:/Windows/win.ini", "C:outside.svg",
    "\\\\server\\share\\x.svg", "..\\outside.svg", "assets/icons/link-out.svg", "assets/icons/loop.svg",
    "~/outside.svg",
])
def test_paths_in_a_deck_cannot_leave_its_folder(tmp_path: Path, icon: str) -> None:
    root = copy_bundled_deck(tmp_path / "deck")
    (tmp_path / "outside.svg").write_text("<svg/>")
    (root / "assets" / "icons" / "link-out.svg").symlink_to(tmp_path / "outside.svg")
    (root / "assets" / "icons" / "loop.svg").symlink_to(root / "assets" / "icons" / "loop.svg")
    manifest = root / "cards" / "deck.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "icon: assets/icons/bias.svg", f"icon: '{icon}'"), encoding="utf-8")
    with pytest.raises(DeckError) as info:
        load_deck(root)
    assert any("deck folder" in p.message or "cannot read" in p.message for p in info.value.problems), \
        info.value.lines()


@pytest.mark.parametrize("card_id", ["../../evil", "a/b", "a\\b", "con:", ".hidden", "x" * 65, "é"])
def test_ids_that_could_become_file_names_are_refused(tmp_path: Path, card_id: str) -> None:
    from tests.deck.conftest import CARDS_YAML, write_deck

    root = write_deck(tmp_path / "mini", **{"cards/environment.yaml": CARDS_YAML.replace(
        "id: env-water", f"id: '{card_id}'")})
    with pytest.raises(DeckError, match="an id uses letters"):
        load_deck(root)


# -- atomic exports ------------------------------------------------------------------------------


class FileSpy:
    """Records renames and fsyncs, to check each export is temp file -> fsync -> rename."""

    def __init__(self, monkeypatch) -> None:
        self.renames: list[tuple[str, str]] = []
        self.synced: list[str] = []
        real_replace, real_fsync = os.replace, os.fsync

        def replace(src, dst, *args, **kwargs):
            self.renames.append((str(src), str(dst)))
            return real_replace(src, dst, *args, **kwargs)

        def fsync(fd):
            try:
                self.synced.append(os.readlink(f"/proc/self/fd/{fd}"))
            except OSError:
                self.synced.append(f"fd {fd}")
            return real_fsync(fd)

        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "fsync", fsync)


EXPORTS = {
    "cards.pdf": ["print", "-o", "{out}"],
    "guide.pdf": ["guide", "-o", "{out}"],
    "sources.md": ["sources", "-o", "{out}"],
    "bilan.pdf": ["summary", "{session}", "-o", "{out}"],
    "bilan.md": ["summary", "{session}", "-o", "{out}"],
    "bilan.json": ["summary", "{session}", "-o", "{out}"],
    "bilan.csv": ["summary", "{session}", "-o", "{out}"],
}


@pytest.fixture(scope="module")
def example_session(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("example") / "exemple.bataille"
    assert cli_main(["example-session", "-o", str(path)]) == 0
    return path


@pytest.mark.parametrize("name", list(EXPORTS))
def test_exports_are_written_atomically(tmp_path: Path, monkeypatch, capsys, example_session: Path,
                                        name: str) -> None:
    out = tmp_path / name
    spy = FileSpy(monkeypatch)
    argv = [a.format(out=out, session=example_session) for a in EXPORTS[name]]
    assert cli_main(argv) == 0
    capsys.readouterr()
    final = out  # written under the name asked, whatever the format
    into = [(src, dst) for src, dst in spy.renames if Path(dst) == final]
    assert into, f"{final.name} was not renamed into place"
    for src, dst in spy.renames:  # the Markdown's figures too
        assert Path(src).parent == Path(dst).parent and Path(src).name != Path(dst).name
        assert src in spy.synced, f"{Path(dst).name} was not fsynced before the rename"
    assert final.stat().st_size > 0
    assert not [p for p in tmp_path.rglob("*.tmp")], "a temporary file was left behind"


@pytest.mark.parametrize("name", ["cards.pdf", "bilan.json"])
def test_a_failed_export_keeps_the_previous_file(tmp_path: Path, monkeypatch, capsys, example_session: Path,
                                                 name: str) -> None:
    out = tmp_path / name
    out.write_bytes(b"the previous export")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    argv = [a.format(out=out, session=example_session) for a in EXPORTS[name]]
    assert cli_main(argv) != 0
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err, err
    assert out.read_bytes() == b"the previous export"
    assert not [p for p in tmp_path.rglob("*.tmp")], "a temporary file was left behind"
