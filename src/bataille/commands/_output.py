"""The file a command writes: its name, checked before any work is done."""

from __future__ import annotations

from pathlib import Path

from ._words import Line, Refusal


def pdf_output(output: str, what: str) -> str:
    """``output`` when it ends in .pdf (any case); else a Refusal saying so, as the summary does for its
    formats: a PDF under another name is a file the user's computer will not open. ``what`` names the
    Line (``pdf.print``, ``pdf.kit``, ``pdf.guide``)."""
    path = Path(output)
    if path.suffix.lower() != ".pdf":
        raise Refusal(Line(f"pdf.{what}", name=path.name, stem=path.stem))
    return output
