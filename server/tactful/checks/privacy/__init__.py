"""Rules of category `privacy`."""
