"""The phones' parts of the PDF summary: who changed their mind, phones by team, the feedback.

Each function takes the summary's PDF builder ``b`` and uses its words (``b.w``), paragraphs
(``b.p``), safe text (``b.text``), tables (``b.table``), bullets and team names.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from .summary_phones import counted, grouped_commitments
from .summary_rows import FeedbackRow, RoundRow
from .summary_words import decimal

CHOICES = ("agree", "disagree", "undecided")


def minds_block(b, rnd: RoundRow) -> list:
    """Who changed their mind (phones that voted both times): before -> after, 3 x 3."""
    m = rnd.minds
    if m is None:
        return []
    rows = [[b.w("minds_head"), *(b.w(c) for c in CHOICES)],
            *([b.w(c), *(str(n) for n in row)] for c, row in zip(CHOICES, m.table, strict=True))]
    block = [b.p(b.text(b.w("minds")), "h3"),
             b.p(b.text(b.w("minds_line", voters=m.voters, share=f"{m.changed_share:.0f}"))),
             b.table(rows, [52 * mm, 24 * mm, 24 * mm, 24 * mm], numeric_from=1)]
    if m.dead_heat:
        block.append(b.p(b.text(b.w("minds_dead_heat"))))
    return block + tallies_block(b, rnd)


def tallies_block(b, rnd: RoundRow) -> list:
    """The phones' answers team by team (for the phones that picked a team)."""
    if not rnd.phone_tallies:
        return []
    teams = list(dict.fromkeys(t for _s, t, *_ in rnd.phone_tallies))
    cell = {(st, t): f"{a} / {d} / {u}" for st, t, a, d, u in rnd.phone_tallies}
    rows = [[b.group(), b.w("before"), b.w("after")],
            *([b.team(t), cell.get(("before", t), "–"), cell.get(("after", t), "–")] for t in teams)]
    heading = b.w("phone_tallies_quick" if b.s.quick else "phone_tallies")  # a quick debate's teams are its camps
    return [b.p(b.text(heading), "h3"), b.table(rows, [52 * mm, 30 * mm, 30 * mm], numeric_from=1)]


def feedback_block(b, f: FeedbackRow | None) -> list:
    """The phones' feedback at the end of the debrief, anonymous and aggregated."""
    if f is None:
        return []
    story = [b.p(b.text(b.w("feedback")), "h2"),
             b.p(b.text(b.w("feedback_line", answers=f.answers, average=decimal(f.average, b.lang)))),
             b.table([[b.w("rating"), *(str(n) for n in range(1, 6))], ["", *map(str, f.ratings)]],
                     [30 * mm, *(16 * mm,) * 5], numeric_from=1)]
    if f.themes:
        story += [b.p(b.text(b.w("feedback_theme")), "h3"),
                  *b.bullets([f"{b.text(name)} — {n}" for _theme, name, n in f.themes])]
    if f.commitments:  # each said once, with how many wrote it (the JSON and the CSV keep every copy)
        story += [b.p(b.text(b.w("feedback_commitments")), "h3"),
                  *b.bullets([counted(b.said(text), n, "\u00a0") for text, n in grouped_commitments(f.commitments)])]
    return story
