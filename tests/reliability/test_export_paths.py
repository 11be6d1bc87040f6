"""Where an export lands (issue 17, class 13): links, permissions, long names, through every writer.

Every export goes through ``export/atomic.write_atomically``. A path that is a link is written
through (the file it leads to is replaced, the link kept); a loop of links is refused in words;
a file's permissions are kept (a ``0600`` file stays private); a name of 255 bytes (the system's
limit) can be written, its temporary name being short. Tested on real links and files, with the
real commands in subprocesses: ``summary`` (every format), ``print``, ``guide``, ``kit``, ``sources``.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.atomic import write_atomically
from bataille.export.errors import ExportError

from .crafted import ROOT, full_session
from .figures import count


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export-paths") / "atelier.bataille"
    full_session(path, load_deck(bundled_deck_path()))
    return path


def bataille(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": "en_GB.UTF-8", "LANG": "en_GB.UTF-8"}
    return subprocess.run([sys.executable, "-m", "bataille", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=str(cwd))


def _exports(session: Path) -> dict[str, tuple[str, ...]]:
    """Each writer: the command line before ``-o FILE`` (its file's suffix is the key's)."""
    return {
        "summary.pdf": ("summary", str(session)),
        "summary.md": ("summary", str(session)),
        "summary.csv": ("summary", str(session)),
        "summary.json": ("summary", str(session)),
        "summary.zip": ("summary", str(session)),
        "cards.pdf": ("print",),
        "guide.pdf": ("guide",),
        "kit.pdf": ("kit", "--session", str(session)),
        "sources.md": ("sources",),
    }


def _no_leftovers(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]


def test_every_writer_writes_through_a_link_and_keeps_a_private_file_private(session, tmp_path):
    """A link to a 0600 file, for each writer: the link stays, the file it leads to is new and still 0600."""
    writers = _exports(session)
    for name, command in writers.items():
        shared = tmp_path / "shared" / name.replace(".", "-")
        shared.mkdir(parents=True)
        real = shared / f"real-{name}"
        real.write_bytes(b"old")
        real.chmod(0o600)
        desk = tmp_path / "desk" / name.replace(".", "-")
        desk.mkdir(parents=True)
        link = desk / name
        link.symlink_to(real)
        run = bataille(*command, "-o", str(link), cwd=desk)
        assert run.returncode == 0, (name, run.stderr)
        assert link.is_symlink() and os.readlink(link) == str(real), name
        assert real.read_bytes() != b"old" and real.stat().st_size > 100, name
        assert stat.S_IMODE(real.stat().st_mode) == 0o600, name
        _no_leftovers(desk)
        _no_leftovers(shared)
    count("exports written through a link to a 0600 file", len(writers))


def test_a_255_byte_name_is_written_and_keeps_its_mode(session, tmp_path):
    """The writer all exports share, through three commands (the Markdown summary's charts folder too)."""
    writers = {k: v for k, v in _exports(session).items() if k in ("summary.md", "summary.pdf", "guide.pdf")}
    for name, command in writers.items():
        folder = tmp_path / name.replace(".", "-")
        folder.mkdir()
        suffix = "." + name.split(".")[1]
        long_name = folder / ("é" * ((255 - len(suffix)) // 2) + "x" * ((255 - len(suffix)) % 2) + suffix)
        assert len(long_name.name.encode()) == 255
        run = bataille(*command, "-o", str(long_name), cwd=folder)
        assert run.returncode == 0, (name, run.stderr)
        assert long_name.stat().st_size > 100
        long_name.chmod(0o640)
        run = bataille(*command, "-o", str(long_name), cwd=folder)
        assert run.returncode == 0, (name, run.stderr)
        assert stat.S_IMODE(long_name.stat().st_mode) == 0o640, name
        _no_leftovers(folder)
    # The Markdown summary's charts go in a folder whose name is cut to fit too.
    figures = [p for p in (tmp_path / "summary-md").iterdir() if p.is_dir()]
    assert len(figures) == 1 and figures[0].name.endswith("-figures") and len(figures[0].name.encode()) <= 255
    assert list(figures[0].iterdir())
    count("exports to a 255-byte file name", len(writers))


def test_a_loop_of_links_is_refused_in_words(session, tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.symlink_to(b)
    b.symlink_to(a)
    for command in (("summary", str(session)), ("guide",)):
        run = bataille(*command, "-o", str(a), cwd=tmp_path)
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr
        assert "a loop of links" in run.stderr, run.stderr
    assert a.is_symlink() and b.is_symlink()
    _no_leftovers(tmp_path)


def test_links_in_every_shape(tmp_path):
    """The writer itself: chains of links, a link to nowhere, to a folder, relative links, a new file."""
    data = b"%PDF-1.4 new"
    # a chain of two links, relative
    (tmp_path / "store").mkdir()
    final = tmp_path / "store" / "final.pdf"
    final.write_bytes(b"old")
    (tmp_path / "middle.pdf").symlink_to("store/final.pdf")
    (tmp_path / "front.pdf").symlink_to("middle.pdf")
    write_atomically(tmp_path / "front.pdf", data)
    assert final.read_bytes() == data
    assert os.readlink(tmp_path / "front.pdf") == "middle.pdf"
    # a link to a file not yet there: the file is made where the link points
    (tmp_path / "later.pdf").symlink_to(tmp_path / "store" / "later-target.pdf")
    write_atomically(tmp_path / "later.pdf", data)
    assert (tmp_path / "store" / "later-target.pdf").read_bytes() == data
    assert (tmp_path / "later.pdf").is_symlink()
    # a link to a folder that does not exist: said, nothing made
    (tmp_path / "nowhere.pdf").symlink_to(tmp_path / "gone" / "x.pdf")
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / "nowhere.pdf", data)
    assert "does not exist" in str(caught.value)
    assert "n’existe pas" in caught.value.message_in("fr")
    # a link to a folder: refused by the system, said in words, the folder untouched
    (tmp_path / "folder.pdf").symlink_to(tmp_path / "store")
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / "folder.pdf", data)
    assert "cannot write" in str(caught.value)
    assert final.read_bytes() == data
    # a loop, in French
    (tmp_path / "self.pdf").symlink_to("self.pdf")
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / "self.pdf", data)
    assert "boucle de liens" in caught.value.message_in("fr")
    # a new file: 0644; an existing 0600 one stays 0600, an executable one keeps its bits
    write_atomically(tmp_path / "new.pdf", data)
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o644
    for mode in (0o600, 0o400, 0o755):
        path = tmp_path / f"mode-{mode:o}.pdf"
        path.write_bytes(b"old")
        path.chmod(mode)
        write_atomically(path, data)
        assert stat.S_IMODE(path.stat().st_mode) == mode and path.read_bytes() == data
    for folder in (tmp_path, tmp_path / "store"):
        _no_leftovers(folder)


def test_a_name_longer_than_the_system_allows_is_said(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / ("x" * 252 + ".pdf"), b"data")
    assert "File name too long" in str(caught.value)
    assert "nom de fichier trop long" in caught.value.message_in("fr")
    _no_leftovers(tmp_path)


def test_a_stream_is_written_into_and_stays_what_it_is(tmp_path: Path) -> None:
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    write_atomically(pipe, b"# Sources\n")
    reader.join(timeout=10)
    assert received == [b"# Sources\n"] and stat.S_ISFIFO(pipe.stat().st_mode)
    _no_leftovers(tmp_path)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root, as replacing one does")
def test_a_device_such_as_dev_null_is_written_into_not_replaced(tmp_path: Path) -> None:
    # A private twin of /dev/null: when root wrote `-o /dev/null`, the rename replaced the device.
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    link = tmp_path / "out.md"
    link.symlink_to(null)
    write_atomically(link, b"anything")
    write_atomically(null, b"anything")
    assert stat.S_ISCHR(null.stat().st_mode) and null.stat().st_rdev == os.makedev(1, 3)
    _no_leftovers(tmp_path)


def test_a_socket_is_refused_in_words_and_left_alone(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.md"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    try:
        with pytest.raises(ExportError) as caught:
            write_atomically(path, b"x")
    finally:
        sock.close()
    assert "not a file" in str(caught.value) and "n’est pas un fichier" in caught.value.message_in("fr")
    assert stat.S_ISSOCK(path.stat().st_mode)
    _no_leftovers(tmp_path)
