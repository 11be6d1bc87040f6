"""What the print dialog shows of the print run its options make, in words that count nothing: the
side of the page in the preview (and its size, for the preview), the kit's page, what to set on
the printer (and whether folding and gluing is the way out for a printer that prints one side
only), and the name offered for the file. The words are the dialog's own (context ``PrintDialog``);
the counted ones (cards, pages, sheets) stay in ``dialog``, where lupdate reads their plurals.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bataille.deck.models import Deck
from bataille.export.cards_sheets import PrintOptions, SheetPlan, backs_left_out, plan_sheets
from bataille.export.errors import ExportError
from bataille.export.imposition import PAPERS_MM
from bataille.export.print_run import how_of_cards, print_run
from bataille.words import without_accents

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def page_side(plan: SheetPlan, page_number: int) -> str:
    """What the page ``page_number`` (from 1) holds: which sheet, fronts or backs, or which card."""
    page = plan.pages[min(page_number, len(plan.pages)) - 1]
    if plan.layout.kind == "shop":
        side = (translate("PrintDialog", "Card %1, front") if page.side == "front"
                else translate("PrintDialog", "Card %1, back"))
    elif page.side == "fold":
        side = translate("PrintDialog", "Sheet %1, fronts and backs: fold along the dashes")
    elif page.side == "front":
        side = translate("PrintDialog", "Sheet %1, fronts")
    else:
        side = translate("PrintDialog", "Sheet %1, backs (as seen from the back of the sheet)")
    return side.replace("%1", str(page.sheet + 1))


def kit_page_name(pages: list[str], page_number: int) -> str:
    """The name of the kit's page ``page_number`` (from 1): voting cards, team sign, score sheet…"""
    names = {"voting": translate("PrintDialog", "Voting cards"), "sign": translate("PrintDialog", "Team sign"),
             "tally": translate("PrintDialog", "Score sheet"),
             "take_home": translate("PrintDialog", "Take-home cards"), "join": translate("PrintDialog", "Join poster")}
    return names[pages[min(page_number, len(pages)) - 1]]


def printer_setting(deck: Deck, plan: SheetPlan | None) -> tuple[str, bool, int | None]:
    """What to set on the printer for the cards' layout: (the words, whether they warn that backs are
    lost, and, where the backs would be printed or are lost, the sheets the same cards take folded
    and glued, the way out for a printer that prints one side only; None when there is none)."""
    if plan is None or plan.layout.kind == "shop":
        return "", False, None
    if plan.layout.kind == "fold":
        return translate("PrintDialog", "On the printer: one side, actual size (100%). Fold each sheet along "
                         "the dashes, printed side out, glue the halves back to back, then "
                         "cut."), False, None
    duplex, lost = plan.options.duplex, backs_left_out(plan)
    if duplex == "none" and not lost:
        return translate("PrintDialog", "On the printer: one side, actual size (100%). The backs, which show "
                         "only the theme, are left out."), False, None
    if duplex == "none":
        losses = {("event", "debate"): translate("PrintDialog", "The backs are left out: the event cards lose "
                                                 "their year, the debate cards their ideas for each side."),
                  ("event",): translate("PrintDialog", "The backs are left out: the event cards lose their year."),
                  ("debate",): translate("PrintDialog", "The backs are left out: the debate cards lose their ideas "
                                         "for each side.")}
        first = losses[lost]
    elif duplex == "short":
        first = translate("PrintDialog", "On the printer: double-sided, flip on the short edge, actual size (100%).")
    else:
        first = translate("PrintDialog", "On the printer: double-sided, flip on the long edge, actual size (100%).")
    try:
        fold = plan_sheets(deck, replace(plan.options, layout="fold"))
    except ExportError:  # a card too large to fold on this paper: nothing better to offer
        return first, duplex == "none", None
    return first, duplex == "none", len(fold.pages)


def print_run_words(path: Path, options: PrintOptions, kit: bool, calibration: bool, lang: str) -> str | None:
    """The sheets and pages of the PDF saved at ``path`` and how to print them, in ``lang``, as
    `bataille print` says them (« 18 feuilles (36 pages) — imprimer à 100 %, recto verso,
    retournement bord long »); None for a print shop's pages, or a file that cannot be read back."""
    how = "single" if kit else how_of_cards("grid" if calibration else options.layout, options.duplex)
    if how == "shop":
        return None
    try:
        return print_run(path.read_bytes(), how).render(lang)
    except OSError:
        return None


def page_size_pt(options: PrintOptions, plan: SheetPlan | None) -> tuple[float, float]:
    """The size of the page the preview draws, in points: the plan's page, else the paper."""
    paper = PAPERS_MM[options.paper]
    if plan is not None:
        return plan.layout.page_width, plan.layout.page_height
    return paper[0] * 72 / 25.4, paper[1] * 72 / 25.4


# The words of the file names, (French, English): the layout, the kinds of card, ink saving.
NAME_WORDS = {"fold": ("a-plier", "fold"), "shop": ("imprimeur", "print-shop"), "fronts": ("recto", "fronts"),
              "both": ("recto-verso", "double-sided"), "ink": ("eco-encre", "save-ink"),
              "fact": ("faits", "facts"), "debate": ("debats", "debates"), "event": ("evenements", "events")}
MAX_THEME_SLUG = 24  # a theme's name in a file name, cut at a word: names stay short


def slug(text: str, most: int = 80) -> str:
    """``text`` for a file name on any file system: ASCII letters and digits in lower case, words
    joined by "-", at most ``most`` characters (cut between two words)."""
    text = re.sub(r"\b\w['’]", "", text)  # « l’information »: the elided article goes, not into « l-information »
    plain = without_accents(text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", plain)
    out = ""
    for word in words:
        if len(out) + len(word) + bool(out) > most:
            break
        out += ("-" if out else "") + word
    return out or (words[0][:most] if words else "")


def file_name(deck: Deck, o: PrintOptions, kit: bool, calibration: bool, lang: str = "fr") -> str:
    """The name offered for the file saved: the deck, the themes and kinds chosen, the card size,
    the paper, the cards' language, the layout and ink saving; its words in ``lang``, the language
    of the interface (ASCII, no space: any file system takes it)."""
    if kit:
        return f"kit-{o.paper}-{o.lang}.pdf"
    if calibration:
        return f"calibration-{o.paper}-{o.duplex}.pdf"
    i = 0 if lang == "fr" else 1
    # The layout in the name: a fold print saved beside the double-sided one does not replace it.
    kind = o.layout if o.layout in ("fold", "shop") else "fronts" if o.duplex == "none" else "both"
    tail = f"-{NAME_WORDS[kind][i]}" + (f"-{NAME_WORDS['ink'][i]}" if o.ink_saving else "")
    chosen = f"-{slug(o.cards[0])}" if len(o.cards) == 1 else ""  # the card reprinted keeps the deck's file
    # Some themes or kinds only: named in the name, so that a theme's sheet does not replace the deck's.
    names = {t.id: t.name.get(lang) for t in deck.themes}
    part = [slug(names.get(t, t), MAX_THEME_SLUG) or slug(t) for t in o.themes]
    part += [NAME_WORDS[k][i] if k in NAME_WORDS else slug(k) for k in o.kinds]
    chosen += f"-{'-'.join(part)}" if part and not o.cards else ""
    return f"{slug(deck.id) or 'cartes'}{chosen}-{o.size.name}-{o.paper}-{o.lang}{tail}.pdf"
