"""The front door: `bataille` starts the app; `bataille <command>` runs a command without a window."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import TYPE_CHECKING

from . import __version__, commands

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


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The argument parser with one subparser per command module."""
    parser = argparse.ArgumentParser(
        prog="bataille",
        description="Bataille IA: a card-game workshop on the stakes of generative AI. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"bataille {__version__}")
    parser.add_argument("--deck", metavar="PATH", help="deck folder to open (default: the bundled deck)")
    parser.add_argument("--lang", choices=("fr", "en"), help="interface and deck language")
    parser.add_argument("--session", metavar="FILE", help="session file (.bataille) to open")
    parser.add_argument("--self-test", action="store_true",
                        help="open the console and stage offscreen on a temporary session, paint them once, print OK")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    table: dict[str, ModuleType] = {}
    for module in _command_modules():
        sp = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.configure(sp)
        table[module.NAME] = module
    return parser, table


def _gui_only(argv: list[str]) -> bool:
    """True when ``argv`` holds only the GUI's own options (no command, no --help, no --version)."""
    gui = argparse.ArgumentParser(add_help=False)
    for flag in ("--deck", "--lang", "--session"):
        gui.add_argument(flag)
    gui.add_argument("--self-test", action="store_true")
    try:
        _, rest = gui.parse_known_args(argv)
    except SystemExit:
        return False
    return not rest


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run a command (exit codes: 0 ok, 1 failure, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _gui_only(argv):
        # Straight to the window: importing every command (reportlab…) would slow the start.
        from .ui.app import main as gui_main

        return int(gui_main(argv) or 0)
    parser, table = build_parser()
    args = parser.parse_args(argv)
    if args.command:
        return int(table[args.command].run(args) or 0)
    from .ui.app import main as gui_main  # imported late: commands never load Qt

    return int(gui_main(argv) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
