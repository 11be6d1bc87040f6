"""The deck window: browse the deck, follow its files, preview a card."""
