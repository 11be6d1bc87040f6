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


def folder_output(output: str) -> str:
    """``output``, or a Refusal (exit 1) when a file stands where one of its folders should be.

    ``print -o notes.txt/x.pdf`` would otherwise be told that the folder notes.txt does not exist,
    sending the user to look for a folder, when the name is taken by a file.
    """
    try:
        for parent in Path(output).parents:  # the nearest first
            if parent.is_dir():
                return output
            if parent.exists():
                raise Refusal(Line("output.folder_is_file", target=output, folder=parent), code=1)
    except OSError:  # a folder that cannot be looked into: the writer says why, in its words
        pass
    return output
