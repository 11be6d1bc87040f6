"""Text from a deck or a file made safe inside Qt's rich text (the notes, the shortcuts, About).

The same as the standard library's ``html.escape``: importing ``html`` also loads its table of
2,231 named entities (``html.entities``, 0.3 MiB resident), which nothing here uses, into every
opened session, since the console's notes show a card's text from the start.
"""

from __future__ import annotations

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` with & < > " ' written as entities, as ``html.escape(text)`` writes them."""
    return text.translate(_ESCAPES)
