"""The Textual quiz app."""
