"""What the printed card cannot hold, for every card of the deck being edited, not only the card shown:
a teacher sees, before printing, each card whose text overflows, without opening each one.

Laid out off the window's first paint and ``DELAY_MS`` after the last change, a card at a time between
the window's events (``SLICE_S`` at most each time): about half a second for the bundled deck, several
seconds for a deck of a thousand cards, that never hold the window. A card laid out once is not laid out
again until it (or its theme) changes: an edit costs the card edited.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject

from bataille.ui.deck_window.editor.sliced import SlicedWatch

DELAY_MS = 600  # after the last change: the typing goes on undisturbed
SLICE_S = 0.04  # cards laid out for this long at most, then the window's events
KEPT = 20_000  # faces remembered (a card in a language); beyond, the memory starts again

Said = list[tuple[str, str, object]]  # (field, language, its FitProblem), as the cards page keeps it: said when
# listed, in the interface's language of that moment (a change of language needs no layout again)


class PrintFitWatch(SlicedWatch):
    """Lays out every card of the editor's draft as printed, in pieces; ``found`` when done, ``fits``
    then holding, by card id, what does not fit (only the cards that have something)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DELAY_MS, SLICE_S, parent)
        self.fits: dict[str, Said] = {}
        self._draft = None
        self._laid_out: dict[tuple, list] = {}  # (card, theme, version, language) -> its fit problems

    def watch(self, draft) -> None:
        """``draft`` opened or changed: its cards are laid out again a moment later (never at once)."""
        self._draft = draft
        self._check = None
        self._slice.stop()
        if draft is None:
            self._delay.stop()
            self.fits = {}
            return
        self._delay.start()

    def _start(self) -> None:
        draft = self._draft
        deck = None if draft is None else (draft.deck or draft.partial_deck)
        if deck is None:  # nothing reads yet: the problems come first
            self._done({})
            return
        self._check = self._cards(deck)
        self._go_on()

    def _done(self, fits: dict[str, Said]) -> None:
        self.fits = fits
        self.found.emit()

    def _cards(self, deck) -> Iterator[dict[str, Said] | None]:
        """None after each card laid out, then what does not fit, by card id. One layout a language for
        the whole deck, as print makes it (``previews.printed_faces`` makes one a card, with a copy of the
        deck: a thousand cards made that a thousand times slower); a theme's icon is the deck's problem."""
        from bataille.export.cards import CardLayout
        from bataille.ui.card_painter import SCREEN_SIZE
        from bataille.ui.deck_window.editor.previews import written_in

        if len(self._laid_out) > KEPT:
            self._laid_out.clear()
        layouts = {lang: CardLayout(deck, SCREEN_SIZE, lang) for lang in deck.languages}
        fits = {}
        for card in deck.cards:
            theme = next((t for t in deck.themes if t.id == card.theme), None)
            said: Said = []
            for lang, layout in layouts.items():
                key = (card, theme, deck.version, lang)
                problems = self._laid_out.get(key)
                if problems is None:
                    before = len(layout.problems)
                    layout.layout(written_in(card, lang))
                    problems = self._laid_out[key] = [p for p in layout.problems[before:] if p.field != "icon"]
                said += [(p.field, lang, p) for p in problems]
            if said:
                fits[card.id] = said
            yield None
        yield fits
