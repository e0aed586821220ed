"""Rules of category `names`."""
