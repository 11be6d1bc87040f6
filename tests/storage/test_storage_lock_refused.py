"""A session that cannot be written where asked (a folder the user may not write in, a name taken by
a folder): the message named the lock file the app makes beside it (« s.bataille.lock »), a file the
user never asked for, and gave no way out. It names the session asked for and says to choose another
folder; nothing is left behind."""

from __future__ import annotations

import pytest

from bataille.cli import main
from bataille.storage.lock import lock_path


def test_the_refusal_names_the_session_not_its_lock_file(tmp_path, capsys) -> None:
    session = tmp_path / "atelier.bataille"
    lock_path(session).mkdir()  # the lock file cannot be made there (as in a folder the user may not write in)
    assert main(["--lang", "en", "example-session", "-o", str(session)]) == 1
    said = capsys.readouterr().err.strip()
    assert said.startswith(f"bataille example-session: Cannot write the session {session}: "), said
    assert said.endswith("Choose another folder.") and ".lock" not in said, said
    assert not session.exists()


@pytest.mark.parametrize(("lang", "start"), [("fr", "Impossible d’écrire la séance")])
def test_in_french_too(tmp_path, capsys, lang, start) -> None:
    session = tmp_path / "atelier.bataille"
    lock_path(session).mkdir()
    assert main(["--lang", lang, "example-session", "-o", str(session)]) == 1
    said = capsys.readouterr().err
    assert start in said and "Choisissez un autre dossier." in said and ".lock" not in said, said
