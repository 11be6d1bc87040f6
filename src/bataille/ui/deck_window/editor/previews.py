"""The card being edited as it will be: printed (front and back, the PDF's own layout) and on the stage.

The printed faces come from ``export.cards.CardLayout``, the layout and fitting rule the PDF uses;
its ``problems`` are what will not fit, said at the field before anything is printed. The stage
picture is the stage's own painter on a session held in memory: a debate round on the card, a
fact played as evidence, an event being placed on the timeline.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from bataille.deck.frozen import Frozen
from bataille.deck.models import Card, DebateCard, Deck, EventCard, FactCard, Name, Text
from bataille.ui.card_face import CARD_ASPECT, card_rect

STAGE_W, STAGE_H = 1920, 1080


def written_in(value, lang: str):
    """``value`` with each of its texts as written in ``lang``: empty where ``lang`` has nothing.

    A deck's ``Text.get`` falls back to another language, which a running deck never needs (each
    text is checked in every language). In a draft it would show the English figure on the French
    card the moment the French one is emptied, as if nothing were missing. A ``Name`` (a publisher
    written once) is the same in every language by design, and stays as it is."""
    if isinstance(value, Name):
        return value
    if isinstance(value, Text):
        return value if lang in value.languages else Text(((lang, ""), *value.values))
    if isinstance(value, tuple):
        return tuple(written_in(v, lang) for v in value)
    if isinstance(value, Frozen) and is_dataclass(value):
        return replace(value, **{f.name: written_in(getattr(value, f.name), lang) for f in fields(value) if f.init})
    return value


def in_its_language(deck: Deck, card: Card, lang: str) -> tuple[Deck, Card]:
    """The deck and the card the pictures in ``lang`` draw: the card's texts as written in ``lang``,
    nothing borrowed from another language."""
    shown = written_in(card, lang)
    if shown == card:
        return deck, card
    return replace(deck, cards=tuple(shown if c.id == card.id else c for c in deck.cards)), shown


def card_at(deck: Deck, card_id: str, draft, where) -> Card | None:
    """The card ``card_id`` of ``deck`` written at ``where`` (file, key path) of ``draft``'s texts: of two
    cards with one id, the one at that place (the deck's own lookup gives the last)."""
    same = [c for c in deck.cards if c.id == card_id]
    if len(same) < 2 or not where:
        return same[-1] if same else None
    from pathlib import Path

    from bataille.deck.editing.nodes import EditError, node_at, tree

    file, path = where
    try:
        node = node_at(tree(draft.texts.get(file, "")), tuple(path))
    except EditError:
        node = None
    if node is None:
        return same[-1]
    wanted = (Path(draft.folder) / file).resolve()
    first, last = node.start_mark.line + 1, node.end_mark.line + 1
    mine = [c for c in same if c.source_file and Path(c.source_file).resolve() == wanted
            and first <= c.source_line <= last]
    return mine[0] if mine else same[-1]


def alone(deck: Deck, card: Card) -> Deck:
    """``deck`` with no other card of ``card``'s id (the stage and the layout find a card by its id)."""
    if sum(c.id == card.id for c in deck.cards) < 2:
        return deck
    return replace(deck, cards=tuple(c for c in deck.cards if c.id != card.id or c is card))


def printed_faces(deck: Deck, card: Card, lang: str):
    """(front, back, problems) of ``card`` as the PDF lays it out on the default card size."""
    from bataille.export.cards import CardLayout
    from bataille.ui.card_painter import SCREEN_SIZE

    deck, card = in_its_language(deck, card, lang)
    layout = CardLayout(deck, SCREEN_SIZE, lang)
    front, back = layout.layout(card)
    return front, back, layout.problems


class PrintedCard(QWidget):
    """Front and back of the card side by side, as printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printedPreview")
        self.faces = None
        self.icon = None
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_faces(self, faces, icon) -> None:
        self.faces, self.icon = faces, icon
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, round(200 * CARD_ASPECT))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.faces is None:
            return
        from bataille.ui.card_painter import paint_face

        painter = QPainter(self)
        gap = 10
        half = (self.width() - gap) / 2
        for i, face in enumerate(self.faces):
            area = card_rect(QRectF(i * (half + gap), 0, half, self.height()))
            paint_face(painter, area, face, self.icon)
        painter.end()


class StagePicture(QWidget):
    """The stage's picture of the card, drawn at 1920×1080 and scaled into the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stagePreview")
        self.scene = None
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return round(width * STAGE_H / STAGE_W)

    def show_card(self, deck: Deck, card: Card, lang: str) -> bool:
        """Lay the stage out for ``card``; False when the deck cannot show it yet (then nothing is drawn)."""
        from bataille.ui.stage.layout import build_scene
        from bataille.ui.stage.room_words import to_the_room

        deck, card = in_its_language(deck, card, lang)
        try:
            ctx = stage_context(deck, card, lang)
        except Exception:  # a deck being written may lack what a session needs: no picture, no error
            ctx = None
        with to_the_room(lang):  # the card as the room would see it: the stage's words in its language
            self.scene = build_scene(ctx, STAGE_W, STAGE_H, self.font()) if ctx is not None else None
        self.update()
        return self.scene is not None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        if self.scene is None:
            painter.fillRect(self.rect(), QColor("#E0E0E0"))
            painter.end()
            return
        k = min(self.width() / STAGE_W, self.height() / STAGE_H)
        painter.translate((self.width() - STAGE_W * k) / 2, 0)
        painter.scale(k, k)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.paint(painter)
        painter.end()


def stage_context(deck: Deck, card: Card, lang: str):
    """A session in memory that puts ``card`` on the stage (None when the deck has no phase for it)."""
    from bataille.ui.stage.parts import StageContext
    from bataille.workshop import ManualClock, MemoryStore, Session

    wanted = {"debate": "debate", "fact": "debate", "event": "timeline"}[card.kind]
    phase = next((p for p in (deck.agenda.phases if deck.agenda else ()) if p.kind == wanted), None)
    if phase is None:
        return None
    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    for name in ("A", "B"):
        session.add_team(name)
    session.start()
    session.start_phase(phase.id)
    team = session.state.teams[0].id
    placing = None
    if isinstance(card, DebateCard):
        session.open_round(card_id=card.id)
    elif isinstance(card, FactCard):
        debates = [c for c in deck.cards if isinstance(c, DebateCard)]
        debate = next((c for c in debates if c.theme == card.theme), debates[0] if debates else None)
        if debate is None:
            return None
        session.open_round(card_id=debate.id)
        session.play_evidence(team, card.id)
    elif isinstance(card, EventCard):
        session.deal_timeline()
        placing = (team, card.id)
    return StageContext(session.state, deck, lang, None, placing=placing)


class Previews(QWidget):
    """Both pictures of the card being edited, one above the other, with their headings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printed_heading = QLabel()
        self.printed = PrintedCard()
        self.stage_heading = QLabel()
        self.stage = StagePicture()
        self.shown: str | None = None  # the id of the card drawn
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("previewNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.printed_heading)
        layout.addWidget(self.printed, 3)
        layout.addWidget(self.stage_heading)
        layout.addWidget(self.stage, 2)
        layout.addWidget(self.note)
        for label in (self.printed_heading, self.stage_heading):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.retranslate()

    def show_card(self, deck: Deck, card: Card, lang: str, stale: bool = False):
        """Draw ``card``; returns the fit problems of its printed faces in ``lang``."""
        self.shown = card.id
        front, back, problems = printed_faces(deck, card, lang)
        theme = next((t for t in deck.themes if t.id == card.theme), None)
        self.printed.show_faces((front, back), deck.icon_path(theme) if theme is not None else None)
        shown = self.stage.show_card(deck, card, lang)
        self.stage.setVisible(shown)
        self.stage_heading.setVisible(shown)
        self.note.setText(self.tr("The deck has problems: the pictures show what can be read of it.")
                          if stale else "")
        self.note.setVisible(stale)
        return problems

    def clear(self) -> None:
        self.shown = None
        self.printed.show_faces(None, None)
        self.stage.scene = None
        self.stage.update()

    def retranslate(self) -> None:
        self.printed_heading.setText("<b>" + self.tr("As printed (front, back)") + "</b>")
        self.stage_heading.setText("<b>" + self.tr("On the stage") + "</b>")
        self.printed.setAccessibleName(self.tr("The card as printed"))
        self.stage.setAccessibleName(self.tr("The card on the stage"))


class ThemeCard(QWidget):
    """Beside the chosen theme: a card of it as printed, under a heading that says so (without one, a teacher
    took it for a card to edit); when the theme has no card yet, a line saying where its colour will show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("<b>" + self.tr("A card of this theme, as printed (front, back)") + "</b>")
        self.heading.setObjectName("themeCardHeading")
        self.heading.setWordWrap(True)
        self.printed = PrintedCard()
        self.printed.setAccessibleName(self.tr("A card of this theme, as printed"))
        self.printed.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.note = QLabel(self.tr("This theme has no card yet: its colour and icon will show on its cards."))
        self.note.setObjectName("themeCardNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.printed)
        layout.addWidget(self.note)
        layout.addStretch(1)

    @property
    def faces(self):
        return self.printed.faces

    def show_faces(self, faces, icon, no_card: bool = False) -> None:
        self.printed.show_faces(faces, icon)
        self.printed.setVisible(faces is not None)
        self.note.setVisible(no_card)


def show_theme_card(editor) -> None:
    """A card of the theme chosen in ``editor`` as printed: its colour, icon and name where the room sees them."""
    where = editor.themes.current_where()
    deck = editor.draft.deck or editor.draft.partial_deck
    theme_id = editor.ctx_value((where[0], (*where[1], "id"))) if where else None
    card = next((c for c in deck.cards if c.theme == theme_id), None) if deck is not None else None
    theme = next((t for t in deck.themes if t.id == theme_id), None) if deck is not None else None
    if card is None or theme is None:
        editor.themes.side.show_faces(None, None, no_card=theme is not None)
        return
    front, back, _fits = printed_faces(deck, card, editor.lang if editor.lang in deck.languages else deck.languages[0])
    editor.themes.side.show_faces((front, back), deck.icon_path(theme))
