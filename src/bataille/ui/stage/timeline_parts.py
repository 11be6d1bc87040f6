"""Parts of the stage's timeline around its cards: the names of the teams that placed the cards of a
page in the room its tiles have (whole, or short forms no other team of the session shares, the same
way on every tile), the card being placed, the team whose turn is next, and the line saying how the
last card placed went."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.deck.models import EventCard
from bataille.words import for_the_font, quoted

from .parts import StageContext, team_chip, translate
from .scene import CENTRE, INK, LEFT, MUTED, PANEL, WRAP, Scene, TextItem
from .short_names import initials, name_forms, without_article
from .team_names import lines_needed

TEAM_PX = 28  # the name of the team that placed a card (the stripe's colour alone told teams apart)

def _form_at(forms: list[str], name: str, step: int) -> str:
    """The form of ``name`` (its ``forms``, see :func:`name_forms`) for a step of shortening (0 whole,
    1 without its article, 2 initials): the longest form no longer than that step's, so « Owls »
    (no article) stays whole where « Les Lynx » reads « Lynx »."""
    made = len(for_the_font([lambda n: n.strip(), without_article, initials][step](name)))
    return next((form for form in forms if len(form) <= made), forms[-1])


def page_labels(scene: Scene, ctx: StageContext, placers: list[str], width: float) -> dict[str, str]:
    """The forms of the teams ``placers`` under the titles of a page's tiles ``width`` wide: one step of
    shortening for all (« Lynx » and « Renards », not « Renards » beside « Les Lynx »), the least
    that lets every name read whole at the stage's smallest size; initials when none does."""
    forms = name_forms([t.name for t in ctx.state.teams])
    metrics = QFontMetricsF(scene.font(TEAM_PX * scene.u))
    for step in (0, 1, 2):
        labels = {n: _form_at(forms.get(n) or [for_the_font(n)], n, step) for n in placers}
        if all(metrics.horizontalAdvance(form) <= width - 1 for form in labels.values()):
            return labels
    return labels


def beside_dates(scene: Scene, ctx: StageContext, tiles: list[tuple[str, str]], width: float
                 ) -> tuple[float, dict[str, str], int] | None:
    """The dates' size (1080p px) and the teams' forms that stand side by side on the first line of
    every tile of a page ``width`` wide (``tiles``: each placed card's date and team), the same on
    each tile: the dates as large as leave room for every name, or every name without its article,
    down to the stage's smallest size; there, the initials of a team whose name does not fit even
    so (not every team's for one long name); None when not even those fit. Also returns the step of
    shortening (0 whole, 1 without the article, 2 some initials)."""
    u = scene.u
    forms = name_forms([t.name for t in ctx.state.teams])
    metrics = QFontMetricsF(scene.font(TEAM_PX * u))
    names = list(dict.fromkeys(n for _d, n in tiles))
    for px in (38, 34, 31, 28):
        dates = QFontMetricsF(scene.font(px * u * scene.text_scale, True))
        room = {n: min(width - 1 - 16 * u - dates.horizontalAdvance(for_the_font(d)) for d, m in tiles if m == n)
                for n in names}
        for step in (0, 1):
            labels, used = {}, step
            for n in names:
                own = forms.get(n) or [for_the_font(n)]
                labels[n] = _form_at(own, n, step)
                if metrics.horizontalAdvance(labels[n]) > room[n] and px == 28 and step == 1:
                    labels[n], used = _form_at(own, n, 2), 2
                if metrics.horizontalAdvance(labels[n]) > room[n]:
                    break
            else:
                return px, labels, used
    return None


def placing(scene: Scene, rect: QRectF, ctx: StageContext) -> None:
    """The card a team holds up, without its date."""
    u = scene.u
    team_id, card_id = ctx.placing
    scene.box(rect, PANEL, outline=INK, width=3 * u, radius=12 * u)
    inner = rect.adjusted(24 * u, 20 * u, -24 * u, -20 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 44 * u), translate("Stage", "Being placed"), 32,
               colour=MUTED, role="placing-heading", wrap=False)
    if ctx.state.has_team(team_id):
        team = ctx.state.team(team_id)
        lines = lines_needed(scene, [team.name], inner.width() - 56 * u, 34, most=2)
        team_chip(scene, QRectF(inner.left(), inner.top() + 52 * u, inner.width(), (52 + 36 * (lines - 1)) * u),
                  team.name, team.colour, role="placing-team")
        inner.setTop(inner.top() + 36 * (lines - 1) * u)  # a name on two lines: the card below it
    try:
        card = ctx.deck.card(card_id)
    except KeyError:
        return
    scene.text(QRectF(inner.left(), inner.top() + 120 * u, inner.width(), 70 * u), "?", 64, bold=True,
               flags=CENTRE, role="placing-date", wrap=False)
    scene.text(QRectF(inner.left(), inner.top() + 200 * u, inner.width(), 150 * u), card.title.get(ctx.lang),
               40, bold=True, role="placing-title")
    text = card.text.get(ctx.lang) if isinstance(card, EventCard) else ""
    if text:
        scene.text(QRectF(inner.left(), inner.top() + 360 * u, inner.width(), inner.bottom() - inner.top() - 360 * u),
                   text, 30, role="placing-text", grow=True)


def next_team(scene: Scene, rect: QRectF, ctx: StageContext, team_id: str) -> None:
    """Whose turn it is, where the card held up will show: « À jouer » and the team's chip."""
    u = scene.u
    scene.box(rect, PANEL, radius=12 * u)
    inner = rect.adjusted(24 * u, 20 * u, -24 * u, -20 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 44 * u), translate("Stage", "Next"), 32,
               colour=MUTED, role="next-heading", wrap=False)
    team = ctx.state.team(team_id)
    lines = lines_needed(scene, [team.name], inner.width() - 56 * u, 34, most=2)
    team_chip(scene, QRectF(inner.left(), inner.top() + 52 * u, inner.width(), (52 + 36 * (lines - 1)) * u),
              team.name, team.colour, role="next-team")


def next_row(scene: Scene, rect: QRectF, ctx: StageContext, team_id: str) -> None:
    """« À jouer : » then the team's chip, centred on a row (before the first card)."""
    u = scene.u
    team = ctx.state.team(team_id)
    colon = "\u00a0:" if ctx.lang == "fr" else ":"
    word = translate("Stage", "Next") + colon
    px = 40
    word_w = QFontMetricsF(scene.font(px * u * scene.text_scale)).horizontalAdvance(for_the_font(word)) + 2
    name_w = QFontMetricsF(scene.font(px * u * scene.text_scale)).horizontalAdvance(for_the_font(team.name)) + 2
    chip_w = min(rect.width() - word_w - 20 * u, 44 * u + 12 * u + name_w)
    left = rect.left() + max(0.0, (rect.width() - word_w - 20 * u - chip_w) / 2)
    scene.text(QRectF(left, rect.top(), word_w, rect.height()), word, px, role="next-heading", wrap=False)
    team_chip(scene, QRectF(left + word_w + 20 * u, rect.top(), chip_w, rect.height()), team.name, team.colour,
              role="next-team", px=px)  # as large as the lines above it


def result_words(ctx: StageContext, placement, title: str | None = None) -> str:
    """« Les Lynx — « title » : right, +1 » (``title``: the card's own, or a shortened one)."""
    if title is None:
        try:
            title = ctx.deck.card(placement.card_id).title.get(ctx.lang)
        except KeyError:
            title = placement.card_id
    team = ctx.state.team(placement.team_id).name if ctx.state.has_team(placement.team_id) else ""
    if placement.correct:
        verdict = translate("Stage", "right, +%1").replace("%1", str(placement.points))
    else:
        verdict = translate("Stage", "moved to its right place")
    colon = "\u00a0:" if ctx.lang == "fr" else ":"
    said = f"{quoted(title, ctx.lang)}{colon} {verdict}" if title else verdict  # its quotes turned to the inner kind
    return f"{team} — {said}" if title else f"{team}{colon} {verdict}"


def result_height(scene: Scene, width: float, ctx: StageContext, placement) -> float:
    """The height the last placement's line needs ``width`` wide: one line (64 at 1080p), or as many
    as its title needs to read whole at the stage's smallest size."""
    u = scene.u
    metrics = QFontMetricsF(scene.font(28 * u, True))
    room = width - 40 * u * scene.text_scale
    words = for_the_font(result_words(ctx, placement))
    if metrics.horizontalAdvance(words) <= room - 1:
        return 64 * u
    used = metrics.boundingRect(QRectF(0, 0, max(1.0, room), 1e6), int(LEFT) | int(WRAP), words)
    return max(64 * u, used.height() + 8 * u)


def last_placement(scene: Scene, rect: QRectF, ctx: StageContext, placement) -> TextItem:
    """How the last card placed went, its title whole (on two lines if it needs them)."""
    room = 40 * scene.u * scene.text_scale  # the drawn ✓ or ✗ first: the app's font has neither
    box = rect.adjusted(room, 0, 0, 0)
    two = rect.height() > 64 * scene.u + 1
    line = scene.text(box, result_words(ctx, placement), 34, bold=True, role="last-placement", wrap=two)
    try:
        words = ctx.deck.card(placement.card_id).title.get(ctx.lang).split()
    except KeyError:
        words = []
    while line.cut and len(words) > 1:  # too long even so: its first words, so the room knows which card
        words.pop()
        scene.items.remove(line)
        line = scene.text(box, result_words(ctx, placement, " ".join(words) + "…"), 34, bold=True,
                          role="last-placement", wrap=two)
    if line.cut:  # not even a word of it: the line says who and how
        scene.items.remove(line)
        line = scene.text(box, result_words(ctx, placement, ""), 34, bold=True, role="last-placement", wrap=two)
    scene.mark_beside(line, "right" if placement.correct else "wrong", "left")
    return line
