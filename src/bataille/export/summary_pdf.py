"""The summary as a PDF a teacher can print and file: A4, Atkinson Hyperlegible, tables and bar charts."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from bataille.words import typeset

from .errors import ExportError
from .fonts import BOLD, REGULAR, clean_text, paragraph_text, register_fonts
from .summary_agenda import agenda_lines, break_words, status_text
from .summary_charts import indicators_chart, scores_chart, scores_height
from .summary_pdf_debates import debate_round
from .summary_pdf_indicators import indicators_table
from .summary_pdf_phones import feedback_block
from .summary_pdf_style import (
    MARGIN,
    MUTED,
    WIDTH,
    Shrinking,
    hold_with_next,
    ruled_table,
    source_refs,
    styles,
    swatch,
)
from .summary_rows import Summary, by_scenario
from .summary_times import header_length, held_text, under_way_text
from .summary_words import (
    minutes_text,
    place_text,
    shorten,
    summary_title,
    whole,
    word,
)
from .wording import ExportMessage, after_title

# A text from a session file is at most 10,000 characters (workshop/event_check.py): what the app
# writes is under 500, and one cell of a table must fit on a page, so longer texts are cut here.
MAX_TEXT = 1_000
MAX_NAME = 120
# A section (the timeline, the debates, the scenarios, the debrief) starts on a new page when less
# than this is left: its heading always goes with a whole first block (hold_with_next), so a page
# with room for a debate's claim or a team's choices no longer ends a third empty.
SECTION_ROOM = 60 * mm


def _t(text: object, limit: int = MAX_TEXT) -> str:
    """Plain text made safe for a Paragraph and drawable by the face (cut at ``limit`` characters):
    see fonts.paragraph_text for the characters the face lacks."""
    return paragraph_text(shorten(str(text), limit))


class _Builder:
    """Turns a Summary into platypus flowables, section by section."""

    def __init__(self, summary: Summary) -> None:
        self.s = summary
        self.lang = summary.lang
        self.st = styles()
        self.story: list = []
        self.pending: list = []  # a section heading, kept with the first block that follows it

    def keep(self, block: list) -> None:
        """Add flowables that must stay on one page (with any heading waiting for them)."""
        self.story.append(KeepTogether(self.pending + block))
        self.pending = []

    def w(self, key: str, **fields: object) -> str:
        return word(key, self.lang, **fields)

    def text(self, value: object) -> str:
        return _t(value)

    def said(self, value: str) -> str:
        """What the room typed (an argument, a takeaway, a commitment), set for print in its language."""
        return _t(typeset(value, self.lang))

    def table(self, rows: list[list], widths: list[float], numeric_from: int = 99) -> Table:
        return ruled_table(rows, widths, numeric_from)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, self.st[style])

    def team(self, team_id: str | None) -> str:
        return _t(self.s.team_name(team_id), MAX_NAME) if team_id else _t(self.w("whole_room"))

    def group(self) -> str:
        """What a column of teams is headed: "Team", or "Side" in a quick debate (its two camps)."""
        return self.w("camp" if self.s.quick else "team")

    def team_cell(self, team_id: str, label: str | None = None) -> Table:
        """A team name (or ``label``, made safe already) with its colour swatch, for a table cell."""
        cell = Table([[swatch(self.s.team_colour(team_id)), self.p(label or self.team(team_id), "cell")]],
                     colWidths=[12, None], hAlign="LEFT")
        cell.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                  ("VALIGN", (0, 0), (0, 0), "MIDDLE")]))
        return cell

    # --- sections -----------------------------------------------------------------------

    def heading(self) -> None:
        s = self.s
        self.story += [self.p(_t(summary_title(s)), "title"), self.p(_t(s.deck_title), "subtitle")]
        deck = f"{_t(s.deck_title)} ({_t(s.deck_id)}), {self.w('version')} {_t(s.deck_version)}"
        if s.deck_changed:
            deck += f" — <i>{_t(self.w('deck_changed'))}</i>"
        length = header_length(s)
        rows = [[self.p(f"<b>{_t(self.w(k))}</b>", "cell"), self.p(v, "cell")]
                for k, v in (("date", _t(held_text(s))), ("deck", deck),
                             ("length", _t(length)))]
        self.story.append(ruled_table(rows, [35 * mm, WIDTH - 35 * mm], header=False))
        if (under_way := under_way_text(s)) is not None:  # not the end of the workshop: said first thing
            self.story += [Spacer(1, 4), self.p(f"<b>{_t(under_way)}</b>", "cell")]

    def phases(self) -> None:
        if self.s.quick:  # one phase: the header says what it was and how long it took
            return
        self.story.append(self.p(_t(self.w("phases")), "h1"))
        rows = [[self.w("phase"), self.w("planned"), self.w("actual"), self.w("status")]]
        lines, total = agenda_lines(self.s)
        for line in lines:
            real = "–" if line.minutes is None else minutes_text(line.minutes * 60, self.lang)
            if line.kind != "phase":  # a break, where it was: the minutes add up to the real length
                label, where = break_words(line, self.lang)
                rows.append([self.p(f"<i>{_t(label)} — {_t(where)}</i>", "cell"), "", real, ""])
                continue
            ph = line.phase
            status = status_text(self.s, ph, self.lang)
            rows.append([self.p(_t(ph.title), "cell"), minutes_text(ph.planned_minutes * 60, self.lang),
                         real, self.p(_t(status), "cell")])
        rows.append([self.w("total"), minutes_text(self.s.planned_minutes * 60, self.lang),
                     minutes_text(total * 60, self.lang), ""])
        # The status on one line when it can (« jouée, écourtée : 3 thèmes débattus sur 5 »), a
        # break's label too (« Pause — minuteur arrêté pendant « La frise de l’IA » »): a line more
        # sends the scores chart of 8 teams overleaf on Letter paper.
        self.story.append(ruled_table(rows, [79.5 * mm, 17 * mm, 17 * mm, WIDTH - 113.5 * mm], numeric_from=1))
        self.story[-1].setStyle(TableStyle([("ALIGN", (3, 0), (3, -1), "LEFT"), ("RIGHTPADDING", (3, 0), (3, -1), 0),
                                            ("FONT", (0, -1), (-1, -1), BOLD, 9)]))

    def teams(self) -> None:
        if self.s.quick:  # two camps, no points: a table and a chart of zeros would say nothing
            return
        self.story.append(self.p(_t(self.w("teams")), "h1"))
        rows = [[self.w("rank"), self.w("team"), self.w("timeline_points"), self.w("award_points"),
                 self.w("score")]]
        for t in self.s.teams:
            rows.append([str(t.rank), self.team_cell(t.id), whole(t.timeline_points), whole(t.other_points),
                         whole(t.score)])
        # As wide as the agenda above and the awards below; the score is plain text in bold, so
        # that the column's right alignment applies to it (a Paragraph kept its own, left).
        table = ruled_table(rows, [14 * mm, WIDTH - 99 * mm, 25 * mm, 40 * mm, 20 * mm], numeric_from=2)
        table.setStyle(TableStyle([("FONT", (4, 1), (4, -1), BOLD, 9)]))
        self.story += [table, Spacer(1, 6)]
        if self.s.teams:  # lower, down to 14 points a bar, rather than overleaf with a hole above
            count = len(self.s.teams)
            self.story.append(Shrinking(lambda height: scores_chart(self.s, width=WIDTH, height=height),
                                        scores_height(count), scores_height(count, 14)))
        if self.s.awards:  # its heading kept with its first rows (hold_with_next)
            self.story.append(self.p(_t(self.w("awards")), "h3"))
            rows = [[self.w("team"), self.w("reason"), self.w("round", n="").strip(), self.w("points")]]
            for a in self.s.awards:
                rows.append([self.team_cell(a.team_id), self.p(_t(a.reason or "–"), "cell"),
                             whole(a.round) if a.round else "–", whole(a.points, signed=True)])
            self.story.append(ruled_table(rows, [55 * mm, WIDTH - 95 * mm, 20 * mm, 20 * mm], numeric_from=2))

    def timeline(self) -> None:
        s = self.s
        if not s.placements:
            return
        self.story += [CondPageBreak(SECTION_ROOM), self.p(_t(self.w("timeline")), "h1")]
        rows = [[self.w("team"), self.w("right"), self.w("wrong"), self.w("points")]]
        for t in s.timeline_by_team:
            rows.append([self.team_cell(t.team_id), whole(t.right), whole(t.wrong), whole(t.points)])
        self.story.append(ruled_table(rows, [WIDTH - 85 * mm, 30 * mm, 30 * mm, 25 * mm], numeric_from=1))
        self.story.append(self.p(_t(self.w("placements")), "h3"))
        rows = [[self.w("team"), self.w("card"), self.w("year"), self.w("verdict"), self.w("points")]]
        for p in s.placements:
            title = _t(p.title) + (f" <font color='#555555'>[{source_refs(p.sources)}]</font>" if p.sources else "")
            verdict = self.w("placed_right") if p.correct else self.w("placed_wrong")
            rows.append([self.team_cell(p.team_id), self.p(title, "cell"), str(p.year or "–"),
                         verdict, whole(p.points, signed=True)])
        # The team's column holds a name of 22 characters on one line (« Équipe Wagner-Mozart 2 »),
        # beside its swatch; the verdict's keeps room for "wrong place".
        self.story.append(ruled_table(rows, [46 * mm, WIDTH - 104 * mm, 16 * mm, 22 * mm, 20 * mm], numeric_from=4))

    def debates(self) -> None:
        if not self.s.rounds:
            return
        self.story.append(CondPageBreak(SECTION_ROOM))
        # A quick debate's one debate is a section of its own, under its own heading.
        self.pending = [] if self.s.quick else [self.p(_t(self.w("debates")), "h1")]
        for rnd in self.s.rounds:
            debate_round(self, rnd)

    def scenarios(self) -> None:
        walks = self.s.scenarios
        if not walks:
            return
        self.story.append(CondPageBreak(SECTION_ROOM))
        self.pending = [self.p(_t(self.w("scenarios")), "h1")]
        for group, ending in by_scenario(walks):
            # where this future leads: the whole epilogue, once a scenario (its debrief question too),
            # kept on the page of the last team that played it
            after = [self.p(_t(f"{self.w('ending')} — {group[0].title}"), "h3"), self.p(_t(ending))] if ending else []
            for n, walk in enumerate(group, start=1):
                self.keep(self._walk(walk) + (after if n == len(group) else []))
        self._comparison()

    def _walk(self, walk) -> list:
        """A team's path through its scenario: the decisions, the options chosen and what they moved."""
        title = f"{self.team(walk.team_id)} — {_t(walk.title)}"
        if not walk.finished:
            title += f" <font size='9' color='#555555'>({_t(self.w('unfinished'))})</font>"
        if not walk.choices:  # a header over no row says less than one line
            return [self.p(title, "h2"), self.p(_t(self.w("no_decision")), "small")]
        rows = [[self.w("decision"), self.w("choice")]]
        for c in walk.choices:
            effects = walk.effects_text(c)  # under the option, smaller: what the choice moved
            option = _t(c.option) + (f"<br/><font size='8' color='#555555'>{_t(effects)}</font>" if effects else "")
            rows.append([self.p(_t(c.decision), "cell"), self.p(option, "cell")])
        return [self.p(title, "h2"), ruled_table(rows, [60 * mm, WIDTH - 60 * mm])]

    def _comparison(self) -> None:
        walks = [w for w in self.s.scenarios if w.indicators]
        if not walks:
            return
        ids = [i.id for i in walks[0].indicators]
        walks = [w for w in walks if [i.id for i in w.indicators] == ids]
        # The table under its heading, then its chart, on the next page when the rest of this one
        # is too short for it (kept together, the two left a third of a page empty above them).
        self.story += [self.p(_t(self.w("indicators")), "h2"), indicators_table(self, walks), Spacer(1, 6)]
        chart = indicators_chart(self.s, width=WIDTH)
        if chart is not None:
            self.story.append(chart)

    def debrief(self) -> None:
        s = self.s
        if not s.debrief_shown:
            return  # skipped, not reached, or a quick debate's: "Nothing noted" twice would say nothing
        self.story += [CondPageBreak(SECTION_ROOM), self.p(_t(self.w("debrief")), "h1"),
                       self.p(_t(self.w("takeaways")), "h2")]
        self.story += self.bullets([self.said(t) for t in s.takeaways])
        self.story.append(self.p(_t(self.w("commitments")), "h2"))
        self.story += self.bullets([f"<b>{self.team(c.team_id)}</b> — {self.said(c.text)}" for c in s.commitments])
        self.story += feedback_block(self, s.feedback)

    def bullets(self, texts: list[str]) -> list:
        """One bullet per text, or the small "none" line when there is none."""
        if not texts:
            return [self.p(_t(self.w("none")), "small")]
        return [self.bullet(t) for t in texts]

    def bullet(self, text: str) -> ListFlowable:
        """One bulleted item, a list of its own, so that a heading goes to the next page with the
        first item alone (a heading kept with a whole list would leave the page half empty)."""
        return ListFlowable([ListItem(self.p(text), leftIndent=12)], bulletType="bullet", start="•",
                            bulletFontName=REGULAR, leftIndent=12, bulletFontSize=9)

    def sources(self) -> None:
        """The sources cited, numbered; left out when none is (a heading over "none" on a page of
        its own said nothing). A short list stays on the page of what comes before it."""
        if not self.s.sources:
            return
        entries = []
        for src in self.s.sources:
            places = ", ".join(place_text(p, self.lang, self.s.quick) for p in src.cited_in)
            url = _t(src.url)
            note = f" — {_t(src.note)}" if src.note else ""  # as the guide gives it
            entries.append(self.p(
                f"[{src.number}] {_t(src.publisher)}, {src.year}. <i>{_t(src.title)}</i>{after_title(src.title, src.lang, self.lang)} "
                f"<font color='#1F4E8C'>{url}</font>{note} <font color='#555555'>— "
                f"{_t(self.w('cited_in'))} {_t(places)}</font>", "small"))
        if len(entries) <= SHORT_SECTION and self.story and not isinstance(self.story[-1], KeepTogether):
            self.story[-1].keepWithNext = 1
        if len(entries) > 1:  # the last page holds two sources at least, never one alone
            entries[-2].keepWithNext = 1
        self.story += [self.p(_t(self.w("sources")), "h1"), *entries]

    def build(self) -> list:
        self.heading()
        self.phases()
        self.teams()
        self.timeline()
        self.debates()
        self.scenarios()
        self.debrief()
        self.sources()
        return hold_with_next(self.story)


SHORT_SECTION = 2  # entries of a last section too short to stand on a page of its own


def render_summary_pdf(summary: Summary, paper: str = "a4") -> bytes:
    """The summary as PDF bytes on ``paper`` ("a4", or "letter": the same column, centred on the
    wider page, its pages shorter), the same summary giving the same bytes."""
    register_fonts()
    page = LETTER if paper == "letter" else A4
    side = (page[0] - WIDTH) / 2  # A4's margin on A4
    buffer = io.BytesIO()
    footer = clean_text(f"{summary_title(summary, 'footer')} · {held_text(summary)}")

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(side, 10 * mm, footer)
        canvas.drawRightString(page[0] - side, 10 * mm, word("page", summary.lang, n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=page, leftMargin=side, rightMargin=side, topMargin=MARGIN,
        bottomMargin=MARGIN, title=clean_text(f"{summary_title(summary)} — {summary.deck_title}"),
        author="", subject=clean_text(summary_title(summary, "footer")), creator="Bataille IA",
        lang=summary.lang, invariant=1, initialFontName=REGULAR,  # not reportlab's unembedded Helvetica
    )
    try:
        doc.build(_Builder(summary).build(), onFirstPage=decorate, onLaterPages=decorate)
    except LayoutError as exc:  # texts are cut to fit a page (MAX_TEXT): a last guard, not the rule
        raise ExportError(ExportMessage("summary.too_long")) from exc
    return buffer.getvalue()
