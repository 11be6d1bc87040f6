"""Removing a theme that still has cards: the question before (how many cards go with it, which stay),
and the line the status bar says after. Facts and debates need a theme, so they go with it; timeline
events only name one, so they stay on the timeline without it. Ctrl+Z brings everything back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from bataille.ui.deck_window.editor.form import translate


def _events_line(events: int) -> str:
    if events == 1:
        return translate("DeckEditor", "1 timeline event names it: it stays on the timeline, without a theme.")
    return translate("DeckEditor", "%1 timeline events name it: they stay on the timeline, without a theme.").replace(
        "%1", str(events))


def ask_remove_theme(parent: QWidget, name: str, cards: int, events: int) -> bool:
    """Remove the theme ``name`` and its ``cards`` cards? (``events`` timeline events keep their place.)"""
    box = QMessageBox(QMessageBox.Icon.Question, translate("DeckEditor", "Remove a theme and its cards?"), "",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("removeTheme")
    box.setText((translate("DeckEditor", "The theme “%1” still has a card.") if cards == 1 else
                 translate("DeckEditor", "The theme “%1” still has %2 cards.").replace("%2", str(cards)))
                .replace("%1", name))
    lines = [translate("DeckEditor", "It is removed with the theme: a fact or a debate needs a theme.") if cards == 1
             else translate("DeckEditor", "They are removed with the theme: a fact or a debate needs a theme."),
             translate("DeckEditor", "To keep a card, give it another theme first (its Theme field, on the Cards page).")]
    if events:
        lines.append(_events_line(events))
    lines.append(translate("DeckEditor", "Ctrl+Z brings everything back."))
    box.setInformativeText("\n\n".join(lines))
    remove = box.addButton(translate("DeckEditor", "Remove the theme and its card") if cards == 1 else
                           translate("DeckEditor", "Remove the theme and its %1 cards").replace("%1", str(cards)),
                           QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is remove


def theme_removed(name: str, cards: int, events: int) -> str:
    """What the status bar says once the theme ``name`` is removed."""
    if cards == 0:
        said = translate("DeckEditor", "Theme “%1” removed. Ctrl+Z brings it back.")
    elif cards == 1:
        said = translate("DeckEditor", "Theme “%1” and its card removed. Ctrl+Z brings them back.")
    else:
        said = translate("DeckEditor", "Theme “%1” and its %2 cards removed. Ctrl+Z brings them back.").replace(
            "%2", str(cards))
    said = said.replace("%1", name)
    if events == 1:
        return f"{said} " + translate("DeckEditor", "1 timeline event keeps its place, without a theme.")
    if events:
        return f"{said} " + translate("DeckEditor", "%1 timeline events keep their place, without a theme.").replace(
            "%1", str(events))
    return said
