"""Rules of category `condescension`."""
