"""A team's short forms, from the longest: its whole name, without its article (« Les Loutres » reads
« Loutres »), its initials (« LDL4B »), numbered when two teams share them (« L1 », « L2 »). The
stage's narrow places (the timeline's tiles, the scores strip, the debate's sides, the podium, the
scenarios' table) show the longest that reads whole, never a word broken inside."""

from __future__ import annotations

import re

from bataille.words import for_the_font

# Articles a team's name often starts with: « Les Loutres » reads « Loutres » where room is short.
_ARTICLE = re.compile(r"^(les|le|la|l['’]|des|the)\s*", re.IGNORECASE)


def without_article(name: str) -> str:
    """``name`` without the article it starts with (« Les Loutres » → « Loutres »), if a word is left."""
    rest = _ARTICLE.sub("", name.strip(), count=1).strip()
    return rest if rest and rest != name.strip() else name.strip()


def initials(name: str) -> str:
    """The first letter (or digit) of each word of ``name`` without its article: « Loutres de la 4e B »
    → « LDL4B », « Équipe 2 » → « É2 »."""
    words = [w for w in re.split(r"[\s\-_/]+", without_article(name)) if w]
    return "".join(w[0].upper() if w[0].isalpha() else (re.match(r"\d+", w) or [w[0]])[0] for w in words) or name[:2]


def name_forms(names: list[str]) -> dict[str, list[str]]:
    """For each of a session's team ``names``, its forms from the longest: the whole name, then the
    name without its article, then its initials, each kept only when no other team has the same form
    at that step (« Les Lynx » and « Lynx » both read « Lynx »: that form names neither); the initials
    get the team's number after them when they too are shared, as the last form."""
    steps = [lambda n: n.strip(), without_article, initials]
    forms: dict[str, list[str]] = {name: [] for name in names}
    for step in steps:
        made = {name: for_the_font(step(name)) for name in names}
        for name in names:
            if sum(other.casefold() == made[name].casefold() for other in made.values()) == 1 \
                    and made[name] not in forms[name]:
                forms[name].append(made[name])
    for number, name in enumerate(names, 1):  # initials shared (« L » for Loutres and Lynx): numbered,
        numbered = f"{for_the_font(initials(name))}{number}"  # so a short form is left where room is short
        if for_the_font(initials(name)) not in forms[name] and numbered not in forms[name]:
            forms[name].append(numbered)
    return forms
