"""Rules of category `placeholders`."""
