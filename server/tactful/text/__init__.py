"""Text handling shared by the checks: offsets, sentences, quoted history, context cues."""
