"""Rules of category `spelling`."""
