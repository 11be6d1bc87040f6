"""The debates of the PDF summary: for each round, its card, claim and sides, the votes before and
after with their chart, each team's votes, the arguments and the facts brought.

Each function takes the summary's PDF builder ``b`` and uses its words (``b.w``), paragraphs
(``b.p``), safe text (``b.text``), tables (``b.table``), bullets and team names, as
``summary_pdf_phones`` does.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from bataille.words import quoted

from .fonts import REGULAR, clean_text
from .summary_charts import votes_chart
from .summary_pdf_phones import minds_block
from .summary_pdf_style import WIDTH, KeepLowering, Lowering, source_refs
from .summary_rows import RoundRow, VoteResult
from .summary_words import (
    labelled,
    no_vote_after_key,
    origin_parts,
    percent,
    round_heading,
    rounding_key,
    signed,
    verdict_key,
    voters_differ_text,
    whole,
)
from .wording import figure_with_mark

CHART, CHART_LEAST = 150, 110  # the votes chart's height, and the least it is drawn when pressed


def debate_round(b, rnd: RoundRow) -> None:
    """One round: its card, claim and sides, the votes and their chart, the arguments, the facts."""
    title = f"{b.text(round_heading(b.s, rnd.number))} — {b.text(rnd.title)}"
    if rnd.untouched:  # opened and closed with nothing in it: one line, not three of nothing
        b.keep([b.p(f"<b>{title}</b>{b.text(b.w('untouched', heading=''))}")])
        return
    head = [b.p(title, "h1" if b.s.quick else "h2"),
            b.p(labelled(b.text(b.w("theme")), b.text(rnd.theme), b.lang), "small")]
    if rnd.claim:
        head.append(b.p(b.text(quoted(rnd.claim, b.lang)), "claim"))
    sides = []
    for side in ("for", "against"):
        names = ", ".join(b.team(t) for t, sd in rnd.sides if sd == side)
        if names:
            sides.append(labelled(f"<b>{b.text(b.w(side))}</b>", names, b.lang))
    if sides and not b.s.quick:  # a quick debate's camps are its sides: "For: For" says nothing
        head.append(b.p(" · ".join(sides)))
    if not rnd.closed:
        head.append(b.p(f"<i>{b.text(b.w('open_round'))}</i>", "small"))
    if rnd.before is None:
        head.append(b.p(b.text(b.w("no_vote")), "small"))
        b.keep(head)
    else:
        block = _votes_block(b, rnd)
        # The debate's heading, claim and sides go with its votes and their chart: kept apart, a
        # page could end with the claim and its votes come overleaf. Who changed their mind and
        # each team's votes are kept whole each, the next one overleaf when this page is full
        # (kept with the rest, they sent the whole debate overleaf and left a third of a page empty).
        b.story.append(KeepLowering(b.pending + head + block))
        b.pending = []
        minds = minds_block(b, rnd)
        if minds:
            b.keep(minds)
        b.story += _per_team_votes(b, rnd)
    # The round's end never stands alone on a page: its last argument goes with the facts.
    arguments = _arguments(b, rnd)
    arguments[-1].keepWithNext = 1
    b.story += arguments + _evidence(b, rnd)


def _votes_block(b, rnd: RoundRow) -> list:
    """The votes' table beside their chart, then the notes under them and the verdict."""
    votes = b.table(_vote_rows(b, rnd), [17 * mm, 19 * mm, 23 * mm, 20 * mm, 11 * mm], numeric_from=1)
    left = [votes]
    if b.s.phones_voted:  # once phones voted in the session, each debate says where its votes came from
        # one line a vote, under the table: beside the chart, which is taller than the table
        lines = [b.text(labelled(b.w("origin"), "", b.lang).rstrip())] + [b.text(x) for x in origin_parts(rnd, b.lang)]
        left += [Spacer(1, 2 * mm), b.p("<br/>".join(lines), "small")]

    def side_by_side(height: float) -> Table:
        chart = votes_chart(rnd, b.lang, width=WIDTH - 95 * mm, height=height)
        table = Table([[left, chart]], colWidths=[92 * mm, WIDTH - 92 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), REGULAR),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    # The chart is drawn lower, rather than the debate going overleaf, when that keeps it here.
    block = [Lowering(side_by_side, CHART, CHART_LEAST)]
    # "pp" said once in words, and why the figures may not add up, in one paragraph: a line less
    notes = [b.w("pp_legend")] * (rnd.shift is not None) + [b.w(rounding_key(rnd))] * rnd.rounded_off
    if notes:
        block.append(b.p(b.text(" ".join(notes)), "small"))
    if rnd.after is None and rnd.closed:
        block.append(b.p(b.text(b.w(no_vote_after_key(rnd))), "small"))
    if rnd.shift is not None:
        # Shares of 24 voters and of 15 are compared: said with the verdict that compares them.
        verdict = " ".join(filter(None, (b.w(verdict_key(rnd.shift)), voters_differ_text(rnd, b.lang))))
        block.append(b.p(b.text(verdict)))
    return block


def _vote_rows(b, rnd: RoundRow) -> list[list]:
    choices = ("agree", "disagree", "undecided")
    rows = [["", *(b.w(c) for c in choices), b.w("total")]]
    for stage, vote in (("before", rnd.before), ("after", rnd.after)):
        if vote is not None:
            rows.append([b.w(stage), *(_count(vote, c, b.lang) for c in choices),
                         whole(vote.total.total)])
    if rnd.shift is not None:
        pp = clean_text(b.w("pp"))  # "−16 pp" fits its column on one line, kept so by a no-break space
        rows.append([b.w("shift"), *(f"{signed(getattr(rnd.shift, c), b.lang)}\u00a0{pp}" for c in choices),
                     ""])
    return rows


def _per_team_votes(b, rnd: RoundRow) -> list:
    before, after = rnd.before, rnd.after
    if before is None or not any(v.who != "room" for v in before.by):
        return []
    after_by = {v.who: v for v in after.by} if after else {}
    rows = [[b.group(), b.w("before"), b.w("after")]]
    for v in before.by:
        a = after_by.get(v.who)
        rows.append([b.team_cell(v.who), _abc(v), _abc(a) if a else "–"])
    # A heading of its own, as the phones' tables have: a small line under the phones' table read
    # as that table's caption.
    label = b.p(b.text(b.w("votes_by_side" if b.s.quick else "votes_by_team")), "h3")
    label.keepWithNext = 1  # with the table's first rows at least (summary_pdf_style.KeepStart)
    return [label, b.table(rows, [60 * mm, 30 * mm, 30 * mm], numeric_from=1)]


def _arguments(b, rnd: RoundRow) -> list:
    """The round's arguments side by side, one item a flowable: a heading (kept with what
    follows) takes the first item with it, not the whole list."""
    block = [b.p(b.text(b.w("arguments")), "h3")]
    if not rnd.arguments:
        block.append(b.p(b.text(b.w("no_arguments")), "small"))
    for side in ("for", "against"):
        mine = [a for a in rnd.arguments if a.side == side]
        if not mine:
            continue
        # A quick debate's camp is the side its arguments are listed under: not named twice.
        texts = [b.said(a.text) if b.s.quick else f"<b>{b.team(a.team_id)}</b> — {b.said(a.text)}"
                 for a in mine]
        block.append(b.p(f"<b>{b.text(b.w(side))}</b>", "label"))
        block += [b.bullet(text) for text in texts]
    return block


def _evidence(b, rnd: RoundRow) -> list:
    """The facts the teams brought to the debate; none is said in one line, not under a heading."""
    if not rnd.evidence:
        return [b.p(b.text(b.w("no_evidence")), "small")]
    facts = []
    for e in rnd.evidence:
        figure = figure_with_mark(e.figure, e.contested, b.lang)
        figure = f" ({b.text(figure)})" if figure else ""
        refs = f" <font color='#555555'>[{source_refs(e.sources)}]</font>" if e.sources else ""
        fact = b.p(f"<b>{b.team(e.team_id)}</b> — {b.text(quoted(e.title, b.lang))}{figure}{refs}")
        fact.allowWidows = 0  # a fact on two lines is not cut after its first one
        facts.append(fact)
    # The heading goes with the first two facts, and the last fact with the one before it: a page
    # never begins with one fact alone, the list's end (it left « Les Renards — … » alone atop a page).
    facts[0].keepWithNext = len(facts) > 2
    if len(facts) > 1:
        facts[-2].keepWithNext = 1
    return [b.p(b.text(b.w("evidence")), "h3"), *facts]


def _count(vote: VoteResult, choice: str, lang: str) -> str:
    return clean_text(f"{whole(getattr(vote.total, choice))} ({percent(vote.whole_share(choice), lang)})")


def _abc(v) -> str:
    return f"{whole(v.agree)} / {whole(v.disagree)} / {whole(v.undecided)}"
