"""The stage's colours: light text on a dark stage (projectors wash out dark text on white).

A module of its own so that the stage window can paint its background before the pictures'
layouts are imported (see stage/window.py).
"""

INK = "#F5F5F5"
MUTED = "#C8C8C8"
BACKGROUND = "#15181C"
PANEL = "#242A31"
ALERT_FRAME = "#FF5252"
