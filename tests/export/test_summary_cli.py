"""`bataille example-session` and `bataille summary`: exit codes, one-line errors, the session file untouched."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export import atomic
from bataille.export.errors import ExportError
from bataille.export.summary import export_summary
from bataille.storage import open_session


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sessions") / "exemple.bataille"
    assert main(["example-session", "-o", str(path), "--seed", "4", "--lang", "fr"]) == 0
    return path


class _Clock:
    def now(self) -> float:
        return 1_742_300_000.0


def test_example_session_file_is_complete_and_deterministic(example, tmp_path):
    again = tmp_path / "again.bataille"
    assert main(["example-session", "-o", str(again), "--seed", "4", "--lang", "fr"]) == 0
    deck = load_deck(bundled_deck_path())
    one, two = open_session(example, deck, _Clock()), open_session(again, deck, _Clock())
    try:
        assert [e.to_dict() for e in one.events] == [e.to_dict() for e in two.events]
        assert len(one.state.teams) == 4 and all(p.status == "done" for p in one.state.agenda.phases)
    finally:
        one.close()
        two.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.bataille"]  # no -wal, -shm or lock left


def test_example_session_refuses_an_existing_file_and_a_wrong_name(example, tmp_path, capsys):
    before = digest(example)
    assert main(["example-session", "-o", str(example)]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert digest(example) == before
    assert main(["example-session", "-o", str(tmp_path / "x.pdf")]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["example-session"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("name", ["s.pdf", "s.md", "s.json", "s.csv", "s.zip"])
def test_summary_of_a_session_file_in_every_format_leaves_it_untouched(example, tmp_path, name, capsys):
    before = digest(example)
    siblings = sorted(p.name for p in example.parent.iterdir())
    assert main(["summary", str(example), "-o", str(tmp_path / name)]) == 0
    written = Path(capsys.readouterr().out.split(" (+")[0].split(": ")[0].strip())  # "s.pdf: session summary…"
    assert written.is_file() and written.stat().st_size > 0
    assert digest(example) == before
    assert sorted(p.name for p in example.parent.iterdir()) == siblings  # no -wal/-shm/lock created


def test_summary_in_english_on_request(example, tmp_path):
    assert main(["--lang", "en", "summary", str(example), "-o", str(tmp_path / "en.json")]) == 0
    assert json.loads((tmp_path / "en.json").read_text(encoding="utf-8"))["lang"] == "en"
    assert main(["summary", str(example), "-o", str(tmp_path / "en2.json"), "--lang", "en"]) == 0


@pytest.mark.parametrize(
    "args, code, message",
    [(["{tmp}/missing.bataille", "-o", "{tmp}/s.pdf"], 1, "does not exist"),
     (["{example}", "-o", "{tmp}/s.docx"], 2, "the summary is written as .pdf"),
     (["{tmp}/not-a-session.bataille", "-o", "{tmp}/s.pdf"], 1, "is not a Bataille IA session file"),
     (["{example}", "-o", "{tmp}/no/such/folder/s.pdf"], 1, "does not exist")],
)
def test_summary_failures_are_one_clear_line(example, tmp_path, capsys, args, code, message):
    (tmp_path / "not-a-session.bataille").write_text("hello")
    args = [a.format(tmp=tmp_path, example=example) for a in args]
    assert main(["summary", *args]) == code
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody may write to (as root, where permissions do not bind, /sys is one)."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
    elif Path("/sys").is_dir():
        yield Path("/sys")
    else:  # pragma: no cover
        pytest.skip("no read-only folder available as root")


@pytest.mark.parametrize("name", ["s.pdf", "s.md", "s.json", "s.csv"])
def test_unwritable_folder_gives_a_clear_error_and_no_file(example, read_only_folder, name, capsys):
    before = digest(example)
    listing = sorted(os.listdir(read_only_folder))
    assert main(["summary", str(example), "-o", str(read_only_folder / name)]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "Choose another file or folder" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(os.listdir(read_only_folder)) == listing
    assert digest(example) == before


@pytest.mark.parametrize("name", ["s.pdf", "s.md", "s.json", "s.zip"])
def test_full_disk_gives_a_clear_error_leaves_no_half_file_and_keeps_the_old_one(
        example, tmp_path, monkeypatch, name, capsys):
    before = digest(example)
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_bytes(b"the previous summary")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert main(["summary", str(example), "-o", str(out / name)]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == [name]  # no temporary file, no figures folder
    assert (out / name).read_bytes() == b"the previous summary"
    assert digest(example) == before


def test_full_disk_from_the_console_api_raises_export_error(tmp_path, monkeypatch):
    from bataille.workshop.example import play_example

    deck = load_deck(bundled_deck_path())
    session = play_example(deck, seed=1)
    events = len(session.events)
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space")))
    with pytest.raises(ExportError, match="No space"):
        export_summary(session, deck, tmp_path / "bilan.md")
    assert list(tmp_path.iterdir()) == [] and len(session.events) == events


def test_the_summary_finds_the_sessions_own_deck_and_says_when_it_moved_or_changed(tmp_path, capsys):
    from bataille.storage import SessionFile
    from bataille.workshop.example import play_example

    from ..deck.conftest import copy_bundled_deck

    folder = copy_bundled_deck(tmp_path / "mon-jeu")
    cards = folder / "cards" / "deck.yaml"
    text = cards.read_text(encoding="utf-8")
    assert "title: {fr: Bataille IA," in text
    cards.write_text(text.replace("title: {fr: Bataille IA,", "title: {fr: Bataille IA robot conversationnel,"),
                     encoding="utf-8")
    deck = load_deck(folder)
    path = tmp_path / "atelier.bataille"
    play_example(deck, SessionFile.create(path), seed=4).close()

    assert main(["summary", str(path), "-o", str(tmp_path / "s.md")]) == 0  # no --deck
    assert "robot conversationnel" in (tmp_path / "s.md").read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""

    cards.write_text(cards.read_text(encoding="utf-8").replace("robot conversationnel", "robot"), encoding="utf-8")
    assert main(["summary", str(path), "-o", str(tmp_path / "t.md")]) == 0
    assert "changed since the session" in capsys.readouterr().err

    folder.rename(tmp_path / "ailleurs")
    assert main(["summary", str(path), "-o", str(tmp_path / "u.md")]) == 0  # the bundled deck, same id
    err = capsys.readouterr().err
    assert "gone (moved?)" in err and "--deck" in err


def test_a_folder_that_now_holds_another_deck_is_not_used_in_silence(tmp_path, capsys):
    from bataille.storage import SessionFile
    from bataille.workshop.example import play_example

    from ..deck.conftest import copy_bundled_deck

    folder = copy_bundled_deck(tmp_path / "mon-jeu")
    deck = load_deck(folder)
    path = tmp_path / "atelier.bataille"
    play_example(deck, SessionFile.create(path), seed=4).close()

    # The session's folder now holds another deck: the bundled one, which is the session's, is used.
    manifest = folder / "cards" / "deck.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(f"id: {deck.id}", "id: autre-jeu", 1),
                        encoding="utf-8")
    assert main(["summary", str(path), "-o", str(tmp_path / "s.md")]) == 0
    err = capsys.readouterr().err
    assert f"run with the deck '{deck.id}', and {folder} now holds the deck 'autre-jeu'" in err
    assert "trying the bundled deck" in err and (tmp_path / "s.md").is_file()

    # Given with --deck, a deck of another id is refused by the summary itself, in one line.
    assert main(["summary", str(path), "--deck", str(folder), "-o", str(tmp_path / "t.md")]) == 1
    err = capsys.readouterr().err
    assert "now holds" not in err and f"run with the deck '{deck.id}'" in err and "not 'autre-jeu'" in err
    assert not (tmp_path / "t.md").exists()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_example_session_of_eight_teams_as_the_app_allows(tmp_path, lang):
    """The app takes up to eight teams; the example stopped at six (« --teams 7 »: invalid choice),
    so a big class's summary could not be tried without playing one."""
    path = tmp_path / "huit.bataille"
    assert main(["example-session", "-o", str(path), "--seed", "1", "--teams", "8", "--lang", lang]) == 0
    session = open_session(path, load_deck(bundled_deck_path()), _Clock())
    try:
        names = [t.name for t in session.state.teams]
        assert len(names) == len(set(names)) == 8
        assert all(p.status == "done" for p in session.state.agenda.phases)
        assert len(session.state.scenarios) == 8
    finally:
        session.close()
    with pytest.raises(SystemExit) as refused:
        main(["example-session", "-o", str(tmp_path / "neuf.bataille"), "--teams", "9"])
    assert refused.value.code == 2
