"""The built-in demo session (own writing, fictional people)."""
