"""Printing 500 cards double-sided and in the fold layout (layout, fit, QR codes, icons, PDF),
against raw reportlab drawing the same rectangles and strings (every front and every back) on as
many pages as the double-sided run, in the same run."""

from __future__ import annotations

import dataclasses
import io

from reportlab.pdfgen.canvas import Canvas

from bataille.deck import bundled_deck_path, load_deck
from bataille.export import card_drawing as cards_module
from bataille.export import cards_text
from bataille.export.cards import CardLayout
from bataille.export.cards_sheets import PrintOptions, plan_sheets, render_sheets_pdf

from .common import best_of, row

CARDS = 500
TARGET_S = 3.0


def big_deck():
    """The bundled deck's cards repeated to CARDS cards (new ids; sources, so QR codes, repeat)."""
    deck = load_deck(bundled_deck_path())
    cards = [dataclasses.replace(deck.cards[i % len(deck.cards)], id=f"c{i:04d}") for i in range(CARDS)]
    return dataclasses.replace(deck, cards=tuple(cards))


def _cold() -> None:
    # Every run pays for its QR encodings and text measurements, as a fresh process would.
    cards_module._qr_literal.cache_clear()
    cards_text._unit_width.cache_clear()


def run() -> list[dict]:
    deck = big_deck()
    options = PrintOptions()
    plan = plan_sheets(deck, options)
    layout = CardLayout(deck, options.size, options.lang)
    faces = [layout.layout(c) for c in deck.cards]
    pw, ph = plan.layout.page_width, plan.layout.page_height
    slots = plan.layout.slots
    w, h = options.size.width, options.size.height

    def raw() -> None:
        buf = io.BytesIO()
        canvas = Canvas(buf, pagesize=(pw, ph), invariant=1, pageCompression=1)
        for start in range(0, len(faces), len(slots)):
            for side in (0, 1):
                for slot, pair in zip(slots, faces[start:start + len(slots)], strict=False):
                    face = pair[side]
                    canvas.saveState()
                    canvas.translate(slot.x, slot.y)
                    canvas.setFillColor(face.colour)
                    canvas.rect(0, 0, w, h, stroke=0, fill=1)
                    for line in face.lines:
                        canvas.setFont(line.font, line.size)
                        canvas.drawString(line.x, line.y, line.text)
                    canvas.restoreState()
                canvas.showPage()
        canvas.save()

    def ours() -> None:
        _cold()
        render_sheets_pdf(deck, options)

    fold_options = PrintOptions(layout="fold")

    def fold() -> None:
        _cold()
        render_sheets_pdf(deck, fold_options)

    floor = best_of(raw, 3)
    value = best_of(ours, 3)
    folded = best_of(fold, 3)
    return [row(f"print {CARDS} cards double-sided (A4 poker)", value, "s", floor,
                f"< {TARGET_S:g} s", value < TARGET_S),
            row(f"print {CARDS} cards, fold layout (A4 poker)", folded, "s", floor,
                f"< {TARGET_S:g} s", folded < TARGET_S)]
