"""The README's table of commands says what `bataille` has: a row for each subcommand, no row for a
command that is gone, and no option a command does not take (a reader copies them from there)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from bataille.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"
ROW = re.compile(r"^\| `bataille(?: (?P<name>[a-z][a-z-]*))?[^`]*` \|(?P<rest>.*)\|$")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def command_rows() -> dict[str, set[str]]:
    """Each row of the README's section « Commands »: its command ('' for the app) and the options
    the row names (in its first column and in its words)."""
    section = README.read_text(encoding="utf-8").split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, set[str]] = {}
    for line in section.splitlines():
        match = ROW.match(line)
        if match:
            name = match.group("name") or ""
            rows.setdefault(name, set()).update(OPTION.findall(line))
    return rows


def parsers() -> dict[str, argparse.ArgumentParser]:
    parser, _ = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {"": parser, **sub.choices}


def test_the_readme_has_a_row_for_each_command_and_none_other() -> None:
    rows = command_rows()
    assert set(rows) - {""} == set(parsers()) - {""}


def test_each_option_the_readme_names_is_the_commands_own() -> None:
    known = parsers()
    wrong = {name: sorted(options - set(known[name]._option_string_actions) - {"--help"})
             for name, options in command_rows().items() if name in known}
    assert not {name: options for name, options in wrong.items() if options}
