"""The shipped prompt templates (data files; installed as tactful.prompts)."""
