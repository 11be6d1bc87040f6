"""The developers' tools still load against the code: a split module once left tools/screenshots.py
importing a name from where it no longer was, which only showed when someone needed screenshots."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.mark.parametrize("name", sorted(p.stem for p in TOOLS.glob("*.py")))
def test_tool_loads(name: str) -> None:
    spec = importlib.util.spec_from_file_location(f"tool_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # imports only: each tool runs under `if __name__ == "__main__"`
    assert module.__doc__, f"tools/{name}.py does not say what it is for"
