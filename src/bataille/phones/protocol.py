"""The messages between a phone and the app: JSON text frames, checked field by field.

Phone → app: ``hello`` {token|null, team?, room?}, ``vote`` {question, choice}, ``team`` {team|null},
``feedback`` {rating, theme|null, text}.
App → phone: ``welcome`` {token, room, teams, team, alive, lang?}, ``alive`` {} (every ``alive`` seconds),
``question`` {id, title, text, open, mine, closes_in? | held?, forget?, lang?} (sent again with ``held``,
the seconds kept, while the app's countdown holds: the session's timer paused; with ``closes_in``, once it goes on),
``waiting`` {lang?, forget?}, ``ack`` {question, choice}, ``closed`` {question, mine}, ``team`` {team},
``feedback_ask`` {themes, sent, lang?}, ``feedback_thanks`` {}, ``refused`` {reason, about?}
(``one_phone``: {room, most, token, retry}, then the socket is closed with code 4409; the page knocks
again with that token after about ``retry`` seconds),
``full`` {retry} (then the socket is closed with code 4503).
The page itself (``served_page``) carries the session's language, for what it says before ``welcome``.
No message to a phone ever carries another phone's vote or a tally.
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from dataclasses import dataclass

from bataille.workshop.actions_phones import TOKEN_RE
from bataille.workshop.state import CHOICES

__all__ = ["CHOICES", "COMMITMENT_LIMIT", "BadMessage", "Feedback", "Hello", "Team", "Vote", "clean_text",
           "kind_of", "message", "new_token", "parse", "refused", "served_page"]
TEAM_RE = re.compile(r"[A-Za-z0-9_-]{1,40}")
ROOM_RE = re.compile(r"[A-Z]{4}")  # a room code (see join.room_code)
_LANG_RE = re.compile(r"[a-z]{2}")
_HTML_TAG = b'<html lang="fr">'  # page.html's first element
# What page.html says before its script has come (a slow phone on a crowded Wi-Fi reads it first), in
# its own words for "joining" (WORDS in the page): written in French, replaced for a session in English.
FIRST_WORDS = {"fr": "Connexion à l’ordinateur de l’animateur…", "en": "Connecting to the facilitator’s computer…"}
_FIRST = '<p id="waiting-text">{}</p>'


class BadMessage(ValueError):
    """A message a phone should not have sent; ``reason`` is the word sent back to it, ``about`` the
    type of the message when it could be read (so the page knows which of its messages was refused)."""

    def __init__(self, reason: str, about: str | None = None) -> None:
        super().__init__(reason)
        self.reason, self.about = reason, about


@dataclass(frozen=True)
class Hello:
    token: str | None
    # The team the page kept, picked in the room of code ``room``: the app knew it before it stopped, or
    # before Phones was turned off; it takes it again (see PhoneServer._hello). None: none kept.
    team: str | None = None
    room: str | None = None


@dataclass(frozen=True)
class Vote:
    question: int
    choice: str


@dataclass(frozen=True)
class Team:
    team: str | None


@dataclass(frozen=True)
class Feedback:
    rating: int  # 1 to 5
    theme: str | None  # the theme that taught the most
    text: str  # one commitment, as text (cleaned, at most COMMITMENT_LIMIT characters)


COMMITMENT_LIMIT = 140


def new_token(origin: str = "") -> str:
    """A random voter token: no name, nothing about the phone; after the tag of the ``origin`` it is
    given at (voters.origin_tag), since the page keeps it for that origin only (see voters.py)."""
    return origin + secrets.token_urlsafe(16)


def kind_of(msg: Hello | Vote | Team | Feedback | BadMessage) -> str | None:
    """The ``type`` a parsed message had ("vote"…), None when it could not be read."""
    if isinstance(msg, BadMessage):
        return msg.about
    return {Hello: "hello", Vote: "vote", Team: "team", Feedback: "feedback"}[type(msg)]


def refused(reason: str, about: str | None, **fields: object) -> str:
    """A ``refused`` message, with the type of the refused message when it is known (and ``fields``)."""
    if about is not None:
        fields["about"] = about
    return message("refused", reason=reason, **fields)


def parse(raw: str | bytes) -> Hello | Vote | Team | Feedback:
    """The message in ``raw``, or BadMessage: unknown type, missing or malformed field."""
    if isinstance(raw, bytes):
        raise BadMessage("text_only")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: ~1,000 nested "[" fit in 2 KB
        raise BadMessage("not_json") from None
    if not isinstance(data, dict):
        raise BadMessage("not_an_object")
    kind = data.get("type")
    if kind == "hello":
        token = data.get("token")
        if token is not None and not (isinstance(token, str) and TOKEN_RE.fullmatch(token)):
            raise BadMessage("bad_token", kind)
        team, room = data.get("team"), data.get("room")
        if not (isinstance(team, str) and TEAM_RE.fullmatch(team)
                and isinstance(room, str) and ROOM_RE.fullmatch(room)):
            team = room = None  # a team kept that does not read as one: the phone comes in without it
        return Hello(token, team, room)
    if kind == "vote":
        question, choice = data.get("question"), data.get("choice")
        if not isinstance(question, int) or isinstance(question, bool) or choice not in CHOICES:
            raise BadMessage("bad_vote", kind)
        return Vote(question, choice)
    if kind == "team":
        team = data.get("team")
        if team is not None and not (isinstance(team, str) and TEAM_RE.fullmatch(team)):
            raise BadMessage("bad_team", kind)
        return Team(team)
    if kind == "feedback":
        rating, theme, text = data.get("rating"), data.get("theme"), data.get("text", "")
        if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
            raise BadMessage("bad_rating", kind)
        if theme is not None and not (isinstance(theme, str) and TEAM_RE.fullmatch(theme)):
            raise BadMessage("bad_theme", kind)
        if not isinstance(text, str) or len(text) > COMMITMENT_LIMIT * 2:
            raise BadMessage("bad_text", kind)
        return Feedback(rating, theme, clean_text(text, COMMITMENT_LIMIT))
    raise BadMessage("unknown_type")


def clean_text(text: str, limit: int) -> str:
    """Free text as text: control and format characters removed, spaces collapsed, cut at ``limit``."""
    kept = "".join(" " if ch in "\t\n\r" else ch for ch in text
                   if ch in "\t\n\r" or unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())[:limit]


def message(kind: str, **fields: object) -> str:
    """One message to a phone, as the JSON text sent."""
    return json.dumps({"type": kind, **fields}, ensure_ascii=False, separators=(",", ":"))


def served_page(page: bytes, lang: str | None) -> bytes:
    """``page`` (page.html) as served while the session speaks ``lang``: its ``<html>`` says so
    (``lang`` and ``data-lang``), so that a phone refused before its welcome (a full room, a crowded
    network) reads the session's language, not its own, and so do its first words, before its script
    comes (FIRST_WORDS). Without a language, the page as it is."""
    if not lang or not _LANG_RE.fullmatch(lang):
        return page
    page = page.replace(_HTML_TAG, f'<html lang="{lang}" data-lang="{lang}">'.encode("ascii"), 1)
    if lang in FIRST_WORDS:
        page = page.replace(_FIRST.format(FIRST_WORDS["fr"]).encode(), _FIRST.format(FIRST_WORDS[lang]).encode(), 1)
    return page
