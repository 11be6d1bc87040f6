"""The fold and print-shop impositions, made of the same grid and cut marks as the card sheets."""

from __future__ import annotations

from reportlab.lib.units import mm

from .imposition import (
    FOLD_MARGIN_MM,
    FOLD_MARK_GAP_MM,
    MARK_GAP_MM,
    MARK_LENGTH_MM,
    MAX_BLEED_MM,
    MIN_MARK_LENGTH_MM,
    PRINTABLE_MARGIN_MM,
    SHOP_BLEED_MM,
    CardSize,
    Grid,
    Layout,
    LayoutError,
    cut_marks_around,
    does_not_fit,
    grid_in,
    sheet_size,
)


def plan_fold_layout(paper: str, card: CardSize, bleed_mm: float = 0.0, cut_marks: bool = True,
                     edge_marks: bool = False, slack: str | None = None) -> Layout:
    """Fronts on one half of the sheet, backs on the other, mirrored across the fold line.

    The sheet is folded along its middle (across it, ``fold="short"``, or along it, ``"long"``,
    whichever holds more cards), the halves glued back to back, then the cards cut through both
    layers. Folding is the short- or long-edge duplex flip restricted to half the sheet, so the
    backs come from ``Layout.back`` with ``fold`` as the duplex mode. No card comes nearer the
    fold than FOLD_MARGIN_MM (the glue margin, which also holds the fold's own curve).
    """
    pw, ph, bleed = sheet_size(paper, bleed_mm)
    margin = (PRINTABLE_MARGIN_MM + (MARK_GAP_MM + MIN_MARK_LENGTH_MM if cut_marks else 0.0)) * mm
    fold_margin = FOLD_MARGIN_MM * mm
    edge = PRINTABLE_MARGIN_MM * mm
    regions = {
        # Across: fronts on the top half. Along: fronts on the left half.
        "short": ((margin, ph / 2 + fold_margin, pw - 2 * margin, ph / 2 - fold_margin - margin),
                  (0.0, ph / 2 + fold_margin - FOLD_MARK_GAP_MM * mm, pw, ph)),
        "long": ((margin, margin, pw / 2 - fold_margin - margin, ph - 2 * margin),
                 (0.0, 0.0, pw / 2 - fold_margin + FOLD_MARK_GAP_MM * mm, ph)),
    }
    best: tuple[str, Grid] | None = None
    for fold, (region, _) in regions.items():
        grid = grid_in(region, card, bleed, slack)
        if grid is not None and (best is None or len(grid.slots) > len(best[1].slots)):
            best = (fold, grid)
    if best is None:
        raise does_not_fit(card, bleed, paper)
    fold, grid = best
    bounds = regions[fold][1]
    if not edge_marks:
        bounds = (max(bounds[0], edge), max(bounds[1], edge), min(bounds[2], pw - edge), min(bounds[3], ph - edge))
    marks = cut_marks_around(grid, bleed, bounds, None if edge_marks else MARK_LENGTH_MM * mm) if cut_marks else ()
    return Layout(pw, ph, card, bleed, grid.rotated, grid.columns, grid.rows, grid.slots, tuple(marks),
                  kind="fold", fold=fold)


def plan_shop_layout(card: CardSize, bleed_mm: float = SHOP_BLEED_MM, cut_marks: bool = True) -> Layout:
    """One card a page, for a print shop: the page is the card and its bleed (TrimBox, BleedBox),
    plus, with cut marks, a slug around it that holds the marks, outside the bleed."""
    if not 0 <= bleed_mm <= MAX_BLEED_MM:
        raise LayoutError(f"bleed must be between 0 and {MAX_BLEED_MM:g} mm, got {bleed_mm:g}")
    bleed = bleed_mm * mm
    slug = (MARK_GAP_MM + MARK_LENGTH_MM) * mm if cut_marks else 0.0
    pw, ph = card.width + 2 * (bleed + slug), card.height + 2 * (bleed + slug)
    grid = grid_in((bleed + slug, bleed + slug, card.width, card.height), card, 0.0)
    assert grid is not None and len(grid.slots) == 1 and not grid.rotated
    marks = cut_marks_around(grid, bleed, (0.0, 0.0, pw, ph), None) if cut_marks else ()
    return Layout(pw, ph, card, bleed, False, 1, 1, grid.slots, tuple(marks), kind="shop")
