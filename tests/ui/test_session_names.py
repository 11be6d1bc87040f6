"""A new session's file name says when it was made, and a quick debate's says so in its language."""

from __future__ import annotations

from pathlib import Path

from bataille.ui.start.launch import new_session_path


def test_a_quick_debate_s_file_is_named_in_the_session_s_language(tmp_path: Path) -> None:
    assert new_session_path(tmp_path, quick=True, lang="fr").stem.endswith(" Débat express")
    assert new_session_path(tmp_path, quick=True, lang="en").stem.endswith(" Quick debate")
    workshop = new_session_path(tmp_path)
    assert workshop.suffix == ".bataille" and "débat" not in workshop.stem.lower() and "debate" not in workshop.stem
