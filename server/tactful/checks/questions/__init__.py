"""Rules of category `questions`."""
