"""French typography as you type: the rule the deck's texts follow, applied where the cursor is.

The whole text gets what ``bataille.words.typeset_french`` does (a space before « : ; ? ! % »
and inside guillemets becomes the right no-break space) and the typographic apostrophe; the
character just typed also gets its space when none was typed (« mot: » becomes « mot : »
with a no-break space), unless it follows a digit (10:30), a closing mark (?!) or a web
address (https:). English gets the apostrophe only.
"""

from __future__ import annotations

import re

from bataille.words import NBSP, NNBSP, typeset_french

SPACES = " " + NBSP + NNBSP
_BEFORE = {":": NBSP, ";": NNBSP, "!": NNBSP, "?": NNBSP, "%": NNBSP}
_WEB = re.compile(r"(?:https?|ftp|mailto)$", re.IGNORECASE)


def typeset_typing(text: str, cursor: int, lang: str) -> tuple[str, int]:
    """``text`` typeset for ``lang`` as it is typed, and where the cursor ``cursor`` now is."""
    cursor = max(0, min(cursor, len(text)))
    text = text.replace("'", "’")  # one character for another: the cursor stays where it was
    if lang != "fr":
        return text, cursor
    text = typeset_french(text)  # one space for another: the cursor stays where it was
    if cursor == 0:
        return text, cursor
    typed, before = text[cursor - 1], text[:cursor - 1]
    previous = before[-1:]
    if typed in _BEFORE and previous and previous not in SPACES and previous not in ";:!?%«" \
            and not (typed == ":" and (previous.isdigit() or _WEB.search(before))):
        return before + _BEFORE[typed] + text[cursor - 1:], cursor + 1
    following = text[cursor:cursor + 1]
    if typed == "«" and (not following or following not in SPACES):
        return text[:cursor] + NBSP + text[cursor:], cursor + 1
    if typed == "»" and previous and previous not in SPACES:
        return before + NBSP + text[cursor - 1:], cursor + 1
    if typed == " " and previous in (NBSP, NNBSP) and before[-2:-1] == "«":
        return before + text[cursor:], cursor - 1  # the space after « is already there
    return text, cursor
