"""CONTRIBUTING.md: modules of a screen or two, functions under 60 lines. Read from the sources."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[1] / "src" / "bataille"
MODULE_LINES = 400  # a screen or two
FUNCTION_LINES = 60


def test_no_module_is_longer_than_a_screen_or_two():
    long = sorted(f"{p.relative_to(SRC)}: {n} lines" for p in SRC.rglob("*.py")
                  if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES)
    assert not long, "split by what the code does: " + ", ".join(long)


def test_no_function_is_longer_than_sixty_lines():
    long = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name}: {lines} lines")
    assert not long, "cut into pieces that say what they do: " + ", ".join(long)
