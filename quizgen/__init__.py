"""quizgen: turn essays into study material."""

__version__ = "0.1.0"
