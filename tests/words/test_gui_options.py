"""The window's options are read without argparse; a mistake is said in one line, and commands keep argparse."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bataille.cli import GuiOptions, gui_options, main


def test_the_window_options_in_both_spellings_and_the_rest_left_for_qt() -> None:
    options, rest = gui_options(["--session", "a b.bataille", "--lang=en", "-platform", "offscreen",
                                 "--deck=folder=odd", "--self-test"])
    assert options == GuiOptions(deck="folder=odd", lang="en", session="a b.bataille", self_test=True)
    assert rest == ["-platform", "offscreen"]
    assert gui_options([]) == (GuiOptions(), [])


@pytest.mark.parametrize(("argv", "said"), [
    (["--lang", "de"], "--lang: 'de' is not one of fr, en"),
    (["--lang=de"], "--lang: 'de' is not one of fr, en"),
    (["--deck"], "--deck needs a value"),
    (["--session"], "--session needs a value"),
])
def test_a_mistake_is_one_sentence(argv: list[str], said: str) -> None:
    with pytest.raises(ValueError, match="^" + said.replace("-", r"\-") + "$"):
        gui_options(argv)


def test_commands_help_and_mistakes_still_go_through_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(["--lang", "de"])  # not the window's: the full parser says what is wrong, with the usage
    assert leaving.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as leaving:
        main(["--version"])
    assert leaving.value.code == 0


def test_the_window_never_reads_its_options_with_argparse() -> None:
    # argparse's words go through gettext, whose first look-up imports `locale` (1.1 MiB resident).
    code = ("import sys\nfrom bataille.cli import gui_options\n"
            "gui_options(['--lang', 'fr', '--session', 'x.bataille', '-platform', 'offscreen'])\n"
            "print('locale' in sys.modules, 'argparse' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.split()[0] == "False"
