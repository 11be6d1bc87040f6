"""Everything the app writes for people: card sheets, the facilitator guide, the session summary (no Qt)."""
