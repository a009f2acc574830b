"""Kept for callers of the old location; the check lives in quizgen.nltk_resources."""

from quizgen.nltk_resources import RESOURCES, ensure_nltk_data

__all__ = ["RESOURCES", "ensure_nltk_data"]
