"""The stage's colours: light text on a dark stage (projectors wash out dark text on white).

A module of its own so that the stage window can paint its background before the pictures'
layouts are imported (see stage/window.py).
"""

INK = "#F5F5F5"
# Secondary text (a phase's step, « page 1/2 », the team that placed a card…), 28 to 34 px: a light grey, a
# step below the ink. #C8C8C8 fell to 2.3:1 on the panel once a projector washed it out (saturation
# halved, every value moved halfway to white), where the ink keeps 2.9:1; this one keeps 2.6:1.
MUTED = "#E0E0E0"
BACKGROUND = "#15181C"
PANEL = "#242A31"
ALERT_FRAME = "#FF5252"
