"""The summary as Markdown, with its charts as SVG files in a folder beside it."""

from __future__ import annotations

import re

from bataille.words import minus_sign, quoted, typeset

from .summary_agenda import agenda_lines, break_words, status_text
from .summary_charts import indicators_chart, scores_chart, svg_bytes, votes_chart
from .summary_phones import counted, grouped_commitments
from .summary_rows import ArgumentRow, RoundRow, Summary, VoteResult, by_scenario
from .summary_times import header_length, held_text, under_way_text
from .summary_words import (
    decimal,
    labelled,
    minutes_text,
    no_vote_after_key,
    origin_text,
    percent,
    place_text,
    round_heading,
    rounding_key,
    signed,
    summary_title,
    verdict_key,
    voters_differ_text,
    votes_title,
    whole,
    word,
)
from .wording import after_title, figure_with_mark

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")  # runs of spaces and breaks, not French typography's own


def md(text: object) -> str:
    """Text with Markdown's special characters escaped (team names and arguments are free text)."""
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(text)).strip())


def _table(header: list[str], rows: list[list[str]], right: tuple[int, ...] = ()) -> list[str]:
    """A pipe table; the columns in ``right`` (numbers) are right-aligned."""
    align = ["---:" if i in right else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


class _Writer:
    """Builds the Markdown lines and the figures, section by section."""

    def __init__(self, summary: Summary, figures: str) -> None:
        self.s = summary
        self.lang = summary.lang
        self.folder = figures
        self.lines: list[str] = []
        self.files: dict[str, bytes] = {}

    def w(self, key: str, **fields: object) -> str:
        return word(key, self.lang, **fields)

    def colon(self, label: str, value: str) -> str:
        return labelled(label, value, self.lang)

    def team(self, team_id: str | None) -> str:
        return md(self.s.team_name(team_id)) if team_id else md(self.w("whole_room"))

    def group(self) -> str:
        """What a column of teams is headed: "Team", or "Side" in a quick debate (its two camps)."""
        return self.w("camp" if self.s.quick else "team")

    def quote(self, text: str) -> str:
        """``text`` (already Markdown) between the language's quotes, quotes inside it alternated."""
        return quoted(text, self.lang)

    def figure(self, name: str, drawing, alt: str) -> None:
        if drawing is None:
            return
        self.files[name] = svg_bytes(drawing, alt)
        self.lines += [f"![{md(alt)}](<{self.folder}/{name}>)", ""]

    # --- sections -----------------------------------------------------------------------

    def heading(self) -> None:
        s = self.s
        deck = f"{md(s.deck_title)} ({md(s.deck_id)}), {self.w('version')} {md(s.deck_version)}"
        if s.deck_changed:
            deck += f" — *{self.w('deck_changed')}*"
        length = header_length(s)
        self.lines += [
            f"# {summary_title(s)} — {md(s.deck_title)}", "",
            "- " + self.colon(f"**{self.w('date')}**", held_text(s)),
            "- " + self.colon(f"**{self.w('deck')}**", deck),
            "- " + self.colon(f"**{self.w('length')}**", length), "",
        ]
        if (under_way := under_way_text(s)) is not None:  # not the end of the workshop: said first thing
            self.lines += [f"**{md(under_way)}**", ""]

    def phases(self) -> None:
        if self.s.quick:  # one phase: the header says what it was and how long it took
            return
        rows = []
        lines, total = agenda_lines(self.s)
        for line in lines:
            real = "–" if line.minutes is None else minutes_text(line.minutes * 60, self.lang)
            if line.kind != "phase":  # a break, where it was: the minutes add up to the real length
                label, where = break_words(line, self.lang)
                rows.append([f"*{md(label)}*", "", real, f"*{md(where)}*"])
                continue
            ph = line.phase
            status = status_text(self.s, ph, self.lang)
            rows.append([md(ph.title), minutes_text(ph.planned_minutes * 60, self.lang), real, status])
        rows.append([f"**{self.w('total')}**", f"**{minutes_text(self.s.planned_minutes * 60, self.lang)}**",
                     f"**{minutes_text(total * 60, self.lang)}**", ""])
        self.lines += [f"## {self.w('phases')}", ""]
        self.lines += _table([self.w("phase"), self.w("planned"), self.w("actual"), self.w("status")], rows, (1, 2))

    def teams(self) -> None:
        if self.s.quick:  # two camps, no points: a table of zeros would say nothing
            return
        self.lines += [f"## {self.w('teams')}", ""]
        rows = [[str(t.rank), md(t.name), str(t.timeline_points), str(t.other_points), f"**{t.score}**"]
                for t in self.s.teams]
        self.lines += _table([self.w("rank"), self.w("team"), self.w("timeline_points"), self.w("award_points"),
                              self.w("score")], rows, (2, 3, 4))
        self.figure("scores.svg", scores_chart(self.s), self.w("chart_scores"))
        if self.s.awards:
            self.lines += [f"### {self.w('awards')}", ""]
            rows = [[self.team(a.team_id), md(a.reason or "–"), str(a.round or "–"), _signed(a.points)]
                    for a in self.s.awards]
            self.lines += _table([self.w("team"), self.w("reason"), self.w("round", n="").strip(),
                                  self.w("points")], rows, (2, 3))

    def timeline(self) -> None:
        s = self.s
        if not s.placements:
            return
        self.lines += [f"## {self.w('timeline')}", ""]
        rows = [[self.team(t.team_id), str(t.right), str(t.wrong), str(t.points)] for t in s.timeline_by_team]
        self.lines += _table([self.w("team"), self.w("right"), self.w("wrong"), self.w("points")], rows, (1, 2, 3))
        self.lines += [f"### {self.w('placements')}", ""]
        rows = []
        for p in s.placements:
            refs = " " + _refs(p.sources) if p.sources else ""
            rows.append([self.team(p.team_id), md(p.title) + refs, str(p.year or "–"),
                         self.w("placed_right") if p.correct else self.w("placed_wrong"), whole(p.points, True)])  # as the PDF
        self.lines += _table([self.w("team"), self.w("card"), self.w("year"), self.w("verdict"),
                              self.w("points")], rows, (2, 4))

    def debates(self) -> None:
        if not self.s.rounds:
            return
        if not self.s.quick:  # a quick debate's one debate is a section of its own
            self.lines += [f"## {self.w('debates')}", ""]
        for rnd in self.s.rounds:
            self.debate(rnd)

    def debate(self, rnd: RoundRow) -> None:
        heading = f"{round_heading(self.s, rnd.number)} — {md(rnd.title)}"
        if rnd.untouched:  # opened and closed with nothing in it: one line, not three of nothing
            self.lines += [self.w("untouched", heading=f"**{heading}**"), ""]
            return
        self.lines += [f"{'##' if self.s.quick else '###'} {heading}", "",
                       f"*{self.colon(self.w('theme'), md(rnd.theme))}*", ""]
        if rnd.claim:
            self.lines += [f"> {self.quote(md(rnd.claim))}", ""]
        sides = []
        for side in ("for", "against"):
            names = ", ".join(self.team(t) for t, sd in rnd.sides if sd == side)
            if names:
                sides.append(self.colon(f"**{self.w(side)}**", names))
        if sides and not self.s.quick:  # a quick debate's camps are its sides: "For: For" says nothing
            self.lines += [" · ".join(sides), ""]
        if not rnd.closed:
            self.lines += [f"*{self.w('open_round')}*", ""]
        if rnd.before is None:
            self.lines += [self.w("no_vote"), ""]
        else:
            self.votes(rnd)
        sub = "###" if self.s.quick else "####"  # under the debate's heading, a level below it
        self.lines += [f"{sub} {self.w('arguments')}", ""]
        if not rnd.arguments:
            self.lines += [self.w("no_arguments"), ""]
        for side in ("for", "against"):
            mine = [a for a in rnd.arguments if a.side == side]
            if mine:
                self.lines += [f"**{self.w(side)}**", ""]
                self.lines += [self.argument(a) for a in mine] + [""]
        self.lines += [f"{sub} {self.w('evidence')}", ""]
        if not rnd.evidence:
            self.lines += [self.w("no_evidence"), ""]
        for e in rnd.evidence:
            figure = figure_with_mark(e.figure, e.contested, self.lang)
            figure = f" ({md(figure)})" if figure else ""
            refs = " " + _refs(e.sources) if e.sources else ""
            self.lines.append(f"- **{self.team(e.team_id)}** — {self.quote(md(e.title))}{figure}{refs}")
        self.lines.append("")

    def argument(self, a: ArgumentRow) -> str:
        """One argument: the team that made it, then its words (a quick debate's camp is the side
        it is listed under, not named twice)."""
        said = md(typeset(a.text, self.lang))
        return f"- {said}" if self.s.quick else f"- **{self.team(a.team_id)}** — {said}"

    def minds(self, rnd: RoundRow) -> None:
        """Who changed their mind: the phones' before -> after table, only those who voted twice."""
        m = rnd.minds
        if m is None:
            return
        choices = ("agree", "disagree", "undecided")
        self.lines += [f"**{self.w('minds')}**", "",
                       self.w("minds_line", voters=m.voters, share=f"{m.changed_share:.0f}"), ""]
        rows = [[self.w(c), *(str(n) for n in row)] for c, row in zip(choices, m.table, strict=True)]
        self.lines += _table([self.w("minds_head"), *(self.w(c) for c in choices)], rows, (1, 2, 3))
        if m.dead_heat:
            self.lines += [self.w("minds_dead_heat"), ""]

    def phone_tallies(self, rnd: RoundRow) -> None:
        if not rnd.phone_tallies:
            return
        teams = list(dict.fromkeys(t for _s, t, *_ in rnd.phone_tallies))
        cell = {(st, t): f"{a} / {d} / {u}" for st, t, a, d, u in rnd.phone_tallies}
        rows = [[self.team(t), cell.get(("before", t), "–"), cell.get(("after", t), "–")] for t in teams]
        self.lines += [f"**{self.w('phone_tallies_quick' if self.s.quick else 'phone_tallies')}**", ""]
        self.lines += _table([self.group(), self.w("before"), self.w("after")], rows, (1, 2))

    def votes(self, rnd: RoundRow) -> None:
        choices = ("agree", "disagree", "undecided")
        rows = []
        for stage, vote in (("before", rnd.before), ("after", rnd.after)):
            if vote is not None:
                rows.append([self.w(stage), *(_count(vote, c, self.lang) for c in choices), str(vote.total.total)])
        if rnd.shift is not None:
            rows.append([self.w("shift"), *(f"{signed(getattr(rnd.shift, c), self.lang)} {self.w('pp')}"
                                            for c in choices), ""])
        self.lines += _table(["", *(self.w(c) for c in choices), self.w("total")], rows, (1, 2, 3, 4))
        self.figure(f"votes-{rnd.number}.svg", votes_chart(rnd, self.lang),
                    f"{round_heading(self.s, rnd.number)} — {votes_title(rnd, self.lang)}")
        if self.s.phones_voted:  # once phones voted in the session, each debate says where its votes came from
            self.lines += [f"*{origin_text(rnd, self.lang)}*", ""]
        if rnd.shift is not None:  # "pp" said once in words
            self.lines += [f"*{self.w('pp_legend')}*", ""]
        if rnd.rounded_off:
            self.lines += [f"*{self.w(rounding_key(rnd))}*", ""]
        if rnd.after is None and rnd.closed:
            self.lines += [self.w(no_vote_after_key(rnd)), ""]
        if rnd.shift is not None:
            self.lines += [" ".join(filter(None, (self.w(verdict_key(rnd.shift)), voters_differ_text(rnd, self.lang)))),
                           ""]
        self.minds(rnd)
        self.phone_tallies(rnd)
        if any(v.who != "room" for v in rnd.before.by):
            after = {v.who: v for v in rnd.after.by} if rnd.after else {}
            legend = f"{self.w('agree')} / {self.w('disagree')} / {self.w('undecided')}"
            rows = [[self.team(v.who), _abc(v), _abc(after[v.who]) if v.who in after else "–"]
                    for v in rnd.before.by]
            self.lines += _table([f"{self.group()} ({legend})", self.w("before"), self.w("after")], rows, (1, 2))

    def scenarios(self) -> None:
        walks = self.s.scenarios
        if not walks:
            return
        self.lines += [f"## {self.w('scenarios')}", ""]
        for group, ending in by_scenario(walks):
            for walk in group:
                extra = f" ({self.w('unfinished')})" if not walk.finished else ""
                self.lines += [f"### {self.team(walk.team_id)} — {md(walk.title)}{extra}", ""]
                if not walk.choices:  # a header over no row says less than one line
                    self.lines += [self.w("no_decision"), ""]
                    continue
                self.lines += _table([self.w("decision"), self.w("choice"), self.w("effects")],
                                     [[md(c.decision), md(c.option), md(walk.effects_text(c)) or "–"]
                                      for c in walk.choices])
            if ending:  # where this future leads: the whole epilogue, once a scenario, after its teams
                self.lines += [f"#### {self.w('ending')} — {md(group[0].title)}", "", md(ending), ""]
        shown = [w for w in walks if w.indicators]
        if shown:
            ids = [i.id for i in shown[0].indicators]
            shown = [w for w in shown if [i.id for i in w.indicators] == ids]
            self.lines += [f"### {self.w('indicators')}", ""]
            rows = [[md(ind.name), whole(ind.start, True), *(whole(w.indicators[k].value, True) for w in shown)]  # as the PDF
                    for k, ind in enumerate(shown[0].indicators)]
            self.lines += _table([self.w("indicator"), self.w("start"),
                                  *(self.team(w.team_id) for w in shown)],
                                 rows, tuple(range(1, len(shown) + 2)))
            self.figure("indicators.svg", indicators_chart(self.s), self.w("chart_indicators"))

    def debrief(self) -> None:
        s = self.s
        if not s.debrief_shown:
            return  # skipped, not reached, or a quick debate's: "Nothing noted" twice would say nothing
        self.lines += [f"## {self.w('debrief')}", "", f"### {self.w('takeaways')}", ""]
        self.lines += [f"- {md(typeset(t, self.lang))}" for t in s.takeaways] or [self.w("none")]
        self.lines += ["", f"### {self.w('commitments')}", ""]
        self.lines += [f"- **{self.team(c.team_id)}** — {md(typeset(c.text, self.lang))}"
                       for c in s.commitments] or [self.w("none")]
        self.lines.append("")
        f = s.feedback
        if f is not None:
            self.lines += [f"### {self.w('feedback')}", "",
                           self.w("feedback_line", answers=f.answers, average=decimal(f.average, self.lang)), ""]
            self.lines += _table([self.w("rating"), *(str(n) for n in range(1, 6))],
                                 [["", *(str(n) for n in f.ratings)]], (1, 2, 3, 4, 5))
            if f.themes:
                self.lines += [f"**{self.w('feedback_theme')}**", ""]
                self.lines += [f"- {md(name)} — {n}" for _t, name, n in f.themes] + [""]
            if f.commitments:  # each said once, with how many wrote it (the JSON and the CSV keep every copy)
                self.lines += [f"**{self.w('feedback_commitments')}**", ""]
                self.lines += [f"- {counted(md(typeset(text, self.lang)), n)}"
                               for text, n in grouped_commitments(f.commitments)] + [""]

    def sources(self) -> None:
        """The sources cited, numbered; left out when none is, as in the PDF."""
        if not self.s.sources:
            return
        self.lines += [f"## {self.w('sources')}", ""]
        for src in self.s.sources:
            places = ", ".join(place_text(p, self.lang, self.s.quick) for p in src.cited_in)
            note = f" — {md(src.note)}" if src.note else ""  # as the guide gives it
            self.lines.append(f"{src.number}. {md(src.publisher)}, {src.year}. *{md(src.title)}*{after_title(src.title, src.lang, self.lang)} "
                              f"<{src.url}>{note} — {self.w('cited_in')} {places}")
        self.lines.append("")


def _signed(value: int) -> str:
    """Points or an indicator with its sign: ``+2``, ``−1`` (the true minus sign), ``+0``."""
    return minus_sign(f"{value:+d}")


def _refs(numbers: tuple[int, ...]) -> str:
    return "\\[" + ", ".join(str(n) for n in numbers) + "\\]"


def _count(vote: VoteResult, choice: str, lang: str) -> str:
    return f"{getattr(vote.total, choice)} ({percent(vote.whole_share(choice), lang)})"


def _abc(v) -> str:
    return f"{v.agree} / {v.disagree} / {v.undecided}"


def render_summary_md(summary: Summary, figures: str = "figures") -> tuple[str, dict[str, bytes]]:
    """The Markdown text, and the SVG figures it links to as ``{file name: bytes}`` in ``figures/``."""
    writer = _Writer(summary, figures)
    for section in (writer.heading, writer.phases, writer.teams, writer.timeline, writer.debates,
                    writer.scenarios, writer.debrief, writer.sources):
        section()
    return "\n".join(writer.lines).rstrip() + "\n", writer.files
