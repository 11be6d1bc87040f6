"""What a screen reader (Orca on Linux, NVDA on Windows) needs beyond the controls' own names.

A line said aloud when the console changes by itself (the time is up, the phones' answers come in,
a banner shows): the facilitator's keyboard stays where it was. And the label a combo box is read
by: on Linux, Qt gives a combo box its current item as its name and Orca reads what it is for from
the label whose buddy it is, so a combo box with no visible label gets one only screen readers see.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have the screen reader say ``text`` now (nothing happens when none is listening)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:  # a problem interrupts; news waits for the reader to finish its sentence
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def unseen_label(field: QWidget) -> QLabel:
    """A hidden label whose buddy is ``field``: put it in the field's layout (it takes no room) and
    give it the field's accessible name as its text."""
    label = QLabel()
    label.setBuddy(field)
    label.hide()
    return label
