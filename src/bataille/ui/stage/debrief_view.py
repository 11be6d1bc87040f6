"""The debrief on the stage: the podium, how the room's opinion moved on each debate, the key
figures played, what the room takes away and commits to."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import figure_in_title

from .parts import StageContext, team_chip, translate
from .scene import INK, MUTED, PANEL, RIGHT, TOP_LEFT, Scene, TextItem


def paint_debrief(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """Podium and debates on the left; key figures, takeaways and commitments on the right."""
    u = scene.u
    state = ctx.state
    left_w = body.width() * 0.42
    gap = 24 * u
    if ctx.quick:  # one debate, no teams: its shift, then the room's words
        _debates(scene, QRectF(body.left(), body.top(), left_w, body.height()), ctx)
    else:
        podium_h = min(body.height() * 0.5, (110 + 64 * len(state.teams)) * u)
        _podium(scene, QRectF(body.left(), body.top(), left_w, podium_h), ctx)
        _debates(scene, QRectF(body.left(), body.top() + podium_h + gap, left_w, body.height() - podium_h - gap), ctx)
    right = QRectF(body.left() + left_w + 30 * u, body.top(), body.width() - left_w - 30 * u, body.height())
    third = (right.height() - 2 * gap) / 3
    figures = _key_figures(ctx)
    _list(scene, QRectF(right.left(), right.top(), right.width(), third), translate("Stage", "Key figures"),
          figures, "key-figure", 2)
    _list(scene, QRectF(right.left(), right.top() + third + gap, right.width(), third),
          translate("Stage", "What we take away"), list(state.debrief.takeaways), "takeaway", 2)
    colon = "\u00a0: " if ctx.lang == "fr" else ": "  # French puts a no-break space before a colon
    commitments = [f"{state.team(tid).name}{colon}{text}" if tid and state.has_team(tid) else text
                   for tid, text in state.debrief.commitments]
    _list(scene, QRectF(right.left(), right.top() + 2 * (third + gap), right.width(), third),
          translate("Stage", "What we commit to"), commitments, "commitment", 2)


def _podium(scene: Scene, panel: QRectF, ctx: StageContext) -> None:
    """The teams by score, ties sharing a rank; the first three larger."""
    u = scene.u
    ranked = sorted(ctx.state.teams, key=lambda team: -team.score)
    scene.box(panel, PANEL, radius=10 * u)
    scene.text(QRectF(panel.left() + 24 * u, panel.top() + 12 * u, panel.width() - 48 * u, 56 * u),
               translate("Stage", "Podium"), 40, bold=True, role="heading", wrap=False)
    row_h = min(64 * u, (panel.height() - 84 * u) / max(1, len(ranked)))
    for i, team in enumerate(ranked):
        rank = 1 + sum(1 for other in ranked if other.score > team.score)  # ties share a rank
        rect = QRectF(panel.left() + 24 * u, panel.top() + 76 * u + i * row_h, panel.width() - 48 * u, row_h)
        team_chip(scene, rect, f"{rank}. {team.name}", team.colour, str(team.score), role="rank",
                  px=36 if rank <= 3 else 30)


def _debates(scene: Scene, panel: QRectF, ctx: StageContext) -> None:
    """For each debate voted twice: its theme, "agree" before → after, and the side that won."""
    u = scene.u
    scene.box(panel, PANEL, radius=10 * u)
    scene.text(QRectF(panel.left() + 24 * u, panel.top() + 12 * u, panel.width() - 48 * u, 56 * u),
               translate("Stage", "How opinion moved"), 40, bold=True, role="heading", wrap=False)
    voted = [r for r in ctx.state.rounds if r.before and r.after and r.revealed_after]
    inner = panel.adjusted(24 * u, 76 * u, -24 * u, -12 * u)
    if not voted:
        scene.text(QRectF(inner.left(), inner.top(), inner.width(), 50 * u),
                   translate("Stage", "No debate voted twice yet."), 30, colour=MUTED, role="debate-shift")
        return
    shown = voted[-5:]
    row_h = min(56 * u, inner.height() / len(shown))
    for i, rnd in enumerate(shown):
        row = QRectF(inner.left(), inner.top() + i * row_h, inner.width(), row_h)
        theme = ctx.deck.theme_name(rnd.theme_id, ctx.lang)
        before, after = rnd.before.total.share("agree"), rnd.after.total.share("agree")
        arrow = "rise" if after > before else "fall" if after < before else "same"
        # The figures are never cut: the theme's name gives way first (cut with an ellipsis).
        scene.text(QRectF(row.left(), row.top(), row.width() * 0.5, row.height()), theme, 30, colour=INK,
                   role="debate-theme", wrap=False)
        head, _, tail = translate("Stage", "agree %1% %2 %3%").partition("%2")
        shift = scene.text(QRectF(row.left() + row.width() * 0.5, row.top(), row.width() * 0.5, row.height()),
                           head.replace("%1", f"{before:.0f}") + ARROW_ROOM + tail.replace("%3", f"{after:.0f}"),
                           30, bold=True, colour=INK, flags=RIGHT, role="debate-shift", wrap=False, min_px=8)
        _arrow_in_room(scene, shift, arrow)


def _key_figures(ctx: StageContext) -> list[str]:
    """The figures of the fact cards played as evidence, each once, in the order they were played."""
    seen: list[str] = []
    for rnd in ctx.state.rounds:
        for evidence in rnd.evidence:
            try:
                card = ctx.deck.card(evidence.card_id)
            except KeyError:
                continue
            figure = getattr(card, "figure", None)
            title = card.title.get(ctx.lang)
            said = figure.get(ctx.lang) if figure else ""
            line = f"{said} — {title}" if said and not figure_in_title(said, title) else title
            if line not in seen:
                seen.append(line)
    return seen


def _list(scene: Scene, rect: QRectF, title: str, lines: list[str], role: str, most: int) -> None:
    u = scene.u
    scene.box(rect, PANEL, radius=10 * u)
    inner = rect.adjusted(24 * u, 12 * u, -24 * u, -12 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 52 * u), title, 36, bold=True,
               role="heading", wrap=False)
    if not lines:
        scene.text(QRectF(inner.left(), inner.top() + 60 * u, inner.width(), 50 * u), "…", 32,
                   colour=MUTED, role=role)
        return
    shown = lines[-most:]
    row_h = (inner.height() - 60 * u) / len(shown)
    for i, line in enumerate(shown):
        scene.text(QRectF(inner.left(), inner.top() + 60 * u + i * row_h, inner.width(), row_h - 4 * u),
                   "• " + line, 30, colour=INK, role=role, flags=TOP_LEFT)



ARROW_ROOM = "\u00a0" * 3  # where the drawn ↗ ↘ → goes: the app's font has none of them


def _arrow_in_room(scene: Scene, text: TextItem, kind: str) -> None:
    """Draw the arrow ``kind`` in the room ARROW_ROOM keeps inside ``text``."""
    at = text.text.find(ARROW_ROOM)
    if at < 0:
        return
    metrics = QFontMetricsF(scene.font(text.px, text.bold))
    left = text.used.left() + metrics.horizontalAdvance(text.text[:at])
    room = metrics.horizontalAdvance(ARROW_ROOM)
    size = min(room * 0.9, text.px * 0.8)
    scene.mark(QRectF(left + (room - size) / 2, text.used.center().y() - size / 2, size, size), kind, text.colour)
