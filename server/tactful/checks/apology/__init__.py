"""Rules of category `apology`."""
