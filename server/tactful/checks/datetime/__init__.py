"""Rules of category `datetime`."""
