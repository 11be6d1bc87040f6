"""The lengths of a session the start screen offers, in minutes: its "Length" box, and the guide's
agenda and debate advice at each of them. No imports: the start screen reads it before its first
paint, without the workshop's engine."""

LENGTHS = (60, 90, 120)
