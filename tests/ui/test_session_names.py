"""A new session's file name says when it was made, and a quick debate's says so in its language."""

from __future__ import annotations

import re
from pathlib import Path

from bataille.ui.start.session_files import new_session_path


def test_a_quick_debate_s_file_is_named_in_the_session_s_language(tmp_path: Path) -> None:
    assert new_session_path(tmp_path, quick=True, lang="fr").stem.endswith(" Débat express")
    assert new_session_path(tmp_path, quick=True, lang="en").stem.endswith(" Quick debate")
    workshop = new_session_path(tmp_path)
    assert workshop.suffix == ".bataille" and "débat" not in workshop.stem.lower() and "debate" not in workshop.stem


def test_the_time_in_a_file_name_is_written_as_the_session_s_language_writes_it(tmp_path: Path) -> None:
    """"2026-12-05 19h41 Quick debate": the French way of writing the time in an English session."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\dh\d\d", new_session_path(tmp_path, lang="fr").stem)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d\.\d\d Quick debate", new_session_path(tmp_path, True, "en").stem)
