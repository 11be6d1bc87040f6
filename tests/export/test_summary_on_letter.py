"""A summary for a teacher printing on US Letter: `bataille summary … --paper letter` (it was A4
only: on Letter at 100 % its footer and last lines fell off every page). The same column, centred on
the wider page, every page of Letter's size, nothing drawn off it; `--paper` in capitals as people
write it (A4, Letter) for every command that has it. Real PDFs read back with pdfinfo and pdftotext."""

from __future__ import annotations

import subprocess

import pytest

from bataille.cli import main


@pytest.fixture
def example(tmp_path):
    path = tmp_path / "atelier.bataille"
    assert main(["example-session", "-o", str(path), "--seed", "4", "--lang", "en"]) == 0
    return path


def _sizes(pdf) -> set[str]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True)
    return {line.split(":", 1)[1].split("pts")[0].strip() for line in info.stdout.splitlines()
            if line.startswith("Page") and "size" in line}


def _bounding(pdf) -> list[tuple[float, float, float, float]]:
    """Every word's box, from pdftotext -bbox."""
    import re

    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [tuple(map(float, m)) for m in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html)]


@pytest.mark.parametrize("paper", ["letter", "Letter"])
def test_the_summary_on_letter(example, tmp_path, paper) -> None:
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    assert main(["summary", str(example), "-o", str(a4)]) == 0
    assert main(["summary", str(example), "-o", str(letter), "--paper", paper]) == 0
    assert _sizes(a4) == {"595.276 x 841.89"}
    assert _sizes(letter) == {"612 x 792"}
    words = _bounding(letter)
    assert words and all(0 <= x0 and x1 <= 612 and 0 <= y0 and y1 <= 792 for x0, y0, x1, y1 in words)
    left, right = min(w[0] for w in words), max(w[2] for w in words)
    assert abs(left - (612 - right)) < 3  # the column centred
    text = subprocess.run(["pdftotext", str(letter), "-"], capture_output=True, text=True, check=True).stdout
    assert "Session summary" in text and "page 1" in text


@pytest.mark.parametrize("command", [["guide"], ["kit"], ["print", "--card", "bias-amazon-cv"]])
def test_paper_in_capitals_is_understood(tmp_path, command) -> None:
    out = tmp_path / "out.pdf"
    assert main(["--lang", "en", *command[:1], "-o", str(out), "--paper", "A4", *command[1:]]) == 0
    assert _sizes(out) == {"595.276 x 841.89"}
