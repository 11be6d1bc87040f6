"""A team's name in the scenarios' indicators table: whole and broken between words only (« Extraordinary
/ Thinkers », never « Extraordina / ry Thinkers »), as large as fits down to the stage's smallest size;
where no line-up of its words fits (« Anticonstitutionnelles » in a column of eight), the short forms the
timeline uses (without its article, then its initials: no other team's), never a word cut inside."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from .parts import StageContext
from .scene import INK, LEFT, MIN_PX, Scene, TextItem
from .short_names import name_forms
from .team_names import largest_lines


def forms_of(ctx: StageContext, name: str) -> list[str]:
    """``name``'s forms from the longest (:func:`name_forms`, over the session's teams)."""
    return name_forms([t.name for t in ctx.state.teams]).get(name) or [name]


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
