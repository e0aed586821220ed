"""Rules of category `promises`."""
