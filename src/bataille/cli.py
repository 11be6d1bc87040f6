"""The front door: `bataille` starts the app; `bataille <command>` runs a command without a window."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import TYPE_CHECKING, NamedTuple

from . import __version__, commands
from .words import LANGUAGES

if TYPE_CHECKING:
    from types import ModuleType


def _command_modules() -> list[ModuleType]:
    """Every subcommand module in bataille.commands, sorted by name (they register themselves)."""
    import pkgutil  # here: the window's start does not list the commands

    found = []
    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found.append(module)
    return sorted(found, key=lambda m: m.NAME)


def build_parser(lang: str = "en") -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The argument parser with one subparser per command module, its help in ``lang``."""
    from .commands._help import formatter

    parser = argparse.ArgumentParser(
        prog="bataille",
        description="Bataille IA: a card-game workshop on the stakes of generative AI. "
        "Without a command, opens the app.",
        formatter_class=formatter(lang),
    )
    parser.add_argument("--version", action="version", version=f"bataille {__version__}")
    parser.add_argument("--deck", metavar="PATH",
                        help="deck folder to open (default: the deck the app took last time, else the bundled deck), "
                        "or for the command to use (default: the bundled deck)")
    parser.add_argument("--lang", choices=("fr", "en"), help="interface and deck language")
    parser.add_argument("--session", metavar="FILE", help="session file (.bataille) to open")
    parser.add_argument("--self-test", action="store_true",
                        help="open the console and stage offscreen on a temporary session, paint them once, print OK")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    table: dict[str, ModuleType] = {}
    for module in _command_modules():
        sp = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP, formatter_class=formatter(lang))
        module.configure(sp)
        table[module.NAME] = module
    return parser, table


# The window's own options: --deck PATH, --lang fr|en, --session FILE (also --name=value) and
# --self-test. They are read by hand rather than with argparse: argparse puts its words through
# gettext, whose first look-up imports `locale` and its tables (1.1 MiB resident) into every start.
GUI_VALUES = {"--deck": None, "--lang": LANGUAGES, "--session": None}  # option -> allowed values
GUI_FLAGS = ("--self-test",)


class GuiOptions(NamedTuple):
    deck: str | None = None
    lang: str | None = None
    session: str | None = None
    self_test: bool = False


def gui_options(argv: list[str]) -> tuple[GuiOptions, list[str]]:
    """The window's options in ``argv`` and what is left (for Qt: -platform, -style…).

    Raises ValueError, with a one-line message, for an option without its value or a language the
    app does not speak.
    """
    found: dict[str, object] = {}
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        name, equals, value = item.partition("=")
        if item in GUI_FLAGS:
            found[item[2:].replace("-", "_")] = True
        elif name in GUI_VALUES:
            if not equals:
                value = next(items, None)
                if value is None:
                    raise ValueError(f"{name} needs a value")
            allowed = GUI_VALUES[name]
            if allowed is not None and value not in allowed:
                raise ValueError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
            found[name[2:]] = value
        else:
            rest.append(item)
    return GuiOptions(**found), rest


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run a command (exit codes: 0 ok, 1 failure, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        gui_only = not gui_options(argv)[1]  # no command, no --help, no --version
    except ValueError:
        gui_only = False  # the full parser says what is wrong, with the usage
    if gui_only:
        # Straight to the window: importing every command (reportlab…) would slow the start.
        from .ui.app import main as gui_main

        return int(gui_main(argv) or 0)
    from .commands._help import language_of, speaking

    lang = language_of(argv)
    with speaking(lang):  # the help, the usage and argparse's errors in the user's language
        parser, table = build_parser(lang)
        args = parser.parse_args(argv)
    if args.command:
        from .commands._words import Refusal, lang_of, say

        try:
            return int(table[args.command].run(args) or 0)
        except Refusal as refused:  # a command line the command will not run: one line, in words
            say(args.command, lang_of(args), refused.line)
            return refused.code
    from .ui.app import main as gui_main  # imported late: commands never load Qt

    return int(gui_main(argv) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
