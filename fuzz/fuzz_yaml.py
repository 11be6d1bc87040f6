"""atheris target: any bytes through ``parse_yaml`` give located data or ``YamlProblem``."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["bataille", "yaml"]):
    from bataille.deck.yamlread import YamlProblem, parse_yaml


def test_one_input(data: bytes) -> None:
    try:
        parse_yaml(data)
    except YamlProblem:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
