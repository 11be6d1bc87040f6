"""A team's name in the scenarios' indicators table: whole and broken between words only (« Extraordinary
/ Thinkers », never « Extraordina / ry Thinkers »), as large as fits down to the stage's smallest size;
where no line-up of its words fits (« Anticonstitutionnelles » in a column of eight), a shorter form, never
a word cut inside: without its article (as the timeline reads it), then its leading words that fit
(« Bright » for « Bright Young Things »: a room tells its own, where « BYT » read as anyone's), then its
initials, each no other team's."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from bataille.words import for_the_font

from .parts import StageContext
from .scene import INK, LEFT, MIN_PX, Scene, TextItem
from .short_names import name_forms, without_article
from .team_names import largest_lines

# Words a name's leading words do not end on: « Loutres de la » reads as a name cut short.
_JOINING = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "en", "au", "aux", "à", "&", "-",
            "of", "the", "and", "a", "an", "in", "on", "for", "at", "to"}
# Words that alone name no team: « Équipe » for « Équipe Wagner-Mozart 2 » tells the room less than « ÉWM2 ».
_GENERIC = {"équipe", "equipe", "team", "groupe", "group", "classe", "class", "table", "îlot", "ilot"}


def _words(name: str) -> list[str]:
    return for_the_font(without_article(name)).split()


def leading_words(name: str, names: list[str]) -> list[str]:
    """``name``'s leading words without its article, from the most to one (« Bright Young », « Bright »
    for « Bright Young Things »), never on a joining word (« Loutres de la »), each kept only where no
    other of the session's ``names`` starts with the same words or reads so (« Bright » for « Bright
    Young Things » and « Bright Sparks Club » names neither: « Bright Young », else the initials), nor
    a word that alone names no team (« Équipe »)."""
    words = _words(name)
    others = [[w.casefold() for w in _words(n)] for n in names if n != name]
    taken = {f.casefold() for n, forms in name_forms(names).items() if n != name for f in forms}
    found = []
    for count in range(len(words) - 1, 0, -1):
        lead = [w.casefold() for w in words[:count]]
        if lead[-1] in _JOINING or (count == 1 and lead[0] in _GENERIC) or " ".join(lead) in taken or any(o[:count] == lead for o in others):
            continue
        found.append(" ".join(words[:count]))
    return found


def forms_of(ctx: StageContext, name: str) -> list[str]:
    """``name``'s forms from the longest: whole, without its article (:func:`name_forms`, over the
    session's teams), its :func:`leading_words`, then its initials (numbered where shared)."""
    names = [t.name for t in ctx.state.teams]
    forms = name_forms(names).get(name) or [name]
    whole = {for_the_font(name.strip()), for_the_font(without_article(name))}
    longer = [f for f in forms if f in whole]
    return longer + [f for f in leading_words(name, names) if f not in longer] + [f for f in forms if f not in whole]


def _fitted(scene: Scene, rect: QRectF, text: str, px: float, most: int, flags: int, role: str) -> TextItem | None:
    """``text`` in ``rect`` in up to ``most`` lines broken between words, as large as fits from ``px``
    down to the stage's smallest size (smaller at a larger text size, as ``team_name`` lets it); None
    when it does not fit."""
    least = MIN_PX / max(1.0, scene.text_scale)
    for room in (rect.width(), rect.width() * 0.95):  # its glyphs a hair wider than measured: narrower
        for count in range(1, most + 1):
            item = largest_lines(scene, rect, text, px, least, room, count, False, flags=flags, role=role)
            if item is not None:
                return item
    return None


def indicator_team_name(scene: Scene, rect: QRectF, ctx: StageContext, name: str, px: float, most: int = 3,
                        flags: int = int(LEFT), role: str = "indicator-team-name") -> TextItem:
    """``name`` (a team's) in ``rect``: whole between words, else its shorter forms, else its shortest cut."""
    forms = forms_of(ctx, name)
    for form in forms:
        item = _fitted(scene, rect, form, px, most, flags, role)
        if item is not None:
            return item
    return scene.text(rect, forms[-1], px, flags=flags, role=role, wrap=False, colour=INK)


def indicator_team_chip(scene: Scene, rect: QRectF, ctx: StageContext, name: str, colour: str, px: float) -> None:
    """A team's colour swatch and its name beside it, as ``team_chip`` lays them out."""
    u = scene.u
    swatch = min(rect.height(), 44 * u)
    scene.box(QRectF(rect.left(), rect.center().y() - swatch / 2, swatch, swatch), colour, outline=INK,
              width=2 * u, radius=6 * u)
    indicator_team_name(scene, QRectF(rect.left() + swatch + 12 * u, rect.top(), rect.width() - swatch - 12 * u,
                                      rect.height()), ctx, name, px)
