"""The stage: what the room sees on the projector, drawn from revealed state only, scaled to the window."""
