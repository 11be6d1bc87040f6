"""Export a session summary: the format comes from the file's extension (.pdf, .md, .json, .csv/.zip).

``export_summary`` is what the console's "Export…" button and ``bataille summary`` call. Every
file is written atomically (a temporary file, then a rename): a failed export leaves no half
file, and the session file is never opened for writing.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from bataille.deck.models import Deck
from bataille.words import OsReason
from bataille.workshop import Event, Session, SessionState

from .atomic import check_folder, write_atomically
from .errors import ExportError
from .summary_csv import render_actions_csv, render_summary_csv_zip
from .summary_json import render_summary_json
from .summary_md import render_summary_md
from .summary_model import Summary, SummaryError, build_summary
from .summary_pdf import render_summary_pdf
from .wording import ExportMessage

NAME_MAX = 255  # bytes in one file name, on every system the app runs on
FORMATS = {".pdf": "pdf", ".md": "md", ".markdown": "md", ".json": "json", ".csv": "csv", ".zip": "zip"}


def summary_format(path: str | os.PathLike[str]) -> str:
    """``pdf``, ``md``, ``json``, ``csv`` or ``zip`` from the file name, or a SummaryError naming the choices."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise SummaryError(f"{Path(path).name}: the summary is written as {known} — choose a file ending in one "
                           "of them (.csv: one table of every action; .zip: every table).")
    return FORMATS[suffix]


def figures_folder(path: Path) -> Path:
    """The folder beside a Markdown summary that holds its charts: ``NAME-figures``.

    A name may have 255 bytes; for a summary whose name is that long, NAME is cut so that the
    folder's name has 255 bytes too (whole characters only).
    """
    stem = path.stem.encode("utf-8")[: NAME_MAX - len(b"-figures")].decode("utf-8", "ignore")
    return path.with_name(f"{stem}-figures")


def write_summary(summary: Summary, path: str | os.PathLike[str], paper: str = "a4") -> list[Path]:
    """Write ``summary`` in the format of ``path`` (a PDF on ``paper``, "a4" or "letter"); the files
    written, the main one first."""
    target = Path(path)
    kind = summary_format(target)
    check_folder(target)  # before any rendering: the file chosen, and the real cause
    if kind == "pdf":
        write_atomically(target, render_summary_pdf(summary, paper))
        return [target]
    if kind == "json":
        write_atomically(target, render_summary_json(summary))
        return [target]
    if kind == "csv":
        if summary.actions is None:
            raise SummaryError(f"{target.name}: the table of actions needs the session's events; "
                               "write a .zip to get the tables made from its state.")
        write_atomically(target, render_actions_csv(summary))
        return [target]
    if kind == "zip":
        write_atomically(target, render_summary_csv_zip(summary))
        return [target]
    return _write_markdown(summary, target)


def _write_markdown(summary: Summary, target: Path) -> list[Path]:
    folder = figures_folder(target)
    text, figures = render_summary_md(summary, folder.name)
    created = not folder.exists()
    written: list[Path] = []
    try:
        if figures:
            try:
                folder.mkdir(exist_ok=True)
            except OSError as exc:  # said of the file chosen: its charts' folder is ours, not a name they gave
                if exc.errno == errno.ENOENT:  # its folder is there (checked) yet takes nothing new: /proc, /sys
                    raise ExportError(ExportMessage("write.folder_refuses", target=target,
                                                    folder=target.parent)) from exc
                raise ExportError(ExportMessage("write.failed", target=target, reason=OsReason(exc))) from exc
        # Figures first: the Markdown never links to a picture that is not there yet.
        for name, data in figures.items():
            write_atomically(folder / name, data)
            written.append(folder / name)
        write_atomically(target, text.encode("utf-8"))
    except ExportError:
        if created and folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return [target, *written]


def export_summary(state_or_session: Session | SessionState | Sequence[Event], deck: Deck | None,
                   path: str | os.PathLike[str], lang: str | None = None, paper: str = "a4") -> list[Path]:
    """Build the session's summary in ``lang`` (default: the session's) and write it to ``path`` (a
    PDF on ``paper``: "a4" or "letter").

    Returns the files written, the one to open first. Raises ``ExportError`` (or its
    ``SummaryError``) with a message to show as is.
    """
    summary_format(path)  # refuse an unknown extension before doing any work
    summary = build_summary(state_or_session, deck, lang)
    try:
        return write_summary(summary, path, paper)
    except OSError as exc:  # anything the atomic writer did not already word for a teacher
        raise ExportError(ExportMessage("write.failed", target=path, reason=OsReason(exc))) from exc
